import { lowerCase } from '../nlp/char-class.js';

// Frequent function words per language: enough to tell news languages apart on a paragraph.
const FUNCTION_WORDS: Record<string, readonly string[]> = {
  en: ['the', 'and', 'of', 'to', 'in', 'is', 'that', 'for', 'on', 'with', 'was', 'said', 'his', 'has'],
  fr: ['le', 'la', 'les', 'des', 'et', 'est', 'une', 'dans', 'pour', 'que', 'du', 'sur', 'au', 'pas'],
  es: ['el', 'la', 'los', 'las', 'y', 'que', 'del', 'en', 'por', 'con', 'una', 'para', 'se', 'su'],
  de: ['der', 'die', 'und', 'das', 'den', 'nicht', 'ist', 'mit', 'von', 'sich', 'auf', 'dem', 'ein', 'zu'],
  pt: ['o', 'os', 'da', 'do', 'que', 'em', 'uma', 'para', 'com', 'não', 'dos', 'as', 'ao', 'na'],
  it: ['il', 'di', 'che', 'e', 'la', 'per', 'del', 'della', 'un', 'non', 'sono', 'gli', 'nel', 'alla'],
};
const LOOKUP = new Map<string, string[]>();
for (const [lang, words] of Object.entries(FUNCTION_WORDS)) {
  for (const w of words) LOOKUP.set(w, [...(LOOKUP.get(w) ?? []), lang]);
}

const LONGEST = Math.max(...[...LOOKUP.keys()].map((w) => w.length));

/** Guess the ISO 639-1 language of a text from its script and function words; `und` if unsure. */
export function guessLanguage(text: string): string {
  // a couple of paragraphs tell the language as well as the whole article
  const sample = text.slice(0, 1500);
  // One pass over the characters instead of a regular expression per script and per word: this
  // runs on every article, and nearly all its characters are ASCII, which need no Unicode lookup.
  let cyrillic = 0;
  let latin = 0;
  let ascii = true;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c < 128) {
      if (isAsciiLetter(c)) latin++;
      continue;
    }
    ascii = false;
    const cp = sample.codePointAt(i) as number;
    if (cp > 0xffff) i++;
    else if (c >= 0xd800 && c <= 0xdfff) continue; // a lone surrogate is no character of any script
    const ch = String.fromCodePoint(cp);
    if (CYRILLIC.test(ch)) cyrillic++;
    else if (LATIN.test(ch)) latin++;
  }
  if (cyrillic > latin) return 'ru';
  const scores = new Map<string, number>();
  // ASCII keeps its length in lower case, so only the short words need lowering; other text is
  // lowered whole first (a capital such as "İ" may lower to two characters).
  const lower = ascii ? sample : sample.toLowerCase();
  let word = -1;
  for (let i = 0; i <= lower.length; i++) {
    const c = i < lower.length ? lower.charCodeAt(i) : 32;
    const letter = c < 128 ? isAsciiLetter(c) : isLetterAt(lower, i);
    if (letter) {
      if (word < 0) word = i;
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < lower.length && (lower.codePointAt(i) as number) > 0xffff) i++;
      continue;
    }
    if (word < 0) continue;
    // no function word is longer than LONGEST: longer words are not looked up
    if (i - word <= LONGEST) {
      const w = lower.slice(word, i);
      for (const lang of LOOKUP.get(ascii ? lowerCase(w) : w) ?? []) scores.set(lang, (scores.get(lang) ?? 0) + 1);
    }
    word = -1;
  }
  let best = 'und';
  let bestScore = 2; // fewer than three hits is too little to tell
  for (const [lang, score] of scores) {
    if (score > bestScore) {
      best = lang;
      bestScore = score;
    }
  }
  return best;
}

const CYRILLIC = /^\p{Script=Cyrillic}$/u;
const LATIN = /^\p{Script=Latin}$/u;
const LETTER = /^\p{L}$/u;

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** Whether the character (code point) at `i` of `s` is a letter. */
function isLetterAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c >= 0xdc00 && c <= 0xdfff) return false; // a low surrogate alone
  const cp = s.codePointAt(i) as number;
  if (c >= 0xd800 && c <= 0xdbff && cp <= 0xffff) return false; // a high surrogate alone
  return LETTER.test(String.fromCodePoint(cp));
}
