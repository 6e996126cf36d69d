/** One figure of a benchmark, with the anchor's published figure beside it when there is one. */
export interface Figure {
  /** What is measured ("F1, PER+LOC+ORG, exact spans"). */
  readonly metric: string;
  /** Our figure as a fraction (0..1), or null when it could not be measured. */
  readonly ours: number | null;
  /** The best published figure (fraction) on the same data, when one exists. */
  readonly anchor: number | null;
  /** Who reached the anchor figure and where it is published. */
  readonly anchorSource: string | null;
}

/** What one dataset's harness reports. */
export interface DatasetResult {
  readonly id: string;
  readonly name: string;
  /** `ok`; `missing` (dataset not found); `blocked` (what we need from the code is not there yet); `error` (the harness threw). */
  readonly status: 'ok' | 'missing' | 'blocked' | 'error';
  /** How it is measured, in a sentence or two. */
  readonly method: string;
  readonly figures: readonly Figure[];
  /** What differs between our task and the anchor's: read before comparing the numbers. */
  readonly differences: string;
  /** Why the result is missing or blocked. */
  readonly reason?: string;
  /** Counts and breakdowns behind the figures. */
  readonly details: Record<string, unknown>;
  readonly seconds: number;
}
