/** Precision, recall and F1 from counts, as fractions (0..1); 0 where undefined. */
export interface Prf {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
}

/** P/R/F1 of true positives against the numbers predicted and expected. */
export function prf(tp: number, predicted: number, gold: number): Prf {
  const precision = predicted === 0 ? 0 : tp / predicted;
  const recall = gold === 0 ? 0 : tp / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, tp, fp: predicted - tp, fn: gold - tp };
}

/** F1 of separately counted precision and recall (when a predicted and a gold item may match unequally often). */
export function f1Of(precision: number, recall: number): number {
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

/** Length of the overlap of two half-open ranges. */
export const overlap = (a0: number, a1: number, b0: number, b1: number): number => Math.max(0, Math.min(a1, b1) - Math.max(a0, b0));

/** Rounded to 4 decimals, for stable JSON. */
export const round4 = (x: number): number => Math.round(x * 10_000) / 10_000;
