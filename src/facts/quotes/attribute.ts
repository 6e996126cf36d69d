import type { Span } from '../../core/article.js';
import type { Token } from '../../nlp/tokenize.js';
import { cueAt, genericVerbAt, type FoundCue } from './cues.js';
import { quoteEnd, tokenAt, type QuoteDoc } from './doc.js';
import { clauseSubject, nounPhraseEndingAt, subjectAfter, subjectBefore, type Speaker } from './subject.js';
import { DOCUMENT_NOUNS } from './words.js';
import type { QuotationSpan } from './types.js';

/** How a quote is attributed: the cue, its subject, and the pattern that joined them. */
export interface Attribution {
  readonly cue: FoundCue | null;
  readonly speaker: Speaker | null;
  /** "verb-after", "verb-inverted", "verb-before", "according-to", "previous-quote", … */
  readonly pattern: string;
  /** The cue stands right next to the quote (“…,” he said / called it “…”), not elsewhere in the sentence. */
  readonly direct: boolean;
}

/** Where a quote sits among the tokens. */
export interface QuoteFrame {
  readonly index: number;
  readonly quote: QuotationSpan;
  /** Token range before the opening mark in its sentence, after any earlier quote there. */
  readonly before: readonly [number, number];
  /** Token range after the closing mark up to the sentence end or the next quote. */
  readonly after: readonly [number, number];
  /** Sentence of the opening mark and of the closing mark (or the quote's last word). */
  readonly openSentence: number;
  readonly closeSentence: number;
  /** A quote inside a sentence, not a whole sentence with at most an attribution around it. */
  readonly partial: boolean;
}

/** How many tokens may stand between a quote's end and the verb of "…,” Representative X, a Y, said". */
const MAX_AFTER = 15;
/** A following sentence of at most this many tokens may carry the attribution (“Why?” Putin asked.). */
const MAX_TRAILING_SENTENCE = 12;

/** Speaker words and cue this close (in characters) make one evidence span ("he added"); farther apart, two. */
const MAX_JOINED_GAP = 40;

/** Words that may stand between a cue and the quote it introduces directly ("called it “…”"). */
const DIRECT_FILLERS = new Set(['that', 'as', 'it', 'this', 'them', 'him', 'her', 'out']);

const low = (t: Token | undefined) => t?.text.toLowerCase() ?? '';

/** Locate a top-level quote: its sentence(s) and the token ranges before and after it. */
export function frameQuote(doc: QuoteDoc, index: number): QuoteFrame {
  const quote = doc.quotes[index] as QuotationSpan;
  const openTok = tokenAt(doc, quote.open);
  const endOffset = quoteEnd(quote);
  const afterTok = tokenAt(doc, endOffset);
  const lastInside = Math.max(openTok, afterTok - 1);
  const openSentence = doc.sentenceOf[openTok] ?? -1;
  const closeSentence = doc.sentenceOf[lastInside] ?? openSentence;
  const [sFrom] = doc.sentenceTokens[openSentence] ?? [openTok, openTok];
  const [, sTo] = doc.sentenceTokens[closeSentence] ?? [afterTok, afterTok];
  let beforeFrom = sFrom;
  for (let i = openTok - 1; i >= sFrom; i--) {
    if (doc.quoteOf[i] !== -1) {
      beforeFrom = i + 1;
      break;
    }
  }
  let afterTo = Math.max(afterTok, sTo);
  for (let i = afterTok; i < afterTo; i++) {
    if (doc.quoteOf[i] !== -1) {
      afterTo = i;
      break;
    }
  }
  // “Why?” Putin asked. — the sentence splitter ends the sentence at the closing mark. The next
  // sentence carries the attribution when a cue opens it; after a full stop inside the marks only
  // if it is short (“We will win.” Putin said the troops … is new reported speech).
  if (afterTo === afterTok && quote.close !== null) {
    const next = doc.sentences[closeSentence + 1];
    const [nFrom, nTo] = doc.sentenceTokens[closeSentence + 1] ?? [0, 0];
    const sameParagraph = next && next.paragraph === doc.sentences[closeSentence]?.paragraph;
    const cue = sameParagraph && nFrom === afterTok ? firstCue(doc, nFrom, Math.min(nTo, nFrom + MAX_AFTER)) : null;
    const asks = /[?!…]$/u.test(doc.text.slice(quote.start, quote.end));
    if (cue && (asks || nTo - nFrom <= MAX_TRAILING_SENTENCE)) {
      afterTo = nTo;
      for (let i = nFrom; i < nTo; i++) {
        if (doc.quoteOf[i] !== -1) {
          afterTo = i;
          break;
        }
      }
    }
  }
  const frame = { index, quote, before: [beforeFrom, openTok] as const, after: [afterTok, afterTo] as const, openSentence, closeSentence };
  return { ...frame, partial: isPartial(doc, frame) };
}

