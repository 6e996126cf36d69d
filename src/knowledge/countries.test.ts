import { describe, expect, it } from 'vitest';
import { findCountries, findCountryByCapital, getCountry, loadCountries } from './countries.js';

// The 193 UN member states by ISO alpha-2, listed here so the test can fail if one goes missing.
const UN_MEMBERS = `AF AL DZ AD AO AG AR AM AU AT AZ BS BH BD BB BY BE BZ BJ BT BO BA BW BR BN BG BF BI CV KH CM CA CF TD CL CN CO KM CG CD CR CI HR CU CY CZ DK DJ DM DO EC EG SV GQ ER EE SZ ET FJ FI FR GA GM GE DE GH GR GD GT GN GW GY HT HN HU IS IN ID IR IQ IE IL IT JM JP JO KZ KE KI KP KR KW KG LA LV LB LS LR LY LI LT LU MG MW MY MV ML MT MH MR MU MX FM MD MC MN ME MA MZ MM NA NR NP NL NZ NI NE NG MK NO OM PK PW PA PG PY PE PH PL PT QA RO RU RW KN LC VC WS SM ST SA SN RS SC SL SG SK SI SB SO ZA SS ES LK SD SR SE CH SY TJ TZ TH TL TG TO TT TN TR TM TV UG UA AE GB US UY UZ VU VE VN YE ZM ZW`.split(/\s+/);
const one = (name: string) => findCountries(name).map((c) => c.id);

describe('countries', () => {
  it('has every UN member with ISO codes, and the observer states', () => {
    expect(UN_MEMBERS).toHaveLength(193);
    for (const id of UN_MEMBERS) {
      const c = getCountry(id);
      expect(c, id).toBeDefined();
      expect(c!.unMember, id).toBe(true);
      expect(c!.iso3, id).toMatch(/^[A-Z]{3}$/);
    }
    expect(loadCountries().filter((c) => c.unMember)).toHaveLength(193);
    expect(getCountry('VA')?.kind).toBe('observer-state');
    expect(getCountry('PS')?.kind).toBe('observer-state');
    for (const id of ['TW', 'XK', 'EH', 'HK']) expect(getCountry(id), id).toBeDefined();
  });

  it('has no duplicate ids or alpha-3 codes', () => {
    const list = loadCountries();
    expect(new Set(list.map((c) => c.id)).size).toBe(list.length);
    expect(new Set(list.map((c) => c.iso3)).size).toBe(list.length);
  });

  it('resolves the short demonyms and news names', () => {
    const cases: [string, string][] = [
      ['Kazakh', 'KZ'], ['Kyrgyz', 'KG'], ['Uzbek', 'UZ'], ['Tajik', 'TJ'], ['Emirati', 'AE'], ['Saudi', 'SA'],
      ['Belarusian', 'BY'], ['Belarussian', 'BY'], ['Turkish', 'TR'], ['Türkiye', 'TR'], ['Turkey', 'TR'], ['TURKIYE', 'TR'],
      ['Czech Republic', 'CZ'], ['Swaziland', 'SZ'], ['Burma', 'MM'], ['Ivory Coast', 'CI'], ['Azeri', 'AZ'], ['the Netherlands', 'NL'],
      ['U.S.', 'US'], ['Britain', 'GB'], ['Russian Federation', 'RU'],
    ];
    for (const [name, id] of cases) expect(one(name), name).toEqual([id]);
  });

  it('reports ambiguous adjectives with every country they may mean', () => {
    expect(one('Congolese').sort()).toEqual(['CD', 'CG']);
  });

  it('matches ISO codes only when written in capitals', () => {
    expect(one('IN')).toContain('IN');
    expect(one('in')).toEqual([]);
  });

  it('finds countries by capital and its variants', () => {
    expect(findCountryByCapital('Nur-Sultan')?.id).toBe('KZ');
    expect(findCountryByCapital('Astana')?.id).toBe('KZ');
    expect(findCountryByCapital('Kiev')?.id).toBe('UA');
    expect(findCountryByCapital('Kyiv')?.id).toBe('UA');
  });

  it('gives no alias to two countries, except documented ambiguous adjectives', () => {
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const c of loadCountries()) {
      for (const a of [c.name, ...c.aliases]) {
        const prior = seen.get(a);
        if (prior && prior !== c.id) clashes.push(`${a}: ${prior}/${c.id}`);
        seen.set(a, c.id);
      }
    }
    expect(clashes).toEqual([]);
  });
});
