import type { Span } from '../../core/article.js';
import type { Token } from '../../nlp/tokenize.js';
import { cueAt } from './cues.js';
import { tokenSpan, type QuoteDoc } from './doc.js';
import { isModifier, isPossessor, mentionAt, subjectMention, type MentionAt } from './mentions.js';
import { resolvePronoun } from './pronouns.js';
import {
  DETERMINERS,
  DOCUMENT_NOUNS,
  HONORIFICS,
  INSTITUTION_NOUNS,
  NP_PREPOSITIONS,
  NP_STOPS,
  POSSESSIVE_PRONOUNS,
  PRONOUNS,
  SKIP_BEFORE_VERB,
  SPOKES_NOUNS,
} from './words.js';

/** Who a cue's subject is, and how it was found. */
export interface Speaker {
  /** The entity id, or null when the words name no known entity ("the ministry", "they"). */
  readonly entity: string | null;
  readonly kind: SpeakerKind | null;
  /** The words that name the speaker. */
  readonly source: Span;
  /** Steps taken beyond a plain mention: "pronoun", "institution", "spokesperson". */
  readonly steps: readonly string[];
  /** The mention a pronoun was resolved to. */
  readonly antecedent: Span | null;
}

type SpeakerKind = 'person' | 'organization' | 'country';

/** Longest noun phrase the walks read, in tokens. */
const MAX_NP = 10;
/** How far back an appositive's opening comma may be, in tokens. */
const MAX_APPOSITIVE = 20;
/** Words that open a relative clause set off by commas. */
const RELATIVE_PRONOUNS = new Set(['who', 'which', 'whose', 'whom']);

const low = (t: Token | undefined) => t?.text.toLowerCase() ?? '';

/**
 * The subject of a cue verb whose first token is `cue`, read leftwards within `[floor, cue)`:
 * "Putin said", "Xi last week called for", "Waters, a California Democrat, said", "China's foreign
 * ministry said", "what he called". A verb joined by "and" to an earlier one ("Putin hailed … and
 * said") takes the clause's subject, and so does an -ing cue after a comma ("…, adding").
 */
export function subjectBefore(doc: QuoteDoc, cue: number, floor: number): Speaker | null {
  let i = cue - 1;
  for (;;) {
    while (i >= floor && isSkippable(doc, i)) i--;
    // A parenthesis between the name and the verb: "Rep. Emanuel Cleaver II (D-Mo.) said".
    if (doc.tokens[i]?.text !== ')' || doc.quoteOf[i] !== -1) break;
    let j = i - 1;
    while (j >= floor && j > i - MAX_NP && doc.tokens[j]?.text !== '(') j--;
    if (j < floor || doc.tokens[j]?.text !== '(') break;
    i = j - 1;
  }
  if (i < floor || doc.quoteOf[i] !== -1) return null;
  const w = low(doc.tokens[i]);
  if (w === ',') return appositive(doc, i, floor);
  // "Putin hailed … and said", "He went on to say": the verb shares the clause's subject.
  if (w === 'and' || w === 'but' || w === 'then' || w === 'to') return clauseSubject(doc, floor, i);
  if (w === 'who' || w === 'which') return endingAt(doc, doc.tokens[i - 1]?.text === ',' ? i - 2 : i - 1, floor);
  return endingAt(doc, i, floor);
}

/** The speaker named right after a cue (`from` is its first token): "said Putin", "according to
 * a transcript of his speech carried by Xinhua". Reads up to token `to` (exclusive). */
export function subjectAfter(doc: QuoteDoc, from: number, to: number): Speaker | null {
  const t = doc.tokens[from];
  if (!t || from >= to || doc.quoteOf[from] !== -1) return null;
  const pronoun = PRONOUNS[low(t)];
  if (pronoun && !POSSESSIVE_PRONOUNS.has(low(t))) return pronounSpeaker(doc, from);
  let b = from;
  while (b < to && b - from < MAX_NP) {
    const u = doc.tokens[b] as Token;
    if (doc.quoteOf[b] !== -1) break;
    if (doc.mentionOf[b] || u.kind === 'possessive') {
      b++;
      continue;
    }
    const lw = low(u);
    if (u.kind === 'punct' || NP_STOPS.has(lw) || cueAt(doc.tokens, b) || isParticiple(u)) break;
    b++;
  }
  if (b === from) return null;
  const phrase = nounPhrase(doc, from, b - 1);
  // "said a spokeswoman for the hotel group, Jane Doe": a name in apposition outranks its title.
  if (phrase.kind !== 'person' && doc.tokens[b]?.text === ',') {
    const name = mentionAt(doc, b + 1);
    const next = name ? doc.tokens[name.last + 1] : undefined;
    if (name && name.first === b + 1 && name.mention.kind === 'person' && (name.last + 1 >= to || next?.kind === 'punct')) return fromMention(doc, name, []);
  }
  return phrase;
}

