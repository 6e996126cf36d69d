import type { Chunk } from '../core/doc.js';
import { wordKey } from '../knowledge/gazetteer.js';
import { lowerCase } from '../nlp/char-class.js';
import type { Token } from '../nlp/tokenize.js';
import { COMMON_CAPITALISED, HONORIFICS, NAME_PARTICLES, NAME_SUFFIX } from './common-words.js';
import type { Lexicon, LexRef } from './lexicon.js';

/** Words that the document also writes in lower case: sentence-initial capitals of ordinary words. */
export type LowercaseWords = ReadonlySet<string>;

// Arabic-style prefixes written with a hyphen and a capital after it: al-Sisi, el-Sisi, bin-Salman.
const PREFIXED_NAME = /^(al|el|ad|as|ash|at|ar|an|az|bin|ibn|abu|bel|ben|ould)[-‐‑]\p{Lu}/u;

/** The normalised key of each token, as the gazetteer walks them (punctuation gives ''). */
export function tokenKeys(tokens: readonly Token[]): string[] {
  return tokens.map((t) => (t.kind === 'word' ? wordKey(t.text) : ''));
}

/**
 * Chunk the tokens `[from, to)` of one sentence: gazetteer hits (longest match), then NAME
 * candidates over the capitalised runs no gazetteer claimed. A gazetteer hit that is only part of a
 * longer capitalised run ("Jordan" in "Michael Jordan") is kept: patterns decide what a run is.
 */
export function chunkSentence(
  text: string,
  tokens: readonly Token[],
  keys: readonly string[],
  written: readonly string[],
  from: number,
  to: number,
  lexicon: Lexicon,
  lowercase: LowercaseWords,
): Chunk[] {
  const chunks: Chunk[] = [];
  const claimed = new Array<boolean>(to - from).fill(false);
  for (let i = from; i < to; ) {
    // The longest phrase first; when it is refused ("Xinhua news agency" ends in lower case),
    // the shorter phrases it starts with are tried.
    let m = lexicon.gazetteer.matchAt(keys, written, i, to);
    while (m && !acceptGazetteerHit(tokens, from, m.from, m.to, m.values, lowercase)) m = m.to - 1 > i ? lexicon.gazetteer.matchAt(keys, written, i, m.to - 1) : null;
    if (!m || isInsideLongerName(tokens, from, to, m.from, m.to, m.values, claimed)) {
      i++;
      continue;
    }
    const start = (tokens[m.from] as Token).start;
    const end = (tokens[m.to - 1] as Token).end;
    const byType = preferredRefs(m.values);
    chunks.push({ type: (byType[0] as LexRef).type, from: m.from, to: m.to, start, end, text: text.slice(start, end), refs: byType, rule: `gazetteer/${(byType[0] as LexRef).type.toLowerCase()}` });
    for (let k = m.from; k < m.to; k++) claimed[k - from] = true;
    i = m.to;
  }
  for (let i = from; i < to; i++) {
    if (claimed[i - from]) continue;
    // Honorifics before a name are not part of it: "Sheikh Mansour", "Datuk Seri Anwar Ibrahim"
    const honorific = honorificAt(tokens, i, to);
    if (honorific > 0 && i + honorific < to && !claimed[i + honorific - from] && isNameToken(tokens[i + honorific] as Token)) {
      i += honorific - 1;
      continue;
    }
    if (!isNameStart(tokens, i, from, lowercase)) continue;
    let j = i + 1;
    while (j < to && !claimed[j - from]) {
      if (NAME_SUFFIX.test((tokens[j] as Token).text)) j += tokens[j + 1]?.text === '.' && /^[JS]r$/.test((tokens[j] as Token).text) ? 2 : 1;
      else if (isNameToken(tokens[j] as Token)) j++;
      else if (isInitial(tokens, j)) j += 2;
      else if (NAME_PARTICLES.has((tokens[j] as Token).text) && j + 1 < to && !claimed[j + 1 - from] && isNameToken(tokens[j + 1] as Token)) j++;
      else if (NAME_PARTICLES.has((tokens[j] as Token).text) && NAME_PARTICLES.has((tokens[j + 1] as Token | undefined)?.text ?? '') && j + 2 < to && isNameToken(tokens[j + 2] as Token)) j += 2;
      else break;
    }
    const start = (tokens[i] as Token).start;
    const end = (tokens[j - 1] as Token).end;
    chunks.push({ type: 'NAME', from: i, to: j, start, end, text: text.slice(start, end), refs: [], rule: 'name/capitalised-run' });
    i = j - 1;
  }
  chunks.sort((a, b) => a.from - b.from);
  return unknownOrganisations(text, tokens, chunks, from, to);
}

