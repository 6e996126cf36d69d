import { describe, expect, it } from 'vitest';
import { factsView } from './test-views.js';
import type { FactsMembership, FactsView } from '../core/facts.js';
import { checkKnowledge } from './knowledge-check.js';
import { resolveEntities } from './resolve-entities.js';

const view = (published: string, parts: Partial<FactsView>): FactsView => factsView('a', published, parts);
const check = (facts: FactsView) => checkKnowledge(facts, resolveEntities(facts, []).links);
const membership = (member: string, organization: string, status: string, since: string | null, hedged = false): FactsMembership => ({
  member,
  organization,
  status,
  since,
  hedged,
  evidence: [{ start: 0, end: 5 }],
});

describe('office holders', () => {
  const pm = (name: string, published: string) =>
    view(published, { people: [{ name, mentions: [name], offices: [{ title: 'Prime Minister', of: 'United Kingdom', evidence: [{ start: 3, end: 17 }] }] }] });

  it('flags a prime minister the knowledge does not have in office at the date, with the words', () => {
    const flags = check(pm('Boris Johnson', '2023-07-01'));
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ kind: 'office', evidence: [{ start: 3, end: 17 }] });
    expect(flags[0]!.expected).toMatch(/Rishi Sunak/);
  });

  it('says nothing when the knowledge agrees, or has nobody for the office', () => {
    expect(check(pm('Rishi Sunak', '2023-07-01'))).toEqual([]);
    expect(check(pm('Boris Johnson', '2020-07-01'))).toEqual([]);
    expect(check(view('2023-07-01', { people: [{ name: 'Jan Novak', mentions: [], offices: [{ title: 'Mayor', of: 'Brno' }] }] }))).toEqual([]);
  });
});

describe('memberships', () => {
  it('flags a status that differs from membersOf at the date', () => {
    // The knowledge has Belarus an SCO observer until 2024-07-04, a member from then.
    const flags = check(view('2023-01-10', { memberships: [membership('Belarus', 'SCO', 'member', null)] }));
    expect(flags.map((f) => f.kind)).toEqual(['membership']);
    expect(flags[0]!.expected).toMatch(/observer/);
    expect(check(view('2024-07-05', { memberships: [membership('Belarus', 'SCO', 'member', '2024-07-04')] }))).toEqual([]);
  });

  it('flags a start date that differs, and a founding year', () => {
    expect(check(view('2023-07-12', { memberships: [membership('Finland', 'NATO', 'member', '2022')] }))).toHaveLength(1);
    expect(check(view('2023-07-12', { memberships: [membership('Finland', 'NATO', 'member', '2023-04')] }))).toEqual([]);
    const founders = check(view('2023-08-24', { memberships: [membership('Brazil', 'BRICS', 'founding member', '2006')] }));
    expect(founders.map((f) => f.expected)).toEqual(['founded 2009-06-16']);
  });

  it('leaves hedged claims alone (they speak of the future)', () => {
    expect(check(view('2023-01-10', { memberships: [membership('Belarus', 'SCO', 'member', null, true)] }))).toEqual([]);
  });
});
