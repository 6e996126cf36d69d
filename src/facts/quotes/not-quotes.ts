import type { Span } from '../../core/article.js';
import { tokenize } from '../../nlp/tokenize.js';
import type { Attribution, QuoteFrame } from './attribute.js';

/** Why a pair of quotation marks holds no quotation. */
export type NotQuoteReason = 'empty' | 'heading' | 'scare' | 'term' | 'title';

/** Small words a title leaves in lower case ("Bridge of Spies"). */
const TITLE_SMALL = new Set('a an and as at but by for from in into nor of on or the to with'.split(' '));
/** A heading or a term is at most this many words. */
const MAX_HEADING_WORDS = 3;
const MAX_SCARE_WORDS = 2;
const MAX_TITLE_WORDS = 12;
const MAX_TERM_WORDS = 3;
/** Words that introduce a name or term, not speech ("a phenomenon called “…”"). */
const NAMING = /(?:\b(?:called|dubbed|named|nicknamed|titled|entitled|labell?ed|branded|termed)|\bknown as)\s*$/iu;

/**
 * Decide whether marks enclose something other than a quotation:
 * - `empty`: no letters or digits inside;
 * - `heading`: a paragraph that is nothing but a quote of at most 3 words without sentence
 *   punctuation and without attribution (a subheading such as a quoted catchphrase);
 * - `scare`: a term the writer distances themselves from: after "so-called", or a partial quote of
 *   at most 2 words that no cue in the sentence introduces;
 * - `term`: at most 3 words right after "called", "dubbed", "known as" … whose subject is no person
 *   ("a phenomenon called “…”"; but "what he called “…”" is a quote);
 * - `title`: a partial quote of at most 12 words in title case (a book, film, programme or slogan
 *   name, a subtitle after a colon allowed) that no cue stands right next to.
 * Returns null for a quotation.
 */
export function notAQuote(text: string, frame: QuoteFrame, inner: Span, paragraph: Span, attribution: Attribution | null): NotQuoteReason | null {
  const words = tokenize(text, inner.start, inner.end).filter((t) => t.kind !== 'punct');
  if (words.length === 0) return 'empty';
  // Judge by the words without the sentence's closing comma or stop ("Stranger Things," the series …).
  const innerText = text.slice(inner.start, inner.end).replace(/[,.;:]+$/u, '');
  const q = frame.quote;
  const outside = text.slice(paragraph.start, q.open) + text.slice(q.close === null ? q.end : q.close + q.closeLength, paragraph.end);
  const wholeParagraph = /^[\s.,;:!?]*$/u.test(outside);
  if (wholeParagraph && !attribution?.cue && words.length <= MAX_HEADING_WORDS && !/[.!?]/u.test(innerText)) return 'heading';
  if (/so-called\s*$/iu.test(text.slice(Math.max(0, q.open - 12), q.open))) return 'scare';
  if (!frame.partial) return null;
  if (words.length <= MAX_SCARE_WORDS && !attribution?.cue) return 'scare';
  if (words.length <= MAX_TERM_WORDS && NAMING.test(text.slice(Math.max(0, q.open - 20), q.open)) && attribution?.speaker?.kind !== 'person') return 'term';
  const titleCase = words.every((w, i) => w.upper || /^\d/u.test(w.text) || (i > 0 && TITLE_SMALL.has(w.text)));
  if (titleCase && words.length <= MAX_TITLE_WORDS && !/[.!?,;]/u.test(innerText) && !attribution?.direct) return 'title';
  return null;
}
