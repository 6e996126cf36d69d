import { describe, expect, it } from 'vitest';
import type { FactsView } from '../core/facts.js';
import { findRewrites, measureRewrite, rewriteFingerprints } from './rewrites.js';
import type { RewriteInput } from './types.js';

const original = [
  'The harbour council of Lindmark voted on Tuesday to close the old ferry pier after engineers found cracks in its pylons.',
  'Mayor Ilse Brandt said the closure would last at least two winters while a new pier is designed.',
  'Fishermen who moor at the pier will be moved to the eastern basin, the council said in a statement.',
  'The pier was built in 1911 and last repaired in 1987, according to the town archive.',
  'A public meeting on the plans is due next month.',
].join(' ');
const copy = [
  'Lindmark harbour council voted on Tuesday to shut the old ferry pier after engineers found cracks in its pylons, local reports say.',
  'Mayor Ilse Brandt said the closure would last for at least two winters as a new pier is designed.',
  'Fishermen mooring at the pier are to be moved to the eastern basin, according to a council statement.',
  'Built in 1911, the pier was last repaired in 1987, the town archive shows.',
].join(' ');
const independent = [
  'Cracked pylons have ended more than a century of ferry service from the pier at Lindmark.',
  'Residents interviewed on the quay were divided: some welcomed the caution, others feared for trade.',
  'The town has not said what a replacement would cost, and the mayor declined to give a timetable.',
].join(' ');

const facts = (id: string, published: string): FactsView => ({ id, published, title: null, byline: null, people: [], organizations: [], memberships: [], events: [], quotes: [] });
const input = (id: string, text: string, published: string): RewriteInput => ({ id, text, published, facts: facts(id, published), links: [] });

describe('rewrite detection', () => {
  it('scores a reworded copy high and an independent report low', () => {
    expect(measureRewrite({ text: original }, { text: copy }).score).toBeGreaterThanOrEqual(0.4);
    expect(measureRewrite({ text: original }, { text: independent }).score).toBeLessThan(0.4);
  });

  it('links the copy with passages in both texts and the earlier article as the original', () => {
    const [link] = findRewrites(input('copy', copy, '2024-03-06'), [input('orig', original, '2024-03-05'), input('ind', independent, '2024-03-05')]);
    expect(link).toMatchObject({ a: 'copy', b: 'orig', original: 'orig' });
    expect(findRewrites(input('copy', copy, '2024-03-06'), [input('ind', independent, '2024-03-05')])).toEqual([]);
    for (const p of link!.passages) {
      expect(copy.slice(p.a.start, p.a.end)).toMatch(/\w/);
      expect(original.slice(p.b.start, p.b.end)).toMatch(/\w/);
    }
    expect(copy.slice(link!.passages[0]!.a.start, link!.passages[0]!.a.end)).toMatch(/^Lindmark harbour council/);
  });

  it('does not count shared site chrome as shared wording', () => {
    const chrome = ' Share this article on social media. Sign up for our newsletter to get the news every morning. Read also: more from the region.';
    const a = original + chrome;
    const b = independent + chrome;
    const span = (t: string) => [{ start: t.length - chrome.length, end: t.length }];
    expect(measureRewrite({ text: a, boilerplate: span(a) }, { text: b, boilerplate: span(b) }).score).toBeLessThan(0.4);
  });

  it('fingerprints are deterministic and shared by texts sharing a run of words', () => {
    expect(rewriteFingerprints(original)).toEqual(rewriteFingerprints(original));
    const fa = new Set(rewriteFingerprints(original));
    expect(rewriteFingerprints(copy).some((f) => fa.has(f))).toBe(true);
    expect(rewriteFingerprints('short text')).toHaveLength(0);
  });
});
