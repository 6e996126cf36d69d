import type { Span } from '../../core/article.js';
import type { Sentence } from '../../nlp/sentences.js';
import { tokenize, tokenizeAround, type Token, type TokenizedRange } from '../../nlp/tokenize.js';
import type { QuotationSpan, SpeakerMention } from './types.js';

/**
 * The article as the attribution rules see it: tokens, the sentence of each token, whether a token
 * lies inside a top-level quotation (words inside quotes never name the speaker), and the mention
 * covering each token.
 */
export interface QuoteDoc {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
  /** Sentence index of each token, or -1 outside every sentence. */
  readonly sentenceOf: readonly number[];
  /** First token and one past the last token of each sentence. */
  readonly sentenceTokens: readonly (readonly [number, number])[];
  /** Index (into `quotes`) of the top-level quotation holding each token, marks included; -1 outside. */
  readonly quoteOf: readonly number[];
  readonly quotes: readonly QuotationSpan[];
  /** The mention that covers each token. */
  readonly mentionOf: readonly (SpeakerMention | undefined)[];
}

/**
 * Build the token view of an article. `quotes` are the top-level quotation spans. `known`, when
 * given, are the tokens of the sentences (which then carry their token ranges `from`/`to`), so
 * that only the text between sentences is tokenized again.
 */
export function buildDoc(text: string, sentences: readonly Sentence[], mentions: readonly SpeakerMention[], quotes: readonly QuotationSpan[], known?: readonly Token[]): QuoteDoc {
  const tokens = known && sentences.every(hasTokenRange) ? tokenizeAround(text, sentences, known) : tokenize(text);
  // Sweeps over tokens and spans in text order: every table is filled in one pass, not by a
  // search per token.
  const sentenceOf = new Array<number>(tokens.length).fill(-1);
  const sentenceTokens: [number, number][] = sentences.map(() => [0, 0]);
  let s = 0;
  tokens.forEach((t, i) => {
    while (s < sentences.length && (sentences[s] as Sentence).end <= t.start) s++;
    const sentence = sentences[s];
    if (sentence && sentence.start <= t.start) {
      sentenceOf[i] = s;
      const range = sentenceTokens[s] as [number, number];
      if (range[1] === 0) range[0] = i;
      range[1] = i + 1;
    }
  });
  const quoteOf = quotes.length === 0 ? new Array<number>(tokens.length).fill(-1) : tokens.map((t) => quotes.findIndex((q) => q.open <= t.start && t.end <= quoteEnd(q)));
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  const mentionOf = coveringMentions(tokens, sorted);
  return { text, tokens, sentences, sentenceOf, sentenceTokens, quoteOf, quotes, mentionOf };
}

function hasTokenRange(s: Sentence): s is Sentence & TokenizedRange {
  return typeof (s as Partial<TokenizedRange>).from === 'number' && typeof (s as Partial<TokenizedRange>).to === 'number';
}

/**
 * The first mention (in `sorted` order, by start) that overlaps each token. Mentions may overlap
 * one another, so the candidates for a token are those started before its end and not yet ended
 * before its start; the earliest in the list among them wins.
 */
function coveringMentions(tokens: readonly Token[], sorted: readonly SpeakerMention[]): (SpeakerMention | undefined)[] {
  const out = new Array<SpeakerMention | undefined>(tokens.length);
  // Mentions ending at or before a token's start can never overlap a later token (tokens come
  // in order of start), so `first` only moves forward past them.
  let first = 0;
  tokens.forEach((t, i) => {
    while (first < sorted.length && (sorted[first] as SpeakerMention).end <= t.start) first++;
    let found: SpeakerMention | undefined;
    for (let k = first; k < sorted.length; k++) {
      const m = sorted[k] as SpeakerMention;
      if (m.start >= t.end) break;
      if (t.start < m.end) {
        found = m;
        break;
      }
    }
    out[i] = found;
  });
  return out;
}

/** Where a quotation ends, its closing mark included (the paragraph's text end when it runs on). */
export function quoteEnd(q: QuotationSpan): number {
  // A quote without a closing mark runs to its paragraph's end, where its inner span ends.
  return q.close !== null ? q.close + q.closeLength : q.end;
}

/** Token index of the first token starting at or after `offset`. */
export function tokenAt(doc: QuoteDoc, offset: number): number {
  let lo = 0;
  let hi = doc.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((doc.tokens[mid] as Token).start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The span from the start of token `a` to the end of token `b`. */
export function tokenSpan(doc: QuoteDoc, a: number, b: number): Span {
  return { start: (doc.tokens[a] as Token).start, end: (doc.tokens[b] as Token).end };
}
