import { spawnSync } from 'node:child_process';

/** The built `dossier` command (npm test builds it first), run as a user would. */
export const BIN = new URL('../dist/bin/main.js', import.meta.url).pathname;

/** Run the built command with `args` (and `input` on standard input): exit status and output. */
export function runBin(args: readonly string[], input?: string | Buffer): { code: number | null; out: string; err: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { input, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
