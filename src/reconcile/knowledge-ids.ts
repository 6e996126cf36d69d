/**
 * Reference-knowledge identities of names: countries by ISO code, organisations (and news
 * outlets) by their knowledge id, office titles by office id. Entity ids are built from these so
 * that "Turkey" and "Türkiye", or "SCO" and "Shanghai Cooperation Organization", meet.
 */
import { findCountries } from '../knowledge/countries.js';
import { loadMedia } from '../knowledge/media.js';
import { normaliseName } from '../knowledge/normalise.js';
import { findPeople, type Person } from '../knowledge/office-holders.js';
import { findOffice } from '../knowledge/offices.js';
import { acronymKey, findOrganisations, isAcronymShaped, nameKey } from '../knowledge/organisations.js';
import { memoise } from './memo.js';

/** The country entity id of a name (`country:TR`), or null when the knowledge does not know it. */
export const countryIdOf: (name: string) => string | null = memoise((name) => {
  const hits = findCountries(name);
  // Several hits mean an ambiguous adjective ("Congolese"): not an identity.
  return hits.length === 1 ? `country:${hits[0]!.id}` : null;
});

let mediaIndex: Map<string, string> | undefined;

function media(): Map<string, string> {
  if (mediaIndex) return mediaIndex;
  mediaIndex = new Map();
  for (const m of loadMedia()) {
    for (const n of [m.name, ...m.names]) mediaIndex.set(`n:${nameKey(n)}`, m.id);
    for (const a of m.acronyms) mediaIndex.set(`a:${acronymKey(a)}`, m.id);
  }
  return mediaIndex;
}

/** The organisation entity id of a name (`org:SCO`, news outlets `org:media/REUTERS`), or null. */
export const organisationIdOf: (name: string) => string | null = memoise(organisationIdOfName);

function organisationIdOfName(name: string): string | null {
  const orgs = findOrganisations(name);
  if (orgs.length === 1) return `org:${orgs[0]!.id}`;
  if (orgs.length > 1) return null;
  const m = media();
  const hit = (isAcronymShaped(name.trim()) ? m.get(`a:${acronymKey(name.trim())}`) : undefined) ?? m.get(`n:${nameKey(name)}`);
  return hit ? `org:media/${hit}` : null;
}

/** True for entity ids of news outlets (they credit a story; they are not what it is about). */
export function isMediaId(id: string): boolean {
  return id.startsWith('org:media/');
}

/** The knowledge id behind an entity id (`TR`, `SCO`, `xi-jinping`), or null for unknown names. */
export function kbIdOf(entityId: string): string | null {
  const rest = entityId.slice(entityId.indexOf(':') + 1);
  return rest.startsWith('~') ? null : rest;
}

/**
 * A comparable key for an office title: the knowledge's office id where it knows the form
 * ("Premier" -> `prime-minister`), else the folded title ("Vice-President" -> `vice president`).
 */
export const officeTitleKey: (title: string) => string = memoise((title) => findOffice(title)?.id ?? normaliseName(title));

/** Whether a title is one the knowledge lists as an office (memoised `findOffice`). */
export const isOfficeTitle: (title: string) => boolean = memoise((title) => findOffice(title) !== undefined);

/** The office holders a name may be (memoised `findPeople`). */
export const peopleNamed: (name: string) => readonly Person[] = memoise((name) => findPeople(name));

/**
 * Build the reference-knowledge indexes resolution reads (countries, organisations, outlets,
 * offices, office holders) now rather than at the first article. Ingest calls it while its
 * thread would otherwise wait for the first extraction, so the loading costs no time.
 */
export function warmKnowledgeIds(): void {
  findCountries('');
  organisationIdOfName('');
  findOffice('');
  findPeople('');
}
