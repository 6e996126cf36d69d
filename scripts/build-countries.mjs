#!/usr/bin/env node
// Build data/countries.json from world-countries (ODbL 1.0) and data/countries-overrides.json.
//   node scripts/build-countries.mjs          write data/countries.json
//   node scripts/build-countries.mjs --check  exit 1 if data/countries.json is not what the build writes
// The runtime reads only the generated file; world-countries is a dev dependency of this script.
// The build refuses to write a file in which one name means two countries unless the overrides
// document that ambiguity, in which two countries share a capital, or in which an override does
// nothing (a typo or a fix world-countries has since made), so mistakes fail here, not in a test.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const world = require('world-countries');
const version = JSON.parse(readFileSync(require.resolve('world-countries/package.json'), 'utf8')).version;
const root = new URL('../', import.meta.url);
const outUrl = new URL('data/countries.json', root);
const overrides = JSON.parse(readFileSync(new URL('data/countries-overrides.json', root), 'utf8'));

const errors = [];
const uniq = (xs) => [...new Set(xs.filter(Boolean))];
// Same folding as src/knowledge/normalise.ts (kept in step by the --check test of the output).
const fold = (s) =>
  s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
    .replace(/[øđłßæœıðþ]/g, (c) => ({ ø: 'o', đ: 'd', ł: 'l', ß: 'ss', æ: 'ae', œ: 'oe', ı: 'i', ð: 'd', þ: 'th' })[c] ?? c)
    .replace(/['’‘`´.]/g, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
// The lookup key of a name: folded, without a leading article ("the Netherlands" = "Netherlands").
const nameKey = (s) => fold(s).replace(/^the /, '');
// Abbreviations ("US", "U.S.") are matched case-sensitively downstream, so both spellings stay.
const ABBREVIATION = /^[A-Z.]{2,8}$/;
const dedupeNames = (xs, taken = []) => {
  const seen = new Set(taken.map(fold));
  return xs.filter((x) => {
    const k = ABBREVIATION.test(x) ? x : fold(x);
    if (!x || seen.has(k)) return false;
    seen.add(k);
    return true;
  });
};
// world-countries' alternative spellings mix English, native and transliterated names. English
// news writes the Latin-alphabet ones without diacritics at most; the rest is noise for us.
const usableAltSpelling = (a, c) => a !== c.cca2 && a !== c.cca3 && a.length > 3 && /^[A-Za-z][A-Za-z .'’-]*$/.test(a);
// "Antiguan, Barbudan" and "Kittitian or Nevisian" are two demonyms each.
const splitDemonyms = (d) => (d ? d.split(/\s*,\s*|\s+or\s+/) : []);

/** Remove `drop` from `list`, and record drops that matched nothing as errors. */
function without(list, drop, what, id) {
  for (const d of drop ?? []) if (!list.includes(d)) errors.push(`${id}: ${what} "${d}" is not in world-countries' data`);
  return list.filter((x) => !(drop ?? []).includes(x));
}

const byCode = new Map(world.map((c) => [c.cca2, c]));
for (const id of [...Object.keys(overrides.countries), ...overrides.territories]) {
  if (!byCode.has(id)) errors.push(`${id}: not in world-countries`);
}
const included = world.filter((c) => c.unMember || overrides.countries[c.cca2]?.kind || overrides.territories.includes(c.cca2));

const countries = included
  .map((c) => {
    const o = overrides.countries[c.cca2] ?? {};
    const name = o.name ?? c.name.common;
    const official = o.official ?? c.name.official;
    const wcDemonyms = uniq([c.demonyms?.eng?.m, c.demonyms?.eng?.f].flatMap(splitDemonyms));
    const keptDemonyms = without(wcDemonyms, o.dropDemonyms, 'demonym', c.cca2);
    const alts = without(c.altSpellings.filter((a) => usableAltSpelling(a, c)), o.dropAliases, 'alias', c.cca2);
    const wcCapitals = c.capital ?? [];
    const capital = o.capital !== undefined ? o.capital : (wcCapitals[0] ?? null);
    const record = {
      id: c.cca2,
      iso3: o.iso3 ?? c.cca3,
      name,
      official,
      aliases: dedupeNames([c.name.common, ...(o.aliases ?? []), ...alts], [name, official]),
      // Adjectives default to world-countries' demonyms, which are mostly adjectival ("Swiss").
      adjectives: dedupeNames(o.adjectives ?? keptDemonyms),
      demonyms: dedupeNames([...keptDemonyms, ...(o.demonyms ?? [])]),
      capital,
      capitalAliases: dedupeNames([...without(wcCapitals.slice(1), o.dropCapitals, 'capital', c.cca2), ...(o.capitalAliases ?? [])], capital ? [capital] : []),
      kind: o.kind ?? (c.unMember ? 'state' : 'territory'),
      unMember: o.unMember ?? c.unMember,
    };
    if (o.wikidata) record.wikidata = o.wikidata;
    return record;
  })
  .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

// Documented ambiguous names are added to every country they may mean.
const byId = new Map(countries.map((c) => [c.id, c]));
for (const a of overrides.ambiguous) {
  for (const id of a.countries) {
    const c = byId.get(id);
    if (!c) errors.push(`ambiguous "${a.name}": ${id} is not in the output`);
    else c[a.field] = dedupeNames([...c[a.field], a.name]);
  }
}

// Checks: the 193 UN members, one country per name unless documented, one country per capital.
const unMembers = countries.filter((c) => c.unMember).length;
if (unMembers !== 193) errors.push(`${unMembers} UN members, expected 193`);
const owners = (pairs) => {
  const m = new Map();
  for (const [key, id] of pairs) if (key) m.set(key, uniq([...(m.get(key) ?? []), id]));
  return [...m].filter(([, ids]) => ids.length > 1);
};
const documented = new Map(overrides.ambiguous.map((a) => [nameKey(a.name), [...a.countries].sort().join(',')]));
const nameClashes = owners(countries.flatMap((c) => [c.name, c.official, ...c.aliases, ...c.adjectives, ...c.demonyms].map((n) => [nameKey(n), c.id])));
for (const [key, ids] of nameClashes) {
  if (documented.get(key) !== [...ids].sort().join(',')) errors.push(`"${key}" means ${ids.join(' and ')}; document it in "ambiguous" or drop it`);
}
for (const [key, ids] of owners(countries.flatMap((c) => [c.capital, ...c.capitalAliases].filter(Boolean).map((n) => [fold(n), c.id])))) {
  errors.push(`capital "${key}" belongs to ${ids.join(' and ')}`);
}
for (const id of new Set(countries.map((c) => c.wikidata).filter(Boolean))) {
  const users = countries.filter((c) => c.wikidata === id);
  if (users.length > 1) errors.push(`${id} is used by ${users.map((c) => c.id).join(' and ')}`);
}
if (errors.length) {
  console.error(errors.join('\n'));
  process.exit(1);
}

const out = {
  about: {
    description: 'Countries and territories as English-language news names them: UN member states, UN observer states, partially recognised states and the dependent territories news names often, with their names, former names, adjectives, demonyms and capitals.',
    sources: [`world-countries ${version} (ODbL 1.0, mledoze/countries): ISO codes, names, alternative spellings, capitals, demonyms, UN membership`, 'dossier overrides (data/countries-overrides.json), from public knowledge as of 2026: news names and short forms, former names, short adjectives, capital variants, Wikidata ids, kinds'],
    licence: 'Contains information from world-countries (https://github.com/mledoze/countries), made available under the Open Database License 1.0 (https://opendatacommons.org/licenses/odbl/1-0/). The overrides are dossier\'s own.',
    policy: overrides.about.policy,
    generated_by: 'scripts/build-countries.mjs from world-countries and data/countries-overrides.json; edit the overrides and rerun, never this file',
  },
  ambiguous: overrides.ambiguous.map(({ name, countries: ids, note }) => ({ name, countries: ids, note })),
  countries,
};
const text = `${JSON.stringify(out, null, 2)}\n`;
if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(outUrl, 'utf8');
  } catch {
    // A missing file is simply out of date.
  }
  if (current !== text) {
    console.error('data/countries.json is out of date: run node scripts/build-countries.mjs');
    process.exit(1);
  }
  console.log(`data/countries.json is up to date (${countries.length} countries)`);
} else {
  writeFileSync(outUrl, text);
  console.log(`wrote ${countries.length} countries`);
}
