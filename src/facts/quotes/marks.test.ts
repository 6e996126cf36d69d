import { describe, expect, it } from 'vitest';
import type { Span } from '../../core/article.js';
import { findQuotationSpans } from './marks.js';

/** Paragraphs are the non-empty lines. */
function paragraphsOf(text: string): Span[] {
  const spans: Span[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) if (m[0].trim()) spans.push({ start: m.index, end: m.index + m[0].length });
  return spans;
}

/** The inner text of each top-level span. */
function quoted(text: string): string[] {
  return findQuotationSpans(text, paragraphsOf(text))
    .filter((s) => s.depth === 0)
    .map((s) => text.slice(s.start, s.end));
}

describe('findQuotationSpans', () => {
  it('pairs curly and straight double marks, with offsets inside the marks', () => {
    const text = '“We are ready,” she said. Then he said "not yet" and left.';
    const spans = findQuotationSpans(text, paragraphsOf(text));
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['We are ready,', 'not yet']);
    expect(spans[0]).toMatchObject({ open: 0, close: 14, family: 'double', depth: 0 });
    expect(text[spans[1]!.open]).toBe('"');
  });

  it('keeps a single-quoted quote inside a double one as nested', () => {
    const text = '“He told me ‘we will never leave’ and I believed him,” the envoy said.';
    const spans = findQuotationSpans(text, paragraphsOf(text));
    expect(spans.map((s) => [text.slice(s.start, s.end), s.depth])).toEqual([
      ['He told me ‘we will never leave’ and I believed him,', 0],
      ['we will never leave', 1],
    ]);
  });

  it('ignores apostrophes, elisions, plural possessives and inch marks', () => {
    expect(quoted("Russia’s envoy didn’t say it. The ’90s are over. The farmers’ union met. A 12\" pipe burst.")).toEqual([]);
    expect(quoted("It's the workers' party, and O'Brien won't go.")).toEqual([]);
    // A plural possessive inside a single-quoted quote does not close it.
    expect(quoted('The minister called it ‘the parents’ victory’ on Friday.')).toEqual(['the parents’ victory']);
  });

  it('reads straight single quotes and the two-apostrophe marks of archive text', () => {
    expect(quoted("He called the plan 'a fantasy' on Monday.")).toEqual(['a fantasy']);
    expect(quoted("''I wouldn't do that,'' the senator said.")).toEqual(["I wouldn't do that,"]);
  });

  it('runs a quote on into the next paragraph that opens with a mark', () => {
    const text = '“The first part of the statement goes here.\n“And it ends here,” he said.\nNo quote here.';
    const spans = findQuotationSpans(text, paragraphsOf(text));
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['The first part of the statement goes here.', 'And it ends here,']);
    expect(spans[0]).toMatchObject({ continues: true, continued: false, close: null, paragraph: 0 });
    expect(spans[1]).toMatchObject({ continues: false, continued: true, paragraph: 1 });
  });

  it('drops an unclosed mark in mid-paragraph but keeps one that opens the paragraph', () => {
    expect(quoted('He said “this is not closed and the next one is plain.\nPlain text.')).toEqual([]);
    expect(quoted('“A paragraph that never closes its quote\nPlain text.')).toEqual(['A paragraph that never closes its quote']);
  });

  it('treats a closing-shaped mark before a word as an opening one when nothing is open', () => {
    expect(quoted('He said ”we will win” yesterday.')).toEqual(['we will win']);
  });

  it('opens a straight quote that starts with an ellipsis', () => {
    expect(quoted('The memo went on: "... and the talks will resume," it said.')).toEqual(['... and the talks will resume,']);
  });

  it('keeps quotes in separate paragraphs apart', () => {
    expect(quoted('“One,” he said.\n“Two,” she said.')).toEqual(['One,', 'Two,']);
  });
});
