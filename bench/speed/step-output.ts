/** What a step child process reports: its result and the peak memory of the whole process. */
export interface StepOutput<T> {
  readonly step: string;
  readonly result: T;
  /** Peak resident set size of the child process, MiB (`process.resourceUsage().maxRSS`). */
  readonly peakRssMiB: number;
}

/** Marks the report line in a child's stdout, so other output cannot be mistaken for it. */
export const STEP_MARK = '@@bench-step ';

/** Print a step's result with the process's peak memory, as the last thing the child does. */
export function emitStep<T>(step: string, result: T): void {
  const output: StepOutput<T> = { step, result, peakRssMiB: Math.round((process.resourceUsage().maxRSS / 1024) * 10) / 10 };
  process.stdout.write(`${STEP_MARK}${JSON.stringify(output)}\n`);
}
