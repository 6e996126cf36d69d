/**
 * Cross-file consistency of the reference knowledge: each file is checked on its own by its loader's
 * tests; these check that the files agree with one another, since a reference that dangles between
 * files (an office holder of `org:COUNCIL_OF_EUROPE` when the organisation is `COE`) passes every
 * per-file schema and silently loses facts. Speed is left to benchmarks.
 */
import { describe, expect, it } from 'vitest';
import { getCountry, loadCountries } from './countries.js';
import { loadMedia } from './media.js';
import { findPeople, loadOfficeHolders } from './office-holders.js';
import { findOffice, loadOffices } from './offices.js';
import { getOrganisation, loadOrganisations, membersOf } from './organisations.js';

const organisations = loadOrganisations().organisations;
const people = loadOfficeHolders().file.people;
const countryIds = new Set(loadCountries().map((c) => c.id));

/** True when a reference is an alpha-2 id of countries.json or an `org:` id of organisations.json. */
const exists = (ref: string) => (ref.startsWith('org:') ? getOrganisation(ref.slice(4)) !== undefined : countryIds.has(ref));

describe('organisations.json against countries.json', () => {
  it('has every member an existing country or organisation', () => {
    const dangling = organisations.flatMap((o) => o.members.filter((m) => !exists(m.member)).map((m) => `${o.id}: ${m.member}`));
    expect(dangling).toEqual([]);
  });

  it('has every founder an existing country or organisation', () => {
    const dangling = organisations.flatMap((o) => o.founders.filter((f) => !exists(f)).map((f) => `${o.id}: ${f}`));
    expect(dangling).toEqual([]);
  });

  it('lists the founders of a complete list among its members', () => {
    const missing = organisations
      .filter((o) => o.memberList === 'complete')
      .flatMap((o) => o.founders.filter((f) => !o.members.some((m) => m.member === f)).map((f) => `${o.id}: ${f}`));
    expect(missing).toEqual([]);
  });

  // The groupings news about summits names most: their members must all be states the data knows,
  // or the extractor cannot tie "the SCO member states" to countries.
  it.each(['SCO', 'BRICS', 'NATO', 'ASEAN', 'G20'])('has every %s member a state of countries.json', (id) => {
    const members = membersOf(id);
    expect(members.length).toBeGreaterThan(4);
    const countries = members.filter((m) => !m.member.startsWith('org:'));
    expect(countries.filter((m) => getCountry(m.member)?.kind !== 'state').map((m) => m.member)).toEqual([]);
    // Only the G20 counts blocs among its members (the EU and the African Union).
    const blocs = members.filter((m) => m.member.startsWith('org:')).map((m) => m.member).sort();
    expect(blocs).toEqual(id === 'G20' ? ['org:AU', 'org:EU'] : []);
  });
});

describe('office-holders.json against the other files', () => {
  const terms = people.flatMap((p) => p.terms.map((t) => ({ id: p.id, ...t })));

  it('has every term of an existing country or organisation', () => {
    expect(terms.filter((t) => !exists(t.of)).map((t) => `${t.id}: ${t.of}`)).toEqual([]);
  });

  it('uses only office ids that offices.json has', () => {
    const offices = loadOffices().byId;
    expect(terms.filter((t) => !offices.has(t.office)).map((t) => `${t.id}: ${t.office}`)).toEqual([]);
    const equivalents = loadOffices().file.offices.filter((o) => o.equivalent !== undefined && !offices.has(o.equivalent));
    expect(equivalents.map((o) => o.id)).toEqual([]);
  });

  it('finds each office by its own title', () => {
    const lost = loadOffices().file.offices.filter((o) => findOffice(o.title)?.id !== o.id);
    expect(lost.map((o) => o.id)).toEqual([]);
  });

  // The spellings that differ between wire services, each pair meaning one person.
  it.each([
    ['Sadyr Zhaparov', 'Sadyr Japarov', 'sadyr-japarov'],
    ['Akylbek Zhaparov', 'Akylbek Japarov', 'akylbek-japarov'],
    ['Emomali Rakhmon', 'Emomali Rahmon', 'emomali-rahmon'],
    ['Rakhmon', 'Rahmon', 'emomali-rahmon'],
    ['Tokayev', 'Toqaev', 'kassym-jomart-tokayev'],
    ['Kassym-Jomart Tokayev', 'Qasym-Jomart Toqaev', 'kassym-jomart-tokayev'],
    ['Lukashenko', 'Lukashenka', 'alexander-lukashenko'],
    ['Alexander Lukashenko', 'Aliaksandr Lukashenka', 'alexander-lukashenko'],
    ['Mokhber', 'Mokhbar', 'mohammad-mokhber'],
    ['Mohammad Mokhber', 'Mohammad Mokhbar', 'mohammad-mokhber'],
    ['Erdogan', 'Erdoğan', 'recep-tayyip-erdogan'],
    ['Recep Tayyip Erdogan', 'Recep Tayyip Erdoğan', 'recep-tayyip-erdogan'],
  ])('resolves %s and %s to the one person %s', (a, b, id) => {
    expect(findPeople(a).map((p) => p.id)).toEqual([id]);
    expect(findPeople(b).map((p) => p.id)).toEqual([id]);
  });

  it('keeps the two Japarovs apart: the family name alone means both, the full names one each', () => {
    for (const family of ['Japarov', 'Zhaparov', 'Dzhaparov']) {
      expect(findPeople(family).map((p) => p.id), family).toEqual(['akylbek-japarov', 'sadyr-japarov']);
    }
    expect(findPeople('Sadyr Zhaparov')[0]?.terms.some((t) => t.office === 'president' && t.of === 'KG')).toBe(true);
    expect(findPeople('Akylbek Zhaparov')[0]?.terms.some((t) => t.office === 'president')).toBe(false);
  });
});

describe('media.json against countries.json', () => {
  it('has every outlet in an existing country', () => {
    expect(loadMedia().filter((m) => !countryIds.has(m.country)).map((m) => m.id)).toEqual([]);
  });
});
