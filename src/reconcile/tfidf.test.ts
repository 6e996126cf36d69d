import { describe, expect, it } from 'vitest';
import { ENTITY_BOOST, articleSimilarity, idf } from './stories.js';
import { TfIdfScorer } from './tfidf.js';
import type { ArticleProfile, CorpusStats } from './types.js';

// A small deterministic generator, so that the profiles vary without being random between runs.
function lcg(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
}

const WORDS = ['summit', 'brics', '2023', 'expansion', '@org:BRICS', '@person:Q1', 'egypt', 'argentina', 'trade', 'johannesburg', '7', 'ministers'];

function profiles(count: number): ArticleProfile[] {
  const next = lcg(7);
  return Array.from({ length: count }, (_, i) => {
    const terms: Record<string, number> = {};
    for (const w of WORDS) if (next() < 0.6) terms[w] = 1 + Math.floor(next() * 5);
    return { id: `a${i}`, published: null, organisation: null, terms, entities: [], events: [], date: null };
  });
}

describe('TfIdfScorer', () => {
  it('gives exactly the cosines of the TF-IDF vectors story assignment defines', () => {
    const stats: CorpusStats = { docCount: 50, df: (t) => t.length % 7 };
    const ps = profiles(12);
    const scorer = new TfIdfScorer(stats, ENTITY_BOOST, idf);
    for (const a of ps) for (const b of ps) expect(scorer.cosine(a, b)).toBe(articleSimilarity(a, b, stats).cosine);
  });

  it('uses the statistics it was made with, not those of an earlier scorer', () => {
    const [a, b] = profiles(2) as [ArticleProfile, ArticleProfile];
    const before: CorpusStats = { docCount: 10, df: () => 1 };
    const after: CorpusStats = { docCount: 10, df: (t) => (t.startsWith('@') ? 9 : 1) };
    expect(new TfIdfScorer(before, ENTITY_BOOST, idf).cosine(a, b)).toBe(articleSimilarity(a, b, before).cosine);
    expect(new TfIdfScorer(after, ENTITY_BOOST, idf).cosine(a, b)).toBe(articleSimilarity(a, b, after).cosine);
    expect(articleSimilarity(a, b, before).cosine).not.toBe(articleSimilarity(a, b, after).cosine);
  });
});
