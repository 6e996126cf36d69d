import { describe, expect, it } from 'vitest';
import { assignStory, monthBuckets, storyKeys, timeFactor } from './stories.js';
import type { ArticleProfile, CorpusStats, StoryCandidate } from './types.js';

const profile = (id: string, date: string | null, words: string, organisation: string | null = null): ArticleProfile => {
  const terms: Record<string, number> = {};
  for (const w of words.split(' ')) terms[w] = (terms[w] ?? 0) + 1;
  return { id, published: date, organisation, terms, entities: organisation ? [organisation] : [], events: [], date };
};
// Every term rare enough to count: a large store where each word is in one other article.
const stats: CorpusStats = { docCount: 1000, df: () => 1 };
const story = (id: string, ...members: ArticleProfile[]): StoryCandidate => ({ story: { id, articles: members.map((m) => m.id) }, members });

describe('assignStory', () => {
  const a = profile('a', '2023-08-24', 'brics summit johannesburg expansion argentina egypt ethiopia @org:BRICS', 'org:BRICS');
  const b = profile('b', '2023-08-25', 'brics summit johannesburg expansion iran saudi emirates @org:BRICS', 'org:BRICS');

  it('starts a story when nothing is similar, joins one that is', () => {
    expect(assignStory(a, [], stats)).toMatchObject({ storyId: 'story:a', created: true, merges: [] });
    const joined = assignStory(b, [story('story:a', a)], stats);
    expect(joined).toMatchObject({ storyId: 'story:a', created: false });
    expect(joined.reason).toMatch(/similar to a/);
  });

  it('re-assigning an article already in a story changes nothing', () => {
    expect(assignStory(b, [story('story:a', a, b)], stats)).toMatchObject({ storyId: 'story:a', created: false, reason: 'already assigned' });
  });

  it('keeps the same organisation apart in another year', () => {
    const later = profile('c', '2024-08-24', 'brics summit johannesburg expansion argentina egypt ethiopia @org:BRICS', 'org:BRICS');
    expect(assignStory(later, [story('story:a', a)], stats).created).toBe(true);
  });

  it('merges two stories only when a new article clearly bridges compatible stories', () => {
    const x = profile('x', '2023-08-24', 'alpha beta gamma delta epsilon zeta', 'org:BRICS');
    const y = profile('y', '2023-08-24', 'eta theta iota kappa epsilon zeta', 'org:BRICS');
    const bridge = profile('z', '2023-08-24', 'alpha beta gamma delta eta theta iota kappa epsilon zeta', 'org:BRICS');
    const r = assignStory(bridge, [story('story:x', x), story('story:y', y)], stats);
    expect(r.merges).toEqual([expect.objectContaining({ into: r.storyId })]);
    // The same bridge between stories far apart in time merges nothing.
    const far = profile('y2', '2023-10-24', 'eta theta iota kappa epsilon zeta', 'org:BRICS');
    expect(assignStory(bridge, [story('story:x', x), story('story:y2', far)], stats).merges).toEqual([]);
  });
});

describe('time and blocking', () => {
  it('time factor: 1 within 3 days, 0 from 14', () => {
    const p = (d: string) => profile(d, d, 'x');
    expect(timeFactor(p('2023-08-24'), p('2023-08-27'))).toBe(1);
    expect(timeFactor(p('2023-08-24'), p('2023-09-07'))).toBe(0);
    expect(timeFactor(p('2023-08-24'), p('2023-09-01'))).toBeGreaterThan(0);
  });

  it('articles at most 14 days apart always share a blocking key', () => {
    const day = (n: number) => new Date(Date.UTC(2023, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
    for (let i = 0; i < 400; i += 3) {
      for (let d = 0; d <= 14; d++) {
        const x = new Set(monthBuckets(day(i)));
        expect(monthBuckets(day(i + d)).some((k) => x.has(k)), `${day(i)} ${day(i + d)}`).toBe(true);
      }
    }
  });

  it('keys are entities (not countries) within month buckets, plus one time-free key on the main organisation', () => {
    const p: ArticleProfile = { ...profile('a', '2023-08-24', 'x', 'org:BRICS'), entities: ['country:ZA', 'org:BRICS', 'person:cyril-ramaphosa'] };
    expect(storyKeys(p)).toEqual(['org:BRICS@2023-08', 'org:BRICS@2023-09', 'org:BRICS@any-date', 'person:cyril-ramaphosa@2023-08', 'person:cyril-ramaphosa@2023-09']);
  });

  it('lets an undated article share a key with a dated one about the same organisation', () => {
    const dated = storyKeys({ ...profile('a', '2023-08-24', 'x', 'org:BRICS'), entities: ['org:BRICS'] });
    const undated = storyKeys({ ...profile('b', null, 'x', 'org:BRICS'), entities: ['org:BRICS'] });
    expect(undated.filter((k) => dated.includes(k))).toEqual(['org:BRICS@any-date']);
  });
});
