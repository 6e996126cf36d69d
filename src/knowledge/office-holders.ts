import { z } from 'zod';
import { readDataFile } from './data-file.js';
import { normaliseName } from './normalise.js';
import { dataAboutSchema, kebabId, loadOffices } from './offices.js';

/**
 * Well-known office holders (`data/office-holders.json`): heads of state and government and
 * foreign ministers of the G20, SCO, BRICS and CSTO members since 2015, and the heads of the main
 * international organisations, with dated terms and the spellings news uses for their names.
 */

/** An ISO 8601 date at the precision known: `2019`, `2019-03` or `2019-03-20`. */
export const isoDate = z.string().regex(/^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/, 'dates are YYYY, YYYY-MM or YYYY-MM-DD');

/** Whose office it is: an ISO 3166-1 alpha-2 code ("KZ") or an organisation id ("org:UN"). */
export const officeOf = z.string().regex(/^(?:[A-Z]{2}|org:[A-Z][A-Z_]*)$/, 'of is an upper-case alpha-2 code or org:<ID>');

/** One spell in one office. */
export const termSchema = z
  .object({
    /** An office id from `data/offices.json`. */
    office: kebabId,
    of: officeOf,
    from: isoDate,
    /** Day the term ended; null when known to be current; absent when not known (see `note`). */
    to: isoDate.nullable().optional(),
    /** Exercised the office without holding it (after a death, resignation or impeachment). */
    acting: z.literal(true).optional(),
    note: z.string().min(1).optional(),
  })
  .strict();

/** A term record. */
export type Term = z.infer<typeof termSchema>;

/** One person and their terms. */
export const personSchema = z
  .object({
    id: kebabId,
    /** Canonical full name as English news writes it. */
    name: z.string().min(1),
    /** Other spellings of the full name, and of the family name alone. */
    variants: z.array(z.string().min(1)),
    /** Absent for regnal names ("Charles III"). */
    familyName: z.string().min(1).optional(),
    /** Absent for mononyms ("Sugiono"). */
    givenName: z.string().min(1).optional(),
    wikidata: z.string().regex(/^Q[1-9]\d*$/).optional(),
    terms: z.array(termSchema).min(1),
  })
  .strict();

/** A person record from `data/office-holders.json`. */
export type Person = z.infer<typeof personSchema>;

/** The whole of `data/office-holders.json`. */
export const officeHoldersFileSchema = z
  .object({
    about: dataAboutSchema,
    people: z.array(personSchema).min(1),
  })
  .strict();

/** The parsed file. */
export type OfficeHoldersFile = z.infer<typeof officeHoldersFileSchema>;

/** A person together with one of their terms. */
export interface Holding {
  readonly person: Person;
  readonly term: Term;
}

/** The loaded office holders with their lookup maps, built once. */
export interface OfficeHoldersIndex {
  readonly file: OfficeHoldersFile;
  readonly byId: ReadonlyMap<string, Person>;
  /** Normalised full name, variant or family name -> the people it may mean, sorted by id. */
  readonly byName: ReadonlyMap<string, readonly Person[]>;
  /** `office|of` -> holdings, including those of offices whose `equivalent` is that office. */
  readonly byOffice: ReadonlyMap<string, readonly Holding[]>;
}

let cached: OfficeHoldersIndex | undefined;

/**
 * Load, validate and index `data/office-holders.json` (once; later calls return the same index).
 * Throws if the file breaks the schema, names an office that `offices.json` lacks, or has a term
 * that ends before it starts: a bundled data file that is wrong is a bug.
 * @example loadOfficeHolders().byId.get('xi-jinping')?.name // "Xi Jinping"
 */
export function loadOfficeHolders(): OfficeHoldersIndex {
  cached ??= indexOfficeHolders(officeHoldersFileSchema.parse(readDataFile('office-holders.json')));
  return cached;
}

/**
 * Build the lookup maps for an office-holders file (exported so tests can index a hand-made file).
 * @example indexOfficeHolders(file).byName.get('sharif')?.length // 2
 */
