import { Gazetteer, type GazetteerEntry } from '../knowledge/gazetteer.js';
import { normaliseName } from '../knowledge/normalise.js';
import { isNameSuffix } from './common-words.js';
import type { KnownPerson, Lexicon, LexRef } from './lexicon.js';

/** The slices of the reference knowledge that recognition reads. */
export interface LexiconSources {
  readonly countries: readonly {
    readonly id: string;
    readonly name: string;
    readonly official?: string | undefined;
    readonly aliases?: readonly string[] | undefined;
    readonly adjectives?: readonly string[] | undefined;
    readonly demonyms?: readonly string[] | undefined;
    readonly capital?: string | null | undefined;
    readonly capitalAliases?: readonly string[] | undefined;
  }[];
  readonly organisations: readonly {
    readonly id: string;
    readonly name: string;
    readonly kind?: string | undefined;
    readonly aliases: readonly { readonly text: string; readonly caseSensitive: boolean }[];
  }[];
  readonly offices: readonly { readonly id: string; readonly title: string; readonly role: string; readonly forms: readonly string[] }[];
  readonly modifiers: readonly { readonly id: string; readonly meaning: string; readonly forms: readonly string[] }[];
  readonly people: readonly KnownPerson[];
}

// Country aliases that are ordinary words or codes in running text; they are only recognised
// written exactly ("US", "UK"), never folded.
const EXACT_CASE_ALIAS = /^[A-Z.]{2,6}$/;

/** Build the one gazetteer and the lookups recognition needs. */
export function buildLexicon(sources: LexiconSources): Lexicon {
  const entries: GazetteerEntry<LexRef>[] = [];
  const add = (phrase: string, value: LexRef, exactCase = false) => {
    if (phrase.trim()) entries.push({ phrase, value, exactCase });
  };
  const countryNames = new Map<string, string>();
  for (const c of sources.countries) {
    countryNames.set(c.id, c.name);
    const country: LexRef = { type: 'COUNTRY', id: c.id };
    for (const n of [c.name, c.official ?? '', ...(c.aliases ?? [])]) add(n, country, EXACT_CASE_ALIAS.test(n));
    const demonym: LexRef = { type: 'DEMONYM', id: c.id };
    for (const d of new Set([...(c.adjectives ?? []), ...(c.demonyms ?? [])])) add(d, demonym);
    const city: LexRef = { type: 'CITY', id: `${c.id}:capital`, country: c.id };
    for (const n of [c.capital ?? '', ...(c.capitalAliases ?? [])]) add(n, city);
  }
  const orgs = new Map(sources.organisations.map((o) => [o.id, o]));
  for (const o of sources.organisations) {
    for (const a of o.aliases) add(a.text, { type: 'ORG', id: o.id }, a.caseSensitive);
  }
  for (const office of sources.offices) {
    for (const f of office.forms) add(f, { type: 'TITLE', id: office.id, title: office.title, role: office.role });
  }
  for (const m of sources.modifiers) for (const f of m.forms) add(f, { type: 'MODIFIER', id: m.id, meaning: m.meaning });

  // "King Charles III" as a variant would swallow the title: names are matched without it
  const titleWords = new Set(sources.offices.flatMap((o) => o.forms).filter((f) => !f.includes(' ')).map((f) => f.toLowerCase()));
  const people = new Map(sources.people.map((p) => [p.id, p]));
  const bySurname = new Map<string, KnownPerson[]>();
  for (const p of sources.people) {
    for (const full of [p.name, ...p.variants]) {
      if (full.includes(' ') && !titleWords.has(full.split(' ')[0]!.toLowerCase())) add(full, { type: 'PERSON', id: p.id });
      // The family name: the last word of a short form, not of a long full name ("Charles Philip
      // Arthur George") nor a regnal number ("Charles III"), whose last words no one is called by.
      const words = full.split(/\s+/).filter((w) => !isNameSuffix(w));
      if (words.length > 3) continue;
      for (const surname of [normaliseName(words.at(-1) ?? ''), ...(p.familyName ? [normaliseName(p.familyName)] : [])]) {
        const list = bySurname.get(surname) ?? [];
        if (!list.includes(p)) bySurname.set(surname, [...list, p]);
      }
    }
  }
  const gazetteer = new Gazetteer<LexRef>(entries);
  return {
    gazetteer,
    countryName: (id) => countryNames.get(id),
    // bodies read from their shape carry their name in the id ("x:ASEAN Secretariat")
    orgName: (id) => orgs.get(id)?.name ?? (id.startsWith('x:') ? id.slice(2) : undefined),
    orgKind: (id) => orgs.get(id)?.kind,
    peopleBySurname: (surname) => bySurname.get(normaliseName(surname)) ?? [],
    person: (id) => people.get(id),
  };
}
