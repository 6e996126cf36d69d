import type { Article, Span } from './article.js';
import type { Sentence } from '../nlp/sentences.js';
import type { Token } from '../nlp/tokenize.js';
import type { LexRef } from '../recognise/lexicon.js';

/** A typed span of tokens in one sentence: a gazetteer hit, a name, a date. */
export interface Chunk extends Span {
  readonly type: LexRef['type'] | 'NAME';
  /** Token range `[from, to)` in the document's token list. */
  readonly from: number;
  readonly to: number;
  readonly text: string;
  /** What the gazetteer says the words stand for (may be several for ambiguous words). */
  readonly refs: readonly LexRef[];
  readonly rule: string;
}

/** A sentence with its tokens and chunks. */
export interface SentenceLayer extends Sentence {
  /** Token range `[from, to)` in the document's token list. */
  readonly from: number;
  readonly to: number;
  readonly chunks: readonly Chunk[];
}

/** The document after segmentation and recognition; later stages add their layers. */
export interface Doc {
  readonly article: Article;
  /** Reference date for relative dates. */
  readonly published: string | null;
  readonly tokens: readonly Token[];
  readonly sentences: readonly SentenceLayer[];
}

/** A date the text states, resolved against the publication date where it is relative. */
export interface DateRef {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** ISO `2024-07-04`, `2024-07`, `2024`, `2024-W26`; null when it cannot be resolved. */
  readonly value: string | null;
  readonly precision: 'day' | 'week' | 'month' | 'year' | null;
  readonly rule: string;
}