/**
 * The subject of the clause `[from, to)`: its first subject-like mention or subject pronoun; else
 * the noun phrase it opens with ("The newspaper took note …, writing: …").
 */
export function clauseSubject(doc: QuoteDoc, from: number, to: number): Speaker | null {
  const m = subjectMention(doc, from, to, () => true);
  for (let i = from; i < to; i++) {
    if (m && i >= m.first) break;
    const w = low(doc.tokens[i]);
    if (doc.quoteOf[i] === -1 && PRONOUNS[w] && !POSSESSIVE_PRONOUNS.has(w)) return pronounSpeaker(doc, i);
  }
  if (m) return fromMention(doc, m, []);
  return subjectAfter(doc, from, to);
}

function isSkippable(doc: QuoteDoc, i: number): boolean {
  const t = doc.tokens[i] as Token;
  if (doc.mentionOf[i] || doc.quoteOf[i] !== -1) return false;
  return /^\d+$/u.test(t.text) || SKIP_BEFORE_VERB.has(low(t));
}

// A lower-case past participle ends a noun phrase read rightwards: "a transcript … carried by".
function isParticiple(t: Token): boolean {
  return !t.upper && /^[a-z]{3,}ed$/u.test(t.text);
}

/** ", a California Democrat, said" / ", who chaired the meeting, said": the subject stands before the first comma. */
function appositive(doc: QuoteDoc, comma: number, floor: number): Speaker | null {
  for (let j = comma - 1; j >= floor && j >= comma - MAX_APPOSITIVE; j--) {
    const t = doc.tokens[j] as Token;
    if (doc.quoteOf[j] !== -1 || t.text === ';' || t.text === ':') return null;
    if (t.text !== ',') continue;
    // A relative clause between subject and verb ("Ramaphosa, who is hosting the summit, told"):
    // the subject is what stands before it, itself possibly with an appositive.
    if (RELATIVE_PRONOUNS.has(low(doc.tokens[j + 1]))) return appositive(doc, j, floor) ?? endingAt(doc, j - 1, floor);
    // The appositive itself may be the name: "the foreign minister, Sergei Lavrov, said".
    const inner = mentionAt(doc, j + 1);
    if (inner && inner.last === comma - 1 && inner.mention.kind === 'person') return fromMention(doc, inner, []);
    return endingAt(doc, j - 1, floor);
  }
  return null;
}

/** The noun phrase that ends at token `i`, read leftwards (no further back than `floor`), and whom it names. */
export function nounPhraseEndingAt(doc: QuoteDoc, i: number, floor: number): Speaker | null {
  return endingAt(doc, i, floor);
}

/** The speaker whose words end at token `i`: a pronoun, or a noun phrase read leftwards. */
function endingAt(doc: QuoteDoc, i: number, floor: number): Speaker | null {
  if (i < floor || doc.quoteOf[i] !== -1) return null;
  // The stop of "Biden Jr." or "Acme Inc." ends the name, not a sentence.
  if (doc.tokens[i]?.text === '.' && i - 1 >= floor && (doc.mentionOf[i - 1] || /^\p{Lu}\p{L}{0,2}$/u.test(doc.tokens[i - 1]?.text ?? ''))) i--;
  const w = low(doc.tokens[i]);
  if (!doc.mentionOf[i] && (doc.tokens[i]?.kind === 'punct' || NP_STOPS.has(w) || DETERMINERS.has(w))) return null;
  if (PRONOUNS[w] && !POSSESSIVE_PRONOUNS.has(w)) return pronounSpeaker(doc, i);
  let a = i;
  while (a - 1 >= floor && i - a < MAX_NP) {
    const u = doc.tokens[a - 1] as Token;
    if (doc.quoteOf[a - 1] !== -1) break;
    if (doc.mentionOf[a - 1] || u.kind === 'possessive') {
      a--;
      continue;
    }
    const lw = low(u);
    if (lw === '.' && HONORIFICS.has(low(doc.tokens[a - 2]))) {
      a -= 2; // "Mr. Sloan", "Dr. Lopez"
      continue;
    }
    if (DETERMINERS.has(lw) || POSSESSIVE_PRONOUNS.has(lw)) {
      // The phrase starts here, unless it is the object of "a spokesman for the Kremlin".
      if (NP_PREPOSITIONS.has(low(doc.tokens[a - 2]))) {
        a -= 2;
        continue;
      }
      a--;
      break;
    }
    if (NP_PREPOSITIONS.has(lw)) {
      a--;
      continue;
    }
    if (u.kind === 'punct' || NP_STOPS.has(lw) || SKIP_BEFORE_VERB.has(lw) || cueAt(doc.tokens, a - 1) || isParticiple(u)) break;
    a--;
  }
  while (a <= i && NP_PREPOSITIONS.has(low(doc.tokens[a]))) a++;
  if (a > i) return null;
  return nounPhrase(doc, a, i);
}

