import { describe, expect, it } from 'vitest';
import type { ArticleView, FactSpan } from '../../../src/server/contract.js';
import { blockRanges, factKey, segment } from './segments.js';

const fact = (start: number, end: number, factId: number, slot: string | null, verdict: FactSpan['verdict'] = 'agree'): FactSpan => ({ start, end, factId, kind: 'membership', label: `fact ${factId}`, rule: 'test', slot, verdict });

function article(text: string, spans: Partial<ArticleView['spans']> = {}): Pick<ArticleView, 'text' | 'spans'> {
  return { text, spans: { paragraphs: [], boilerplate: [], mentions: [], facts: [], ...spans } };
}

describe('blockRanges', () => {
  it('splits at blank lines, trims blocks and skips empty ones, keeping offsets into the text', () => {
    const text = 'Menu\n\n  Title here \n\n\n\nBody one.\nstill body\n\n \n';
    const blocks = blockRanges(text).map((b) => text.slice(b.start, b.end));
    expect(blocks).toEqual(['Menu', 'Title here', 'Body one.\nstill body']);
  });
});

describe('segment', () => {
  const text = 'Home\n\nTurkmenistan became a full member on Friday, officials said.';
  const body = text.indexOf('Turkmenistan');
  const sentenceEnd = text.indexOf(',');
  const friday = text.indexOf('on Friday');

  it('cuts a block at every span boundary; each run lists the facts covering it, innermost first', () => {
    const blocks = segment(article(text, { facts: [fact(body, sentenceEnd, 1, 'membership|a|b'), fact(friday, friday + 9, 2, 'event-date|x')] }));
    expect(blocks).toHaveLength(2);
    const runs = blocks[1]!.runs;
    expect(runs.map((r) => r.text)).toEqual(['Turkmenistan became a full member ', 'on Friday', ', officials said.']);
    expect(runs[1]!.facts.map((f) => f.factId)).toEqual([2, 1]);
    expect(runs[0]!.facts.map((f) => f.factId)).toEqual([1]);
    expect(runs[2]!.facts).toEqual([]);
    // The runs put back together are the text: nothing is lost or repeated.
    expect(blocks.map((b) => b.runs.map((r) => r.text).join(''))).toEqual(['Home', text.slice(body)]);
  });

  it('marks a block covered by boilerplate as boilerplate, and a partly covered one run by run', () => {
    const blocks = segment(article(text, { boilerplate: [{ start: 0, end: 4, kind: 'navigation' }, { start: sentenceEnd + 2, end: text.length, kind: 'source-credit' }] }));
    expect(blocks[0]!.boilerplate?.kind).toBe('navigation');
    expect(blocks[1]!.boilerplate).toBeNull();
    expect(blocks[1]!.runs.map((r) => r.boilerplate?.kind ?? null)).toEqual([null, 'source-credit']);
  });

  it('marks the runs inside a focused range, and only those', () => {
    const blocks = segment(article(text), { start: friday, end: friday + 9 });
    expect(blocks[1]!.runs.filter((r) => r.focused).map((r) => r.text)).toEqual(['on Friday']);
  });

  it('keeps mentions on their runs', () => {
    const blocks = segment(article(text, { mentions: [{ start: body, end: body + 12, name: 'Turkmenistan', type: 'country', entity: 'country:TM' }] }));
    expect(blocks[1]!.runs[0]!.mention?.entity).toBe('country:TM');
    expect(blocks[1]!.runs[1]!.mention).toBeNull();
  });

  it('ignores spans past the text instead of failing', () => {
    const blocks = segment(article('Short text.', { facts: [fact(5, 500, 1, null)] }));
    expect(blocks[0]!.runs.map((r) => r.text)).toEqual(['Short', ' text.']);
  });
});

describe('factKey', () => {
  it('links facts by slot, and a fact without a slot only to itself', () => {
    expect(factKey({ slot: 'office|person:x', factId: 3 })).toBe('office|person:x');
    expect(factKey({ slot: null, factId: 3 })).toBe('fact#3');
  });
});
