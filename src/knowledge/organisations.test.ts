import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import {
  MEMBERSHIP_STATUSES,
  aliasesOf,
  findOrganisations,
  getOrganisation,
  isIsoDate,
  loadOrganisations,
  membersOf,
  parseOrganisations,
  type MemberStatus,
  type Organisation,
} from './organisations.js';

const data = loadOrganisations();
const orgs = data.organisations;
// The package is CommonJS without an exports map; its JSON is the simplest typed-enough view.
const countries = createRequire(import.meta.url)('world-countries/countries.json') as Array<{ cca2: string }>;
const COUNTRY_CODES = new Set([...countries.map((c) => c.cca2), 'XK']);

/** Current members (status member or founding member) at a date, as sorted codes. */
function currentMembers(id: string, at?: string): string[] {
  const opts = at === undefined ? {} : { at };
  return membersOf(id, opts)
    .filter((m) => m.status === 'member' || m.status === 'founding member')
    .map((m) => m.member)
    .sort();
}

function statusOf(id: string, member: string, at: string): MemberStatus | undefined {
  return membersOf(id, { at }).find((m) => m.member === member);
}

const codes = (s: string): string[] => s.split(' ').sort();

describe('organisations data file', () => {
  it('holds at least 65 organisations with unique ids, sorted by id', () => {
    expect(orgs.length).toBeGreaterThanOrEqual(65);
    const ids = orgs.map((o) => o.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual([...ids].sort());
  });

  it('is pretty-printed deterministically (two-space JSON, trailing newline)', () => {
    const text = readFileSync(new URL('../../data/organisations.json', import.meta.url), 'utf8');
    expect(text).toBe(`${JSON.stringify(JSON.parse(text), null, 2)}\n`);
  });

  it('passes the schema, and the schema rejects bad entries', () => {
    const raw = JSON.parse(readFileSync(new URL('../../data/organisations.json', import.meta.url), 'utf8')) as {
      organisations: Array<Record<string, unknown> & { members: Array<Record<string, unknown>> }>;
    };
    expect(() => parseOrganisations(raw)).not.toThrow();
    const broken = structuredClone(raw);
    broken.organisations[0]!.members.push({ member: 'by', status: 'member' });
    expect(() => parseOrganisations(broken)).toThrow(/alpha-2/);
    const badStatus = structuredClone(raw);
    badStatus.organisations[0]!.members.push({ member: 'BY', status: 'associate' });
    expect(() => parseOrganisations(badStatus)).toThrow();
    const badDate = structuredClone(raw);
    badDate.organisations[0]!.members.push({ member: 'BY', status: 'member', since: '2023-02-30' });
    expect(() => parseOrganisations(badDate)).toThrow(/ISO date/);
    const backwards = structuredClone(raw);
    backwards.organisations[0]!.members.push({ member: 'BY', status: 'member', since: '2020', until: '2019' });
    expect(() => parseOrganisations(backwards)).toThrow(/before until/);
    const dangling = structuredClone(raw);
    dangling.organisations[0]!.members.push({ member: 'org:NOPE', status: 'member' });
    expect(() => parseOrganisations(dangling)).toThrow(/unknown organisation org:NOPE/);
  });

  it('lists the statuses of the document-facts vocabulary in its header', () => {
    expect(data.about.statuses).toEqual([...MEMBERSHIP_STATUSES]);
    expect(data.about.sources.length).toBeGreaterThan(0);
  });

  it('uses only valid ISO alpha-2 codes (plus XK) or existing org ids as members and founders', () => {
    const ids = new Set(orgs.map((o) => o.id));
    const bad: string[] = [];
    for (const org of orgs) {
      for (const ref of [...org.founders, ...org.members.map((m) => m.member)]) {
        const ok = ref.startsWith('org:') ? ids.has(ref.slice(4)) && ref.slice(4) !== org.id : COUNTRY_CODES.has(ref);
        if (!ok) bad.push(`${org.id}:${ref}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('has every founder among the members with status founding member', () => {
    const missing: string[] = [];
    for (const org of orgs) {
      for (const f of org.founders) {
        if (!org.members.some((m) => m.member === f && m.status === 'founding member')) missing.push(`${org.id}:${f}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('dates founding members no earlier than their organisation was founded, or notes why', () => {
    const odd: string[] = [];
    for (const org of orgs) {
      for (const m of org.members) {
        if (m.status !== 'founding member' || m.since === undefined || org.founded === undefined) continue;
        // Compare at the coarser precision: "1989-11" founding and "1989-11" membership agree.
        const n = Math.min(m.since.length, org.founded.length);
        if (m.since.slice(0, n) < org.founded.slice(0, n) && org.note === undefined && m.note === undefined) {
          odd.push(`${org.id}:${m.member}`);
        }
      }
    }
    expect(odd).toEqual([]);
  });

  it('keeps no duplicate membership entries and valid dates everywhere', () => {
    const dupes: string[] = [];
    for (const org of orgs) {
      if (org.founded !== undefined) expect(isIsoDate(org.founded)).toBe(true);
      const seen = new Set<string>();
      for (const m of org.members) {
        const key = `${m.member}|${m.status}|${m.since ?? ''}`;
        if (seen.has(key)) dupes.push(`${org.id}:${key}`);
        seen.add(key);
      }
    }
    expect(dupes).toEqual([]);
  });

  it('lists members only where memberList says so', () => {
    for (const org of orgs) {
      if (org.memberList === 'none') expect(org.members, org.id).toEqual([]);
      if (org.memberList === 'complete') expect(org.members.length, org.id).toBeGreaterThan(0);
    }
  });

  it('has no alias that resolves to two organisations unless documented', () => {
    // Looking an alias up goes through both the acronym and the name index, so this also catches
    // an acronym of one organisation that normalises to a name of another.
    const documented = new Map(data.about.sharedAliases.map((s) => [s.alias, [...s.ids].sort()]));
    const wrong: string[] = [];
    for (const org of orgs) {
      for (const alias of aliasesOf(org)) {
        const found = findOrganisations(alias.text).map((o) => o.id);
        const expected = documented.get(alias.text) ?? [org.id];
        if (found.join(',') !== expected.join(',')) wrong.push(`${org.id}:${alias.text} -> ${found.join(',')}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('documents each shared alias with the organisations that really share it', () => {
    for (const s of data.about.sharedAliases) {
      expect(findOrganisations(s.alias).map((o) => o.id)).toEqual([...s.ids].sort());
    }
  });
});

describe('findOrganisations', () => {
  const ids = (name: string): string[] => findOrganisations(name).map((o: Organisation) => o.id);

  it('matches English names in either spelling and with or without "the"', () => {
    expect(ids('Shanghai Cooperation Organisation')).toEqual(['SCO']);
    expect(ids('Shanghai Cooperation Organization')).toEqual(['SCO']);
    expect(ids('shanghai cooperation organization')).toEqual(['SCO']);
    expect(ids('North Atlantic Treaty Organization')).toEqual(['NATO']);
    expect(ids('the Arab League')).toEqual(['ARAB_LEAGUE']);
    expect(ids('Arab League')).toEqual(['ARAB_LEAGUE']);
    expect(ids('League of Arab States')).toEqual(['ARAB_LEAGUE']);
    expect(ids('Visegrad Group')).toEqual(['VISEGRAD']);
    expect(ids('United Nations')).toEqual(['UN']);
  });

  it('matches acronyms case-sensitively, ignoring dots and hyphens', () => {
    expect(ids('SCO')).toEqual(['SCO']);
    expect(ids('U.N.')).toEqual(['UN']);
    expect(ids('UN')).toEqual(['UN']);
    expect(ids('G-20')).toEqual(['G20']);
    expect(ids('WHO')).toEqual(['WHO']);
    expect(ids('who')).toEqual([]);
    expect(ids('Quad')).toEqual(['QUAD']);
    expect(ids('quad')).toEqual([]);
    expect(ids('un')).toEqual([]);
  });

  it('tells OPEC+ from OPEC although normalisation drops the plus', () => {
    expect(ids('OPEC+')).toEqual(['OPEC_PLUS']);
    expect(ids('OPEC')).toEqual(['OPEC']);
    expect(ids('OPEC Plus')).toEqual(['OPEC_PLUS']);
  });

  it('matches foreign names and acronyms', () => {
    expect(ids('OTAN')).toEqual(['NATO']);
    expect(ids('ШОС')).toEqual(['SCO']);
    expect(ids('ОДКБ')).toEqual(['CSTO']);
    expect(ids('СНГ')).toEqual(['CIS']);
    expect(ids('ЕАЭС')).toEqual(['EAEU']);
    expect(ids('ONU')).toEqual(['UN']);
    expect(ids('UE')).toEqual(['EU']);
    expect(ids('Union europeenne')).toEqual(['EU']);
    expect(ids('Шанхайская организация сотрудничества')).toEqual(['SCO']);
  });

  it('knows the house styles that write acronyms as words', () => {
    expect(ids('Nato')).toEqual(['NATO']);
    expect(ids('Opec')).toEqual(['OPEC']);
    expect(ids('Unicef')).toEqual(['UNICEF']);
  });

  it('lists each alias once, acronym-shaped names as case-sensitive', () => {
    const aliases = aliasesOf(getOrganisation('OPEC_PLUS')!);
    expect(aliases.filter((a) => a.text === 'OPEC+')).toEqual([{ text: 'OPEC+', caseSensitive: true }]);
    expect(aliases.find((a) => a.text === 'OPEC Plus')?.caseSensitive).toBe(false);
    expect(aliasesOf(getOrganisation('SCO')!).find((a) => a.text === 'ШОС')?.caseSensitive).toBe(true);
  });

  it('finds nothing for unknown names and the empty string', () => {
    expect(ids('Galactic Federation')).toEqual([]);
    expect(ids('')).toEqual([]);
    expect(ids('   ')).toEqual([]);
  });
});

describe('complete member lists', () => {
  it('SCO: ten members in 2026', () => {
    expect(currentMembers('SCO', '2026-01-01')).toEqual(codes('CN RU KZ KG TJ UZ IN PK IR BY'));
    const founding = membersOf('SCO', { at: '2001-06-15' }).filter((m) => m.status === 'founding member');
    expect(founding.map((m) => m.member).sort()).toEqual(codes('CN RU KZ KG TJ UZ'));
    expect(statusOf('SCO', 'IN', '2017-06-09')?.status).toBe('member');
    expect(statusOf('SCO', 'IN', '2017-06-08')?.status).toBe('observer');
    expect(statusOf('SCO', 'IR', '2023-07-04')?.since).toBe('2023-07-04');
    const partners = membersOf('SCO', { at: '2026-01-01' }).filter((m) => m.status === 'dialogue partner');
    expect(partners.map((m) => m.member)).toEqual(
      expect.arrayContaining(codes('TR SA EG QA AZ AM KH NP LK BH KW AE MM MV')),
    );
    expect(statusOf('SCO', 'MN', '2026-01-01')?.status).toBe('observer');
    expect(statusOf('SCO', 'AF', '2026-01-01')?.status).toBe('observer');
  });

  it('SCO: Belarus becomes a member on 2024-07-04, not the day before', () => {
    expect(statusOf('SCO', 'BY', '2024-07-03')?.status).toBe('observer');
    expect(currentMembers('SCO', '2024-07-03')).not.toContain('BY');
    expect(currentMembers('SCO', '2024-07-04')).toContain('BY');
  });

  it('BRICS: members, the Saudi ambiguity and partner countries', () => {
    expect(currentMembers('BRICS', '2026-01-01')).toEqual(codes('BR RU IN CN ZA EG ET IR AE ID'));
    expect(currentMembers('BRICS', '2023-12-31')).toEqual(codes('BR RU IN CN ZA'));
    expect(currentMembers('BRICS', '2025-01-05')).not.toContain('ID');
    const saudi = statusOf('BRICS', 'SA', '2026-01-01');
    expect(saudi?.status).not.toBe('member');
    expect(saudi?.note).toMatch(/ambigu/);
    const partners = membersOf('BRICS', { at: '2026-01-01' }).filter((m) => m.status === 'partner country');
    expect(partners.map((m) => m.member).sort()).toEqual(codes('BY BO KZ CU MY TH UG UZ NG VN'));
    expect(membersOf('BRICS', { at: '2024-12-31' }).some((m) => m.status === 'partner country')).toBe(false);
  });

  it("NATO: 32 members with accession dates", () => {
    const nato = codes(
      'BE CA DK FR IS IT LU NL NO PT GB US GR TR DE ES CZ HU PL BG EE LV LT RO SK SI AL HR ME MK FI SE',
    );
    expect(nato).toHaveLength(32);
    expect(currentMembers('NATO', '2026-01-01')).toEqual(nato);
    expect(currentMembers('NATO', '2024-03-06')).toHaveLength(31);
    expect(statusOf('NATO', 'FI', '2023-04-04')?.since).toBe('2023-04-04');
    expect(statusOf('NATO', 'SE', '2024-03-07')?.since).toBe('2024-03-07');
    const undated = membersOf('NATO', { at: '2026-01-01' }).filter(
      (m) => (m.status === 'member' || m.status === 'founding member') && m.since === undefined,
    );
    expect(undated).toEqual([]);
  });

  it('ASEAN: ten members, then Timor-Leste as the eleventh; Papua New Guinea observes', () => {
    const ten = codes('ID MY PH SG TH BN VN LA MM KH');
    expect(currentMembers('ASEAN', '2025-10-25')).toEqual(ten);
    expect(currentMembers('ASEAN', '2026-01-01')).toEqual([...ten, 'TL'].sort());
    expect(statusOf('ASEAN', 'TL', '2023-01-01')?.status).toBe('observer');
    expect(statusOf('ASEAN', 'PG', '2026-01-01')?.status).toBe('observer');
  });

  it('G20: 19 countries, the EU, and the African Union from 2023-09-09', () => {
    const g20 = [...codes('AR AU BR CA CN FR DE IN ID IT JP MX RU SA ZA KR TR GB US'), 'org:AU', 'org:EU'].sort();
    expect(currentMembers('G20', '2026-01-01')).toEqual(g20);
    expect(currentMembers('G20', '2023-09-08')).not.toContain('org:AU');
  });

  it('other complete lists have the expected sizes in 2026', () => {
    const sizes: Record<string, number> = {
      UN: 193, EU: 27, AU: 55, OECD: 38, COE: 46, OSCE: 57, OIC: 57, COMMONWEALTH: 56, GCC: 6, CSTO: 6,
      EAEU: 5, OPEC: 12, G7: 8, CELAC: 33, ECOWAS: 12, SADC: 16, EAC: 8, EFTA: 4, ARAB_LEAGUE: 22, APEC: 21,
    };
    // Suspended members are still members; observers, partners and candidates are not.
    const belonging = new Set(['founding member', 'member', 'suspended']);
    const actual = Object.fromEntries(
      Object.keys(sizes).map((id) => [id, membersOf(id, { at: '2026-01-01' }).filter((m) => belonging.has(m.status)).length]),
    );
    expect(actual).toEqual(sizes);
  });
});

describe('membersOf', () => {
  it('reports history: suspension, readmission, leaving', () => {
    expect(statusOf('ARAB_LEAGUE', 'SY', '2015-01-01')?.status).toBe('suspended');
    expect(statusOf('ARAB_LEAGUE', 'SY', '2023-05-07')?.status).toBe('member');
    expect(statusOf('EU', 'GB', '2020-01-31')?.status).toBe('member');
    expect(statusOf('EU', 'GB', '2020-02-01')).toEqual({ member: 'GB', status: 'former member', since: '2020-02-01' });
    expect(statusOf('COE', 'RU', '2022-03-16')?.status).toBe('former member');
  });

  it('treats partial dates as the start of their period', () => {
    expect(statusOf('BRICS', 'ZA', '2010-11-30')).toBeUndefined();
    expect(statusOf('BRICS', 'ZA', '2010-12-01')?.status).toBe('member');
    expect(statusOf('EU', 'DE', '2000')?.status).toBe('founding member');
  });

  it('omits members whose first status begins after the date', () => {
    expect(statusOf('NATO', 'FI', '2023-04-03')).toBeUndefined();
  });

  it('defaults to the data date, not the clock', () => {
    expect(membersOf('SCO')).toEqual(membersOf('SCO', { at: data.about.asOf }));
  });

  it('returns copies that cannot change the data', () => {
    const first = membersOf('GCC')[0] as { status: string };
    first.status = 'observer';
    expect(membersOf('GCC')[0]?.status).toBe('founding member');
  });

  it('rejects unknown ids and malformed dates', () => {
    expect(() => membersOf('NOPE')).toThrow(RangeError);
    expect(() => membersOf('SCO', { at: '4 July 2024' })).toThrow(RangeError);
    expect(() => membersOf('SCO', { at: '2024-13-01' })).toThrow(RangeError);
  });
});

describe('getOrganisation', () => {
  it('finds by id and knows parents', () => {
    expect(getOrganisation('WHO')?.parent).toBe('UN');
    expect(getOrganisation('SCO')?.founded).toBe('2001-06-15');
    expect(getOrganisation('nope')).toBeUndefined();
  });
});
