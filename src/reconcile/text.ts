/**
 * Light text handling for reconciliation: words with offsets (boilerplate spans left out), a stop
 * list, a crude suffix stemmer, and sentence spans. Kept separate from the extraction pipeline so
 * reconciliation depends only on the text and the facts view.
 */
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

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

/** Fold a word: lower case, no diacritics, no apostrophe part ("Russia's" -> "russia"). */
export function foldWord(word: string): string {
  // Most words are plain ASCII: skip Unicode decomposition for them.
  if (/^[A-Za-z0-9]+$/.test(word)) return word.toLowerCase();
  return word
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’].*$/, '');
}

function outside(ranges: readonly Range[], start: number, end: number): boolean {
  return !ranges.some((r) => start < r.end && end > r.start);
}

const allWords = memoise((text: string): readonly Word[] => {
  const out: Word[] = [];
  for (const m of text.matchAll(WORD)) {
    const norm = foldWord(m[0]);
    if (norm !== '') out.push({ start: m.index, end: m.index + m[0].length, norm });
  }
  return out;
}, 64);

/** The words of a text, skipping those inside any of the `skip` ranges (boilerplate). */
export function words(text: string, skip: readonly Range[] = []): readonly Word[] {
  if (skip.length === 0) return allWords(text);
  return allWords(text).filter((w) => outside(skip, w.start, w.end));
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
