import type { Span } from '../../core/article.js';
import type { QuotationSpan } from './types.js';

// Every character (or pair) that may open or close a quotation. `''` and ``` `` ``` are the
// two-apostrophe marks of older wire and archive text; they are tried before a lone `'`.
const MARK = /''|``|[“”„"«»‘’']/g;

type Family = QuotationSpan['family'];
/** What a mark can do, judged from its shape and the characters beside it. */
type Role =
  | 'open'
  | 'close'
  /** A closing mark only if a quotation of its family is open (a mis-shaped “ after a word). */
  | 'close-if-open'
  /** Closes an open quotation, else opens one (a mis-shaped ” before a word). */
  | 'close-else-open'
  | 'none';

interface Mark {
  readonly pos: number;
  readonly len: number;
  readonly family: Family;
  readonly role: Role;
  /** A single closing mark after -s followed by a word: maybe a plural possessive (the parents’ rights). */
  readonly possessive: boolean;
}

interface Open {
  readonly mark: Mark;
}

const isWord = (c: string) => /[\p{L}\p{N}]/u.test(c);
// Before an opening mark: nothing, space, an opening bracket, a dash or another opening mark.
const leftBoundary = (c: string) => c === '' || /[\s(\[{/\u2014\u2013\-“‘"«'`]/u.test(c);
// After a closing mark: nothing, space, sentence punctuation, a closing bracket, a dash or another closing mark.
const rightBoundary = (c: string) => c === '' || /[\s.,;:!?)\]}/\u2014\u2013\-…”’"»']/u.test(c);

/**
 * Find the quotation spans of each paragraph: pairs of marks, nested single-in-double quotes, and a
 * quote that opens in one paragraph and, unclosed at its end, goes on in the next paragraph that
 * opens with a mark (the news convention for a quotation of several paragraphs). Apostrophes
 * (don’t, Russia’s, ’90s), inch marks (a 12" pipe) and stray marks are not spans. An opening mark
 * at the start of a paragraph that is never closed gives a span to the paragraph end; any other
 * unclosed mark is dropped.
 */
export function findQuotationSpans(text: string, paragraphs: readonly Span[]): QuotationSpan[] {
  const spans: QuotationSpan[] = [];
  let continuing = false;
  paragraphs.forEach((p, index) => {
    const marks = scanMarks(text, p);
    const { closed, unclosed } = pair(marks);
    const found: QuotationSpan[] = [];
    for (const [open, close] of closed) found.push(makeSpan(text, p, index, open, close, false));
    // The earliest unclosed opening mark outside every closed pair is the only one that can run on.
    const runOn = unclosed.find((o) => !closed.some(([a, b]) => a.pos < o.pos && o.pos < b.pos));
    if (runOn) {
      const next = paragraphs[index + 1];
      const nextOpens = next !== undefined && opensWith(text, next, runOn.family);
      const atStart = text.slice(p.start, runOn.pos).trim() === '';
      if (nextOpens || atStart) found.push(makeSpan(text, p, index, runOn, null, nextOpens));
    }
    found.sort((a, b) => a.open - b.open);
    // Depth: how many other spans of this paragraph enclose the span.
    for (const s of found) {
      const depth = found.filter((o) => o !== s && o.open < s.open && (o.close ?? p.end) > s.open).length;
      const first = continuing && s === found[0] && text.slice(p.start, s.open).trim() === '';
      spans.push({ ...s, depth, continued: first });
    }
    continuing = found.some((s) => s.continues && s.depth === 0);
  });
  return spans;
}

function makeSpan(text: string, p: Span, paragraph: number, open: Mark, close: Mark | null, continues: boolean): QuotationSpan {
  let start = open.pos + open.len;
  let end = close ? close.pos : p.end;
  while (start < end && /\s/u.test(text[start] as string)) start++;
  while (end > start && /\s/u.test(text[end - 1] as string)) end--;
  return {
    start,
    end,
    open: open.pos,
    close: close ? close.pos : null,
    openLength: open.len,
    closeLength: close ? close.len : 0,
    family: open.family,
    depth: 0,
    paragraph,
    continues,
    continued: false,
  };
}

/** Does the paragraph begin with an opening mark of this family? */
function opensWith(text: string, p: Span, family: Family): boolean {
  const marks = scanMarks(text, p);
  const first = marks[0];
  if (!first || text.slice(p.start, first.pos).trim() !== '') return false;
  return first.family === family && (first.role === 'open' || first.role === 'close-else-open');
}

function scanMarks(text: string, p: Span): Mark[] {
  const chunk = text.slice(p.start, p.end);
  const marks: Mark[] = [];
  MARK.lastIndex = 0;
  for (let m = MARK.exec(chunk); m; m = MARK.exec(chunk)) {
    const pos = p.start + m.index;
    const mark = m[0];
    const prev = pos > p.start ? (text[pos - 1] as string) : '';
    const after = text.slice(pos + mark.length, p.end);
    // An opening mark may stand before an ellipsis ("... These thefts"): judge by what follows it.
    const next = after.replace(/^(?:\.\.\.|…)(?=\s*\p{L})/u, 'x').slice(0, 1);
    const family: Family = mark === "''" || mark === '``' || /[“”„"«»]/u.test(mark) ? 'double' : 'single';
    const role = family === 'double' ? doubleRole(mark, prev, next) : singleRole(mark, prev, next, after);
    if (role === 'none') continue;
    const possessive = family === 'single' && /[sSzZ]/u.test(prev) && /^\s+\p{L}/u.test(after);
    marks.push({ pos, len: mark.length, family, role, possessive });
  }
  return marks;
}

function doubleRole(mark: string, prev: string, next: string): Role {
  const l = leftBoundary(prev);
  const r = rightBoundary(next);
  if (mark === '“' || mark === '„' || mark === '«' || mark === '``') return !l && r ? 'close-if-open' : 'open';
  if (mark === '”' || mark === '»') return l && !r ? 'close-else-open' : 'close';
  // Straight marks: the side the space is on decides. A mark after a digit with no quotation open
  // is an inch mark; one between words closes an open quotation or is noise.
  if (l && !r) return 'open';
  if (!l && r) return 'close-if-open';
  if (!l && !r) return 'close-if-open';
  return 'none';
}

function singleRole(mark: string, prev: string, next: string, after: string): Role {
  // Inside a word it is an apostrophe (don’t, O’Brien); before a year it elides the century (’90s).
  if (isWord(prev) && isWord(next)) return 'none';
  if (/^\d\d(s\b|\b)/u.test(after)) return 'none';
  const l = leftBoundary(prev);
  const r = rightBoundary(next);
  if (mark === '‘') return !l && r ? 'close-if-open' : 'open';
  if (mark === '’') return !l && r ? 'close-if-open' : 'none'; // ’tis, ’em: elisions, never an opening
  if (l && !r) return 'open';
  if (!l && r) return 'close-if-open';
  return 'none';
}

/** Pair marks with a stack: a closing mark closes the latest open quotation of its family. */
function pair(marks: readonly Mark[]): { closed: [Mark, Mark][]; unclosed: Mark[] } {
  const stack: Open[] = [];
  const closed: [Mark, Mark][] = [];
  marks.forEach((mark, i) => {
    const at = findLast(stack, (o) => o.mark.family === mark.family);
    if (mark.role === 'open' || (mark.role === 'close-else-open' && at < 0)) {
      stack.push({ mark });
      return;
    }
    if (at < 0) return; // a closing mark with nothing to close: stray, or an apostrophe
    // A plural possessive (the parents’ rights) is not the end when a later mark can close.
    if (mark.possessive && laterCloser(marks, i)) return;
    closed.push([(stack[at] as Open).mark, mark]);
    stack.length = at; // quotations opened inside and never closed are dropped
  });
  return { closed, unclosed: stack.map((o) => o.mark) };
}

/** Is there a closing mark of the same family after mark `i`, before the next opening one? */
function laterCloser(marks: readonly Mark[], i: number): boolean {
  const family = (marks[i] as Mark).family;
  for (const m of marks.slice(i + 1)) {
    if (m.family !== family) continue;
    if (m.role === 'open') return false;
    return true;
  }
  return false;
}

function findLast<T>(items: readonly T[], test: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i] as T)) return i;
  return -1;
}
