import { performance } from 'node:perf_hooks';
import { emitStep } from './step-output.js';

/** What one CLI run did: its exit status, wall time and what it printed on stdout. */
export interface CliRun {
  readonly args: readonly string[];
  readonly exitCode: number;
  readonly seconds: number;
  readonly stdout: string;
  readonly stderr: string;
}

// Child process: one `dossier` command run in-process through runCli (the bin's entry point), so
// its peak memory — worker threads included — is this process's. Usage: step-cli.js ARGS...
// The CLI is loaded by a computed path: a command still being written fails this step, not the build.
const cliPath = '../../dist/bin/program.js';
// As the bin does (src/cli/main.ts), V8's flags are set before the CLI loads (the bundle has no
// type declarations, hence the computed path here too).
const flagsPath = '../../dist/bin/tune-v8.js';
await import(flagsPath);
const { runCli } = (await import(cliPath)) as { runCli: (argv: readonly string[], io: unknown) => Promise<number> };
const args = process.argv.slice(2);
let stdout = '';
let stderr = '';
const io = { out: (t: string) => void (stdout += t), err: (t: string) => void (stderr += t), isTty: false, stdin: () => new Uint8Array() };
const t0 = performance.now();
const exitCode = await runCli(args, io);
const run: CliRun = { args, exitCode, seconds: Math.round((performance.now() - t0) / 10) / 100, stdout, stderr: stderr.slice(-2000) };
emitStep('cli', run);
