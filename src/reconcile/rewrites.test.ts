import { describe, expect, it } from 'vitest';
import { findRewrites, measureRewrite, rewriteFingerprints } from './rewrites.js';
import { factsView } from './test-views.js';
import type { EntityKind, RewriteInput } from './types.js';

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

const input = (id: string, text: string, published: string, entities: readonly string[] = []): RewriteInput => ({
  id,
  text,
  published,
  facts: factsView(id, published),
  links: entities.map((e) => ({ articleId: id, kind: e.split(':')[0] as EntityKind, name: e, entityId: e, reason: 'test' })),
});

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

  it('a templated report about other names is not a copy, however much wording it shares', () => {
    // The same template filled with other places, bodies and people: a wire's routine format.
    const template = (city: string, body: string, person: string) =>
      `Envoys from seven countries met in ${city} on Monday to discuss grain reserves under the banner of the ${body}. ` +
      `${person} said the talks had been useful. Trade between the members reached 40 billion dollars last year, according to figures compiled by the ${body}. ` +
      `The next ${body} summit is due to be held in ${city} in the spring, where leaders are expected to debate a plan on grain reserves.`;
    const a = template('Tallinn', 'Baltic Council', 'Marta Kask');
    const b = template('Quito', 'Andean Community', 'Rosa Paredes');
    const names = (...xs: string[]) => xs;
    const left = input('a', a, '2024-03-05', names('place:tallinn', 'org:baltic', 'person:kask', 'country:EE', 'country:LV'));
    const otherEvent = input('b', b, '2024-03-06', names('place:quito', 'org:andean', 'person:paredes', 'country:EC', 'country:PE'));
    const sameEvent = input('c', b, '2024-03-06', names('place:tallinn', 'org:baltic', 'person:kask', 'country:EE', 'country:PE'));
    expect(measureRewrite(left, otherEvent).score).toBeGreaterThanOrEqual(0.4);
    expect(findRewrites(otherEvent, [left])).toEqual([]);
    expect(findRewrites(sameEvent, [left])).toHaveLength(1);
  });
});
