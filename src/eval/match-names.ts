/**
 * Person-name matching for the scorer (facts-format.md, "How a result is scored"): two names
 * refer to the same person when their family names are equal and their given names are
 * compatible, after folding case, diacritics and punctuation.
 */
import { normaliseName } from '../knowledge/normalise.js';

/**
 * Words that precede a name without being part of it. Gold names never carry them, but a
 * system may keep "Prince Abdulaziz bin Salman" or "Sheikh Mishal al-Ahmad al-Jaber al-Sabah"
 * as written; without this list the honorific would be read as the given name.
 */
const HONORIFICS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'sir', 'dame', 'lord', 'lady',
  'king', 'queen', 'prince', 'princess', 'emir', 'sheikh', 'sheikha', 'sultan', 'crown',
  'datuk', 'dato', 'seri', 'tun',
]);

/** Generational and regnal suffixes: "Ferdinand Marcos Jr." has family name Marcos. */
const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii']);

/** A name split into the parts the matching rule looks at. */
export interface NameParts {
  /** All tokens after folding, honorifics and suffix removed. */
  readonly tokens: readonly string[];
  /** The last token. */
  readonly family: string;
  /** The first token when the name has more than one, else null. */
  readonly given: string | null;
  /** "jr", "iii"… when the name ends with one. */
  readonly suffix: string | null;
}

/**
 * The comparison key of any name: {@link normaliseName}, plus two folds it does not make:
 * the ʻokina and modifier apostrophes ("Mataʻafa" = "Mata'afa"), and "+" kept as a word so
 * "OPEC+" never meets "OPEC".
 */
export function nameKey(name: string): string {
  return normaliseName(name.replace(/[ʻʼʽ]/g, '').replace(/\+/g, ' plus '));
}

/** Split a person's name into family name, given name and suffix; null for an empty name. */
export function nameParts(name: string): NameParts | null {
  let tokens = nameKey(name).split(' ').filter((t) => t !== '');
  let suffix: string | null = null;
  if (tokens.length > 1 && SUFFIXES.has(tokens[tokens.length - 1] as string)) {
    suffix = tokens[tokens.length - 1] as string;
    tokens = tokens.slice(0, -1);
  }
  // Drop leading honorifics, but never the family name itself ("King" as a surname alone).
  while (tokens.length > 1 && HONORIFICS.has(tokens[0] as string)) tokens = tokens.slice(1);
  const family = tokens[tokens.length - 1];
  if (family === undefined) return null;
  return { tokens, family, given: tokens.length > 1 ? (tokens[0] as string) : null, suffix };
}

/**
 * How well one written form of a predicted name fits a gold name: 0 when it is not the same
 * person, else a score that prefers fuller agreement (1 identical, 0.9 same given name, 0.8 an
 * initial, 0.7 one side has no given name), so that one-to-one matching takes the best form.
 */
export function nameScore(predicted: string, gold: string): number {
  const p = nameParts(predicted);
  const g = nameParts(gold);
  if (p === null || g === null) return 0;
  if (p.family !== g.family) return 0;
  // "Charles III" is not "Charles II"; a missing suffix on one side is fine.
  if (p.suffix !== null && g.suffix !== null && p.suffix !== g.suffix) return 0;
  if (p.tokens.join(' ') === g.tokens.join(' ')) return 1;
  if (p.given === null || g.given === null) return 0.7;
  if (p.given === g.given) return 0.9;
  const [short, long] = p.given.length <= g.given.length ? [p.given, g.given] : [g.given, p.given];
  // An initial: "V. Putin" normalises to "v putin".
  if (short.length === 1 && long.startsWith(short)) return 0.8;
  return 0;
}

/**
 * Best score of any of a predicted person's forms (name and recorded mentions) against a gold
 * name. A variant spelling only counts when the system recorded it: "Mokhber" never meets
 * "Mokhbar", but a prediction whose mentions include "Mokhbar" does.
 */
export function personScore(predictedForms: readonly string[], goldName: string): number {
  let best = 0;
  for (const form of predictedForms) best = Math.max(best, nameScore(form, goldName));
  return best;
}
