import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ambiguousCountryNames, countryMaps, findCountries, findCountryByCapital, getCountry, loadCountries } from './countries.js';
import { normaliseName } from './normalise.js';

// The 193 UN member states by ISO alpha-2, listed here so the test fails if one goes missing.
const UN_MEMBERS = `AF AL DZ AD AO AG AR AM AU AT AZ BS BH BD BB BY BE BZ BJ BT BO BA BW BR BN BG BF BI CV KH CM CA CF TD
  CL CN CO KM CG CD CR CI HR CU CY CZ DK DJ DM DO EC EG SV GQ ER EE SZ ET FJ FI FR GA GM GE DE GH GR GD GT GN GW GY HT HN HU
  IS IN ID IR IQ IE IL IT JM JP JO KZ KE KI KP KR KW KG LA LV LB LS LR LY LI LT LU MG MW MY MV ML MT MH MR MU MX FM MD MC MN
  ME MA MZ MM NA NR NP NL NZ NI NE NG MK NO OM PK PW PA PG PY PE PH PL PT QA RO RU RW KN LC VC WS SM ST SA SN RS SC SL SG SK
  SI SB SO ZA SS ES LK SD SR SE CH SY TJ TZ TH TL TG TO TT TN TR TM TV UG UA AE GB US UY UZ VU VE VN YE ZM ZW`
  .trim()
  .split(/\s+/);
const ids = (name: string) => findCountries(name).map((c) => c.id);

describe('country data', () => {
  it('has every UN member with ISO codes, and no other UN member', () => {
    expect(UN_MEMBERS).toHaveLength(193);
    expect(new Set(UN_MEMBERS).size).toBe(193);
    for (const id of UN_MEMBERS) {
      const c = getCountry(id);
      expect(c, id).toBeDefined();
      expect(c?.kind, id).toBe('state');
      expect(c?.unMember, id).toBe(true);
      expect(c?.iso3, id).toMatch(/^[A-Z]{3}$/);
    }
    const members = loadCountries().filter((c) => c.unMember);
    expect(members.map((c) => c.id).sort()).toEqual([...UN_MEMBERS].sort());
  });

  it('has the observer states, the partially recognised states and the territories news names', () => {
    for (const id of ['VA', 'PS']) expect([getCountry(id)?.kind, getCountry(id)?.unMember], id).toEqual(['observer-state', false]);
    for (const id of ['TW', 'XK', 'EH']) expect(getCountry(id)?.kind, id).toBe('partially-recognised');
    for (const id of ['HK', 'MO', 'GL', 'PR', 'GI', 'FO', 'NC', 'PF', 'BM', 'GU']) expect(getCountry(id)?.kind, id).toBe('territory');
    expect(getCountry('XK')?.iso3).toBe('XKX');
    expect(getCountry('XKX')?.id).toBe('XK');
    // Northern Cyprus has no ISO code and is left out; the kinds add up.
    expect(findCountries('Northern Cyprus')).toEqual([]);
    expect(loadCountries().filter((c) => c.kind === 'state')).toHaveLength(193);
  });

  it('has unique ids, alpha-3 codes and Wikidata ids, sorted by id', () => {
    const list = loadCountries();
    expect(new Set(list.map((c) => c.id)).size).toBe(list.length);
    expect(new Set(list.map((c) => c.iso3)).size).toBe(list.length);
    const qids = list.flatMap((c) => (c.wikidata ? [c.wikidata] : []));
    expect(new Set(qids).size).toBe(qids.length);
    expect(list.map((c) => c.id)).toEqual(list.map((c) => c.id).sort());
  });

  it('carries the Wikidata ids we are sure of and none for the Holy See/Vatican split', () => {
    const cases: [string, string][] = [['RU', 'Q159'], ['CN', 'Q148'], ['KZ', 'Q232'], ['US', 'Q30'], ['IN', 'Q668'], ['TR', 'Q43'], ['GB', 'Q145']];
    for (const [id, q] of cases) expect(getCountry(id)?.wikidata, id).toBe(q);
    expect(getCountry('VA')?.wikidata).toBeUndefined();
  });

  it('uses the names English news uses, with the other forms as aliases', () => {
    const cases: [string, string][] = [['RU', 'Russia'], ['CN', 'China'], ['IR', 'Iran'], ['KR', 'South Korea'], ['TR', 'Turkey'], ['CZ', 'Czechia'], ['SZ', 'Eswatini'], ['MM', 'Myanmar'], ['CI', "Côte d'Ivoire"]];
    for (const [id, name] of cases) expect(getCountry(id)?.name, id).toBe(name);
    expect(getCountry('TR')?.aliases).toContain('Türkiye');
  });

  it('is what the build script writes from world-countries and the overrides', () => {
    const script = fileURLToPath(new URL('../../scripts/build-countries.mjs', import.meta.url));
    expect(execFileSync(process.execPath, [script, '--check'], { encoding: 'utf8' })).toMatch(/up to date/);
  });
});

