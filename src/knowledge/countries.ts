import { z } from 'zod';
import { readDataFile } from './data-file.js';
import { normaliseName } from './normalise.js';

/** One country or territory of `data/countries.json`. */
export const countrySchema = z.strictObject({
  id: z.string().regex(/^[A-Z]{2}$/),
  iso3: z.string().regex(/^[A-Z]{3}$/),
  name: z.string().min(1),
  official: z.string().min(1),
  aliases: z.array(z.string().min(1)),
  adjectives: z.array(z.string().min(1)),
  demonyms: z.array(z.string().min(1)),
  capital: z.string().min(1).nullable(),
  capitalAliases: z.array(z.string().min(1)),
  kind: z.enum(['state', 'observer-state', 'partially-recognised', 'territory']),
  unMember: z.boolean(),
  wikidata: z.string().regex(/^Q\d+$/).optional(),
});
const countriesFileSchema = z.strictObject({
  about: z.object({ description: z.string(), sources: z.array(z.string()), licence: z.string(), policy: z.string(), generated_by: z.string() }),
  countries: z.array(countrySchema),
});

/** A country or territory. */
export type Country = z.infer<typeof countrySchema>;

interface Index {
  readonly list: readonly Country[];
  readonly byName: ReadonlyMap<string, readonly Country[]>;
  readonly byCode: ReadonlyMap<string, Country>;
  readonly byCapital: ReadonlyMap<string, Country>;
}

let cached: Index | undefined;

function index(): Index {
  if (cached) return cached;
  const list = countriesFileSchema.parse(readDataFile('countries.json')).countries;
  const byName = new Map<string, Country[]>();
  const byCode = new Map<string, Country>();
  const byCapital = new Map<string, Country>();
  const add = (key: string, c: Country) => {
    if (!key) return;
    const l = byName.get(key) ?? [];
    if (!l.includes(c)) byName.set(key, [...l, c]);
  };
  for (const c of list) {
    for (const n of [c.name, c.official, ...c.aliases, ...c.adjectives, ...c.demonyms]) add(normaliseName(n).replace(/^the /, ''), c);
    byCode.set(c.id, c);
    byCode.set(c.iso3, c);
    for (const cap of [c.capital ?? '', ...c.capitalAliases]) if (cap) byCapital.set(normaliseName(cap), c);
  }
  cached = { list, byName, byCode, byCapital };
  return cached;
}

/** Every country and territory, validated once and cached. */
export function loadCountries(): readonly Country[] {
  return index().list;
}

/** A country by its ISO alpha-2 or alpha-3 code. */
export function getCountry(code: string): Country | undefined {
  return index().byCode.get(code.toUpperCase());
}

/**
 * Countries a name may mean: common, official and other names, adjectives and demonyms (case,
 * diacritics and punctuation folded), and ISO codes written in capitals ("IN" but not "in").
 * Several results mean the name is ambiguous ("Congolese").
 */
export function findCountries(name: string): readonly Country[] {
  const trimmed = name.trim();
  if (/^[A-Z]{2,3}$/.test(trimmed)) {
    const byCode = index().byCode.get(trimmed);
    const byName = index().byName.get(normaliseName(trimmed)) ?? [];
    return byCode ? [byCode, ...byName.filter((c) => c !== byCode)] : byName;
  }
  return index().byName.get(normaliseName(trimmed).replace(/^the /, '')) ?? [];
}

/** The country whose capital (or a former or variant name of it) this is. */
export function findCountryByCapital(name: string): Country | undefined {
  return index().byCapital.get(normaliseName(name));
}
