import { readFileSync } from 'node:fs';

/** Where a command writes and reads; tests pass their own to capture output. */
export interface CliIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  /** Whether stderr is a terminal (progress bars). */
  readonly isTty: boolean;
  /** All of standard input, for the `-` path. */
  readonly stdin: () => Uint8Array;
}

/** The process's own streams. */
export function processIo(): CliIo {
  return {
    out: (t) => void process.stdout.write(t),
    err: (t) => void process.stderr.write(t),
    isTty: Boolean(process.stderr.isTTY),
    stdin: () => readFileSync(0),
  };
}
