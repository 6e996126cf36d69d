import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { read } from '../src/read/read.js';
import { HAS_SHARED, shared } from './shared.js';

// The seed articles and their gold files are read from ../shared, never copied into the project.
const seeds = ['000_2789351be5670d15', '001_5e40165e2e505e32'];

describe.skipIf(!HAS_SHARED)('reading the seed articles', () => {
  for (const id of seeds) {
    const bytes = readFileSync(shared('samples', `${id}.txt`));
    const gold = JSON.parse(readFileSync(shared('gold', `${id}.json`), 'utf8')) as { title: string; byline: string | null; boilerplate: string[] };
    const article = read(bytes, { path: `${id}.txt` });
    const slice = (s: { start: number; end: number }) => article.text.slice(s.start, s.end);

    it(`${id}: title and byline are the gold ones`, () => {
      expect(article.title).toBe(gold.title);
      expect(article.byline).toBe(gold.byline);
    });

    it(`${id}: the boilerplate spans are exactly the gold list`, () => {
      expect(article.boilerplate.map(slice).sort()).toEqual([...gold.boilerplate].sort());
    });

    it(`${id}: no body paragraph holds boilerplate or the title`, () => {
      for (const p of article.paragraphs) {
        expect(p.start).toBeGreaterThanOrEqual(article.body!.start);
        expect(p.end).toBeLessThanOrEqual(article.body!.end);
        for (const b of article.boilerplate) expect(p.end <= b.start || p.start >= b.end).toBe(true);
      }
    });
  }

  it('000: the source credit is AP and the body runs from the dateline to the Tokayev paragraph', () => {
    const article = read(readFileSync(shared('samples', '000_2789351be5670d15.txt')));
    const body = article.text.slice(article.body!.start, article.body!.end);
    expect(article.sourceCredit).toBe('AP');
    expect(body.startsWith('ASTANÁ —')).toBe(true);
    const lastParagraph = article.paragraphs.at(-1)!;
    expect(article.text.slice(lastParagraph.start, lastParagraph.end)).toMatch(/^In his opening remarks at the summit, Tokayev/);
    expect(article.dateline?.place).toBe('ASTANÁ');
  });
});
