import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HAS_SHARED, shared } from '../../../test/shared.js';
import type { Span } from '../../core/article.js';
import type { GoldFacts } from '../../core/facts.js';
import { splitSentences } from '../../nlp/sentences.js';
import { findQuotes } from './find-quotes.js';
import type { SpeakerMention } from './types.js';

// End to end on the seed articles, read in place: mentions are every whole-word occurrence of the
// gold people's and organisations' mention strings (standing in for the recogniser), and the
// quotes found are compared with the gold quotes by text (token Jaccard ≥ 0.8, as the scorer does)
// and speaker.

/** Paragraphs are the non-empty lines. */
function paragraphsOf(text: string): Span[] {
  const spans: Span[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) if (m[0].trim()) spans.push({ start: m.index, end: m.index + m[0].length });
  return spans;
}

function mentionsOf(text: string, gold: GoldFacts): SpeakerMention[] {
  const names: [string, string, SpeakerMention['kind']][] = [
    ...gold.people.flatMap((p) => p.mentions.map((m): [string, string, SpeakerMention['kind']] => [m, p.name, 'person'])),
    ...gold.organizations.flatMap((o) => o.mentions.map((m): [string, string, SpeakerMention['kind']] => [m, o.name, 'organization'])),
  ].sort((a, b) => b[0].length - a[0].length);
  const found: SpeakerMention[] = [];
  for (const [name, entity, kind] of names) {
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'gu');
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const start = m.index;
      const end = start + name.length;
      if (!found.some((f) => f.start < end && start < f.end)) found.push({ start, end, entity, kind });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

const words = (s: string) => new Set(s.toLowerCase().normalize('NFKD').replace(/[^\p{L}\p{N}\s]/gu, ' ').split(/\s+/u).filter(Boolean));
function jaccard(a: string, b: string): number {
  const x = words(a);
  const y = words(b);
  const inter = [...x].filter((w) => y.has(w)).length;
  return inter / (x.size + y.size - inter || 1);
}

const ids = HAS_SHARED ? readdirSync(shared('samples')).filter((f) => f.endsWith('.txt')).map((f) => f.replace(/\.txt$/u, '')) : [];

describe.skipIf(!HAS_SHARED)('findQuotes on the seed articles', () => {
  it.each(ids)('%s: every gold quote with its speaker, nothing else', (id) => {
    const text = readFileSync(shared('samples', `${id}.txt`), 'utf8');
    const gold = JSON.parse(readFileSync(shared('gold', `${id}.json`), 'utf8')) as GoldFacts;
    const quotes = findQuotes(text, splitSentences(text, paragraphsOf(text)), mentionsOf(text, gold));
    const predicted = quotes.map((q) => ({ text: q.text, speaker: q.speaker }));
    const unmatched = [...predicted];
    const missed: unknown[] = [];
    for (const g of gold.quotes) {
      const k = unmatched.findIndex((p) => p.speaker === g.speaker && jaccard(p.text, g.text) >= 0.8);
      if (k < 0) missed.push(g);
      else unmatched.splice(k, 1);
    }
    expect(missed).toEqual([]);
    expect(unmatched).toEqual([]);
    for (const q of quotes) expect(text.slice(q.start, q.end)).toBe(q.text);
  });
});
