import { z } from 'zod';
import { readDataFile } from './data-file.js';
import { normaliseName } from './normalise.js';

/**
 * Offices and titles (`data/offices.json`): the forms news writes ("Minister of External Affairs",
 * "Premier") mapped to one normalised office, plus the modifiers that qualify a title without
 * being part of it ("acting", "former", "-elect").
 */

/** Kebab-case identifier shared by offices, modifiers and people. */
export const kebabId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are kebab-case ASCII');

/** The header every reference-knowledge file carries: what it holds, from where, and what does not belong. */
export const dataAboutSchema = z
  .object({
    description: z.string().min(1),
    sources: z.array(z.string().min(1)).min(1),
    policy: z.string().min(1),
    as_of: z.string().regex(/^\d{4}$/),
  })
  .strict();

/** What a title usually is, whatever a given country's constitution says. */
export const OFFICE_ROLES = [
  'head-of-state',
  'head-of-government',
  'minister',
  'organisation-head',
  'deputy',
  'other',
] as const;

/** One of {@link OFFICE_ROLES}. */
export type OfficeRole = (typeof OFFICE_ROLES)[number];

/** One office: its normalised title and every surface form news uses for it. */
export const officeSchema = z
  .object({
    id: kebabId,
    /** Display form of the normalised title, e.g. "Foreign Minister". */
    title: z.string().min(1),
    /** Surface forms, matched case-insensitively through `normaliseName`. */
    forms: z.array(z.string().min(1)).min(1),
    role: z.enum(OFFICE_ROLES),
    /** The generic office this local title is the name of (secretary-of-state -> foreign-minister). */
    equivalent: kebabId.optional(),
    /**
     * For the head of a body inside an organisation ("President of the European Commission"): the
     * role and that body as readers state the office ("President" of "European Commission").
     */
    within: z.object({ title: z.string().min(1), body: z.string().min(1) }).strict().optional(),
    /** Shorthand for whoever heads the body ("NATO chief"): it agrees with any office of that body. */
    generic: z.literal(true).optional(),
    notes: z.string().min(1).optional(),
  })
  .strict();

/** An office record from `data/offices.json`. */
export type Office = z.infer<typeof officeSchema>;

/** What a modifier says about the holder's relation to the office. */
export const MODIFIER_MEANINGS = [
  'acting',
  'interim',
  'caretaker',
  'de facto',
  'former',
  'outgoing',
  'incoming',
  'elect',
  'designate',
  'newly elected',
  'newly re-elected',
  'newly appointed',
  'then',
  'late',
] as const;

/** A word that qualifies a title ("acting President", "President-elect") without being part of it. */
export const modifierSchema = z
  .object({
    id: kebabId,
    forms: z.array(z.string().min(1)).min(1),
    meaning: z.enum(MODIFIER_MEANINGS),
    /** When the holding is, relative to the text's time: held before, held now, or to come. */
    time: z.enum(['past', 'current', 'future']),
    /** Where the modifier stands relative to the title: "acting President" vs "President-elect". */
    position: z.enum(['before', 'after']),
    notes: z.string().min(1).optional(),
  })
  .strict();

/** A modifier record from `data/offices.json`. */
export type OfficeModifier = z.infer<typeof modifierSchema>;

/** The whole of `data/offices.json`. */
export const officesFileSchema = z
  .object({
    about: dataAboutSchema,
    offices: z.array(officeSchema).min(1),
    modifiers: z.array(modifierSchema).min(1),
  })
  .strict();

/** The parsed file. */
export type OfficesFile = z.infer<typeof officesFileSchema>;

/** The loaded offices with their lookup maps, built once. */
export interface OfficesIndex {
  readonly file: OfficesFile;
  readonly byId: ReadonlyMap<string, Office>;
  /** Normalised form -> office. */
  readonly byForm: ReadonlyMap<string, Office>;
  /** Normalised form -> modifier. */
  readonly modifierByForm: ReadonlyMap<string, OfficeModifier>;
}

let cached: OfficesIndex | undefined;

/**
 * Load, validate and index `data/offices.json` (once; later calls return the same index).
 * Throws if the file breaks the schema or a form is claimed by two offices, since a bundled
 * data file that is wrong is a bug, not bad user input.
 * @example loadOffices().byId.get('prime-minister')?.title // "Prime Minister"
 */
export function loadOffices(): OfficesIndex {
  cached ??= indexOffices(officesFileSchema.parse(readDataFile('offices.json')));
  return cached;
}

/**
 * Build the lookup maps for an offices file (exported so tests can index a hand-made file).
 * @example indexOffices(file).byForm.get('premier')?.id // "prime-minister"
 */
export function indexOffices(file: OfficesFile): OfficesIndex {
  const byId = new Map<string, Office>();
  const byForm = new Map<string, Office>();
  const modifierByForm = new Map<string, OfficeModifier>();
  for (const office of file.offices) {
    if (byId.has(office.id)) throw new Error(`offices.json: duplicate office id "${office.id}"`);
    byId.set(office.id, office);
    for (const form of office.forms) claim(byForm, normaliseName(form), office, (o) => o.id);
  }
  for (const office of file.offices) {
    if (office.equivalent !== undefined && !byId.has(office.equivalent)) {
      throw new Error(`offices.json: office "${office.id}" names unknown equivalent "${office.equivalent}"`);
    }
  }
  const modifierIds = new Set<string>();
  for (const modifier of file.modifiers) {
    if (modifierIds.has(modifier.id)) throw new Error(`offices.json: duplicate modifier id "${modifier.id}"`);
    modifierIds.add(modifier.id);
    for (const form of modifier.forms) claim(modifierByForm, normaliseName(form), modifier, (m) => m.id);
  }
  return { file, byId, byForm, modifierByForm };
}

// A form that meant two offices would make lookups depend on file order: refuse it.
function claim<T>(map: Map<string, T>, key: string, value: T, idOf: (v: T) => string): void {
  if (key === '') throw new Error(`offices.json: "${idOf(value)}" has a form that normalises to nothing`);
  const previous = map.get(key);
  if (previous !== undefined && idOf(previous) !== idOf(value)) {
    throw new Error(`offices.json: form "${key}" is claimed by both "${idOf(previous)}" and "${idOf(value)}"`);
  }
  map.set(key, value);
}

/**
 * The office a title form names, case- and diacritic-insensitively; a leading "the" is ignored.
 * Returns undefined for forms no office lists (modifiers are not stripped: see {@link findModifier}).
 * @example findOffice('Minister of External Affairs')?.id // "foreign-minister"
 * @example findOffice('premier')?.title // "Prime Minister"
 */
export function findOffice(form: string): Office | undefined {
  const key = normaliseName(form);
  const { byForm } = loadOffices();
  return byForm.get(key) ?? (key.startsWith('the ') ? byForm.get(key.slice(4)) : undefined);
}

/**
 * The office with this id, if any.
 * @example getOffice('secretary-of-state')?.equivalent // "foreign-minister"
 */
export function getOffice(id: string): Office | undefined {
  return loadOffices().byId.get(id);
}

/**
 * The modifier a word or phrase is ("ex-", "then-", "newly re-elected"), if any.
 * @example findModifier('ex-')?.meaning // "former"
 */
export function findModifier(word: string): OfficeModifier | undefined {
  return loadOffices().modifierByForm.get(normaliseName(word));
}
