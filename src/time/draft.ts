import type { Direction } from './anchor.js';
import type { Ymd } from './calendar.js';
import type { Tense } from './tense.js';

/** How finely a date is known. */
export type Precision = 'day' | 'week' | 'month' | 'year';

/** A date reference found in a text and resolved against the publication date. */
export interface DateMention {
  /** Offsets into the text of the words, with a leading preposition or modifier ("on Thursday", "in early 2001"). */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** ISO value at the mention's precision: `2024-07-04`, `2024-W26`, `2024-07`, `2024`; null when it cannot be resolved. */
  readonly value: string | null;
  /** Null exactly when `value` is null. */
  readonly precision: Precision | null;
  /** Whether the value depends on the publication date ("on Thursday", "last year", "June 9"). */
  readonly relative: boolean;
  /** The rule that produced it, e.g. `time/weekday`, `time/bare-year`. */
  readonly rule: string;
  /**
   * Tense of the clause around it, from its nearest cue: `future` for will / is due to / plans to /
   * is holding …, `past` for a past verb or auxiliary, null when there is no cue. A future clause
   * marks an event as planned rather than reported.
   */
  readonly tense: Tense | null;
}

/** A resolved value. */
export interface Resolved {
  readonly value: string;
  readonly precision: Precision;
}

/** What a draft needs to resolve itself once its span is final. */
export interface ResolveContext {
  /** Publication date; null when unknown. */
  readonly pub: Ymd | null;
  /** The mention's words, including the prefix absorbed by `extendLeft` (lower-cased). */
  readonly words: string;
  /** Tense of the clause around the mention (computed on demand). */
  tense(): Tense | null;
  /**
   * The last date resolved before the mention, in its sentence or the one before: what "the
   * following year" or "two years later" counts from. Null when there is none.
   */
  anchor?(): Resolved | null;
}

/** A date mention before its span is extended and its value computed. */
export interface Draft {
  /** Offsets of the core words into the whole text. */
  readonly start: number;
  readonly end: number;
  readonly rule: string;
  readonly relative: boolean;
  /** Whether a "last/next/this" just before belongs to it ("last May", "next Friday"). */
  readonly takesRelativeWord: boolean;
  resolve(context: ResolveContext): Resolved | null;
}

/**
 * Which way to look from the publication date, from the modifier in the words ("last", "next",
 * "this", "coming") or else the clause's tense. News reports the past, so with no cue it is
 * `past`; `this` leans to the future unless the clause is past ("this Friday").
 */
export function directionOf(context: ResolveContext): Direction {
  const words = context.words;
  if (/\bthis\s+past\b/.test(words)) return 'last';
  if (/\bthis\s+coming\b/.test(words)) return 'next';
  const modifier = /\b(last|past|next|coming|upcoming|this)\b/.exec(words)?.[1];
  if (modifier === 'last' || modifier === 'past') return 'last';
  if (modifier === 'next' || modifier === 'coming' || modifier === 'upcoming') return 'next';
  const tense = context.tense();
  if (modifier === 'this') return tense === 'past' ? 'past' : 'future';
  return tense === 'future' ? 'future' : 'past';
}
