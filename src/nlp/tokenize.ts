import type { Span } from '../core/article.js';

/** A token with its offsets into the article text. */
export interface Token extends Span {
  readonly text: string;
  /** `word` (letters/digits, may hold hyphens, apostrophes or abbreviation dots), `punct`, or `possessive` ('s). */
  readonly kind: 'word' | 'punct' | 'possessive';
  /** Starts with an upper-case letter. */
  readonly upper: boolean;
}

// Order matters: abbreviations with dots (U.N., U.S.) before plain words; the possessive 's is
// cut off a word so "Russia's" gives "Russia" + "'s".
// A trailing + stays with its word: "OPEC+" is a different body from OPEC.
const TOKEN = /(?:\p{L}\.){2,}|[\p{L}\p{N}]+(?:[-‐‑'’][\p{L}\p{N}]+)*\+?|\S/gu;
const POSSESSIVE = /^(.+?)(['’]s)$/u;

/** Split a range of the text into tokens (whole text by default). */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = start;
  // Scan the whole text from `start` and stop at `end`: slicing per sentence would copy the text
  // once per sentence.
  for (let m = TOKEN.exec(text); m && m.index < end; m = TOKEN.exec(text)) {
    const s = m.index;
    const word = m.index + m[0].length > end ? m[0].slice(0, end - m.index) : m[0];
    const possessive = word.length > 2 ? POSSESSIVE.exec(word) : null;
    if (possessive && /\p{L}/u.test(word[0] as string)) {
      const stem = possessive[1] as string;
      tokens.push(make(stem, s, 'word'));
      tokens.push(make(possessive[2] as string, s + stem.length, 'possessive'));
    } else {
      tokens.push(make(word, s, /[\p{L}\p{N}]/u.test(word) ? 'word' : 'punct'));
    }
  }
  return tokens;
}

function make(text: string, start: number, kind: Token['kind']): Token {
  return { text, start, end: start + text.length, kind, upper: /^\p{Lu}/u.test(text) };
}
