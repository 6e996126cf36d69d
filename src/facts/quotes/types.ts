import type { Span } from '../../core/article.js';

/** A person, organisation or country mention the recogniser found: a possible speaker. */
export interface SpeakerMention extends Span {
  /** The entity id the mention resolves to ("p1", "o1"). */
  readonly entity: string;
  readonly kind: 'person' | 'organization' | 'country';
}

/** The words that introduce a quote: a reporting verb ("said", "called for") or a phrase ("according to"). */
export interface QuoteCue extends Span {
  /** The cue as written, lower-cased ("said", "called for", "according to", "in a statement"). */
  readonly verb: string;
  /** Its dictionary form ("say", "call", "according to"), for grouping. */
  readonly lemma: string;
}

/**
 * A quotation with its speaker. Offsets are UTF-16 offsets into the article text, and
 * `text === articleText.slice(start, end)` always holds.
 */
export interface QuoteFact extends Span {
  /** The quoted words, inside the marks, without surrounding spaces and without a closing comma,
   * semicolon, colon or single full stop that belongs to the host sentence. */
  readonly text: string;
  /** Entity id of the speaker, or null when no attribution names a known entity. */
  readonly speaker: string | null;
  /** The words that name the speaker as written ("Putin", "he", "the ministry"), when found, even if
   * they resolve to no entity. */
  readonly source: Span | null;
  readonly cue: QuoteCue | null;
  /** True for a quote inside a sentence ("hailed it as “…”"), false when the quote is a whole
   * sentence or more, with at most an attribution clause outside it. */
  readonly partial: boolean;
  /** Which pattern attributed it: `quote/<pattern>` with `/pronoun`, `/institution` or
   * `/spokesperson` appended when the speaker was reached through such a step (see README). */
  readonly rule: string;
  /** The quoted span, the attribution words, and the antecedent of a pronoun speaker. */
  readonly evidence: readonly Span[];
  /** Quotes that run over several paragraphs share a group number; a one-paragraph quote has its own. */
  readonly group: number;
}

/** A pair of quotation marks (or a quote that runs on past its paragraph), as the marks scanner finds it. */
export interface QuotationSpan extends Span {
  /** Offset of the opening mark. */
  readonly open: number;
  /** Offset of the closing mark; null when the quote runs on into the next paragraph or is never closed. */
  readonly close: number | null;
  /** Length of the opening and closing marks (2 for `''`). */
  readonly openLength: number;
  readonly closeLength: number;
  readonly family: 'double' | 'single';
  /** 0 for a top-level quotation, 1 for a quotation inside another. */
  readonly depth: number;
  readonly paragraph: number;
  /** The quote goes on in the next paragraph (no closing mark here, the next one opens with a mark). */
  readonly continues: boolean;
  /** The quote goes on from the previous paragraph. */
  readonly continued: boolean;
}
