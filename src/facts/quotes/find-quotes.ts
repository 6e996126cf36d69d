import type { Span } from '../../core/article.js';
import type { Sentence } from '../../nlp/sentences.js';
import type { Token } from '../../nlp/tokenize.js';
import { attributeFromContext, attributeInSentence, attributionSpan, frameQuote, type Attribution, type QuoteFrame } from './attribute.js';
import { buildDoc } from './doc.js';
import { findQuotationSpans } from './marks.js';
import { notAQuote } from './not-quotes.js';
import type { QuotationSpan, QuoteFact, SpeakerMention } from './types.js';

/**
 * Find the quotations of an article and who said them.
 *
 * 1. Pair quotation marks paragraph by paragraph (`findQuotationSpans`); only top-level quotes are
 *    facts, a quote inside a quote is part of it.
 * 2. Attribute each quote from its own sentence (cue after, cue before, "according to", a colon),
 *    then — for a whole-sentence quote that names no speaker — from the sentence before it, an
 *    earlier quote of the paragraph, or a previous paragraph that ends "… said:" or with an
 *    attributed quote.
 * 3. A quote that runs over several paragraphs shares one attribution across its parts.
 * 4. Drop marks that hold no quotation (headings, scare quotes, titles; see `notAQuote`).
 *
 * `sentences` come from `splitSentences`; paragraphs are read from their `paragraph` numbers.
 * `mentions` are the people, organisations and countries found in the text: a speaker is always
 * one of their entity ids, or null. `tokens`, when the sentences carry token ranges (`from`/`to`,
 * as segmentation gives them), are their tokens, reused instead of tokenizing again.
 */
export function findQuotes(text: string, sentences: readonly Sentence[], mentions: readonly SpeakerMention[], tokens?: readonly Token[]): QuoteFact[] {
  const paragraphs = paragraphSpans(sentences);
  const top = findQuotationSpans(text, [...paragraphs.values()]).filter((q) => q.depth === 0);
  // findQuotationSpans numbers paragraphs by position in the list it was given; map back.
  const numbers = [...paragraphs.keys()];
  const quotes = top.map((q) => ({ ...q, paragraph: numbers[q.paragraph] ?? q.paragraph }));
  const doc = buildDoc(text, sentences, mentions, quotes, tokens);
  const frames = quotes.map((_, i) => frameQuote(doc, i));
  const groups = groupNumbers(quotes);

  const attributions: (Attribution | null)[] = [];
  const kept: boolean[] = [];
  frames.forEach((f, i) => {
    let a = attributeInSentence(doc, f);
    // Context only stands in for a missing speaker: "a spokeswoman said" keeps its own words.
    // A later part of a run-on quote takes its group's attribution instead (below).
    if (!a?.speaker && !f.partial && !f.quote.continued) a = attributeFromContext(doc, f, attributions) ?? a;
    // "X said its admission was “long overdue” and would give “a voice to …”": a later quote of
    // the same sentence with no cue of its own continues the speech of the one before it.
    const prev = attributions[i - 1];
    if (!a && f.partial && prev?.speaker?.entity && frames[i - 1]?.closeSentence === f.openSentence) a = { ...prev, pattern: 'same-sentence', direct: false };
    const reason = notAQuote(text, f, trimmed(text, f.quote), paragraphs.get(f.quote.paragraph) ?? f.quote, a);
    kept[i] = reason === null;
    attributions[i] = kept[i] ? a : null;
  });
  shareWithinGroups(groups, attributions);

  const facts: QuoteFact[] = [];
  frames.forEach((f, i) => {
    if (!kept[i]) return;
    facts.push(toFact(text, f, attributions[i] ?? null, groups[i] ?? i));
  });
  return facts;
}

function toFact(text: string, f: QuoteFrame, a: Attribution | null, group: number): QuoteFact {
  const span = trimmed(text, f.quote);
  const speaker = a?.speaker ?? null;
  const steps = speaker?.steps ?? [];
  return {
    start: span.start,
    end: span.end,
    text: text.slice(span.start, span.end),
    speaker: speaker?.entity ?? null,
    source: speaker ? speaker.source : null,
    cue: a?.cue ? { start: a.cue.start, end: a.cue.end, verb: a.cue.verb, lemma: a.cue.lemma } : null,
    partial: f.partial,
    rule: ['quote', a ? a.pattern : 'unattributed', ...steps].join('/'),
    evidence: [span, ...(a ? attributionSpan(a) : [])],
    group,
  };
}

/**
 * The quoted words without what belongs to the host sentence: a closing comma, semicolon or colon
 * and a single full stop (“…,” he said; hailed it as “… order.”). An ellipsis and the stop of an
 * abbreviation (“… the U.S.”) stay, as do ? and !.
 */
export function trimmed(text: string, q: Span): Span {
  let end = q.end;
  const start = q.start;
  while (end > start && /[,;:\s]/u.test(text[end - 1] as string)) end--;
  const body = text.slice(start, end);
  if (body.endsWith('.') && !body.endsWith('..') && !/(?:^|[^\p{L}])(?:\p{L}\.){2,}$/u.test(body)) end--;
  while (end > start && /[,;:\s]/u.test(text[end - 1] as string)) end--;
  return { start, end };
}

/** Paragraph number → span from its first sentence's start to its last sentence's end. */
function paragraphSpans(sentences: readonly Sentence[]): Map<number, Span> {
  const spans = new Map<number, Span>();
  for (const s of sentences) {
    const p = spans.get(s.paragraph);
    spans.set(s.paragraph, p ? { start: Math.min(p.start, s.start), end: Math.max(p.end, s.end) } : { start: s.start, end: s.end });
  }
  return new Map([...spans.entries()].sort((a, b) => a[1].start - b[1].start));
}

/** Parts of a quote that runs over paragraphs share a group number: the index of the first part. */
function groupNumbers(quotes: readonly QuotationSpan[]): number[] {
  const groups: number[] = [];
  quotes.forEach((q, i) => {
    const prev = quotes[i - 1];
    const joins = q.continued && prev !== undefined && prev.continues;
    groups[i] = joins ? (groups[i - 1] as number) : i;
  });
  return groups;
}

/** Parts without an attribution of their own take the group's first one that names a speaker (else has a cue). */
function shareWithinGroups(groups: readonly number[], attributions: (Attribution | null)[]): void {
  const best = new Map<number, Attribution>();
  groups.forEach((g, i) => {
    const a = attributions[i];
    if (!a) return;
    const had = best.get(g);
    if (!had || (!had.speaker?.entity && a.speaker?.entity)) best.set(g, a);
  });
  groups.forEach((g, i) => {
    const shared = best.get(g);
    const own = attributions[i];
    if (shared && (!own || (!own.speaker?.entity && shared.speaker?.entity))) attributions[i] = { ...shared, pattern: 'continued' };
  });
}