/**
 * Who a noun phrase `[a, b]` names. A phrase that ends in a mention is that mention ("Russian
 * President Vladimir Putin", "the Kremlin"). Otherwise its head noun decides: a spokesperson or an
 * institution of an organisation or country speaks for it ("a Kremlin spokesman", "China's foreign
 * ministry"); a speech, statement or transcript is its owner's ("a transcript of his speech").
 * Anything else ("the ministry", "officials") names no entity, but its words are kept.
 */
function nounPhrase(doc: QuoteDoc, a: number, b: number): Speaker {
  const source = tokenSpan(doc, a, b);
  let p = a;
  while (p <= b && !(NP_PREPOSITIONS.has(low(doc.tokens[p])) && !doc.mentionOf[p])) p++;
  const headEnd = p - 1;
  const none: Speaker = { entity: null, kind: null, source, steps: [], antecedent: null };
  if (headEnd < a) return p < b ? { ...nounPhrase(doc, p + 1, b), source } : none;
  const end = mentionAt(doc, headEnd);
  if (end) return { ...fromMention(doc, end, []), source };
  const head = low(doc.tokens[headEnd]);
  const owner = ownerIn(doc, a, headEnd) ?? (p < b ? ownerOfPhrase(doc, p + 1, b) : null);
  if (!owner) return none;
  if (SPOKES_NOUNS.has(head) || INSTITUTION_NOUNS.has(head)) {
    if (owner.kind !== 'organization' && owner.kind !== 'country') return none;
    return { ...owner, source, steps: [...owner.steps, SPOKES_NOUNS.has(head) ? 'spokesperson' : 'institution'] };
  }
  if (DOCUMENT_NOUNS.has(head)) return { ...owner, source };
  return none;
}

/** The owner within a head `[a, b]`: a possessor or modifier mention ("China's", "Chinese"), or "his". */
function ownerIn(doc: QuoteDoc, a: number, b: number): Speaker | null {
  for (let i = a; i <= b; i++) {
    const w = low(doc.tokens[i]);
    if (POSSESSIVE_PRONOUNS.has(w)) return pronounSpeaker(doc, i);
    const m = mentionAt(doc, i);
    if (m && m.last < b + 1 && (isPossessor(doc, m) || isModifier(doc, m) || m.last < b)) return fromMention(doc, m, []);
    if (m) i = m.last;
  }
  return null;
}

/** The owner named by the phrase after "of/for/from": a mention, or the owner of a document. */
function ownerOfPhrase(doc: QuoteDoc, a: number, b: number): Speaker | null {
  const s = nounPhrase(doc, a, b);
  return s.entity !== null || s.steps.includes('pronoun') ? s : null;
}

function fromMention(doc: QuoteDoc, m: MentionAt, steps: readonly string[]): Speaker {
  return { entity: m.mention.entity, kind: m.mention.kind, source: tokenSpan(doc, m.first, m.last), steps, antecedent: null };
}

function pronounSpeaker(doc: QuoteDoc, i: number): Speaker {
  const t = doc.tokens[i] as Token;
  const kind = PRONOUNS[low(t)] ?? 'plural';
  const found = resolvePronoun(doc, i, kind);
  const source = { start: t.start, end: t.end };
  if (!found) return { entity: null, kind: null, source, steps: ['pronoun'], antecedent: null };
  return { entity: found.mention.entity, kind: found.mention.kind, source, steps: ['pronoun'], antecedent: tokenSpan(doc, found.first, found.last) };
}
