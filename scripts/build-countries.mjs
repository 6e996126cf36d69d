#!/usr/bin/env node
// Build data/countries.json from world-countries (ODbL 1.0) and data/countries-overrides.json.
// Run after changing the overrides: node scripts/build-countries.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const world = require('world-countries');
const version = require('world-countries/package.json').version;
const root = new URL('../', import.meta.url);
const overrides = JSON.parse(readFileSync(new URL('data/countries-overrides.json', root), 'utf8')).countries;

const latin = (s) => /^[\p{Script=Latin}\p{N}\s'’.,()\-]+$/u.test(s);
const uniq = (xs) => [...new Set(xs.filter(Boolean))];

const countries = world
  .filter((c) => c.unMember || c.cca2 in overrides || ['TW', 'HK', 'MO', 'GL', 'PR', 'GI', 'FO', 'NC', 'PF', 'BM', 'GU', 'AW', 'CW', 'KY', 'VG', 'FK', 'RE', 'GP', 'MQ', 'YT', 'GF', 'AS', 'VI', 'MP', 'JE', 'GG', 'IM', 'AI', 'MS', 'TC', 'SH', 'PM', 'WF', 'CK', 'NU', 'TK', 'NF', 'SX', 'BQ', 'MF', 'BL', 'AX'].includes(c.cca2))
  .map((c) => {
    const o = overrides[c.cca2] ?? {};
    const name = o.name ?? c.name.common;
    const demonyms = uniq([c.demonyms?.eng?.m, c.demonyms?.eng?.f, ...(o.demonyms ?? [])]);
    const record = {
      id: c.cca2,
      iso3: o.iso3 ?? c.cca3,
      name,
      official: c.name.official,
      aliases: uniq([c.name.common, ...(o.aliases ?? []), ...c.altSpellings.filter((a) => a !== c.cca2 && a.length > 3 && latin(a) && !a.includes(','))]).filter((a) => a !== name && a !== c.name.official),
      adjectives: uniq([...(o.adjectives ?? []), ...demonyms]),
      demonyms,
      capital: c.capital?.[0] ?? null,
      capitalAliases: uniq([...(c.capital ?? []).slice(1), ...(o.capitalAliases ?? [])]).filter((a) => a !== c.capital?.[0]),
      kind: o.kind ?? (c.unMember ? 'state' : 'territory'),
      unMember: o.unMember ?? c.unMember,
    };
    if (o.wikidata) record.wikidata = o.wikidata;
    return record;
  })
  .sort((a, b) => (a.id < b.id ? -1 : 1));

const out = {
  about: {
    description: 'Countries and territories: UN members, observer states, partially recognised states and the territories news names often.',
    sources: [`world-countries ${version} (mledoze/countries, ODbL 1.0): names, ISO codes, capitals, demonyms`, 'dossier overrides (data/countries-overrides.json), from public knowledge as of 2026'],
    licence: 'Derived from world-countries under the Open Database License 1.0; the overrides are dossier\'s own.',
    policy: 'Every UN member state, the two UN observer states, the partially recognised states Kosovo, Taiwan and Western Sahara, and dependent territories news names often. Not included: former states, regions, and entities without an ISO 3166-1 code.',
    generated_by: 'scripts/build-countries.mjs',
  },
  countries,
};
writeFileSync(new URL('data/countries.json', root), `${JSON.stringify(out, null, 2)}\n`);
console.log(`wrote ${countries.length} countries`);
