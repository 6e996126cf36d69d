/**
 * International organisations and groupings (`data/organisations.json`): their names in English
 * and other languages, acronyms, founding, headquarters, and members with status and dates.
 * The file is validated once on first use; lookups after that are O(1).
 */
import { z } from 'zod';
import { readDataFile } from './data-file.js';
import { normaliseName } from './normalise.js';

/** Membership statuses, in the vocabulary of the document-facts format. */
export const MEMBERSHIP_STATUSES = [
  'founding member',
  'member',
  'observer',
  'dialogue partner',
  'partner country',
  'candidate',
  'applicant',
  'suspended',
  'former member',
] as const;

/** One of {@link MEMBERSHIP_STATUSES}. */
export type MembershipStatus = (typeof MEMBERSHIP_STATUSES)[number];

/** What kind of body an organisation is. */
export const ORGANISATION_KINDS = [
  'intergovernmental',
  'supranational',
  'alliance',
  'partnership',
  'grouping',
  'forum',
  'agency',
  'organ',
  'court',
  'bank',
  'institution',
] as const;

/** How far an organisation's `members` can be trusted (see the file's `about.policy`). */
export const MEMBER_LIST_COVERAGE = ['complete', 'partial', 'none'] as const;

/** ISO 8601 date at year, month or day precision: `2006`, `2010-12`, `2024-07-04`. */
const ISO_DATE = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;

/** True for `YYYY`, `YYYY-MM` and real calendar days `YYYY-MM-DD` (no 2023-02-30). */
export function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  if (value.length < 10) return true;
  const day = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().startsWith(value);
}

const isoDate = z.string().refine(isIsoDate, { message: 'expected an ISO date: YYYY, YYYY-MM or YYYY-MM-DD' });
const orgId = z.string().regex(/^[A-Z][A-Z0-9_]*$/, 'expected an upper-case id such as SCO or ARAB_LEAGUE');
/** A member is an ISO 3166-1 alpha-2 code (XK for Kosovo) or `org:<ID>` for an organisation. */
const memberRef = z.string().regex(/^(?:[A-Z]{2}|org:[A-Z][A-Z0-9_]*)$/, 'expected an alpha-2 code or org:<ID>');
const text = z.string().min(1).refine((s) => s === s.trim(), { message: 'no leading or trailing space' });

/** Schema of one membership entry: a status held over a period. */
export const membershipSchema = z
  .strictObject({
    member: memberRef,
    status: z.enum(MEMBERSHIP_STATUSES),
    /** First day the status held. */
    since: isoDate.optional(),
    /** First day the status no longer held (exclusive). */
    until: isoDate.optional(),
    note: text.optional(),
  })
  .refine((e) => e.since === undefined || e.until === undefined || e.since < e.until, {
    message: 'since must come before until',
  });

/** Schema of one organisation. */
export const organisationSchema = z.strictObject({
  id: orgId,
  name: text,
  names: z.array(text),
  acronyms: z.array(text),
  foreign: z.array(text),
  kind: z.enum(ORGANISATION_KINDS),
  /** The organisation this one is part of (the UN for the WHO, the EU for the ECB). */
  parent: orgId.optional(),
  founded: isoDate.optional(),
  founders: z.array(memberRef),
  headquarters: text.optional(),
  memberList: z.enum(MEMBER_LIST_COVERAGE),
  members: z.array(membershipSchema),
  note: text.optional(),
});