// Capitalised words that end the name of a body: "ASEAN Secretariat", "People's Council",
// "University of Cape Town", "NATO-Ukraine Council".
const ORG_HEADS = new Set(['council', 'commission', 'secretariat', 'university', 'ministry', 'agency', 'committee', 'parliament', 'assembly', 'court', 'institute', 'foundation', 'party', 'association', 'forum', 'authority', 'fund', 'bank', 'organisation', 'organization', 'union', 'league', 'alliance', 'federation', 'congress', 'senate', 'tribunal', 'corporation', 'company', 'group']);
// Capitalised time words that never continue a body's name ("… on Wednesday").
const TIME_WORDS = new Set('monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec'.split(' '));
// Names shaped like bodies that are (former) states.
const FORMER_STATES = new Set(['soviet union', 'union of soviet socialist republics', 'ottoman empire', 'holy roman empire']);
const ORG_INNER = new Set(['of', 'for', 'and', 'the', 'on', '&']);

/**
 * Bodies no list knows, read from their shape: capitalised words (names, known bodies, places)
 * ending in a head noun ("Council", "Secretariat", "University"), optionally followed by
 * "of" and a place. The words they cover become one organisation chunk.
 */
function unknownOrganisations(text: string, tokens: readonly Token[], chunks: Chunk[], from: number, to: number): Chunk[] {
  const chunkAt = new Map<number, Chunk>();
  for (const c of chunks) chunkAt.set(c.from, c);
  const covered = new Set<number>();
  for (const c of chunks) for (let k = c.from; k < c.to; k++) covered.add(k);
  const made: Chunk[] = [];
  for (let h = from + 1; h < to; h++) {
    const head = tokens[h] as Token;
    if (!head.upper || !ORG_HEADS.has(lowerCase(head.text))) continue;
    // A name run that ends in the head word ("Meteorological Agency") is the body's name, not a person's.
    const run = covered.has(h) ? chunks.find((c) => c.type === 'NAME' && c.from < h && c.to === h + 1) : undefined;
    if (covered.has(h) && !run) continue;
    // leftwards over capitalised words, known bodies, names and places
    let a = run ? run.from : h;
    for (let k = h - 1; k >= from; k--) {
      const t = tokens[k] as Token;
      const c = [...chunks].reverse().find((x) => x.from <= k && k < x.to);
      if (c && (c.type === 'ORG' || c.type === 'NAME' || c.type === 'COUNTRY' || c.type === 'CITY' || c.type === 'DEMONYM') && c.to === a) {
        a = c.from;
        k = c.from;
        continue;
      }
      if (!c && t.kind === 'word' && t.upper && k > from) {
        a = k;
        continue;
      }
      if (!c && t.kind === 'possessive' && a === k + 1 && (tokens[k - 1] as Token | undefined)?.upper) {
        a = k;
        continue;
      }
      break;
    }
    if (a === h) continue; // a head word alone ("the Council") names no one body
    // rightwards: "of Cape Town", "for Foreign Affairs"
    let b = h + 1;
    const after = tokens[b + 1] as Token | undefined;
    if (b < to && ORG_INNER.has((tokens[b] as Token).text) && after?.upper && !TIME_WORDS.has(after.text.toLowerCase()) && b + 1 < to) {
      b += 1;
      // "Commission on Human Rights", but not "… on Wednesday"
      while (b < to && (((tokens[b] as Token).upper && !TIME_WORDS.has((tokens[b] as Token).text.toLowerCase())) || ORG_INNER.has((tokens[b] as Token).text)) && (tokens[b] as Token).kind === 'word') b++;
      while (b > h + 1 && ORG_INNER.has((tokens[b - 1] as Token).text)) b--;
    }
    const start = (tokens[a] as Token).start;
    const end = (tokens[b - 1] as Token).end;
    const name = text.slice(start, end).replace(/^the\s+/i, '');
    if (FORMER_STATES.has(name.toLowerCase())) continue;
    made.push({ type: 'ORG', from: a, to: b, start, end, text: text.slice(start, end), refs: [{ type: 'ORG', id: `x:${name}` }], rule: 'org/head-noun' });
    for (let k = a; k < b; k++) covered.add(k);
    h = b - 1;
  }
  if (made.length === 0) return chunks;
  const kept = chunks.filter((c) => !made.some((m) => c.from < m.to && m.from < c.to));
  return [...kept, ...made].sort((x, y) => x.from - y.from);
}

