import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normaliseName } from './normalise.js';
import {
  findPeople,
  getPerson,
  holdersOf,
  indexOfficeHolders,
  loadOfficeHolders,
  officeHoldersFileSchema,
  startsNoLaterThan,
} from './office-holders.js';
import { loadOffices } from './offices.js';

const text = readFileSync(new URL('../../data/office-holders.json', import.meta.url), 'utf8');
const raw = JSON.parse(text) as unknown;
const file = officeHoldersFileSchema.parse(raw);
const allTerms = file.people.flatMap((person) => person.terms.map((term) => ({ person, term })));

/** The ids of the people a name resolves to. */
const ids = (name: string) => findPeople(name).map((p) => p.id);
/** The ids of the holders of an office at a date. */
const holderIds = (office: string, of: string, at: string) => holdersOf(office, of, at).map((h) => h.person.id);

describe('data/office-holders.json', () => {
  it('matches the schema', () => {
    const result = officeHoldersFileSchema.safeParse(raw);
    expect(result.error?.issues ?? []).toEqual([]);
  });

  it('has unique person ids', () => {
    const all = file.people.map((p) => p.id);
    expect(all.filter((id, i) => all.indexOf(id) !== i)).toEqual([]);
  });

  it('names only offices that data/offices.json has', () => {
    const offices = loadOffices().byId;
    expect(allTerms.filter(({ term }) => !offices.has(term.office)).map(({ person }) => person.id)).toEqual([]);
  });

  it('gives every term an upper-case alpha-2 code or an org: id', () => {
    for (const { person, term } of allTerms) expect(term.of, person.id).toMatch(/^(?:[A-Z]{2}|org:[A-Z][A-Z_]*)$/);
  });

  it('uses the organisation ids agreed with organisations.json', () => {
    const agreed = new Set(['UN', 'NATO', 'EU', 'AU', 'ASEAN', 'SCO', 'ARAB_LEAGUE', 'IMF', 'WTO', 'WHO', 'IAEA', 'WORLD_BANK', 'OPEC', 'CSTO', 'GCC', 'OSCE', 'OIC', 'COE', 'COMMONWEALTH', 'BRICS']);
    const orgs = allTerms.map(({ term }) => term.of).filter((of) => of.startsWith('org:')).map((of) => of.slice(4));
    expect(orgs.filter((id) => !agreed.has(id))).toEqual([]);
  });

  it('orders term dates (from <= to)', () => {
    const bad = allTerms.filter(({ term }) => term.to != null && !startsNoLaterThan(term.from, term.to));
    expect(bad.map(({ person, term }) => `${person.id} ${term.from}..${term.to}`)).toEqual([]);
  });

  it('marks every term without an end as last known, not as certainly current', () => {
    const open = allTerms.filter(({ term }) => term.to === undefined);
    expect(open.length).toBeGreaterThan(50);
    for (const { person, term } of open) expect(term.note, person.id).toMatch(/in office as last known/);
  });

  it('never lets one variant spelling stand for the canonical name of someone else', () => {
    const canonical = new Map(file.people.map((p) => [normaliseName(p.name), p.id]));
    for (const person of file.people) {
      for (const variant of person.variants) {
        const owner = canonical.get(normaliseName(variant));
        if (owner !== undefined) expect(owner, `${person.id}: ${variant}`).toBe(person.id);
      }
    }
  });

  it('is sorted by id and pretty-printed deterministically', () => {
    const all = file.people.map((p) => p.id);
    expect(all).toEqual([...all].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(text).toBe(`${JSON.stringify(raw, null, 2)}\n`);
  });

  it('covers the heads of state and government of every SCO, BRICS and CSTO member in mid-2024', () => {
    const members = ['CN', 'RU', 'KZ', 'KG', 'TJ', 'UZ', 'IN', 'PK', 'IR', 'BY', 'BR', 'ZA', 'EG', 'ET', 'AE', 'ID', 'AM'];
    const heads = ['president', 'king', 'supreme-leader', 'emperor'];
    const missing = members.filter((of) => heads.every((office) => holdersOf(office, of, '2024-07-04').length === 0));
    expect(missing).toEqual([]);
    // Presidential systems with no prime minister: Brazil, South Africa, Indonesia, Iran (since 1989).
    const withPm = members.filter((of) => !['BR', 'ZA', 'ID', 'IR'].includes(of));
    expect(withPm.filter((of) => holdersOf('prime-minister', of, '2024-07-04').length === 0)).toEqual([]);
  });
});

describe('findPeople', () => {
  it.each([
    ['Sadyr Zhaparov', 'sadyr-japarov'],
    ['Sadyr Japarov', 'sadyr-japarov'],
    ['Emomali Rakhmon', 'emomali-rahmon'],
    ['Rakhmon', 'emomali-rahmon'],
    ['Rahmon', 'emomali-rahmon'],
    ['Tokayev', 'kassym-jomart-tokayev'],
    ['Toqaev', 'kassym-jomart-tokayev'],
    ['Kassym-Jomart Tokayev', 'kassym-jomart-tokayev'],
    ['Lukashenko', 'alexander-lukashenko'],
    ['Lukashenka', 'alexander-lukashenko'],
    ['Mokhber', 'mohammad-mokhber'],
    ['Mohammad Mokhbar', 'mohammad-mokhber'],
    ['Erdogan', 'recep-tayyip-erdogan'],
    ['Erdoğan', 'recep-tayyip-erdogan'],
    ['Recep Tayyip Erdogan', 'recep-tayyip-erdogan'],
    ['Mirziyoyev', 'shavkat-mirziyoyev'],
    ['Mirziyoev', 'shavkat-mirziyoyev'],
    ['Pezeshkian', 'masoud-pezeshkian'],
    ['Raisi', 'ebrahim-raisi'],
    ['Raeesi', 'ebrahim-raisi'],
    ['Modi', 'narendra-modi'],
    ['Xi Jinping', 'xi-jinping'],
    ['Putin', 'vladimir-putin'],
    ['Shehbaz Sharif', 'shehbaz-sharif'],
    ['Shahbaz Sharif', 'shehbaz-sharif'],
    ['Ilham Aliyev', 'ilham-aliyev'],
    ['Aliyev', 'ilham-aliyev'],
    ['Antonio Guterres', 'antonio-guterres'],
    ['ANTÓNIO GUTERRES', 'antonio-guterres'],
  ])('resolves %s to one person', (name, id) => {
    expect(ids(name)).toEqual([id]);
  });

  it('gives every person a family name may mean', () => {
    expect(ids('Sharif')).toEqual(['nawaz-sharif', 'shehbaz-sharif']);
    // Sadyr and Akylbek Japarov are not related but share the family name and its spellings.
    expect(ids('Zhaparov')).toEqual(['akylbek-japarov', 'sadyr-japarov']);
  });

  it('finds nobody for unknown names', () => {
    expect(ids('John Doe')).toEqual([]);
    expect(ids('')).toEqual([]);
  });

  it('gets a person by id', () => {
    expect(getPerson('kassym-jomart-tokayev')?.name).toBe('Kassym-Jomart Tokayev');
    expect(getPerson('nobody')).toBeUndefined();
  });
});

describe('holdersOf', () => {
  it('gives Tokayev as President of Kazakhstan at the Astana summit', () => {
    expect(holderIds('president', 'KZ', '2024-07-04')).toEqual(['kassym-jomart-tokayev']);
    expect(holderIds('president', 'KZ', '2015-06-01')).toEqual(['nursultan-nazarbayev']);
  });

  it('gives Mokhber as acting President of Iran between Raisi and Pezeshkian', () => {
    const [holding, ...rest] = holdersOf('president', 'IR', '2024-07-04');
    expect(rest).toEqual([]);
    expect(holding?.person.id).toBe('mohammad-mokhber');
    expect(holding?.term.acting).toBe(true);
    expect(holderIds('president', 'IR', '2024-05-01')).toEqual(['ebrahim-raisi']);
    expect(holdersOf('president', 'IR', '2024-05-01')[0]?.term.acting).toBeUndefined();
    expect(holderIds('president', 'IR', '2024-08-15')).toEqual(['masoud-pezeshkian']);
  });

  it('gives both holders on a hand-over day, earlier start first', () => {
    expect(holderIds('president', 'KZ', '2019-03-20')).toEqual(['nursultan-nazarbayev', 'kassym-jomart-tokayev']);
  });

  it('reads partial dates as the whole year or month', () => {
    expect(holderIds('president', 'IR', '2024-06')).toEqual(['mohammad-mokhber']);
    expect(holderIds('president', 'IR', '2024')).toEqual(['ebrahim-raisi', 'mohammad-mokhber', 'masoud-pezeshkian']);
  });

  it('finds the local title when asked for the generic office', () => {
    expect(holderIds('foreign-minister', 'US', '2024-07-04')).toEqual(['antony-blinken']);
    expect(holderIds('secretary-of-state', 'US', '2024-07-04')).toEqual(['antony-blinken']);
    expect(holderIds('prime-minister', 'DE', '2020-01-01')).toEqual(['angela-merkel']);
    expect(holderIds('foreign-minister', 'IN', '2024-07-04')).toEqual(['subrahmanyam-jaishankar']);
  });

  it('gives heads of organisations by org: id, in any case', () => {
    expect(holderIds('secretary-general', 'org:UN', '2024-07-04')).toEqual(['antonio-guterres']);
    expect(holderIds('secretary-general', 'org:un', '2016-01-01')).toEqual(['ban-ki-moon']);
    expect(holderIds('secretary-general', 'org:SCO', '2024-07-04')).toEqual(['zhang-ming']);
  });

  it('accepts a Date and a lower-case country code', () => {
    expect(holderIds('prime-minister', 'pk', '2024-07-04')).toEqual(['shehbaz-sharif']);
    expect(holdersOf('prime-minister', 'PK', new Date('2024-07-04T12:00:00Z')).map((h) => h.person.id)).toEqual(['shehbaz-sharif']);
  });

  it('gives nobody for an office or country it does not know', () => {
    expect(holdersOf('president', 'XX', '2024-07-04')).toEqual([]);
    expect(holdersOf('mayor', 'KZ', '2024-07-04')).toEqual([]);
  });
});

describe('indexOfficeHolders', () => {
  const about = { description: 'd', sources: ['s'], policy: 'p', as_of: '2026' };
  const person = (terms: unknown[]) => officeHoldersFileSchema.parse({ about, people: [{ id: 'a-b', name: 'A B', variants: [], terms }] });

  it('refuses an office that offices.json lacks', () => {
    expect(() => indexOfficeHolders(person([{ office: 'grand-vizier', of: 'KZ', from: '2020' }]))).toThrow(/unknown office "grand-vizier"/);
  });

  it('refuses a term that ends before it starts', () => {
    expect(() => indexOfficeHolders(person([{ office: 'president', of: 'KZ', from: '2020-05', to: '2020-04-30' }]))).toThrow(/ending 2020-04-30/);
  });

  it('accepts a term ending in the same year it starts at another precision', () => {
    expect(() => indexOfficeHolders(person([{ office: 'president', of: 'KZ', from: '2020-05-02', to: '2020' }]))).not.toThrow();
  });

  it('rejects bad codes and dates in the schema', () => {
    const parse = (term: object) => officeHoldersFileSchema.safeParse({ about, people: [{ id: 'a', name: 'A', variants: [], terms: [term] }] }).success;
    expect(parse({ office: 'president', of: 'kz', from: '2020' })).toBe(false);
    expect(parse({ office: 'president', of: 'org:un', from: '2020' })).toBe(false);
    expect(parse({ office: 'president', of: 'KZ', from: '2020-13-01' })).toBe(false);
    expect(parse({ office: 'president', of: 'KZ', from: '2020', to: null })).toBe(true);
  });
});

it('loads once and returns the same index', () => {
  expect(loadOfficeHolders()).toBe(loadOfficeHolders());
});
