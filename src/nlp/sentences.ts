import type { Span } from '../core/article.js';
import { classOf, codePointAt, isHigh, isLow, LETTER } from './char-class.js';

/** A sentence: a span of one paragraph. */
export interface Sentence extends Span {
  /** Index of the paragraph (in the article's `paragraphs`) it belongs to. */
  readonly paragraph: number;
}

// Words that a full stop follows without ending the sentence.
const ABBREVIATIONS = new Set(
  'mr mrs ms dr prof gen lt col maj capt sgt adm gov sen rep st jr sr no nos vs etc inc ltd co corp jan feb mar apr jun jul aug sep sept oct nov dec mt ft approx dept est fig vol op rev hon amb pres'.split(' '),
);
// A sentence ends at . ! ? (or … ) and any closing quotes/brackets, before space and a capital,
// digit or opening quote.
const BOUNDARY = /([.!?…]+)(["”’)\]]*)(\s+)(?=["“‘(\[]?[\p{Lu}\p{N}])/gu;

/** Split paragraphs into sentences, keeping offsets into the text. */
export function splitSentences(text: string, paragraphs: readonly Span[]): Sentence[] {
  const sentences: Sentence[] = [];
  paragraphs.forEach((p, paragraph) => {
    const chunk = text.slice(p.start, p.end);
    let start = 0;
    BOUNDARY.lastIndex = 0;
    for (let m = BOUNDARY.exec(chunk); m; m = BOUNDARY.exec(chunk)) {
      const end = m.index + (m[1] as string).length + (m[2] as string).length;
      if ((m[1] as string) === '.' && !(m[2] as string) && isAbbreviation(chunk, m.index)) continue;
      sentences.push({ start: p.start + start, end: p.start + end, paragraph });
      start = end + (m[3] as string).length;
    }
    if (start < chunk.length) sentences.push({ start: p.start + start, end: p.end, paragraph });
  });
  return sentences;
}

function isAbbreviation(chunk: string, dot: number): boolean {
  const before = chunk.slice(lettersAndDotsBefore(chunk, Math.max(0, dot - 20), dot), dot);
  if (/^\p{Lu}$/u.test(before)) return true; // an initial: "S. Jaishankar"
  if (/^(\p{L}\.)+\p{L}$/u.test(before)) return true; // "U.S" of "U.S." — unless a sentence ends there; capitals follow both
  return ABBREVIATIONS.has(before.toLowerCase());
}

/**
 * Start of the run of letters and dots that ends at `end`, looking no further back than `from`
 * (as `/[\p{L}.]+$/u` on `text.slice(from, end)` finds it); `end` when there is none.
 */
function lettersAndDotsBefore(text: string, from: number, end: number): number {
  let i = end;
  while (i > from) {
    const c = text.charCodeAt(i - 1);
    if (c === 0x2e) {
      i--;
      continue;
    }
    // a surrogate pair counts only when both halves are inside the window
    const pair = isLow(c) && i - 2 >= from && isHigh(text.charCodeAt(i - 2));
    const cp = pair ? codePointAt(text, i - 2) : c;
    if (!(classOf(cp) & LETTER)) break;
    i -= pair ? 2 : 1;
  }
  return i;
}
