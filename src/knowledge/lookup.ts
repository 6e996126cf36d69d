/**
 * One lookup over all the reference knowledge: what `data/` says about a name, whatever kind of
 * thing it names. Behind `dossier kb NAME`; useful on its own to check what the extractor can know.
 */
import { findCountries, findCountryByCapital, getCountry, type Country } from './countries.js';
import { loadMedia, type MediaOutlet } from './media.js';
import { normaliseName } from './normalise.js';
import { findPeople, getPerson, type Person, type Term } from './office-holders.js';
import { findOffice, getOffice, type Office } from './offices.js';
import {
  acronymKey,
  findOrganisations,
  getOrganisation,
  isAcronymShaped,
  isIsoDate,
  loadOrganisations,
  MEMBERSHIP_STATUSES,
  membersOf,
  nameKey,
  type MembershipStatus,
  type Organisation,
} from './organisations.js';

/** A country's status in one organisation at the lookup date. */
export interface CountryMembership {
  /** Organisation id, e.g. `SCO`. */
  readonly organisation: string;
  /** The organisation's English name. */
  readonly name: string;
  /** Its first acronym, when it has one ("OPEC+"), for short listings. */
  readonly acronym?: string;
  readonly status: MembershipStatus;
  /** First day of the status (for `former member`, the day membership ended). */
  readonly since?: string;
  /** First day the status no longer held, when already known. */
  readonly until?: string;
  readonly note?: string;
}

/** A country or territory, with the organisations it belongs to. */
export interface CountryMatch extends Country {
  readonly type: 'country';
  /** The date the memberships hold at. */
  readonly at: string;
  /** Sorted by status (founding member first), then organisation id. */
  readonly memberships: readonly CountryMembership[];
}

/** One member of an organisation as listed by a lookup. */
export interface MemberEntry {
  /** Alpha-2 code or `org:<ID>`. */
  readonly member: string;
  /** The member's English name (the code itself if the data does not know it). */
  readonly name: string;
  readonly since?: string;
  readonly until?: string;
  readonly note?: string;
}

/** An organisation, its raw membership history replaced by who held which status at the date. */
export interface OrganisationMatch extends Omit<Organisation, 'members'> {
  readonly type: 'organisation';
  /** English names of the founders, in the order of `founders`. */
  readonly founderNames: readonly string[];
  /** The date the members hold at. */
  readonly at: string;
  /** Members grouped by status, in the order of {@link MEMBERSHIP_STATUSES}, each sorted by name. */
  readonly members: Partial<Record<MembershipStatus, readonly MemberEntry[]>>;
}

/** An office title. */
export interface OfficeMatch extends Office {
  readonly type: 'office';
}

/** A term with the names a reader needs. */
export interface TermView extends Term {
  /** Display title of the office ("Foreign Minister"). */
  readonly officeTitle: string;
  /** Name of the country or organisation (`of`). */
  readonly ofName: string;
}

/** An office holder and their terms. */
export interface PersonMatch extends Omit<Person, 'terms'> {
  readonly type: 'person';
  readonly terms: readonly TermView[];
}

/** A news agency or broadcaster. */
export interface MediaMatch extends MediaOutlet {
  readonly type: 'media';
  readonly countryName: string;
}

/** Anything a name can match. */
export type LookupMatch = CountryMatch | OrganisationMatch | OfficeMatch | PersonMatch | MediaMatch;

/** What {@link lookupName} found. */
export interface LookupResult {
  readonly query: string;
  /** Countries first, then organisations, offices, people and media; empty when nothing matched. */
  readonly matches: readonly LookupMatch[];
}

/**
 * Everything the reference knowledge says about a name: countries (names, codes in capitals,
 * adjectives, demonyms, capitals), organisations (names, acronyms, foreign forms, ids), office
 * titles, office holders (full names, variants, family names) and news media. A name may match
 * several things ("Georgia", "Sharif", "Congolese", "AU"): all are returned. A short one-word name
 * that matches nothing is tried again in capitals ("nato", "kz").
 * @param options.at ISO date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`) at which memberships are read;
 *   defaults to the organisations data's `asOf`, never the clock, so answers are reproducible.
 * @throws RangeError for a malformed date.
 * @example lookupName('ШОС').matches[0]?.type // "organisation"
 */
