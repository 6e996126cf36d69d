import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Evidence, FactsView } from '../src/core/facts.js';
import { extract, toFacts } from '../src/extract/extract.js';

const DIR = new URL('./fixtures/articles/', import.meta.url);
const files = readdirSync(DIR).filter((f) => f.endsWith('.txt')).sort();

function* evidenceOf(f: FactsView): Generator<[string, readonly Evidence[] | undefined]> {
  for (const p of f.people) {
    yield [`person ${p.name}`, p.evidence];
    for (const o of p.offices) yield [`office ${p.name} ${o.title}`, o.evidence];
  }
  for (const o of f.organizations) yield [`org ${o.name}`, o.evidence];
  for (const m of f.memberships) yield [`membership ${m.member} ${m.organization}`, m.evidence];
  for (const e of f.events) {
    yield [`event ${e.id}`, e.evidence];
    for (const a of e.attendees) yield [`attendee ${a.person}`, a.evidence];
    for (const d of e.represented_by_delegate) yield [`delegate ${d.delegate}`, d.evidence];
  }
  for (const q of f.quotes) yield [`quote ${q.text.slice(0, 20)}`, q.evidence];
}

describe('every extracted item carries evidence', () => {
  for (const file of files) {
    it(file, () => {
      const bytes = readFileSync(new URL(file, DIR));
      const doc = extract(bytes, { path: file, published: '2024-07-04' });
      const facts = toFacts(doc);
      for (const [what, evidence] of evidenceOf(facts)) {
        expect(evidence?.length, what).toBeGreaterThan(0);
        for (const e of evidence!) {
          expect(e.start, what).toBeGreaterThanOrEqual(0);
          expect(e.end, what).toBeGreaterThan(e.start);
          expect(e.end, what).toBeLessThanOrEqual(doc.article.text.length);
          expect(e.rule, what).toMatch(/^[a-z-]+\//);
        }
      }
      // byline and site chrome never produce people
      for (const b of doc.article.boilerplate) {
        for (const p of facts.people) for (const e of p.evidence ?? []) expect(e.start >= b.start && e.end <= b.end, `${p.name} in boilerplate`).toBe(false);
      }
    });
  }

  it('is deterministic: the same input gives the same output, byte for byte', () => {
    const bytes = readFileSync(new URL(files[0]!, DIR));
    const a = JSON.stringify(toFacts(extract(bytes, { path: files[0]!, published: '2024-07-04' })));
    const b = JSON.stringify(toFacts(extract(bytes, { path: files[0]!, published: '2024-07-04' })));
    expect(a).toBe(b);
  });
});

describe('extraction never throws on text', () => {
  const odd = [
    'Leave a Reply\n\nExit mobile version',
    'A title\n\n""""“”“”',
    'x',
    'President President President of of of ,,,, the the',
    '“Unclosed quote that never ends and goes on\n\nand on',
    'SCO SCO SCO joined joined founded by by in in 2001 2001',
    Array.from({ length: 300 }, (_, i) => String.fromCharCode(33 + ((i * 7919) % 90))).join(''),
  ];
  for (const text of odd) {
    it(JSON.stringify(text.slice(0, 30)), () => {
      const facts = toFacts(extract(text, { published: '2024-07-04' }));
      expect(Array.isArray(facts.people)).toBe(true);
    });
  }

  it('gives an empty view and a warning code for an article that is only chrome', () => {
    const doc = extract('Leave a Reply\n\nExit mobile version');
    const facts = toFacts(doc);
    expect(facts.people).toEqual([]);
    expect(facts.warnings?.map((w) => w.code)).toEqual(expect.arrayContaining(['NO_BODY', 'NO_SENTENCES']));
  });
});
