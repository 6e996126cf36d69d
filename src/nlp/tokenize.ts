import type { Span } from '../core/article.js';
import { classOf, codePointAt, isHigh, isLow, LETTER, NUMBER, SPACE, UPPER, width } from './char-class.js';

/** A token with its offsets into the article text. */
export interface Token extends Span {
  readonly text: string;
  /** `word` (letters/digits, may hold hyphens, apostrophes or abbreviation dots), `punct`, or `possessive` ('s). */
  readonly kind: 'word' | 'punct' | 'possessive';
  /** Starts with an upper-case letter. */
  readonly upper: boolean;
}

// The tokens, as a regular expression (the scanner below reads exactly these):
//   /(?:\p{L}\.){2,}|[\p{L}\p{N}]+(?:[-‐‑'’][\p{L}\p{N}]+)*\+?|\S/u
// Order matters: abbreviations with dots (U.N., U.S.) before plain words; the possessive 's is
// cut off a word so "Russia's" gives "Russia" + "'s".
// A trailing + stays with its word: "OPEC+" is a different body from OPEC.
// The scanner reads character classes from a table (char-class.ts) instead of running the
// Unicode-aware expression: tokenizing is done for every sentence of every article, and the expression, its
// match arrays and the per-token class tests were the largest single cost of extraction.

function hasAlnum(word: string): boolean {
  for (let j = 0; j < word.length; ) {
    const cp = codePointAt(word, j);
    if (classOf(cp) & (LETTER | NUMBER)) return true;
    j += width(cp);
  }
  return false;
}

// Marks that join the parts of one word: hyphens and apostrophes.
function isJoiner(c: number): boolean {
  return c === 0x2d || c === 0x2010 || c === 0x2011 || c === 0x27 || c === 0x2019;
}

/** End of `(?:\p{L}\.){2,}` at `i`, or -1. */
function abbreviationEnd(text: string, i: number): number {
  let pairs = 0;
  let j = i;
  while (j < text.length) {
    const cp = codePointAt(text, j);
    if (!(classOf(cp) & LETTER)) break;
    const w = width(cp);
    if (text.charCodeAt(j + w) !== 0x2e) break;
    j += w + 1;
    pairs++;
  }
  return pairs >= 2 ? j : -1;
}

/** End of the run of letters and digits at `i` (`i` itself when there is none). */
function alnumEnd(text: string, i: number): number {
  let j = i;
  while (j < text.length) {
    const cp = codePointAt(text, j);
    if (!(classOf(cp) & (LETTER | NUMBER))) break;
    j += width(cp);
  }
  return j;
}

/** End of `[\p{L}\p{N}]+(?:[-‐‑'’][\p{L}\p{N}]+)*\+?` at `i`, or -1. */
function wordEnd(text: string, i: number): number {
  let j = alnumEnd(text, i);
  if (j === i) return -1;
  while (j < text.length && isJoiner(text.charCodeAt(j))) {
    const k = alnumEnd(text, j + 1);
    if (k === j + 1) break;
    j = k;
  }
  if (text.charCodeAt(j) === 0x2b) j++;
  return j;
}

/** Split a range of the text into tokens (whole text by default), appended to `tokens` when given. */
export function tokenize(text: string, start = 0, end = text.length, tokens: Token[] = []): Token[] {
  // Scan the text in place from `start` and stop at `end`: slicing per sentence would copy the
  // text once per sentence. A token running past `end` is cut there.
  let i = start;
  // Inside a surrogate pair, the scan starts at the pair (as a Unicode regular expression does).
  if (i > 0 && isLow(text.charCodeAt(i)) && isHigh(text.charCodeAt(i - 1))) i--;
  while (i < text.length) {
    const cp = codePointAt(text, i);
    const cls = classOf(cp);
    if (cls & SPACE) {
      i += width(cp);
      continue;
    }
    if (i >= end) break;
    let e = cls & LETTER ? abbreviationEnd(text, i) : -1;
    if (e < 0 && cls & (LETTER | NUMBER)) e = wordEnd(text, i);
    if (e < 0) e = i + width(cp);
    const word = text.slice(i, Math.min(e, end));
    // A token cut at `end` is a word if what is left of it holds a letter or digit.
    const isWord = e > end ? hasAlnum(word) : (cls & (LETTER | NUMBER)) !== 0;
    const n = word.length;
    // "Russia's": the stem and the possessive (only after a word that starts with a letter).
    if (n > 2 && word.charCodeAt(n - 1) === 0x73 && (word.charCodeAt(n - 2) === 0x27 || word.charCodeAt(n - 2) === 0x2019) && classOf(word.charCodeAt(0)) & LETTER) {
      const stem = word.slice(0, n - 2);
      tokens.push(make(stem, i, 'word'));
      tokens.push(make(word.slice(n - 2), i + n - 2, 'possessive'));
    } else {
      tokens.push(make(word, i, isWord ? 'word' : 'punct'));
    }
    i = e;
  }
  return tokens;
}

function make(text: string, start: number, kind: Token['kind']): Token {
  return { text, start, end: start + text.length, kind, upper: (classOf(codePointAt(text, 0)) & UPPER) !== 0 };
}

/** A span of the text whose tokens are already known: `tokens[from, to)`. */
export interface TokenizedRange {
  readonly start: number;
  readonly end: number;
  readonly from: number;
  readonly to: number;
}

/**
 * The tokens of the whole text, as `tokenize(text)` gives them, taking those of `ranges` from
 * `tokens` (made by `tokenize(text, range.start, range.end)`) and tokenizing only the text
 * between them. That is the same list when every range is set off by white space (or the text's
 * ends), since no token holds white space; otherwise the whole text is tokenized again.
 */
export function tokenizeAround(text: string, ranges: readonly TokenizedRange[], tokens: readonly Token[]): Token[] {
  let last = 0;
  for (const r of ranges) {
    const spaced = (r.start === 0 || isSpace(text, r.start - 1)) && (r.end === text.length || isSpace(text, r.end));
    if (r.start < last || r.end < r.start || !spaced) return tokenize(text);
    last = r.end;
  }
  const out: Token[] = [];
  let at = 0;
  for (const r of ranges) {
    tokenize(text, at, r.start, out);
    for (let i = r.from; i < r.to; i++) out.push(tokens[i] as Token);
    at = r.end;
  }
  return tokenize(text, at, text.length, out);
}

function isSpace(text: string, i: number): boolean {
  return (classOf(text.charCodeAt(i)) & SPACE) !== 0;
}
