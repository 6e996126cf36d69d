/**
 * Unicode character classes of code points, as the `u` regular expressions `\p{L}`, `\p{N}`,
 * `\p{Lu}` and `\s` read them, looked up in a table instead: scanners that visit every
 * character of every article (the tokenizer, the sentence splitter) would otherwise run a
 * regular expression per character.
 */

/** `\p{L}` */
export const LETTER = 1;
/** `\p{N}` */
export const NUMBER = 2;
/** `\p{Lu}` */
export const UPPER = 4;
/** `\s` */
export const SPACE = 8;
const KNOWN = 16;
// Classes of the code points below U+10000, filled on first sight (0: not looked at yet).
const BMP = new Uint8Array(0x10000);

function classify(cp: number): number {
  const ch = String.fromCodePoint(cp);
  return (/^\p{L}$/u.test(ch) ? LETTER : 0) | (/^\p{N}$/u.test(ch) ? NUMBER : 0) | (/^\p{Lu}$/u.test(ch) ? UPPER : 0) | (/^\s$/u.test(ch) ? SPACE : 0);
}

/**
 * The classes of a code point, as bit flags (a lone surrogate is in none).
 * @example (classOf(0x41) & UPPER) !== 0 // "A"
 */
export function classOf(cp: number): number {
  if (cp >= 0x10000) return classify(cp);
  let c = BMP[cp] as number;
  if (c === 0) {
    c = classify(cp) | KNOWN;
    BMP[cp] = c;
  }
  return c;
}

/** The code point at `i` (a lone surrogate stands for itself). */
export function codePointAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (isHigh(c) && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (isLow(d)) return (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
  }
  return c;
}

/** UTF-16 code units of a code point. */
export const width = (cp: number): number => (cp >= 0x10000 ? 2 : 1);
/** A high (leading) surrogate code unit. */
export const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
/** A low (trailing) surrogate code unit. */
export const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/**
 * `text.toLowerCase()`, returning `text` itself when it is ASCII without capitals (most words of
 * an English article) instead of calling into the case mapping for every token.
 * @example lowerCase('summit') === 'summit'; lowerCase('Summit') === 'summit'
 */
export function lowerCase(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128 || (c >= 65 && c <= 90)) return text.toLowerCase();
  }
  return text;
}
