import { z } from 'zod';
import { readDataFile } from './data-file.js';
import { normaliseName } from './normalise.js';

const countryCode = z.string().regex(/^[A-Z]{2}$/);

/** One country or territory of `data/countries.json` (see its `about.policy` for what belongs). */
export const countrySchema = z.strictObject({
  /** ISO 3166-1 alpha-2, upper case; Kosovo has the user-assigned XK. */
  id: countryCode,
  /** ISO 3166-1 alpha-3; Kosovo has the user-assigned XKX. */
  iso3: z.string().regex(/^[A-Z]{3}$/),
  /** The short name English news uses ("Turkey", "Czechia", "Côte d'Ivoire"). */
  name: z.string().min(1),
  official: z.string().min(1),
  /** Other current and former names and short forms ("Türkiye", "Burma", "UK", "U.S."). */
  aliases: z.array(z.string().min(1)),
  adjectives: z.array(z.string().min(1)),
  demonyms: z.array(z.string().min(1)),
  /** Null for city territories (Hong Kong, Macau). */
  capital: z.string().min(1).nullable(),
  /** Other and former names of the capital, and other capitals or seats of government. */
  capitalAliases: z.array(z.string().min(1)),
  kind: z.enum(['state', 'observer-state', 'partially-recognised', 'territory']),
  unMember: z.boolean(),
  /** Wikidata item, present only when certain. */
  wikidata: z.string().regex(/^Q\d+$/).optional(),
});

/** A name documented as meaning more than one country ("Congolese"). */
export const ambiguousCountryNameSchema = z.strictObject({
  name: z.string().min(1),
  countries: z.array(countryCode).min(2),
  note: z.string().min(1),
});

const countriesFileSchema = z.strictObject({
  about: z.strictObject({ description: z.string(), sources: z.array(z.string()).min(1), licence: z.string(), policy: z.string(), generated_by: z.string() }),
  ambiguous: z.array(ambiguousCountryNameSchema),
  countries: z.array(countrySchema),
});

/** A country or territory. */
export type Country = z.infer<typeof countrySchema>;
/** A name that means several countries, with why. */
export type AmbiguousCountryName = z.infer<typeof ambiguousCountryNameSchema>;

/** The lookup maps over the country data, built once. Keys are described on each field. */
export interface CountryMaps {
  /** `normaliseName` of name, official name, aliases, adjectives and demonyms, leading "the" removed; abbreviations excluded. */
  readonly byName: ReadonlyMap<string, readonly Country[]>;
  /** All-capital abbreviations with their dots removed ("US" for "US" and "U.S."), case-sensitive. */
  readonly byAbbreviation: ReadonlyMap<string, readonly Country[]>;
  /** ISO alpha-2 and alpha-3 codes, upper case. */
  readonly byCode: ReadonlyMap<string, Country>;
  /** `normaliseName` of the capital and its aliases. */
  readonly byCapital: ReadonlyMap<string, Country>;
}

/**
 * Aliases written in capitals ("US", "U.S.", "UK", "DRC") are ordinary words when lower case
 * ("us"), so they only match input written in capitals.
 */
export const ABBREVIATION = /^[A-Z.]{2,8}$/;

interface Index extends CountryMaps {
  readonly list: readonly Country[];
  readonly ambiguous: readonly AmbiguousCountryName[];
}

let cached: Index | undefined;

const nameKey = (name: string) => normaliseName(name).replace(/^the /, '');
const abbreviationKey = (name: string) => name.replace(/\./g, '');

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}

function index(): Index {
  if (cached) return cached;
  const file = countriesFileSchema.parse(readDataFile('countries.json'));
  const byName = new Map<string, Country[]>();
  const byAbbreviation = new Map<string, Country[]>();
  const byCode = new Map<string, Country>();
  const byCapital = new Map<string, Country>();
  for (const c of file.countries) {
    for (const n of [c.name, c.official, ...c.aliases, ...c.adjectives, ...c.demonyms]) {
      if (ABBREVIATION.test(n)) push(byAbbreviation, abbreviationKey(n), c);
      else if (nameKey(n)) push(byName, nameKey(n), c);
    }
    byCode.set(c.id, c);
    byCode.set(c.iso3, c);
    // The build guarantees one country per capital name, so a plain map is enough.
    for (const cap of [c.capital, ...c.capitalAliases]) if (cap) byCapital.set(normaliseName(cap), c);
  }
  cached = { list: file.countries, ambiguous: file.ambiguous, byName, byAbbreviation, byCode, byCapital };
  return cached;
}

/** Every country and territory, sorted by id, validated once and cached. */
export function loadCountries(): readonly Country[] {
  return index().list;
}

/** The lookup maps, for callers that build their own matchers (the gazetteer). */
export function countryMaps(): CountryMaps {
  return index();
}

/** Names documented as meaning more than one country; `findCountries` returns all of them. */
export function ambiguousCountryNames(): readonly AmbiguousCountryName[] {
  return index().ambiguous;
}

/** A country by its ISO alpha-2 or alpha-3 code, in any case (the caller asked for a code). */
export function getCountry(code: string): Country | undefined {
  return index().byCode.get(code.toUpperCase());
}

/**
 * Countries a name may mean, in O(1): common, official and other names, adjectives and demonyms
 * with case, diacritics, punctuation and a leading "the" folded ("TÜRKIYE", "the Netherlands").
 * ISO codes and abbreviations match only when written in capitals ("IN" and "US", not "in" and
 * "us"). Capitals are places, not countries: see `findCountryByCapital`. Several results mean the
 * name is ambiguous ("Congolese"); none means it names no known country.
 * @example findCountries('Kazakh') // [Kazakhstan]
 */
export function findCountries(name: string): readonly Country[] {
  const { byName, byAbbreviation, byCode } = index();
  const text = name.trim().replace(/^the\s+/i, '');
  const compact = abbreviationKey(text);
  if (!/^[A-Z]{2,8}$/.test(compact)) return byName.get(nameKey(text)) ?? [];
  // Written in capitals: a code, an abbreviation, or a name in a headline ("CHINA").
  const code = compact.length <= 3 ? byCode.get(compact) : undefined;
  const found = [...(code ? [code] : []), ...(byAbbreviation.get(compact) ?? []), ...(byName.get(nameKey(text)) ?? [])];
  return [...new Set(found)];
}

/** The country whose capital this is, by the capital's name or a variant ("Kiev", "Nur-Sultan"). */
export function findCountryByCapital(name: string): Country | undefined {
  return index().byCapital.get(normaliseName(name));
}

/** The capital city of a country id, as news names it; null for none or an unknown id. */
export function capitalCity(id: string): string | null {
  return index().byCode.get(id)?.capital ?? null;
}
