import type { RunContext } from '../speed/machine.js';
import type { DatasetResult } from './result.js';

/** What `npm run bench:quality` writes to `docs/benchmarks.json`. */
export interface QualityReport {
  readonly context: RunContext;
  /** 1-minute load average when the run ended. */
  readonly loadAtEnd: number;
  readonly seconds: number;
  readonly datasets: readonly DatasetResult[];
}