// Titles are the most useful reading of a word that is also a name; countries beat demonyms
// ("Chinese" is only a demonym, but "Jordan" the country beats a person list).
const TYPE_ORDER: Record<LexRef['type'], number> = { TITLE: 0, MODIFIER: 1, COUNTRY: 2, DEMONYM: 3, ORG: 4, CITY: 5, PERSON: 6 };

function preferredRefs(values: readonly LexRef[]): LexRef[] {
  return [...values].sort((a, b) => TYPE_ORDER[a.type] - TYPE_ORDER[b.type]);
}

function acceptGazetteerHit(tokens: readonly Token[], sentenceStart: number, from: number, to: number, values: readonly LexRef[], lowercase: LowercaseWords): boolean {
  const first = tokens[from] as Token;
  const onlyTitlesOrModifiers = values.every((v) => v.type === 'TITLE' || v.type === 'MODIFIER');
  if (onlyTitlesOrModifiers) return true; // "president of China": titles are read in lower case too
  // Names of places, organisations and people are proper nouns: a one-word hit must be
  // capitalised, and a longer one must end in a capitalised word ("the Netherlands", "Republic
  // of Korea", but not "the valley" or "polish").
  if (!first.upper && to - from === 1) return false;
  // A number may end it when a capitalised word comes before ("Group of 20", "Group of 77").
  const last = (tokens[to - 1] as Token).text;
  if (!(tokens[to - 1] as Token).upper && !/^\p{Lu}/u.test(last) && !(/^\p{N}+$/u.test(last) && first.upper && to - from > 1)) return false;
  // A one-word capitalised hit at the start of a sentence that the document also writes in lower
  // case is an ordinary word ("Turkey" vs "turkey" is rare; "Chad" vs "chad" rarer).
  if (from === sentenceStart && to - from === 1 && lowercase.has(first.text.toLowerCase()) && !values.some((v) => v.type === 'COUNTRY')) return false;
  // A known person's short form that opens with a particle ("bin Salman") after another given name
  // ("Abdulaziz bin Salman") is someone else of that family: the whole run is the name.
  const prev = from > sentenceStart ? tokens[from - 1] : undefined;
  if (values.every((v) => v.type === 'PERSON') && NAME_PARTICLES.has(first.text) && prev?.kind === 'word' && prev.upper) return false;
  return true;
}

/** How many tokens of honorific start at `i` (0 when none). */
const HONORIFIC_FIRST = new Set(HONORIFICS.map((h) => h[0] as string));
// Their first letters, lower case (a character outside ASCII is checked in full: "İ" lowers to "i̇").
const HONORIFIC_INITIALS = new Set([...HONORIFIC_FIRST].map((w) => w.charCodeAt(0)));

export function honorificAt(tokens: readonly Token[], i: number, to: number): number {
  // most tokens start no honorific: a look at the first letter, then one set lookup, before
  // trying the phrases
  const text = (tokens[i] as Token).text;
  const c = text.charCodeAt(0);
  if (c < 128 && !HONORIFIC_INITIALS.has(c | 0x20)) return 0;
  if (!HONORIFIC_FIRST.has(bareLower(text))) return 0;
  for (const h of HONORIFICS) {
    if (i + h.length > to) continue;
    if (h.every((w, n) => bareLower((tokens[i + n] as Token).text) === w)) {
      const next = i + h.length;
      return tokens[next]?.text === '.' ? h.length + 1 : h.length; // "Dr. Tedros"
    }
  }
  return 0;
}

