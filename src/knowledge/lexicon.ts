import { buildLexicon } from '../recognise/build-lexicon.js';
import type { Lexicon } from '../recognise/lexicon.js';
import { loadCountries } from './countries.js';
import { loadInstitutions, loadMedia } from './media.js';
import { loadOffices } from './offices.js';
import { loadOfficeHolders } from './office-holders.js';
import { aliasesOf, loadOrganisations } from './organisations.js';

let cached: Lexicon | undefined;

/**
 * The recognition lexicon over all reference knowledge, built once per process (the data files
 * are validated and indexed on first use; later calls are free).
 */
export function defaultLexicon(): Lexicon {
  cached ??= buildLexicon({
    countries: loadCountries(),
    organisations: [
      ...loadOrganisations().organisations.map((o) => ({ id: o.id, name: o.name, kind: o.kind, aliases: aliasesOf(o) })),
      ...loadMedia().map((m) => ({ id: m.id, name: m.name, kind: 'news-agency', aliases: [...m.names.map((n) => ({ text: n, caseSensitive: false })), ...m.acronyms.map((a) => ({ text: a, caseSensitive: true }))] })),
      ...loadInstitutions().map((m) => ({ id: m.id, name: m.name, kind: 'government-body', aliases: m.names.map((n) => ({ text: n, caseSensitive: false })) })),
    ],
    offices: loadOffices().file.offices,
    modifiers: loadOffices().file.modifiers,
    people: loadOfficeHolders().file.people.map((p) => ({ id: p.id, name: p.name, variants: p.variants, ...(p.familyName ? { familyName: p.familyName } : {}), terms: p.terms.map((t) => ({ office: t.office, of: t.of, from: t.from, to: t.to ?? null, acting: t.acting ?? false })) })),
  });
  return cached;
}
