import type { CliIo } from './io.js';

/** What every command shares: where to write, and the exit status so far. */
export interface CliState {
  readonly io: CliIo;
  readonly debug: boolean;
  /** The worst exit status met so far; commands raise it, never lower it. */
  exitCode: number;
}
