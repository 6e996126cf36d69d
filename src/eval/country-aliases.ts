/**
 * Country identity for the scorer: "Turkey", "Türkiye", "TR" and "TUR" are the same country.
 * The country knowledge (`src/knowledge/countries.ts`) is the reference; this small table adds
 * the informal names it may lack ("America", "Korea") and keeps the scorer meaningful should
 * the knowledge change.
 */
import { findCountries } from '../knowledge/countries.js';
import { normaliseName } from '../knowledge/normalise.js';
import { nameKey } from './match-names.js';

/**
 * ISO 3166-1 alpha-2 code → alpha-3 code and the names news uses. Names equal after
 * {@link nameKey} need no entry; the alpha-2 and alpha-3 codes count as aliases.
 */
const TABLE: Record<string, readonly [alpha3: string, ...names: string[]]> = {
  AE: ['ARE', 'United Arab Emirates', 'UAE', 'Emirates'],
  AG: ['ATG', 'Antigua and Barbuda'],
  AO: ['AGO', 'Angola'],
  AR: ['ARG', 'Argentina'],
  AU: ['AUS', 'Australia'],
  AZ: ['AZE', 'Azerbaijan'],
  BD: ['BGD', 'Bangladesh'],
  BN: ['BRN', 'Brunei', 'Brunei Darussalam'],
  BO: ['BOL', 'Bolivia', 'Plurinational State of Bolivia'],
  BR: ['BRA', 'Brazil', 'Brasil'],
  BY: ['BLR', 'Belarus', 'Byelorussia'],
  CA: ['CAN', 'Canada'],
  CD: ['COD', 'Democratic Republic of the Congo', 'DR Congo', 'DRC', 'Congo-Kinshasa'],
  CG: ['COG', 'Republic of the Congo', 'Congo-Brazzaville'],
  CI: ['CIV', "Côte d'Ivoire", 'Ivory Coast'],
  CN: ['CHN', 'China', "People's Republic of China", 'PRC', 'Mainland China'],
  CV: ['CPV', 'Cape Verde', 'Cabo Verde'],
  CZ: ['CZE', 'Czechia', 'Czech Republic'],
  DE: ['DEU', 'Germany', 'Federal Republic of Germany'],
  DZ: ['DZA', 'Algeria'],
  EG: ['EGY', 'Egypt', 'Arab Republic of Egypt'],
  ET: ['ETH', 'Ethiopia'],
  FI: ['FIN', 'Finland'],
  FR: ['FRA', 'France', 'French Republic'],
  GA: ['GAB', 'Gabon'],
  GB: ['GBR', 'United Kingdom', 'UK', 'U.K.', 'Britain', 'Great Britain', 'United Kingdom of Great Britain and Northern Ireland'],
  GH: ['GHA', 'Ghana'],
  HU: ['HUN', 'Hungary'],
  ID: ['IDN', 'Indonesia'],
  IN: ['IND', 'India', 'Bharat'],
  IQ: ['IRQ', 'Iraq'],
  IR: ['IRN', 'Iran', 'Islamic Republic of Iran', 'Persia'],
  JO: ['JOR', 'Jordan', 'Hashemite Kingdom of Jordan'],
  JP: ['JPN', 'Japan'],
  KG: ['KGZ', 'Kyrgyzstan', 'Kyrgyz Republic', 'Kirghizia'],
  KH: ['KHM', 'Cambodia', 'Kampuchea'],
  KM: ['COM', 'Comoros', 'Union of the Comoros'],
  KP: ['PRK', 'North Korea', "Democratic People's Republic of Korea", 'DPRK'],
  KR: ['KOR', 'South Korea', 'Republic of Korea', 'Korea'],
  KW: ['KWT', 'Kuwait'],
  KZ: ['KAZ', 'Kazakhstan'],
  LA: ['LAO', 'Laos', "Lao People's Democratic Republic", 'Lao PDR'],
  LB: ['LBN', 'Lebanon'],
  LT: ['LTU', 'Lithuania'],
  MD: ['MDA', 'Moldova', 'Republic of Moldova'],
  MK: ['MKD', 'North Macedonia', 'Macedonia'],
  MM: ['MMR', 'Myanmar', 'Burma'],
  MY: ['MYS', 'Malaysia'],
  NL: ['NLD', 'Netherlands', 'the Netherlands', 'Holland'],
  NZ: ['NZL', 'New Zealand', 'Aotearoa'],
  PH: ['PHL', 'Philippines', 'the Philippines'],
  PK: ['PAK', 'Pakistan'],
  PS: ['PSE', 'Palestine', 'State of Palestine', 'Palestinian territories'],
  RU: ['RUS', 'Russia', 'Russian Federation'],
  SA: ['SAU', 'Saudi Arabia', 'Kingdom of Saudi Arabia', 'KSA'],
  SE: ['SWE', 'Sweden'],
  SG: ['SGP', 'Singapore'],
  SY: ['SYR', 'Syria', 'Syrian Arab Republic'],
  SZ: ['SWZ', 'Eswatini', 'Swaziland'],
  TG: ['TGO', 'Togo'],
  TH: ['THA', 'Thailand'],
  TJ: ['TJK', 'Tajikistan'],
  TL: ['TLS', 'Timor-Leste', 'East Timor'],
  TM: ['TKM', 'Turkmenistan'],
  TN: ['TUN', 'Tunisia'],
  TR: ['TUR', 'Turkey', 'Türkiye', 'Republic of Türkiye'],
  TW: ['TWN', 'Taiwan', 'Republic of China'],
  TZ: ['TZA', 'Tanzania', 'United Republic of Tanzania'],
  UA: ['UKR', 'Ukraine'],
  US: ['USA', 'United States', 'US', 'U.S.', 'U.S.A.', 'United States of America', 'America'],
  UZ: ['UZB', 'Uzbekistan'],
  VA: ['VAT', 'Vatican', 'Holy See', 'Vatican City'],
  VE: ['VEN', 'Venezuela', 'Bolivarian Republic of Venezuela'],
  VN: ['VNM', 'Vietnam', 'Viet Nam'],
  YE: ['YEM', 'Yemen'],
  ZA: ['ZAF', 'South Africa', 'Republic of South Africa'],
};

let index: Map<string, string> | undefined;

function fallbackIndex(): Map<string, string> {
  if (index) return index;
  index = new Map();
  for (const [alpha2, [alpha3, ...names]] of Object.entries(TABLE)) {
    for (const form of [alpha2, alpha3, ...names]) index.set(nameKey(form), alpha2);
  }
  return index;
}

/**
 * The ISO 3166-1 alpha-2 code the fallback table knows for a country name or code, else
 * undefined. Exported for tests and for the scorer's fallback path.
 */
export function fallbackCountryCode(name: string): string | undefined {
  return fallbackIndex().get(nameKey(name));
}

/**
 * Every ISO 3166-1 code a country name (or code) is known by; empty when it names no known
 * country. Two names are the same country when their sets meet.
 */
export function countryCodes(name: string): Set<string> {
  const codes = new Set<string>();
  // Names and codes only: the knowledge also indexes adjectives and demonyms ("Turkish"), which
  // are not names of the country and must not earn credit as one.
  const key = normaliseName(name).replace(/^the /, '');
  for (const country of findCountries(name)) {
    const names = [country.id, country.iso3, country.name, country.official, ...country.aliases];
    if (names.some((n) => normaliseName(n).replace(/^the /, '') === key)) codes.add(country.id);
  }
  const code = fallbackCountryCode(name);
  if (code !== undefined) codes.add(code);
  return codes;
}
