import { describe, expect, it } from 'vitest';
import { foldWord, words, type Range } from './text.js';

// The definition the scanner implements, kept here as the reference.
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
const byRegex = (text: string) =>
  [...text.matchAll(WORD)].map((m) => ({ start: m.index, end: m.index + m[0].length, norm: foldWord(m[0]) })).filter((w) => w.norm !== '');

describe('words', () => {
  it('finds the words the regular expression finds: apostrophe parts, digits, accents, astral letters', () => {
    const texts = [
      "Côte d’Ivoire's envoy met O'Neill at 5'6 on rock'n'roll night; can't’ve, x'' and '' stay apart.",
      'Zürich, İstanbul and ǅemal’s Straße: ٣٤ votes, 12ab34, ab\'12, 𝐀𝐁C and 𝒳\'a met a\'𝒳.',
      '',
      "'quoted' — “Lula’s” (2023) …",
    ];
    for (const text of texts) expect(words(text)).toEqual(byRegex(text));
    expect(words("Russia's Lavrov").map((w) => w.norm)).toEqual(['russia', 'lavrov']);
  });

  it('leaves out words overlapping any skipped range, overlapping and empty ranges included', () => {
    const text = 'one two three four five six seven eight nine ten';
    const all = words(text);
    const cases: Range[][] = [
      [{ start: 4, end: 7 }],
      [{ start: 0, end: 12 }, { start: 5, end: 9 }],
      [{ start: 30, end: 30 }, { start: 9, end: 9 }],
      [{ start: 20, end: 25 }, { start: 2, end: 3 }, { start: 24, end: 40 }],
    ];
    for (const skip of cases) {
      const expected = all.filter((w) => !skip.some((r) => w.start < r.end && w.end > r.start));
      expect(words(text, skip)).toEqual(expected);
    }
    expect(words(text, [{ start: 4, end: 7 }]).map((w) => w.norm)).not.toContain('two');
  });
});
