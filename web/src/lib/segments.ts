/**
 * Cut an article's text into what the UI draws: blocks (the blank-line separated parts reading
 * produced), and inside each block runs of text covered by the same spans (facts, a mention,
 * boilerplate, a focused range). Spans overlap and nest (a fact's sentence contains its date), so
 * every span boundary starts a new run and each run lists every span covering it.
 */
import type { ArticleView, BoilerplateRange, FactSpan, MentionSpan, SpanRange } from '../../../src/server/contract.js';

/** A run of text with the spans that cover all of it. */
export interface Run {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Facts covering the run, innermost (shortest) first. */
  readonly facts: readonly FactSpan[];
  readonly mention: MentionSpan | null;
  readonly boilerplate: BoilerplateRange | null;
  /** Inside the range the page was asked to show. */
  readonly focused: boolean;
}

/** A paragraph-like block: its runs, and the boilerplate kind when chrome covers all of it. */
export interface Block {
  readonly start: number;
  readonly end: number;
  readonly boilerplate: BoilerplateRange | null;
  readonly runs: readonly Run[];
}

/** The key that links a fact to the same fact in other articles: its slot, else the fact itself. */
export function factKey(fact: Pick<FactSpan, 'slot' | 'factId'>): string {
  return fact.slot ?? `fact#${fact.factId}`;
}

const covers = (s: SpanRange, start: number, end: number) => s.start <= start && s.end >= end;
const overlaps = (s: SpanRange, start: number, end: number) => s.start < end && s.end > start;

/** The blank-line separated blocks of a text, whitespace-only ones left out. */
export function blockRanges(text: string): SpanRange[] {
  const out: SpanRange[] = [];
  const sep = /\n[ \t]*\n\s*/g;
  let from = 0;
  const push = (start: number, end: number) => {
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (end > start) out.push({ start, end });
  };
  for (const m of text.matchAll(sep)) {
    push(from, m.index);
    from = m.index + m[0].length;
  }
  push(from, text.length);
  return out;
}

/** Cut the article into blocks of runs. `focus` marks a range to highlight (a cited sentence). */
export function segment(article: Pick<ArticleView, 'text' | 'spans'>, focus: SpanRange | null = null): Block[] {
  const { text, spans } = article;
  const blocks: Block[] = [];
  for (const b of blockRanges(text)) {
    const facts = spans.facts.filter((f) => overlaps(f, b.start, b.end));
    const mentions = spans.mentions.filter((m) => overlaps(m, b.start, b.end));
    const chrome = spans.boilerplate.filter((c) => overlaps(c, b.start, b.end));
    const focusHere = focus && overlaps(focus, b.start, b.end) ? [focus] : [];
    const cuts = new Set<number>([b.start, b.end]);
    for (const s of [...facts, ...mentions, ...chrome, ...focusHere]) {
      if (s.start > b.start && s.start < b.end) cuts.add(s.start);
      if (s.end > b.start && s.end < b.end) cuts.add(s.end);
    }
    const points = [...cuts].sort((x, y) => x - y);
    const runs: Run[] = [];
    for (let i = 0; i + 1 < points.length; i++) {
      const start = points[i]!;
      const end = points[i + 1]!;
      runs.push({
        start,
        end,
        text: text.slice(start, end),
        facts: facts.filter((f) => covers(f, start, end)).sort((x, y) => x.end - x.start - (y.end - y.start) || x.factId - y.factId),
        mention: mentions.find((m) => covers(m, start, end)) ?? null,
        boilerplate: chrome.find((c) => covers(c, start, end)) ?? null,
        focused: focusHere.some((f) => covers(f, start, end)),
      });
    }
    blocks.push({ start: b.start, end: b.end, boilerplate: chrome.find((c) => covers(c, b.start, b.end)) ?? null, runs });
  }
  return blocks;
}