/**
 * Attribute a quote from its own sentence. Whole-sentence quotes try the words after the quote
 * first (“…,” he said / “…,” said Putin), then before it (Putin said: “…”); partial quotes try the
 * cue before them first (hailed the group as “…”). "according to" anywhere in the sentence comes
 * next. The first reading that names an entity wins; failing that, the first that found a cue.
 */
export function attributeInSentence(doc: QuoteDoc, f: QuoteFrame): Attribution | null {
  const readings = f.partial
    ? [() => before(doc, f), () => after(doc, f), () => accordingTo(doc, f), () => colonSubject(doc, f)]
    : [() => after(doc, f), () => before(doc, f), () => accordingTo(doc, f), () => colonSubject(doc, f)];
  let fallback: Attribution | null = null;
  for (const read of readings) {
    const a = read();
    if (!a) continue;
    if (a.speaker?.entity) return a;
    fallback ??= a;
  }
  return fallback;
}

/**
 * Attribute a whole-sentence quote that has no attribution of its own from its neighbours, in this
 * order: the sentence just before it in the paragraph when that one reports speech ("She added
 * that … “…”"); the latest attributed quote of the paragraph; and, for a quote that opens its
 * paragraph, a previous paragraph that ends in "… said:" or ends with an attributed quote (wire
 * copy lets a speaker run on over quote paragraphs without repeating "he said").
 */
export function attributeFromContext(doc: QuoteDoc, f: QuoteFrame, previous: readonly (Attribution | null)[]): Attribution | null {
  const sentence = doc.sentences[f.openSentence];
  if (!sentence) return null;
  const prev = doc.sentences[f.openSentence - 1];
  const [prevFrom, prevTo] = doc.sentenceTokens[f.openSentence - 1] ?? [0, 0];
  if (prev && prev.paragraph === sentence.paragraph) {
    const cue = lastCue(doc, prevFrom, prevTo);
    if (cue && !cue.phrase) {
      const speaker = cue.gerund ? gerundSubject(doc, cue, prevFrom) : subjectBefore(doc, cue.first, prevFrom);
      if (speaker) return { cue, speaker, pattern: 'previous-sentence', direct: false };
    }
  }
  for (let k = f.index - 1; k >= 0; k--) {
    const q = doc.quotes[k] as QuotationSpan;
    if (q.paragraph !== f.quote.paragraph) break;
    const a = previous[k];
    if (a?.speaker) return { ...a, pattern: 'previous-quote', direct: false };
  }
  const opensParagraph = f.before[0] === f.before[1] && (doc.sentenceTokens[f.openSentence]?.[0] ?? -1) === f.before[0];
  if (!opensParagraph || !prev || prev.paragraph === sentence.paragraph) return null;
  if (/:\s*$/u.test(doc.text.slice(prev.start, prev.end))) {
    const cue = lastCue(doc, prevFrom, prevTo);
    if (cue) return { cue, speaker: subjectBefore(doc, cue.first, prevFrom), pattern: 'colon-intro', direct: false };
  }
  for (let k = f.index - 1; k >= 0; k--) {
    const q = doc.quotes[k] as QuotationSpan;
    const last = tokenAt(doc, quoteEnd(q)) - 1;
    if ((doc.sentenceOf[last] ?? -1) < f.openSentence - 1) break;
    const a = previous[k];
    if (a?.speaker) return { ...a, pattern: 'previous-paragraph', direct: false };
  }
  return null;
}