/** Lower case without one trailing apostrophe ("Sheikh’" → "sheikh"); runs on every token. */
function bareLower(text: string): string {
  const lower = lowerCase(text);
  const last = lower.charCodeAt(lower.length - 1);
  return last === 0x27 || last === 0x2019 ? lower.slice(0, -1) : lower;
}

/**
 * A country or capital written inside a longer proper name is not that country: "Northern Cyprus",
 * "South China Sea", "Japan Times". Adjacent capitalised words the gazetteer did not claim tell.
 */
function isInsideLongerName(tokens: readonly Token[], sentenceStart: number, to: number, a: number, b: number, values: readonly LexRef[], claimed: readonly boolean[]): boolean {
  if (!values.every((v) => v.type === 'COUNTRY' || v.type === 'CITY')) return false;
  const prev = tokens[a - 1];
  const next = b < to ? tokens[b] : undefined;
  const capital = (t: Token | undefined) => !!t && t.kind === 'word' && t.upper && /\p{Ll}/u.test(t.text) && !NOT_NAME_PARTS.has(t.text.toLowerCase());
  const prevJoins = a - 1 > sentenceStart && !claimed[a - 1 - sentenceStart] && capital(prev);
  const nextJoins = capital(next) && NAME_TAILS.has(next!.text.toLowerCase());
  return prevJoins || nextJoins;
}

// Capitalised words next to a country that do not make a longer name ("In Kazakhstan", "As India").
const NOT_NAME_PARTS = new Set(['in', 'on', 'at', 'for', 'from', 'to', 'by', 'with', 'as', 'and', 'but', 'the', 'if', 'while', 'when', 'after', 'before', 'like', 'unlike', 'including', 'both', 'neither', 'nor', 'or']);
// Words after a place name that make it part of another name.
const NAME_TAILS = new Set(['sea', 'ocean', 'times', 'post', 'today', 'daily', 'news', 'airways', 'airlines', 'bank', 'university', 'street', 'square', 'cup', 'league', 'open', 'gulf', 'strait', 'basin', 'valley', 'river', 'mountains']);

/** Whether the text holds a lower-case letter (`\p{Ll}`), without a regular expression for ASCII. */
function hasLowercaseLetter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) return true;
    if (c >= 128) return /\p{Ll}/u.test(text);
  }
  return false;
}

function isNameToken(t: Token): boolean {
  if (t.kind !== 'word') return false;
  if (PREFIXED_NAME.test(t.text)) return true;
  return t.upper && hasLowercaseLetter(t.text) && !COMMON_CAPITALISED.has(lowerCase(t.text));
}

function isInitial(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  // one upper-case letter: a code point is at most two code units
  return !!t && t.text.length <= 2 && /^\p{Lu}$/u.test(t.text) && tokens[i + 1]?.text === '.' && !!tokens[i + 2] && isNameToken(tokens[i + 2] as Token);
}

function isNameStart(tokens: readonly Token[], i: number, sentenceStart: number, lowercase: LowercaseWords): boolean {
  const t = tokens[i] as Token;
  if (isInitial(tokens, i)) return true;
  if (!isNameToken(t)) return false;
  // "Da Costa said": a particle capitalised at the start of a sentence still opens the name
  if (i === sentenceStart && NAME_PARTICLES.has(t.text.toLowerCase()) && tokens[i + 1] && isNameToken(tokens[i + 1] as Token)) return true;
  // A capital at the start of a sentence proves nothing when the document also writes the word in lower case.
  if (i === sentenceStart && lowercase.has(t.text.toLowerCase())) return false;
  // "Founded in 1967 by …", "Speaking at the summit, …": a participle opening a sentence, not a name
  if (i === sentenceStart && /(ed|ing)$/.test(t.text) && /^(in|by|on|at|to|with|from|as|for|after|before|during|,|the|a|an|his|her|their)$/i.test(tokens[i + 1]?.text ?? '')) return false;
  return true;
}
