import { describe, expect, it } from 'vitest';
import { Gazetteer, phraseKeys } from './gazetteer.js';

const tokens = (s: string) => s.split(' ');
const keys = (s: string) => tokens(s).map((t) => phraseKeys(t).join(' '));

describe('Gazetteer', () => {
  const g = new Gazetteer<string>([
    { phrase: 'Shanghai Cooperation Organisation', value: 'SCO' },
    { phrase: 'Shanghai', value: 'city:Shanghai' },
    { phrase: 'SCO', value: 'SCO', exactCase: true },
    { phrase: 'WHO', value: 'WHO', exactCase: true },
    { phrase: 'Türkiye', value: 'TR' },
  ]);

  it('prefers the longest phrase and folds case and diacritics', () => {
    const s = 'the shanghai cooperation organisation met in TURKIYE';
    expect(g.matchAll(keys(s), tokens(s)).map((m) => [m.from, m.to, m.values])).toEqual([
      [1, 4, ['SCO']],
      [6, 7, ['TR']],
    ]);
  });

  it('matches exact-case entries only as written', () => {
    expect(g.matchAll(keys('who is in the SCO'), tokens('who is in the SCO')).map((m) => m.values)).toEqual([['SCO']]);
    expect(g.matchAll(keys('the WHO said'), tokens('the WHO said')).map((m) => m.values)).toEqual([['WHO']]);
  });
});
