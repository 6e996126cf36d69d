import { describe, expect, it } from 'vitest';
import { NOT_REPRESENTED, SUSPENDED } from './claims.js';
import { clash, comparedParts, judgeSlot, REASON_ARTICLES, REASON_CLASHES } from './judge.js';
import type { Claim } from './types.js';
import { mulberry32 as random } from '../../bench/quality/seeded.js';

const SLOTS = ['membership|country:BY|org:SCO', 'founded|org:SCO', 'office|person:x|country:KZ', 'representation|country:HU|story:s', 'attendance|person:x|story:s', 'event-date|story:s', 'event-place|story:s', 'event-host|story:s', 'other|x'];
/** Statuses each slot type uses (a status another type uses would rarely make claims clash). */
const STATUSES: Readonly<Record<string, readonly string[]>> = {
  membership: ['member', 'founding member', 'observer', 'dialogue partner', 'observer or dialogue partner', 'applicant', SUSPENDED],
  office: ['prime-minister', 'president', 'chief', 'Minister of Works'],
  representation: [NOT_REPRESENTED, 'attended', 'delegate'],
  attendance: ['attended', 'absent', 'expected'],
  'event-place': ['Astana', 'Minsk'],
};
const DATES = [null, '2001', '2001-06', '2001-06-15', '1996', '2024-07-04', '2024-07'];
const WHO = [null, 'person:a', 'person:b', 'foreign minister'];
const BEFORE = [null, '2020-01-01'];
const PUBLISHED = [null, '2001-06-20', '2024-07-04', '2024-07-05', '2024-11-01'];
const VALUES = ['v1', 'v2', 'delegate: foreign minister'];

function claims(slot: string, n: number, next: () => number): Claim[] {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  return Array.from({ length: n }, (_, i) => ({
    slot,
    label: slot,
    value: pick(VALUES),
    detail: { status: pick(STATUSES[slot.slice(0, slot.indexOf('|'))] ?? ['x', 'y']), date: pick(DATES), who: pick(WHO), before: pick(BEFORE) },
    hedged: next() < 0.3,
    articleId: `a${Math.floor(next() * 12)}`,
    published: pick(PUBLISHED),
    evidence: [{ start: i * 10, end: i * 10 + 5 }],
  }));
}

/** The verdict from every pair of claims of two articles, as judging was first written. */
function pairwiseVerdict(members: readonly Claim[]): string {
  const articles = new Set(members.map((m) => m.articleId));
  if (articles.size <= 1) return 'unique';
  const unclear = new Set<Claim>();
  for (const a of members) for (const b of members) if (a !== b && a.articleId === b.articleId && a.evidence[0]!.start === b.evidence[0]!.start && clash(a, b)) unclear.add(a);
  for (const a of members) for (const b of members) if (a.articleId !== b.articleId && !unclear.has(a) && !unclear.has(b) && clash(a, b)) return 'contradict';
  return 'agree';
}

describe('judging by distinct compared parts', () => {
  it('claims with the same compared parts clash alike with any other claim, for every slot type', () => {
    const next = random(7);
    for (const slot of SLOTS) {
      const pool = claims(slot, 150, next);
      const byParts = new Map<string, Claim[]>();
      for (const c of pool) byParts.set(comparedParts(c), [...(byParts.get(comparedParts(c)) ?? []), c]);
      const differing: string[] = [];
      for (const same of byParts.values()) {
        const [x, ...rest] = same;
        for (const y of rest) for (const z of pool) if (clash(y, z) !== clash(x!, z) || clash(z, y) !== clash(z, x!)) differing.push(JSON.stringify([x, y, z]));
      }
      expect(differing, slot).toEqual([]);
    }
  });

  it('gives the verdict of the pairwise comparison on random slots', () => {
    const next = random(11);
    let contradictions = 0;
    for (let round = 0; round < 300; round++) {
      const slot = SLOTS[round % SLOTS.length]!;
      const members = claims(slot, 2 + Math.floor(next() * 10), next);
      const verdict = judgeSlot(members).verdict;
      if (verdict === 'contradict') contradictions++;
      expect(verdict, JSON.stringify(members)).toBe(pairwiseVerdict(members));
    }
    // The sample must exercise both outcomes to mean anything.
    expect(contradictions).toBeGreaterThan(30);
    expect(contradictions).toBeLessThan(290);
  });

  it('lists each clashing pair of values once, naming a few articles per side, however many repeat it', () => {
    const founded = (articleId: string, date: string): Claim => ({ slot: 'founded|org:SCO', label: 'founding of SCO', value: date, detail: { date }, hedged: false, articleId, published: '2024-07-04', evidence: [{ start: 0, end: 4 }] });
    const members = [...Array.from({ length: 40 }, (_, i) => founded(`x${String(i).padStart(2, '0')}`, '2001')), ...Array.from({ length: 30 }, (_, i) => founded(`y${String(i).padStart(2, '0')}`, '1996'))];
    const g = judgeSlot(members);
    expect(g.verdict).toBe('contradict');
    expect(g.articles).toHaveLength(70);
    expect(g.reason.match(/ vs /g)).toHaveLength(1);
    expect(g.reason).toContain(`and ${40 - REASON_ARTICLES + 1} more: "2001"`);
    expect(g.reason).toContain(`and ${30 - REASON_ARTICLES + 1} more: "1996"`);
    expect(g.reason.length).toBeLessThan(200);
  });

  it('counts the clashing pairs of values beyond those it lists', () => {
    const years = ['1990', '1991', '1992', '1993', '1994', '1995', '1996'];
    const g = judgeSlot(years.map((y, i) => ({ slot: 'founded|org:X', label: 'founding of X', value: y, detail: { date: y }, hedged: false, articleId: `a${i}`, published: null, evidence: [{ start: 0, end: 4 }] })));
    const pairs = (years.length * (years.length - 1)) / 2;
    expect(g.reason.match(/ vs /g)).toHaveLength(REASON_CLASHES);
    expect(g.reason).toContain(`and ${pairs - REASON_CLASHES} more clashing pairs of values`);
  });

  it('keeps the two-article wording: article, value, article, value, why', () => {
    const office = (articleId: string, status: string): Claim => ({ slot: 'office|person:x|country:KZ', label: 'office', value: status, detail: { status }, hedged: false, articleId, published: '2024-07-04', evidence: [{ start: 0, end: 4 }] });
    expect(judgeSlot([office('a', 'president'), office('b', 'prime-minister')]).reason).toBe('a: "president" vs b: "prime-minister" (different offices at the same time)');
  });
});
