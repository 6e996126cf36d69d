import { describe, expect, it } from 'vitest';
import { lookupName, type CountryMatch, type LookupMatch, type OrganisationMatch, type PersonMatch } from './lookup.js';

/** The matches of one type, narrowed. */
function only<T extends LookupMatch['type']>(name: string, type: T, at?: string): Extract<LookupMatch, { type: T }>[] {
  const { matches } = lookupName(name, at === undefined ? {} : { at });
  return matches.filter((m): m is Extract<LookupMatch, { type: T }> => m.type === type);
}
const summary = (name: string) => lookupName(name).matches.map((m) => `${m.type}:${m.id}`);
const statusOf = (org: OrganisationMatch, member: string) =>
  Object.entries(org.members).flatMap(([status, list]) => list.filter((m) => m.member === member).map((m) => ({ status, ...m })));

describe('lookupName', () => {
  it.each(['SCO', 'ШОС', 'Shanghai Cooperation Organization', 'the Shanghai Cooperation Organisation'])(
    'finds the SCO, with Belarus a member since 2024-07-04, from "%s"',
    (name) => {
      expect(summary(name)).toEqual(['organisation:SCO']);
      const [sco] = only(name, 'organisation');
      expect(statusOf(sco!, 'BY')).toEqual([{ status: 'member', member: 'BY', name: 'Belarus', since: '2024-07-04' }]);
      expect(sco!.at).toBe('2026-01-01'); // the data's as-of date, not today's
      expect(sco!.founderNames).toEqual(['China', 'Russia', 'Kazakhstan', 'Kyrgyzstan', 'Tajikistan', 'Uzbekistan']);
    },
  );

  it('shows Belarus as an SCO observer the day before it joined', () => {
    const [sco] = only('SCO', 'organisation', '2024-07-03');
    expect(sco!.at).toBe('2024-07-03');
    expect(statusOf(sco!, 'BY').map((m) => [m.status, m.since])).toEqual([['observer', '2015-07-10']]);
    expect(sco!.members.member?.map((m) => m.member).sort()).toEqual(['IN', 'IR', 'PK']);
  });

  it('groups members in the order of the statuses, each sorted by name', () => {
    const [sco] = only('SCO', 'organisation');
    expect(Object.keys(sco!.members)).toEqual(['founding member', 'member', 'observer', 'dialogue partner']);
    const names = sco!.members['dialogue partner']!.map((m) => m.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
    expect(sco).not.toHaveProperty('members.0'); // the raw history is replaced, not merged
  });

  it('finds Kazakhstan from the adjective "Kazakh", with its memberships at the date', () => {
    expect(summary('Kazakh')).toEqual(['country:KZ']);
    const [kz] = only('Kazakh', 'country');
    const sco = kz!.memberships.find((m) => m.organisation === 'SCO');
    expect(sco).toMatchObject({ status: 'founding member', since: '2001-06-15', acronym: 'SCO' });
    expect(kz!.memberships.find((m) => m.organisation === 'BRICS')?.status).toBe('partner country');
    // Before BRICS took partner countries, Kazakhstan had no BRICS status at all.
    expect(only('Kazakh', 'country', '2024-07-04')[0]!.memberships.some((m) => m.organisation === 'BRICS')).toBe(false);
  });

  it('orders a country\'s memberships by status, founding member first', () => {
    const [by] = only('Belarus', 'country') as CountryMatch[];
    const order = ['founding member', 'member', 'observer', 'dialogue partner', 'partner country', 'candidate', 'applicant', 'suspended', 'former member'];
    const ranks = by!.memberships.map((m) => order.indexOf(m.status));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(by!.memberships.find((m) => m.organisation === 'SCO')?.status).toBe('member');
  });

  it('finds a country by its capital, old names included', () => {
    expect(summary('Astana')).toEqual(['country:KZ']);
    expect(summary('Nur-Sultan')).toEqual(['country:KZ']);
  });

  it('finds Tokayev from "Toqaev", with his term named in full', () => {
    expect(summary('Toqaev')).toEqual(['person:kassym-jomart-tokayev']);
    const [tokayev] = only('Toqaev', 'person') as PersonMatch[];
    expect(tokayev!.terms).toEqual([
      expect.objectContaining({ office: 'president', of: 'KZ', from: '2019-03-20', officeTitle: 'President', ofName: 'Kazakhstan' }),
    ]);
  });

  it('names organisations in terms: Council of Europe secretaries-general', () => {
    const [jagland] = only('Thorbjørn Jagland', 'person');
    expect(jagland!.terms[0]).toMatchObject({ of: 'org:COE', ofName: 'Council of Europe' });
  });

  it('finds the Prime Minister office from "Premier"', () => {
    expect(summary('Premier')).toEqual(['office:prime-minister']);
    expect(only('Premier', 'office')[0]).toMatchObject({ title: 'Prime Minister', role: 'head-of-government' });
  });

  it('returns every match of an ambiguous name', () => {
    expect(summary('Sharif')).toEqual(['person:nawaz-sharif', 'person:shehbaz-sharif']);
    expect(summary('Congolese')).toEqual(expect.arrayContaining(['country:CD', 'country:CG']));
    expect(summary('Congolese')).toHaveLength(2);
    expect(summary('AU')).toEqual(['country:AU', 'organisation:AU']);
    expect(summary('Georgia')).toEqual(['country:GE']);
  });

  it('finds news media by acronym and name', () => {
    expect(summary('AP')).toContain('media:AP');
    expect(only('Associated Press', 'media')[0]).toMatchObject({ id: 'AP', countryName: 'United States' });
  });

  it('keeps acronyms case-sensitive unless nothing else matches', () => {
    expect(summary('nato')).toEqual(['organisation:NATO']);
    expect(summary('kz')).toEqual(['country:KZ']);
    // "Guam" is a territory; only "GUAM" is also the organisation.
    expect(summary('Guam')).toEqual(['country:GU']);
    expect(summary('GUAM')).toEqual(['country:GU', 'organisation:GUAM']);
  });

  it('returns no matches for unknown or empty names', () => {
    expect(lookupName('Narnia')).toEqual({ query: 'Narnia', matches: [] });
    expect(lookupName('  ').matches).toEqual([]);
  });

  it('rejects a malformed date', () => {
    expect(() => lookupName('SCO', { at: '2024-13-01' })).toThrow(RangeError);
  });

  it('returns copies: changing a result leaves the data alone', () => {
    const [sco] = only('SCO', 'organisation');
    (sco!.members.member as unknown[]).length = 0;
    (sco!.founders as string[]).push('XX');
    const [kz] = only('Kazakh', 'country');
    (kz!.aliases as string[]).length = 0;
    expect(only('SCO', 'organisation')[0]!.members.member).toHaveLength(4);
    expect(only('SCO', 'organisation')[0]!.founders).toHaveLength(6);
    expect(only('Kazakh', 'country')[0]!.aliases).toContain('Qazaqstan');
  });
});