/** Schema of the whole file: a header (`about`) and the organisations. */
export const organisationsFileSchema = z
  .strictObject({
    about: z.strictObject({
      description: text,
      sources: z.array(text).min(1),
      policy: text,
      statuses: z.array(z.enum(MEMBERSHIP_STATUSES)),
      /** The date the data was checked; {@link membersOf} evaluates at it when no date is given. */
      asOf: isoDate,
      /** Aliases knowingly shared by several organisations; any other sharing is a data error. */
      sharedAliases: z.array(z.strictObject({ alias: text, ids: z.array(orgId).min(2), note: text })),
    }),
    organisations: z.array(organisationSchema),
  })
  .superRefine((file, ctx) => {
    const ids = new Set<string>();
    for (const org of file.organisations) {
      if (ids.has(org.id)) ctx.addIssue({ code: 'custom', message: `duplicate organisation id ${org.id}` });
      ids.add(org.id);
    }
    // References between organisations must resolve, or membersOf and the graph would dangle.
    for (const org of file.organisations) {
      const refs = [...org.founders, ...org.members.map((e) => e.member)].filter((r) => r.startsWith('org:'));
      for (const ref of refs) {
        if (!ids.has(ref.slice(4))) ctx.addIssue({ code: 'custom', message: `${org.id}: unknown organisation ${ref}` });
      }
      if (org.parent !== undefined && !ids.has(org.parent)) {
        ctx.addIssue({ code: 'custom', message: `${org.id}: unknown parent ${org.parent}` });
      }
    }
  });

/** One organisation from the reference data. */
export type Organisation = z.infer<typeof organisationSchema>;
/** One membership entry: a member's status over a period. */
export type Membership = z.infer<typeof membershipSchema>;
/** The whole reference file. */
export type OrganisationsData = z.infer<typeof organisationsFileSchema>;

/** A member's status at a date, as computed by {@link membersOf}. */
export interface MemberStatus {
  /** Alpha-2 country code or `org:<ID>`. */
  readonly member: string;
  readonly status: MembershipStatus;
  readonly since?: string;
  readonly until?: string;
  readonly note?: string;
}

/** A surface form of an organisation's name and how to compare it with text. */
export interface OrganisationAlias {
  readonly text: string;
  /** Acronyms compare case-sensitively ("WHO", never "who"); names after {@link normaliseName}. */
  readonly caseSensitive: boolean;
}

interface Index {
  readonly data: OrganisationsData;
  readonly byId: ReadonlyMap<string, Organisation>;
  readonly byAcronym: ReadonlyMap<string, readonly Organisation[]>;
  readonly byName: ReadonlyMap<string, readonly Organisation[]>;
}

let cached: Index | undefined;

/**
 * Comparison key for acronyms: exact case, but dots, hyphens and spaces dropped, so "U.N." meets
 * "UN" and "G-20" meets "G20" while "who" never meets "WHO".
 */
export function acronymKey(acronym: string): string {
  return acronym.normalize('NFC').replace(/[.\s\-‐‑–]/g, '');
}

/** Comparison key for names: {@link normaliseName} without a leading "the" ("the Arab League"). */
export function nameKey(name: string): string {
  return normaliseName(name).replace(/^the /, '');
}

/**
 * True when a name or foreign form is written like an acronym (upper-case letters, no lower case, one
 * word: "OTAN", "ШОС", "ОПЕК+"); those compare case-sensitively like acronyms. Scripts without
 * case (Arabic, Chinese) are names.
 */
export function isAcronymShaped(form: string): boolean {
  return /\p{Lu}/u.test(form) && !/\p{Ll}/u.test(form) && !/\s/.test(form);
}

/** Every distinct surface form of an organisation, each with how it must be compared. */
export function aliasesOf(org: Organisation): OrganisationAlias[] {
  const out = new Map<string, OrganisationAlias>();
  for (const a of org.acronyms) out.set(a, { text: a, caseSensitive: true });
  // A name written like an acronym ("OPEC+", "BRICS") is one: normalising "OPEC+" to "opec"
  // would make it collide with OPEC.
  for (const n of [org.name, ...org.names, ...org.foreign]) {
    if (!out.has(n)) out.set(n, { text: n, caseSensitive: isAcronymShaped(n) });
  }
  return [...out.values()];
}

function addTo(map: Map<string, Organisation[]>, key: string, org: Organisation): void {
  if (key === '') return;
  const list = map.get(key);
  if (list === undefined) map.set(key, [org]);
  else if (!list.includes(org)) list.push(org);
}

function buildIndex(data: OrganisationsData): Index {
  const byId = new Map<string, Organisation>();
  const byAcronym = new Map<string, Organisation[]>();
  const byName = new Map<string, Organisation[]>();
  for (const org of data.organisations) {
    byId.set(org.id, org);
    for (const alias of aliasesOf(org)) {
      if (alias.caseSensitive) addTo(byAcronym, acronymKey(alias.text), org);
      else addTo(byName, nameKey(alias.text), org);
    }
  }
  return { data, byId, byAcronym, byName };
}

