import { describe, expect, it } from 'vitest';
import { factsView } from './test-views.js';
import type { FactsView } from '../core/facts.js';
import { claimsOf, isStoryEventSlot } from './claims.js';
import { datesCompatible, dayRange } from './dates.js';
import { judgeAll, judgeSlot } from './judge.js';
import type { Claim } from './types.js';

const claim = (articleId: string, published: string, status: string, opts: { since?: string | null; hedged?: boolean; at?: number } = {}): Claim => ({
  slot: 'membership|country:BY|org:SCO',
  label: 'membership of Belarus in SCO',
  value: `${opts.hedged ? 'expected: ' : ''}${status}`,
  detail: { status, date: opts.since ?? null },
  hedged: opts.hedged ?? false,
  articleId,
  published,
  evidence: [{ start: opts.at ?? 0, end: (opts.at ?? 0) + 10 }],
});

describe('membership claims with their time', () => {
  it('joined on the day vs soon to become a member, the same day: contradict', () => {
    const g = judgeSlot([claim('a', '2024-07-04', 'member', { since: '2024-07-04' }), claim('b', '2024-07-04', 'member', { hedged: true })]);
    expect(g.verdict).toBe('contradict');
    expect(g.articles).toEqual(['a', 'b']);
    expect(g.members.every((m) => m.evidence.length > 0)).toBe(true);
  });

  it('will join on 1 January (December) vs joined on 1 January (January): agree', () => {
    const g = judgeSlot([claim('a', '2023-12-10', 'member', { since: '2024-01-01', hedged: true }), claim('b', '2024-01-03', 'member', { since: '2024-01-01' })]);
    expect(g.verdict).toBe('agree');
  });

  it('expected on one date, stated as from another: contradict', () => {
    const g = judgeSlot([claim('a', '2023-12-10', 'member', { since: '2024-01-01', hedged: true }), claim('b', '2024-03-03', 'member', { since: '2024-03-01' })]);
    expect(g.verdict).toBe('contradict');
  });

  it('observer now and member expected later is consistent', () => {
    const g = judgeSlot([claim('a', '2023-09-05', 'observer', { since: '2022' }), claim('b', '2023-09-06', 'member', { since: '2025', hedged: true })]);
    expect(g.verdict).toBe('agree');
  });

  it('observer vs member at the same time: contradict; years apart, in that order: a change, not a clash', () => {
    expect(judgeSlot([claim('a', '2023-09-05', 'observer'), claim('b', '2023-09-06', 'member')]).verdict).toBe('contradict');
    expect(judgeSlot([claim('a', '2015-09-05', 'observer'), claim('b', '2024-09-06', 'member')]).verdict).toBe('agree');
    expect(judgeSlot([claim('a', '2015-09-05', 'member'), claim('b', '2024-09-06', 'observer')]).verdict).toBe('contradict');
  });

  it('dates at different precisions agree when they overlap', () => {
    expect(judgeSlot([claim('a', '2023-07-11', 'member', { since: '2023-04' }), claim('b', '2023-07-12', 'member', { since: '2023-04-04' })]).verdict).toBe('agree');
    expect(judgeSlot([claim('a', '2023-07-11', 'member', { since: '2023-04' }), claim('b', '2023-07-12', 'member', { since: '2022' })]).verdict).toBe('contradict');
  });

  it('one source is unique; an article never contradicts itself', () => {
    expect(judgeSlot([claim('a', '2024-07-04', 'member')]).verdict).toBe('unique');
    expect(judgeSlot([claim('a', '2024-07-04', 'member'), claim('a', '2024-07-04', 'observer', { at: 50 })]).verdict).toBe('unique');
  });

  it('claims an article reads two clashing ways from the same words are set aside', () => {
    const g = judgeSlot([claim('a', '2023-07-11', 'applicant', { at: 5 }), claim('a', '2023-07-11', 'member', { at: 5 }), claim('b', '2023-07-12', 'member', { hedged: true })]);
    expect(g.verdict).toBe('agree');
    expect(g.reason).toMatch(/set aside/);
  });
});

