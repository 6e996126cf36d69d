/**
 * What the story page shares between its parts: the fact under the pointer, the fact selected, and
 * the ranges of articles to show (a claim's sentence, both sides of a rewritten passage).
 */
import type { At } from './router.js';

/** Ranges to highlight, by article id; `token` changes on every request to scroll to them. */
export interface Focus {
  readonly ranges: ReadonlyMap<string, At>;
  readonly token: number;
}

/** The story page's actions, passed to its parts. */
export interface StoryActions {
  /** Show a fact (by key) in every source; `toggle` unselects it when already selected. */
  readonly select: (key: string | null, options?: { toggle?: boolean; reveal?: boolean }) => void;
  readonly hover: (key: string | null) => void;
  /** Highlight ranges of articles and scroll the reader to them (a fact's key selected with them, if given). */
  readonly show: (ranges: readonly { article: string; at: At }[], key?: string | null) => void;
}