/** “…,” he said / “…,” said Putin / “…,” according to X: the cue follows the quote. */
function after(doc: QuoteDoc, f: QuoteFrame): Attribution | null {
  let [i, to] = f.after;
  if (!endsClause(doc, f)) return null;
  while (i < to && /^[,—–\-(]$/u.test(doc.tokens[i]?.text ?? '')) i++;
  if (i >= to) return null;
  const first = cueAt(doc.tokens, i);
  if (first && (first.inverts || first.phrase === 'according-to')) {
    const speaker = subjectAfter(doc, first.last + 1, to);
    return { cue: first, speaker, pattern: first.phrase === 'according-to' ? 'according-to' : 'verb-inverted', direct: true };
  }
  // “…,” suggests Molitor: an unlisted verb, then a named person.
  const inverted = first ? null : genericVerbAt(doc.tokens, i);
  if (inverted) {
    const speaker = subjectAfter(doc, i + 1, to);
    if (speaker?.kind === 'person' && !speaker.steps.length) return { cue: inverted, speaker, pattern: 'verb-inverted', direct: true };
  }
  // The first cue within reach; an unlisted verb counts only right after a named speaker that
  // starts the attribution (“…,” Trump implored; “…,” Henry reports).
  let statement: FoundCue | null = null;
  const window = Math.min(to, i + MAX_AFTER + 1);
  for (let j = i; j < window; j++) {
    const t = doc.tokens[j] as Token;
    // The region already ends with the sentence; a full stop inside it belongs to "Mr." or "U.S.".
    if (t.text === ';' || t.text === ':') break;
    const cue = cueAt(doc.tokens, j);
    if (!cue) {
      const verb = j > i ? genericVerbAt(doc.tokens, j) : null;
      const speaker = verb ? subjectBefore(doc, j, i) : null;
      if (verb && speaker?.entity && !speaker.steps.includes('pronoun') && speaker.source.start === (doc.tokens[i] as Token).start) return { cue: verb, speaker, pattern: 'verb-after', direct: true };
      continue;
    }
    if (cue.phrase === 'statement') {
      statement ??= cue;
      j = cue.last;
      continue;
    }
    if (cue.phrase === 'according-to') return { cue, speaker: subjectAfter(doc, cue.last + 1, to), pattern: 'according-to', direct: true };
    return { cue, speaker: subjectBefore(doc, cue.first, i), pattern: 'verb-after', direct: true };
  }
  if (statement) return { cue: statement, speaker: subjectBefore(doc, statement.first, i), pattern: 'verb-after', direct: true };
  return null;
}

/** Putin said: “…” / Xi called for “…” / what he called “…”: the nearest cue before the quote. */
function before(doc: QuoteDoc, f: QuoteFrame): Attribution | null {
  const [from, to] = f.before;
  const [sFrom] = doc.sentenceTokens[f.openSentence] ?? [from, from];
  const colon = colonVerb(doc, to, sFrom);
  let cue = lastCue(doc, from, to);
  if (!cue) return colon;
  // "X said in a statement that …": the verb before the phrase carries the subject.
  if (cue.phrase === 'statement') {
    const verb = lastCue(doc, from, cue.first);
    if (verb && !verb.phrase && verb.last === cue.first - 1) cue = verb;
  }
  const direct = isDirect(doc, cue.last + 1, to);
  if (cue.phrase === 'according-to') {
    const end = nextComma(doc, cue.last + 1, to);
    return { cue, speaker: subjectAfter(doc, cue.last + 1, end), pattern: 'according-to', direct };
  }
  let speaker = cue.gerund ? gerundSubject(doc, cue, sFrom) : subjectBefore(doc, cue.first, sFrom);
  // “A,” said X. “B.” kept in one sentence by the splitter: the subject follows the cue.
  const afterQuote = quotedAt(doc, cue.first - 1) || (doc.tokens[cue.first - 1]?.text === ',' && quotedAt(doc, cue.first - 2));
  if (!speaker && cue.inverts && afterQuote) {
    speaker = subjectAfter(doc, cue.last + 1, nextComma(doc, cue.last + 1, to));
    if (speaker) return { cue, speaker, pattern: 'verb-inverted', direct: false };
  }
  if (!speaker?.entity && colon?.speaker?.entity) return colon;
  return { cue, speaker, pattern: 'verb-before', direct };
}

/**
 * Kovner sighed: “…” / Biden blurted out, “…” / Abedin's succinct reply: “…” — a word the lexicon
 * lacks, right before the colon (or comma) that opens the quote, read as a verb after its subject
 * or as a noun of saying after its owner. Only a named speaker makes it a cue.
 */
function colonVerb(doc: QuoteDoc, to: number, sFrom: number): Attribution | null {
  const mark = doc.tokens[to - 1];
  if (!mark || (mark.text !== ':' && mark.text !== ',')) return null;
  let k = to - 2;
  if (['out', 'up', 'back'].includes(low(doc.tokens[k]))) k--;
  if (k < sFrom || doc.quoteOf[k] !== -1 || cueAt(doc.tokens, k)) return null;
  const verb = genericVerbAt(doc.tokens, k);
  if (verb) {
    const speaker = subjectBefore(doc, k, sFrom);
    if (speaker?.entity) return { cue: { ...verb, last: to - 2, end: (doc.tokens[to - 2] as Token).end, verb: doc.text.slice(verb.start, (doc.tokens[to - 2] as Token).end).toLowerCase() }, speaker, pattern: 'verb-before', direct: true };
  }
  const word = doc.tokens[k] as Token;
  if (mark.text !== ':' || word.upper || !DOCUMENT_NOUNS.has(low(word))) return null;
  const owner = nounPhraseEndingAt(doc, k, sFrom);
  if (!owner?.entity) return null;
  return { cue: { start: word.start, end: word.end, verb: low(word), lemma: low(word), first: k, last: k, inverts: false, gerund: false, phrase: 'statement' }, speaker: owner, pattern: 'verb-before', direct: true };
}

/** Trump swiped at Ryan in a series of tweets: “…” — a quote opened by a colon is the clause subject's. */
function colonSubject(doc: QuoteDoc, f: QuoteFrame): Attribution | null {
  const [, to] = f.before;
  if (doc.tokens[to - 1]?.text !== ':') return null;
  const [sFrom] = doc.sentenceTokens[f.openSentence] ?? [to, to];
  const speaker = clauseSubject(doc, sFrom, to - 1);
  return speaker?.entity ? { cue: null, speaker, pattern: 'colon', direct: false } : null;
}

/** Only punctuation and object words stand between the cue and the quote ("said: “", "called it “"). */
function isDirect(doc: QuoteDoc, from: number, to: number): boolean {
  if (to - from > 3) return false;
  for (let i = from; i < to; i++) {
    const t = doc.tokens[i] as Token;
    if (t.kind !== 'punct' && !DIRECT_FILLERS.has(low(t))) return false;
  }
  return true;
}

/** "according to …" anywhere in the quote's sentence(s), outside quotes. */
function accordingTo(doc: QuoteDoc, f: QuoteFrame): Attribution | null {
  const [from] = doc.sentenceTokens[f.openSentence] ?? [0, 0];
  const [, to] = doc.sentenceTokens[f.closeSentence] ?? [0, 0];
  for (let i = from; i < to; i++) {
    if (doc.quoteOf[i] !== -1) continue;
    const cue = cueAt(doc.tokens, i);
    if (cue?.phrase !== 'according-to') continue;
    return { cue, speaker: subjectAfter(doc, cue.last + 1, nextComma(doc, cue.last + 1, to)), pattern: 'according-to', direct: false };
  }
  return null;
}

/**
 * The subject of an -ing cue. After a comma ("…,” the paper wrote, adding: “…”) it is the subject of
 * the verb before, if the sentence has one; otherwise ("Trump inflamed tensions by saying") the
 * subject of the clause the -ing form ends.
 */
function gerundSubject(doc: QuoteDoc, cue: FoundCue, sFrom: number): Speaker | null {
  if (doc.tokens[cue.first - 1]?.text === ',') {
    for (let i = cue.first - 2; i >= sFrom; i--) {
      if (doc.quoteOf[i] !== -1) continue;
      const earlier = cueAt(doc.tokens, i);
      if (earlier && !earlier.phrase && !earlier.gerund) return subjectBefore(doc, earlier.first, sFrom);
    }
  }
  let clause = cue.first - 1;
  while (clause > sFrom && !/^[,;)(—–]$/u.test(doc.tokens[clause - 1]?.text ?? '')) clause--;
  return (clause < cue.first - 1 ? clauseSubject(doc, clause, cue.first) : null) ?? clauseSubject(doc, sFrom, cue.first);
}

/** The last cue whose tokens lie in `[from, to)`, outside quotes. */
function lastCue(doc: QuoteDoc, from: number, to: number): FoundCue | null {
  for (let i = to - 1; i >= from; i--) {
    if (doc.quoteOf[i] !== -1) continue;
    const cue = cueAt(doc.tokens, i);
    if (cue && cue.last < to) return cue;
  }
  return null;
}

function firstCue(doc: QuoteDoc, from: number, to: number): FoundCue | null {
  for (let i = from; i < to; i++) {
    const cue = doc.quoteOf[i] === -1 ? cueAt(doc.tokens, i) : null;
    if (cue) return cue;
  }
  return null;
}

function quotedAt(doc: QuoteDoc, i: number): boolean {
  return (doc.quoteOf[i] ?? -1) !== -1;
}

function nextComma(doc: QuoteDoc, from: number, to: number): number {
  for (let i = from; i < to; i++) if (/^[,;:]$/u.test(doc.tokens[i]?.text ?? '')) return i;
  return to;
}

/**
 * Can words after the quote attribute it? Only when the quote closes a clause: its words end in
 * , ? ! or … inside the marks, or a comma or dash follows the mark, or nothing but the attribution
 * surrounds it. (Not "called it a “farce” and Xi said nothing".)
 */
function endsClause(doc: QuoteDoc, f: QuoteFrame): boolean {
  const q = f.quote;
  const inner = doc.text.slice(q.start, q.end);
  if (/[,?!…:;.—–-]$/u.test(inner)) return true;
  const next = doc.tokens[f.after[0]];
  if (next && /^[,—–-]$/u.test(next.text)) return true;
  return !f.partial || f.before[0] === f.before[1];
}

/** A quote is partial unless it starts its clause and ends it, with at most an attribution outside. */
function isPartial(doc: QuoteDoc, f: Omit<QuoteFrame, 'partial'>): boolean {
  const q = f.quote;
  const inner = doc.text.slice(q.start, q.end);
  const [bFrom, bTo] = f.before;
  const beforeText = bFrom < bTo ? doc.text.slice((doc.tokens[bFrom] as Token).start, q.open).replace(/^[\s,.;:—–-]+/u, '').trim() : '';
  let starts = beforeText === '';
  if (!starts && /:$/u.test(beforeText)) starts = true;
  if (!starts && lastCue(doc, bFrom, bTo)) {
    // "Putin said, “We …”", "He added: “…”", "Xi told reporters “We …”"
    const cue = lastCue(doc, bFrom, bTo) as FoundCue;
    const between = bTo - cue.last - 1;
    starts = /,$/u.test(beforeText) || (/^\p{Lu}/u.test(inner) && between <= 2 && !['that', 'as'].includes(low(doc.tokens[bTo - 1])));
  }
  if (!starts) return true;
  const [aFrom, aTo] = f.after;
  const afterText = aFrom < aTo ? doc.text.slice(quoteEnd(q), (doc.tokens[aTo - 1] as Token).end).trim() : '';
  if (afterText === '' || /^[\s.,;:!?)]*$/u.test(afterText)) return false;
  return !(/^[,—–-]/u.test(afterText) || /[,?!…:;.]$/u.test(inner) || firstCue(doc, aFrom, Math.min(aTo, aFrom + MAX_AFTER)) !== null);
}

/** The span of the words that attribute a quote: from the speaker's words to the cue, if they are near. */
export function attributionSpan(a: Attribution): Span[] {
  const spans: Span[] = [];
  const { cue, speaker } = a;
  if (cue && speaker && Math.max(cue.start, speaker.source.start) - Math.min(cue.end, speaker.source.end) <= MAX_JOINED_GAP) {
    spans.push({ start: Math.min(cue.start, speaker.source.start), end: Math.max(cue.end, speaker.source.end) });
  } else {
    if (cue) spans.push({ start: cue.start, end: cue.end });
    if (speaker) spans.push(speaker.source);
  }
  if (speaker?.antecedent) spans.push(speaker.antecedent);
  return spans;
}