describe('claims of facts views', () => {
  const base = factsView;
  const summit = (attendees: { person: string; representing: string | null }[], delegates: { country: string; delegate: string; instead_of: string | null }[] = []) => ({
    id: 'e1',
    kind: 'summit',
    name: 'summit',
    place: null,
    date: null,
    date_text: null,
    organization: null,
    attendees,
    represented_by_delegate: delegates,
    expected_only: [],
    evidence: [{ start: 0, end: 6 }],
  });

  it('attended vs sent a deputy contradict; the same delegate named or not agrees', () => {
    const a = base('a', '2023-07-11', { events: [summit([{ person: 'Viktor Orbán', representing: 'Hungary' }])] });
    const b = base('b', '2023-07-12', { events: [summit([], [{ country: 'Hungary', delegate: 'Péter Szijjártó', instead_of: null }])] });
    const c = base('c', '2023-07-12', { events: [summit([], [{ country: 'Hungary', delegate: 'foreign minister', instead_of: null }])] });
    const groups = judgeAll([...claimsOf(a, []), ...claimsOf(b, []), ...claimsOf(c, [])]);
    const hu = groups.find((g) => g.slot === 'representation|country:HU|story')!;
    expect(hu.verdict).toBe('contradict');
    expect(hu.reason).toMatch(/attended vs sent a delegate/);
    const bc = judgeAll([...claimsOf(b, []), ...claimsOf(c, [])]).find((g) => g.slot === 'representation|country:HU|story')!;
    expect(bc.verdict).toBe('agree');
  });

  it("tells the slots about the story's own event (judged within the story only) from the others", () => {
    const a = base('a', '2023-07-11', {
      events: [summit([{ person: 'Viktor Orbán', representing: 'Hungary' }, { person: 'Jane Roe', representing: null }], [{ country: 'Poland', delegate: 'foreign minister', instead_of: 'Andrzej Duda' }])],
      memberships: [{ member: 'Hungary', organization: 'NATO', status: 'member', since: '1999', hedged: false }],
    });
    const slots = claimsOf(a, [], 'story:a').map((c) => c.slot);
    const event = slots.filter(isStoryEventSlot);
    expect(event.length).toBeGreaterThanOrEqual(3);
    expect(event.every((slot) => slot.endsWith('|story:a'))).toBe(true);
    expect(slots.filter((slot) => !isStoryEventSlot(slot)).every((slot) => !slot.includes('story:a'))).toBe(true);
    expect(slots.some((slot) => slot.startsWith('membership|'))).toBe(true);
  });

  it('two founding years contradict; founding members feed one founding slot per organisation', () => {
    const founders = (id: string, year: string) =>
      base(id, '2023-08-24', {
        memberships: ['Brazil', 'Russia', 'India', 'China'].map((m) => ({ member: m, organization: 'BRICS', status: 'founding member', since: year, hedged: false })),
      });
    const groups = judgeAll([...claimsOf(founders('a', '2009'), []), ...claimsOf(founders('b', '2006'), [])]);
    expect(groups.find((g) => g.slot === 'founded|org:BRICS')?.verdict).toBe('contradict');
    // The year is compared once, on the organisation, not once per founder.
    expect(groups.filter((g) => g.verdict === 'contradict')).toHaveLength(1);
  });

  it('a leader absent (a delegate came instead) vs the same leader attending', () => {
    const a = base('a', '2023-08-24', { events: [summit([], [{ country: 'Russia', delegate: 'Sergei Lavrov', instead_of: 'Vladimir Putin' }])] });
    const b = base('b', '2023-08-24', { events: [summit([{ person: 'Vladimir Putin', representing: null }])] });
    const g = judgeAll([...claimsOf(a, []), ...claimsOf(b, [])]).find((x) => x.slot.startsWith('attendance|'))!;
    expect(g.verdict).toBe('contradict');
  });

  it('scopes event claims to the story given', () => {
    const a = base('a', '2023-08-24', { events: [summit([{ person: 'Xi Jinping', representing: 'China' }])] });
    expect(claimsOf(a, [], 'story:x').map((c) => c.slot)).toContain('representation|country:CN|story:x');
    expect(claimsOf(a, [], (eventId) => `s|${eventId}`).map((c) => c.slot)).toContain('representation|country:CN|s|e1');
  });
});

describe('dates', () => {
  it('reads ISO weeks and partial dates as day ranges', () => {
    expect(new Date(dayRange('2024-W27')!.from).toISOString().slice(0, 10)).toBe('2024-07-01');
    expect(datesCompatible('2024-W27', '2024-07-04')).toBe(true);
    expect(datesCompatible('2024-07', '2024-08-01')).toBe(false);
    expect(datesCompatible('2024-07-11', '2024-07-12', 2)).toBe(true);
  });
});

describe('office claims', () => {
  const office = (articleId: string, status: string): Claim => ({
    slot: 'office|person:ana-rojas|org:CAN',
    label: 'office of Ana Rojas in the Andean Community',
    value: status,
    detail: { status, date: null },
    hedged: false,
    articleId,
    published: '2025-05-14',
    evidence: [{ start: 0, end: 10 }],
  });

  it('two known offices of one body at the same time contradict; "chief" is shorthand for either', () => {
    expect(judgeSlot([office('a', 'secretary-general'), office('b', 'chairman')]).verdict).toBe('contradict');
    expect(judgeSlot([office('a', 'secretary-general'), office('b', 'chief')]).verdict).toBe('agree');
  });
});
