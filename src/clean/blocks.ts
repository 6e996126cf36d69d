import type { Span } from '../core/article.js';

/** A block of text (a paragraph or a line of chrome), with an optional hint from the page structure. */
export interface Block extends Span {
  /** For HTML: what the page structure says this block is; absent for plain text. */
  readonly hint?: BlockHint;
}

/** Structural hints that HTML gives about a block. */
export type BlockHint =
  | { readonly role: 'article' }
  | { readonly role: 'outside'; readonly kind: import('../core/article.js').BoilerplateKind; readonly rule: string };

// A line at least this long that does not end a sentence is taken to be hard-wrapped.
const WRAP_MIN_LENGTH = 55;
const SENTENCE_END = /[.!?:;"”’»)\]…]$/u;

/**
 * Split plain text into blocks: each non-empty line is a block, except that hard-wrapped lines
 * (long, not ending a sentence) are joined with the next line of the same paragraph.
 * Offsets exclude surrounding whitespace.
 */
export function splitTextBlocks(text: string): Block[] {
  const lines: Span[] = [];
  let pos = 0;
  while (pos <= text.length) {
    let end = text.indexOf('\n', pos);
    if (end === -1) end = text.length;
    const trimmed = trimSpan(text, pos, end);
    lines.push(trimmed ?? { start: end, end }); // empty lines keep their place as separators
    pos = end + 1;
  }
  const blocks: Block[] = [];
  let current: Span | null = null;
  for (const line of lines) {
    if (line.start === line.end) {
      if (current) blocks.push(current);
      current = null;
      continue;
    }
    if (current && isWrapped(text, current)) {
      current = { start: current.start, end: line.end };
    } else {
      if (current) blocks.push(current);
      current = line;
    }
  }
  if (current) blocks.push(current);
  return blocks;
}

function isWrapped(text: string, span: Span): boolean {
  const lastLineStart = text.lastIndexOf('\n', span.end - 1) + 1;
  const lastLine = text.slice(Math.max(lastLineStart, span.start), span.end);
  return lastLine.length >= WRAP_MIN_LENGTH && !SENTENCE_END.test(lastLine);
}

/** The span of `text[start, end)` without leading and trailing whitespace, or null if blank. */
export function trimSpan(text: string, start: number, end: number): Span | null {
  let s = start;
  let e = end;
  while (s < e && /\s/u.test(text[s] as string)) s++;
  while (e > s && /\s/u.test(text[e - 1] as string)) e--;
  return s < e ? { start: s, end: e } : null;
}
