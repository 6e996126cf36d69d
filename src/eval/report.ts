/**
 * The shapes of an evaluation: counts and precision/recall/F1 per section, per document and
 * over a whole gold set, plus the items that were missed or spurious.
 */

/** The scored sections, in the order facts-format.md lists them. */
export const SECTIONS = ['people', 'offices', 'organizations', 'memberships', 'membership_since', 'attendance', 'event_dates', 'quotes'] as const;

/** One of {@link SECTIONS}. */
export type Section = (typeof SECTIONS)[number];

/** True positives, false positives and false negatives. */
export interface Counts {
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
}

/**
 * Counts with their rates. A rate whose denominator is zero is null, not 0 or 1: precision is
 * undefined when nothing was predicted, recall when nothing was expected. F1 is null only when
 * both are; when one is null and the other defined, there was something to find or something
 * found and none of it matched, so F1 is 0.
 */
export interface Score extends Counts {
  readonly precision: number | null;
  readonly recall: number | null;
  readonly f1: number | null;
}

/** An item that was missed (gold, not found), spurious (predicted, not in gold) or ignored. */
export interface Finding {
  readonly section: Section;
  /** The item, readable: `Vladimir Putin: President of Russia`. */
  readonly item: string;
  /** Why, when it is not obvious: `in boilerplate (byline or credit)`. */
  readonly note?: string;
}

/** The score of one document. */
export interface DocumentScore {
  readonly id: string;
  readonly sections: Readonly<Record<Section, Score>>;
  /** Micro-average over all sections of this document. */
  readonly micro: Score;
  /** Gold items no prediction matched. */
  readonly missed: readonly Finding[];
  /** Predictions no gold item matched. */
  readonly spurious: readonly Finding[];
  /** Predictions that matched gold marked `explicit: false`: counted neither way. */
  readonly ignored: readonly Finding[];
}

/** A document that could not be scored (no article, bad gold file, extraction failed). */
export interface EvalProblem {
  readonly id: string;
  readonly path: string;
  readonly code: string;
  readonly message: string;
}

/** The report over a gold set. */
export interface EvalReport {
  /** Documents scored. */
  readonly documents: readonly DocumentScore[];
  /** Per section, counts summed over documents (micro-average over documents). */
  readonly sections: Readonly<Record<Section, Score>>;
  /** Counts summed over all sections and documents. */
  readonly micro: Score;
  /** Documents that could not be scored; they are not in the totals. */
  readonly problems: readonly EvalProblem[];
}

/** Precision, recall and F1 of some counts (see {@link Score} for the zero-denominator rule). */
export function rates(counts: Counts): Score {
  const { tp, fp, fn } = counts;
  const precision = tp + fp === 0 ? null : tp / (tp + fp);
  const recall = tp + fn === 0 ? null : tp / (tp + fn);
  let f1: number | null;
  if (precision === null && recall === null) f1 = null;
  else if (precision === null || recall === null || precision + recall === 0) f1 = 0;
  else f1 = (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

/** Sum counts. */
export function sum(all: readonly Counts[]): Counts {
  return all.reduce((a, c) => ({ tp: a.tp + c.tp, fp: a.fp + c.fp, fn: a.fn + c.fn }), { tp: 0, fp: 0, fn: 0 });
}
