/**
 * Light text handling for reconciliation: words with offsets (boilerplate spans left out), a stop
 * list, a crude suffix stemmer, and sentence spans. Kept separate from the extraction pipeline so
 * reconciliation depends only on the text and the facts view.
 */
import { classOf, codePointAt, LETTER, lowerCase, NUMBER, width } from '../nlp/char-class.js';
import { memoise } from './memo.js';

/** A word of the text with its offsets; `norm` is lower-cased and diacritic-free. */
export interface Word {
  readonly start: number;
  readonly end: number;
  readonly norm: string;
}

/** A character range of the text. */
export interface Range {
  readonly start: number;
  readonly end: number;
}

/** Fold a word: lower case, no diacritics, no apostrophe part ("Russia's" -> "russia"). */
export function foldWord(word: string): string {
  // Most words are plain ASCII letters and digits: lower-case them without Unicode decomposition
  // (and without a regular expression: this runs for every word of every article).
  let plain = true;
  for (let i = 0; i < word.length && plain; i++) {
    const c = word.charCodeAt(i) | 0x20;
    plain = (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);
  }
  if (plain) return lowerCase(word);
  return word
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’].*$/, '');
}

const APOSTROPHE = 0x27;
const RIGHT_QUOTE = 0x2019;

/**
 * The words of a text as `/[\p{L}\p{N}]+(?:['’][\p{L}]+)*\/gu` finds them (letters and digits,
 * then any apostrophe parts made of letters), scanned through the character-class table: the
 * regular expression was half the cost of fingerprinting an article.
 */
function scanWords(text: string): Word[] {
  const out: Word[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const cp = codePointAt(text, i);
    if ((classOf(cp) & (LETTER | NUMBER)) === 0) {
      i += width(cp);
      continue;
    }
    const start = i;
    i += width(cp);
    while (i < n) {
      const c = codePointAt(text, i);
      if ((classOf(c) & (LETTER | NUMBER)) === 0) break;
      i += width(c);
    }
    // Apostrophe parts: the mark, then at least one letter (digits end the word).
    for (;;) {
      const mark = text.charCodeAt(i);
      if ((mark !== APOSTROPHE && mark !== RIGHT_QUOTE) || i + 1 >= n) break;
      const first = codePointAt(text, i + 1);
      if ((classOf(first) & LETTER) === 0) break;
      i += 1 + width(first);
      while (i < n) {
        const c = codePointAt(text, i);
        if ((classOf(c) & LETTER) === 0) break;
        i += width(c);
      }
    }
    const norm = foldWord(text.slice(start, i));
    if (norm !== '') out.push({ start, end: i, norm });
  }
  return out;
}

const allWords = memoise(scanWords, 64);

/** The words of a text, skipping those inside any of the `skip` ranges (boilerplate). */
export function words(text: string, skip: readonly Range[] = []): readonly Word[] {
  if (skip.length === 0) return allWords(text);
  // One sweep over the words and the skipped ranges merged into disjoint spans (a word overlaps
  // the union exactly when it overlaps one of the ranges), not every range for every word.
  const spans: { start: number; end: number }[] = [];
  for (const r of [...skip].sort((a, b) => a.start - b.start)) {
    const last = spans[spans.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else spans.push({ start: r.start, end: r.end });
  }
  const out: Word[] = [];
  let k = 0;
  for (const w of allWords(text)) {
    while (k < spans.length && spans[k]!.end <= w.start) k++;
    const span = spans[k];
    if (!span || w.end <= span.start) out.push(w);
  }
  return out;
}

// Function words and news filler: they carry no story identity.
const STOP = new Set(
  (
    'a an the and or but if of to in on at by for with from into onto over under about as is are was were be been being ' +
    'has have had do does did will would shall should can could may might must not no nor so than then that this these ' +
    'those there here it its he she they them his her their him we our you your i me my who whom whose which what when ' +
    'where why how all any both each few more most other some such only own same too very just also said says say told ' +
    'after before during while since until up down out off again further once new one two three first last year years ' +
    'week month day monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow mr ms mrs per cent ' +
    'percent according added including among against between through would could us via'
  ).split(' '),
);

/** True for words that say nothing about which story an article belongs to. */
export function isStopWord(norm: string): boolean {
  return STOP.has(norm) || norm.length < 2 || /^\d{1,2}$/.test(norm);
}

/**
 * A crude English stemmer (plural and common verb endings): enough for "summits"/"summit",
 * "joined"/"joins"/"joining" to meet in TF-IDF vectors. Not linguistically exact, only consistent.
 */
export function stem(norm: string): string {
  if (norm.length <= 4 || /\d/.test(norm)) return norm;
  if (norm.endsWith('ies')) return `${norm.slice(0, -3)}y`;
  if (norm.endsWith('ing') && norm.length > 6) return norm.slice(0, -3);
  if (norm.endsWith('ed') && norm.length > 5) return norm.slice(0, -2);
  if (norm.endsWith('es') && /(?:ss|sh|ch|x)es$/.test(norm)) return norm.slice(0, -2);
  if (norm.endsWith('s') && !norm.endsWith('ss') && !norm.endsWith('us') && !norm.endsWith('is')) return norm.slice(0, -1);
  return norm;
}

/**
 * Sentence spans: split after `.`, `!`, `?` (optionally followed by closing quotes or brackets)
 * before whitespace and an upper-case letter, digit or opening quote, and at blank lines/newlines.
 * Abbreviations such as "Mr." or "U.S." rarely matter for alignment; an over-split only makes
 * shorter units.
 */
export function sentences(text: string): Range[] {
  const out: Range[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) out.push({ start: s, end: e });
  };
  const boundary = /[.!?]["”’)\]]*(?=\s+["“‘(]?[\p{Lu}\p{N}])|\n/gu;
  for (const m of text.matchAll(boundary)) {
    const end = m.index + m[0].length;
    push(end);
    start = end;
  }
  push(text.length);
  return out;
}