describe('findCountries', () => {
  it('resolves short demonyms, adjectives, former names and news short forms', () => {
    const cases: [string, string][] = [
      ['Kazakh', 'KZ'], ['Kazakhstani', 'KZ'], ['Kyrgyz', 'KG'], ['Kyrgyzstani', 'KG'], ['Uzbek', 'UZ'], ['Uzbekistani', 'UZ'],
      ['Tajik', 'TJ'], ['Tajikistani', 'TJ'], ['Turkmen', 'TM'], ['Emirati', 'AE'], ['Saudi', 'SA'], ['Belarusian', 'BY'],
      ['Belarussian', 'BY'], ['Azerbaijani', 'AZ'], ['Azeri', 'AZ'], ['Filipino', 'PH'], ['Philippine', 'PH'], ['Dutch', 'NL'],
      ['British', 'GB'], ['American', 'US'], ['Turkish', 'TR'], ['Russian', 'RU'], ['Chinese', 'CN'], ['Indian', 'IN'],
      ['Pakistani', 'PK'], ['Iranian', 'IR'], ['Afghan', 'AF'], ['Bangladeshi', 'BD'], ['Swiss', 'CH'], ['Thai', 'TH'],
      ['Lao', 'LA'], ['Malagasy', 'MG'], ['Sudanese', 'SD'], ['South Sudanese', 'SS'], ['Ivorian', 'CI'],
      ['Turkey', 'TR'], ['Türkiye', 'TR'], ['TURKIYE', 'TR'], ['Turkiye', 'TR'], ['Czech Republic', 'CZ'], ['Swaziland', 'SZ'],
      ['Burma', 'MM'], ['Ivory Coast', 'CI'], ['Cote d’Ivoire', 'CI'], ['the Netherlands', 'NL'], ['Holland', 'NL'],
      ['the US', 'US'], ['U.S.', 'US'], ['USA', 'US'], ['America', 'US'], ['UK', 'GB'], ['U.K.', 'GB'], ['Britain', 'GB'],
      ['Great Britain', 'GB'], ['DRC', 'CD'], ['DR Congo', 'CD'], ['Congo-Kinshasa', 'CD'], ['Zaire', 'CD'],
      ['Russian Federation', 'RU'], ['PRC', 'CN'], ['Holy See', 'VA'], ['Vatican', 'VA'], ['Chinese Taipei', 'TW'],
      ['Kosovar', 'XK'], ['Macedonia', 'MK'], ['East Timor', 'TL'], ['Cabo Verde', 'CV'], ['The Gambia', 'GM'],
    ];
    for (const [name, id] of cases) expect(ids(name), name).toEqual([id]);
  });

  it('returns every country an ambiguous name may mean', () => {
    expect(ids('Congolese').sort()).toEqual(['CD', 'CG']);
    expect(ids('Congo').sort()).toEqual(['CD', 'CG']);
    expect(ids('Korean').sort()).toEqual(['KP', 'KR']);
    expect(ids('Korea').sort()).toEqual(['KP', 'KR']);
    expect(ids('North Korean')).toEqual(['KP']);
  });

  it('matches ISO codes and abbreviations only when written in capitals', () => {
    expect(ids('IN')).toEqual(['IN']);
    expect(ids('in')).toEqual([]);
    expect(ids('US')).toEqual(['US']);
    expect(ids('us')).toEqual([]);
    expect(ids('TUR')).toEqual(['TR']);
    expect(ids('tur')).toEqual([]);
    // A name in a headline is still a name.
    expect(ids('CHINA')).toEqual(['CN']);
  });

  it('does not take capitals, regions or words for countries', () => {
    for (const name of ['Mainland China', 'Astana', 'Kyiv', 'Island', 'Nippon', 'Timor', 'Soviet Union', 'England', '']) {
      expect(ids(name), name).toEqual([]);
    }
  });

  it('gives no name to two countries except the documented ambiguous ones', () => {
    const documented = new Map(ambiguousCountryNames().map((a) => [normaliseName(a.name), [...a.countries].sort()]));
    const shared = new Map<string, string[]>();
    for (const [key, list] of [...countryMaps().byName, ...countryMaps().byAbbreviation]) {
      if (list.length > 1) shared.set(normaliseName(key), list.map((c) => c.id).sort());
    }
    expect(shared).toEqual(documented);
  });
});

describe('findCountryByCapital', () => {
  it('finds countries by capital and its other and former names', () => {
    const cases: [string, string][] = [
      ['Astana', 'KZ'], ['Nur-Sultan', 'KZ'], ['Akmola', 'KZ'], ['Kyiv', 'UA'], ['Kiev', 'UA'], ['Beijing', 'CN'], ['Peking', 'CN'],
      ['Naypyidaw', 'MM'], ['New Delhi', 'IN'], ['Washington', 'US'], ['Brasilia', 'BR'], ['Chisinau', 'MD'], ['La Paz', 'BO'],
    ];
    for (const [name, id] of cases) expect(findCountryByCapital(name)?.id, name).toBe(id);
  });

  it('does not take the largest city or a nearby one for the capital', () => {
    for (const name of ['Yangon', 'Rangoon', 'Delhi', 'Almaty', 'Istanbul', 'Russia']) expect(findCountryByCapital(name), name).toBeUndefined();
  });
});