export function indexOfficeHolders(file: OfficeHoldersFile): OfficeHoldersIndex {
  const offices = loadOffices().byId;
  const byId = new Map<string, Person>();
  const byName = new Map<string, Person[]>();
  const byOffice = new Map<string, Holding[]>();
  for (const person of file.people) {
    if (byId.has(person.id)) throw new Error(`office-holders.json: duplicate person id "${person.id}"`);
    byId.set(person.id, person);
    const keys = [person.name, ...person.variants, ...(person.familyName ? [person.familyName] : [])];
    for (const key of new Set(keys.map(normaliseName))) push(byName, key, person);
    for (const term of person.terms) {
      const office = offices.get(term.office);
      if (office === undefined) throw new Error(`office-holders.json: ${person.id} holds unknown office "${term.office}"`);
      if (term.to != null && !startsNoLaterThan(term.from, term.to)) {
        throw new Error(`office-holders.json: ${person.id} has a ${term.office} term ending ${term.to} before it starts ${term.from}`);
      }
      const holding = { person, term };
      push(byOffice, officeKey(term.office, term.of), holding);
      // Queries by function ("foreign minister of the US") must find the local title (Secretary of State).
      if (office.equivalent !== undefined) push(byOffice, officeKey(office.equivalent, term.of), holding);
    }
  }
  for (const people of byName.values()) people.sort((a, b) => compare(a.id, b.id));
  for (const holdings of byOffice.values()) {
    holdings.sort((a, b) => compare(a.term.from, b.term.from) || compare(a.person.id, b.person.id));
  }
  return { file, byId, byName, byOffice };
}

/**
 * The people a name may mean: full names, variants and family names alone, matched after
 * `normaliseName`. A family name alone may give several people ("Sharif": Nawaz and Shehbaz).
 * @example findPeople('Mokhbar').map((p) => p.id) // ["mohammad-mokhber"]
 */
export function findPeople(name: string): readonly Person[] {
  return loadOfficeHolders().byName.get(normaliseName(name)) ?? [];
}

/**
 * The person with this id, if any.
 * @example getPerson('kassym-jomart-tokayev')?.familyName // "Tokayev"
 */
export function getPerson(id: string): Person | undefined {
  return loadOfficeHolders().byId.get(id);
}

/**
 * Who held an office of a country or organisation at a date, acting holders included (check
 * `term.acting`). The date may be partial ("2024" means any time in 2024); a term with no `to`
 * is taken as still running. On a hand-over day both holders match, ordered by start date.
 * Offices whose `equivalent` is the asked office count: foreign-minister of US gives the
 * Secretary of State.
 * @example holdersOf('president', 'KZ', '2024-07-04')[0]?.person.id // "kassym-jomart-tokayev"
 */
export function holdersOf(office: string, of: string, at: string | Date): readonly Holding[] {
  const when = typeof at === 'string' ? at : at.toISOString().slice(0, 10);
  const holdings = loadOfficeHolders().byOffice.get(officeKey(office, normaliseOf(of))) ?? [];
  return holdings.filter(({ term }) => startsNoLaterThan(term.from, when) && (term.to == null || startsNoLaterThan(when, term.to)));
}

/**
 * True when the earliest day `a` can mean is no later than the latest day `b` can mean, so that
 * dates of different precision compare sensibly ("2019" vs "2019-03-20").
 */
export function startsNoLaterThan(a: string, b: string): boolean {
  return lowerBound(a) <= upperBound(b);
}

// --- internal ---

function lowerBound(date: string): string {
  return date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
}

// Day 31 of any month still sorts before the next month, so it is a safe upper bound.
function upperBound(date: string): string {
  return date.length === 4 ? `${date}-12-31` : date.length === 7 ? `${date}-31` : date;
}

function officeKey(office: string, of: string): string {
  return `${office}|${of}`;
}

function normaliseOf(of: string): string {
  return /^org:/i.test(of) ? `org:${of.slice(4).toUpperCase()}` : of.toUpperCase();
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
