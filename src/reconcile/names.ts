/**
 * Name comparison for cross-article entity resolution: folding of transliteration variants
 * (Zhaparov/Japarov, Lukashenko/Lukashenka, Tokayev/Toqaev, Mokhbar/Mokhber), a consonant
 * skeleton used as a blocking key, and a Jaro-Winkler similarity on the folded forms.
 */
import { normaliseName } from '../knowledge/normalise.js';
import { memoise } from './memo.js';

/** Particles that belong to a name but never stand for a given name on their own. */
const PARTICLES = new Set(['da', 'de', 'di', 'do', 'dos', 'van', 'von', 'der', 'bin', 'ibn', 'al', 'el', 'la', 'le', 'ben', 'abu', 'bint']);
/** Honorifics the extraction may leave in a name ("King Charles III", "Sheikh Mansour…"). */
const HONORIFICS = new Set(['king', 'queen', 'prince', 'princess', 'sheikh', 'sheik', 'emir', 'sultan', 'dr', 'mr', 'mrs', 'ms', 'sir', 'dame', 'datuk', 'seri', 'tan', 'sri', 'pope', 'president', 'general', 'gen']);
/** Generational suffixes are part of identity (Marcos Jr. is not Marcos) but not a family name. */
const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

/** Lower-cased, diacritic-free, punctuation-free tokens of a name (the knowledge's normalisation). */
export const nameTokens: (name: string) => readonly string[] = memoise((name) => normaliseName(name).split(' ').filter((t) => t !== ''));

/** A person's name split into what identity comparison needs. */
export interface NameParts {
  /** Folded full name without honorifics (`vladimir putin`). */
  readonly full: string;
  /** Given-name tokens (everything before the family name, particles out). */
  readonly given: readonly string[];
  /** The family name (last non-suffix token), or the only token. */
  readonly family: string;
  /** Generational suffix (`jr`), if any: Marcos Jr. and Marcos Sr. are two people. */
  readonly suffix: string | null;
}

/** Split a person's name into given names, family name and suffix. */
export const nameParts: (name: string) => NameParts = memoise(namePartsOf);

function namePartsOf(name: string): NameParts {
  let tokens = nameTokens(name);
  while (tokens.length > 1 && HONORIFICS.has(tokens[0]!)) tokens = tokens.slice(1);
  let suffix: string | null = null;
  if (tokens.length > 1 && SUFFIXES.has(tokens[tokens.length - 1]!)) {
    suffix = tokens[tokens.length - 1]!;
    tokens = tokens.slice(0, -1);
  }
  const family = tokens[tokens.length - 1] ?? '';
  const given = tokens.slice(0, -1).filter((t) => !PARTICLES.has(t));
  return { full: [...tokens, ...(suffix ? [suffix] : [])].join(' '), given, family, suffix };
}

// Ordered: longer clusters first so "dzh" is not read as "d" + "zh".
const FOLDS: readonly (readonly [RegExp, string])[] = [
  [/dzh|dj|zh|j/g, 'j'],
  [/kh/g, 'h'],
  [/q|ck|c(?=[aou])/g, 'k'],
  [/ph/g, 'f'],
  [/w/g, 'v'],
  [/x/g, 'ks'],
  [/ou|oo/g, 'u'],
  [/ee|ie/g, 'i'],
  [/y/g, 'i'],
  [/(.)\1+/g, '$1'],
];

/**
 * Fold one name token so that common romanisation variants meet: zh/dzh/j, kh/h, q/k, y/i,
 * doubled letters. `tokayev` and `toqaev` both give `tokaiev`/`tokaev`, close under Jaro-Winkler.
 */
export const foldToken: (token: string) => string = memoise((token) => {
  let out = token;
  for (const [pattern, replacement] of FOLDS) out = out.replace(pattern, replacement);
  return out;
});

/**
 * Consonant skeleton of a folded token: first letter kept, later vowels dropped. Variants that
 * differ only in vowels (Mokhbar/Mokhber, Lukashenko/Lukashenka) share it; used as a blocking key.
 */
export function skeleton(token: string): string {
  const folded = foldToken(token);
  return folded.slice(0, 1) + folded.slice(1).replace(/[aeiou]/g, '');
}

/** Jaro-Winkler similarity of two strings, 0..1. */
export function jaroWinkler(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length === 0 || b.length === 0) return 0;
  const range = Math.max(0, Math.floor(Math.max(a.length, b.length) / 2) - 1);
  const aMatch = new Array<boolean>(a.length).fill(false);
  const bMatch = new Array<boolean>(b.length).fill(false);
  let matches = 0;
  for (let i = 0; i < a.length; i++) {
    const lo = Math.max(0, i - range);
    const hi = Math.min(b.length - 1, i + range);
    for (let j = lo; j <= hi; j++) {
      if (bMatch[j] || a[i] !== b[j]) continue;
      aMatch[i] = bMatch[j] = true;
      matches++;
      break;
    }
  }
  if (matches === 0) return 0;
  let transpositions = 0;
  let k = 0;
  for (let i = 0; i < a.length; i++) {
    if (!aMatch[i]) continue;
    while (!bMatch[k]) k++;
    if (a[i] !== b[k]) transpositions++;
    k++;
  }
  const m = matches;
  const jaro = (m / a.length + m / b.length + (m - transpositions / 2) / m) / 3;
  let prefix = 0;
  while (prefix < 4 && prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++;
  return jaro + prefix * 0.1 * (1 - jaro);
}

// Resolution compares every alias of every candidate: pairs come back all the time. Keyed by one
// name, then the other (a joined key cost a new string per lookup).
const FAMILY_PAIRS = 16384;
let familyPairs = new Map<string, Map<string, number>>();
let familyPairCount = 0;

/** Similarity of two family names after folding transliteration variants, 0..1. */
export function familySimilarity(a: string, b: string): number {
  if (a === b) return 1;
  const [x, y] = a < b ? [a, b] : [b, a];
  let row = familyPairs.get(x);
  if (!row) familyPairs.set(x, (row = new Map()));
  let similarity = row.get(y);
  if (similarity === undefined) {
    similarity = familySimilarityOf(x, y);
    // Dropping everything at the limit keeps memory bounded without bookkeeping per entry.
    if (familyPairCount >= FAMILY_PAIRS) {
      familyPairs = new Map([[x, (row = new Map())]]);
      familyPairCount = 0;
    }
    row.set(y, similarity);
    familyPairCount++;
  }
  return similarity;
}

function familySimilarityOf(a: string, b: string): number {
  if (a === b) return 1;
  const fa = foldToken(a);
  const fb = foldToken(b);
  if (fa === fb) return 1;
  const jw = jaroWinkler(fa, fb);
  // A shared skeleton is strong evidence of a vowel-only variant: count it as close.
  return skeleton(a) === skeleton(b) ? Math.max(jw, 0.9) : jw;
}

/**
 * Whether two lists of given names can name the same person: the first given names agree (equal
 * after folding, or one is the other's initial), and where both give a second one it agrees too
 * (George W. Bush is not George H. W. Bush). A missing given name is compatible with any.
 */
export function givenCompatible(a: readonly string[], b: readonly string[]): boolean {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x === y || foldToken(x) === foldToken(y)) continue;
    if ((x.length === 1 && y.startsWith(x)) || (y.length === 1 && x.startsWith(y))) continue;
    return false;
  }
  return true;
}

/** A stable, readable id fragment for a name: `sadyr-japarov`. */
export function slug(name: string): string {
  return nameTokens(name).join('-') || 'unnamed';
}