/**
 * Parse and check organisation data (as read from `data/organisations.json`).
 * @throws Error listing every schema problem when the data is invalid.
 */
export function parseOrganisations(raw: unknown): OrganisationsData {
  const result = organisationsFileSchema.safeParse(raw);
  if (!result.success) throw new Error(`data/organisations.json is invalid:\n${z.prettifyError(result.error)}`);
  return result.data;
}

function index(): Index {
  cached ??= buildIndex(parseOrganisations(readDataFile('organisations.json')));
  return cached;
}

/**
 * The organisations reference data, validated on first call and cached.
 * @example loadOrganisations().organisations.length // 84
 */
export function loadOrganisations(): OrganisationsData {
  return index().data;
}

/** The organisation with this id, or undefined. */
export function getOrganisation(id: string): Organisation | undefined {
  return index().byId.get(id);
}

/**
 * Organisations a name, acronym or foreign form refers to, sorted by id; empty when none.
 * Acronyms, and names written like acronyms, match case-sensitively ("WHO" but not "who");
 * other names and foreign names match after normalisation ("shanghai cooperation organization",
 * "Ligue arabe").
 * @example findOrganisations('U.N.') // [UN]
 */
export function findOrganisations(name: string): Organisation[] {
  const idx = index();
  const hits = new Set<Organisation>([
    ...(idx.byAcronym.get(acronymKey(name.trim())) ?? []),
    ...(idx.byName.get(nameKey(name)) ?? []),
  ]);
  return [...hits].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** True when an entry's period covers the date. Partial dates stand for the start of their period. */
function covers(entry: Membership, at: string): boolean {
  // Plain string order is date order here: "2006" < "2006-05-01" < "2006-05-02".
  return (entry.since === undefined || entry.since <= at) && (entry.until === undefined || at < entry.until);
}

/**
 * The status of each member of an organisation at a date, sorted by member.
 * Where several entries of a member cover the date, the one that began last wins (an observer
 * since 2005 who became a member in 2017 is a member in 2020). A member all of whose entries
 * ended before the date is reported as `former member` since the last end.
 * @param options.at ISO date (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`); defaults to the data's `asOf`,
 *   never the clock, so results are reproducible.
 * @throws RangeError for an unknown organisation id or a malformed date.
 * @example membersOf('SCO', { at: '2024-07-04' }).find((m) => m.member === 'BY')?.status // 'member'
 */
export function membersOf(orgId: string, options: { at?: string } = {}): MemberStatus[] {
  const idx = index();
  const org = idx.byId.get(orgId);
  if (org === undefined) throw new RangeError(`unknown organisation id: ${orgId}`);
  const at = options.at ?? idx.data.about.asOf;
  if (!isIsoDate(at)) throw new RangeError(`expected an ISO date (YYYY, YYYY-MM or YYYY-MM-DD), got ${at}`);

  const byMember = new Map<string, Membership[]>();
  for (const entry of org.members) {
    const list = byMember.get(entry.member);
    if (list === undefined) byMember.set(entry.member, [entry]);
    else list.push(entry);
  }

  const out: MemberStatus[] = [];
  for (const [member, entries] of byMember) {
    let best: Membership | undefined;
    for (const entry of entries) {
      // `>=` so that of two entries starting together the later one in the file wins.
      if (covers(entry, at) && (best === undefined || (entry.since ?? '') >= (best.since ?? ''))) best = entry;
    }
    if (best !== undefined) {
      out.push({ ...best }); // a copy: callers must not be able to change the cached data
      continue;
    }
    const ends = entries.map((e) => e.until).filter((u): u is string => u !== undefined && u <= at);
    if (ends.length > 0) out.push({ member, status: 'former member', since: ends.sort().at(-1) });
  }
  return out.sort((a, b) => (a.member < b.member ? -1 : a.member > b.member ? 1 : 0));
}
