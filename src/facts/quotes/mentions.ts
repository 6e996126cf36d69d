import type { QuoteDoc } from './doc.js';
import type { SpeakerMention } from './types.js';
import { PREPOSITIONS } from './words.js';

/** A mention with the tokens it covers. */
export interface MentionAt {
  readonly mention: SpeakerMention;
  readonly first: number;
  readonly last: number;
}

/** The mention covering token `i`, with its token range. */
export function mentionAt(doc: QuoteDoc, i: number): MentionAt | null {
  const mention = doc.mentionOf[i];
  if (!mention) return null;
  let first = i;
  let last = i;
  while (first > 0 && doc.mentionOf[first - 1] === mention) first--;
  while (last + 1 < doc.tokens.length && doc.mentionOf[last + 1] === mention) last++;
  return { mention, first, last };
}

/** The mentions whose tokens lie in `[from, to)`, outside quotations, in text order. */
export function mentionsIn(doc: QuoteDoc, from: number, to: number): MentionAt[] {
  const found: MentionAt[] = [];
  for (let i = from; i < to; i++) {
    const m = doc.quoteOf[i] === -1 ? mentionAt(doc, i) : null;
    if (!m) continue;
    found.push(m);
    i = m.last;
  }
  return found;
}

/** "China" in "China's foreign ministry": the mention owns the noun after it. */
export function isPossessor(doc: QuoteDoc, m: MentionAt): boolean {
  const next = doc.tokens[m.last + 1];
  if (!next) return false;
  if (next.kind === 'possessive') return true;
  return /^['’]$/u.test(next.text) && /s$/u.test(doc.tokens[m.last]?.text ?? '');
}

/** "Chinese" in "Chinese President Xi Jinping": a name or another mention follows at once. */
export function isModifier(doc: QuoteDoc, m: MentionAt): boolean {
  const next = doc.tokens[m.last + 1];
  if (!next || next.kind !== 'word') return false;
  if (doc.text.slice(doc.tokens[m.last]?.end ?? 0, next.start).includes('\n')) return false;
  return next.upper || doc.mentionOf[m.last + 1] !== undefined;
}

/** Does the phrase holding the mention (since the last comma or clause start) open with a preposition? */
export function inPrepositionalPhrase(doc: QuoteDoc, m: MentionAt, floor: number): boolean {
  let i = m.first - 1;
  while (i >= floor && !/^[,;:(—–]$/u.test(doc.tokens[i]?.text ?? '') && doc.quoteOf[i] === -1) i--;
  const opener = doc.tokens[i + 1];
  return i + 1 < m.first && opener !== undefined && PREPOSITIONS.has(opener.text.toLowerCase());
}

/**
 * The subject-like mention of `[from, to)`: the first mention (of an accepted kind) that is neither
 * inside a prepositional phrase, nor an owner ("China's"), nor a modifier ("Chinese President").
 */
export function subjectMention(doc: QuoteDoc, from: number, to: number, accept: (m: SpeakerMention) => boolean): MentionAt | null {
  for (const m of mentionsIn(doc, from, to)) {
    if (!accept(m.mention)) continue;
    if (isPossessor(doc, m) || isModifier(doc, m) || inPrepositionalPhrase(doc, m, from)) continue;
    return m;
  }
  return null;
}
