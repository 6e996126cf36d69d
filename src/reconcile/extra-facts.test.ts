/**
 * Claims and judgement of the facts beyond the view's sections: foundings without founders,
 * suspensions, countries not represented, and statuses stated in the past tense.
 */
import { describe, expect, it } from 'vitest';
import type { FactsEvent, FactsMembership } from '../core/facts.js';
import { claimsOf } from './claims.js';
import { judgeAll } from './judge.js';
import { factsView } from './test-views.js';
import type { FactGroup } from './types.js';

const ev = [{ start: 0, end: 5 }];
const judged = (...views: ReturnType<typeof factsView>[]): FactGroup[] => judgeAll(views.flatMap((v) => claimsOf(v, [])));
const group = (groups: readonly FactGroup[], slot: string) => groups.find((g) => g.slot === slot);

const summit = (parts: Partial<FactsEvent>): FactsEvent => ({
  id: 'e1', kind: 'summit', name: 'summit', place: null, date: null, date_text: null, organization: null,
  attendees: [], represented_by_delegate: [], expected_only: [], evidence: ev, ...parts,
});
const membership = (status: string, extra: Partial<FactsMembership> = {}): FactsMembership => ({
  member: 'Turkmenistan', organization: 'Organization of Turkic States', status, since: null, hedged: false, evidence: ev, ...extra,
});

describe('foundings stated without founders', () => {
  it('meet founding members in one founding slot, and clash when the years differ', () => {
    const a = factsView('a', '2023-09-09', { foundings: [{ organization: 'African Union', date: '2002', evidence: ev }] });
    const b = factsView('b', '2023-09-10', { foundings: [{ organization: 'African Union', date: '2001', evidence: ev }] });
    const c = factsView('c', '2023-09-10', { foundings: [{ organization: 'African Union', date: '2002-07', evidence: ev }] });
    expect(group(judged(a, b), 'founded|org:AU')?.verdict).toBe('contradict');
    expect(group(judged(a, c), 'founded|org:AU')?.verdict).toBe('agree');
  });
});

describe('suspensions', () => {
  const suspended = (id: string, since: string | null) =>
    factsView(id, '2023-05-19', { suspensions: [{ member: 'Venezuela', organization: 'Mercosur', since, evidence: ev }] });

  it('two suspension years clash, in the membership slot, saying so', () => {
    const g = group(judged(suspended('a', '2016'), suspended('b', '2017')), 'membership|country:VE|org:MERCOSUR')!;
    expect(g.verdict).toBe('contradict');
    expect(g.reason).toMatch(/suspended in 2016 vs suspended in 2017/);
  });

  it('a suspension does not clash with a membership, nor with an undated suspension', () => {
    const member = factsView('m', '2023-05-20', { memberships: [{ member: 'Venezuela', organization: 'Mercosur', status: 'member', since: '2012', hedged: false, evidence: ev }] });
    expect(group(judged(suspended('a', '2016'), member), 'membership|country:VE|org:MERCOSUR')?.verdict).toBe('agree');
    expect(group(judged(suspended('a', '2016'), suspended('b', null)), 'membership|country:VE|org:MERCOSUR')?.verdict).toBe('agree');
  });
});

describe('countries not represented', () => {
  const absent = factsView('a', '2023-09-06', { events: [summit({ not_represented: [{ country: 'Myanmar', evidence: ev }] })] });

  it('clash with a delegate, named or described, and with a leader attending', () => {
    const official = factsView('b', '2023-09-05', { events: [summit({ represented_by_delegate: [{ country: 'Myanmar', delegate: 'senior foreign ministry official', instead_of: null, evidence: ev }] })] });
    const leader = factsView('c', '2023-09-05', { events: [summit({ attendees: [{ person: 'Min Aung Hlaing', representing: 'Myanmar', evidence: ev }] })] });
    const g = group(judged(absent, official), 'representation|country:MM|story')!;
    expect(g.verdict).toBe('contradict');
    expect(g.reason).toMatch(/not represented vs delegate: senior foreign ministry official/);
    expect(group(judged(absent, leader), 'representation|country:MM|story')?.verdict).toBe('contradict');
  });

  it('agree with each other', () => {
    const again = factsView('b', '2023-09-06', { events: [summit({ not_represented: [{ country: 'Myanmar', evidence: ev }] })] });
    expect(group(judged(absent, again), 'representation|country:MM|story')?.verdict).toBe('agree');
  });
});

describe('statuses stated in the past tense', () => {
  const joined = factsView('w', '2025-11-14', { memberships: [membership('member', { since: '2025-11-14' })] });

  it('"were the two observers" does not clash with a membership that began later', () => {
    const past = factsView('p', '2025-11-15', { memberships: [membership('observer', { before: '2025-11-14' })] });
    const g = group(judged(joined, past), 'membership|country:TM|org:OTS')!;
    expect(g.members.find((m) => m.articleId === 'p')?.value).toBe('observer (before 2025-11-14)');
    expect(g.verdict).toBe('agree');
  });

  it('the same status stated in the present still clashes', () => {
    const present = factsView('p', '2025-11-15', { memberships: [membership('observer')] });
    expect(group(judged(joined, present), 'membership|country:TM|org:OTS')?.verdict).toBe('contradict');
  });

  it('a past status held before a membership is said to begin still clashes with that start', () => {
    const early = factsView('e', '2025-11-15', { memberships: [membership('member', { before: '2020-01-01' })] });
    expect(group(judged(joined, early), 'membership|country:TM|org:OTS')?.verdict).toBe('contradict');
  });
});