export function lookupName(name: string, options: { at?: string } = {}): LookupResult {
  const at = options.at ?? loadOrganisations().about.asOf;
  if (!isIsoDate(at)) throw new RangeError(`expected an ISO date (YYYY, YYYY-MM or YYYY-MM-DD), got ${at}`);
  const query = name.trim();
  if (normaliseName(query) === '') return { query, matches: [] };
  let matches = matchesOf(query, at);
  // Acronyms and codes match case-sensitively so that running text stays precise ("who" is not
  // the WHO); someone typing "nato" into a lookup means NATO, so try capitals when nothing matched.
  if (matches.length === 0 && /^[\p{L}\p{N}.+&-]{2,10}$/u.test(query) && query !== query.toUpperCase()) {
    matches = matchesOf(query.toUpperCase(), at);
  }
  // The records share arrays with the cached data: a caller editing a result must not edit that.
  return { query, matches: structuredClone(matches) };
}

function matchesOf(query: string, at: string): LookupMatch[] {
  const countries = unique([...findCountries(query), findCountryByCapital(query)]);
  // Memberships of every organisation at the date, computed only when a country needs them.
  const statuses = countries.length > 0 ? allMemberships(at) : new Map<string, CountryMembership[]>();
  const matches: LookupMatch[] = [
    ...countries.map((c): CountryMatch => ({ type: 'country', ...c, at, memberships: statuses.get(c.id) ?? [] })),
    ...unique([...findOrganisations(query), getOrganisation(query)]).map((o) => organisationMatch(o, at)),
    ...unique([findOffice(query), getOffice(query)]).map((o): OfficeMatch => ({ type: 'office', ...o })),
    ...unique([...findPeople(query), getPerson(query)]).map(personMatch),
    ...findMedia(query).map((m): MediaMatch => ({ type: 'media', ...m, countryName: nameOf(m.country) })),
  ];
  return matches;
}

/** English name of a member or `of` reference: an alpha-2 code or `org:<ID>`. */
function nameOf(ref: string): string {
  if (ref.startsWith('org:')) return getOrganisation(ref.slice(4))?.name ?? ref;
  return getCountry(ref)?.name ?? ref;
}

function organisationMatch(org: Organisation, at: string): OrganisationMatch {
  const { members: _history, ...rest } = org;
  const grouped = new Map<MembershipStatus, MemberEntry[]>();
  for (const { member, status, ...dates } of membersOf(org.id, { at })) {
    const list = grouped.get(status) ?? [];
    list.push({ member, name: nameOf(member), ...dates });
    grouped.set(status, list);
  }
  const members: Partial<Record<MembershipStatus, MemberEntry[]>> = {};
  for (const status of MEMBERSHIP_STATUSES) {
    const list = grouped.get(status);
    if (list) members[status] = list.sort((a, b) => a.name.localeCompare(b.name, 'en'));
  }
  return { type: 'organisation', ...rest, founderNames: org.founders.map(nameOf), at, members };
}

function personMatch(person: Person): PersonMatch {
  return {
    type: 'person',
    ...person,
    terms: person.terms.map((t) => ({ ...t, officeTitle: getOffice(t.office)?.title ?? t.office, ofName: nameOf(t.of) })),
  };
}

/** Each country's status in every organisation at the date, keyed by alpha-2 code. */
function allMemberships(at: string): Map<string, CountryMembership[]> {
  const out = new Map<string, CountryMembership[]>();
  for (const org of loadOrganisations().organisations) {
    for (const { member, ...status } of membersOf(org.id, { at })) {
      const list = out.get(member) ?? [];
      const acronym = org.acronyms[0];
      list.push({ organisation: org.id, name: org.name, ...(acronym === undefined ? {} : { acronym }), ...status });
      out.set(member, list);
    }
  }
  const rank = (s: MembershipStatus) => MEMBERSHIP_STATUSES.indexOf(s);
  for (const list of out.values()) {
    list.sort((a, b) => rank(a.status) - rank(b.status) || (a.organisation < b.organisation ? -1 : a.organisation > b.organisation ? 1 : 0));
  }
  return out;
}

/**
 * Media by id, acronym or name, compared as organisations are: acronyms and acronym-shaped names
 * case-sensitively ("AP" but not "ap", "ANSA" but not "ansa"), other names after normalisation.
 */
function findMedia(query: string): MediaOutlet[] {
  const key = nameKey(query);
  const acronym = acronymKey(query);
  const same = (form: string) => (isAcronymShaped(form) ? acronymKey(form) === acronym : nameKey(form) === key);
  return loadMedia().filter((m) => m.id === query || m.acronyms.some((a) => acronymKey(a) === acronym) || [m.name, ...m.names].some(same));
}

function unique<T>(items: readonly (T | undefined)[]): T[] {
  return [...new Set(items.filter((x): x is T => x !== undefined))];
}
