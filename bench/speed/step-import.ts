import { fileURLToPath } from 'node:url';
import { emitStep } from './step-output.js';

/** What an imported benchmark script left behind. */
export interface ImportRun {
  readonly script: string;
  readonly args: readonly string[];
  readonly exitCode: number;
  readonly seconds: number;
}

// Child process: run another benchmark script (one that does its work when imported, as the
// store's do) inside this process, so that its peak memory can be reported with it.
// Usage: step-import.js SCRIPT ARGS... (SCRIPT relative to dist-bench/).
const [script = '', ...args] = process.argv.slice(2);
const path = fileURLToPath(new URL(`../${script}`, import.meta.url));
process.argv = [process.argv[0]!, path, ...args];
const t0 = performance.now();
await import(path);
const run: ImportRun = { script, args, exitCode: typeof process.exitCode === 'number' ? process.exitCode : 0, seconds: Math.round((performance.now() - t0) / 100) / 10 };
emitStep('import', run);
