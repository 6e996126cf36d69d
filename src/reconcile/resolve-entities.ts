/**
 * Cross-article entity resolution for one article at a time: each person, organisation and
 * country the article names is linked to a store entity, found through blocking keys, with the
 * reason for the link. Countries and organisations go by the reference knowledge (or, unknown,
 * by equal names); people by the knowledge's office holders, else by evidence: an equal full
 * name, or a similar name (transliteration variants) with the same office and country, or the
 * same given name with a variant family name. A family name alone never links two people.
 */
import type { FactsView } from '../core/facts.js';
import { normaliseName } from '../knowledge/normalise.js';
import { getPerson, startsNoLaterThan, type Person } from '../knowledge/office-holders.js';
import { acronymKey, isAcronymShaped, nameKey } from '../knowledge/organisations.js';
import { articleNames } from './article-names.js';
import { countryIdOf, officeTitleKey, organisationIdOf, peopleNamed } from './knowledge-ids.js';
import { familySimilarity, foldToken, givenCompatible, nameParts, skeleton, slug } from './names.js';
import type { EntityKind, EntityLink, EntityMention, EntityMerge, EntityOffice, EntityOverrides, EntityRecord, EntityResolution, PreparedName } from './types.js';

/** A link to an existing person needs at least this evidence score (see `personMatch`). */
export const PERSON_LINK_THRESHOLD = 0.8;
/** Two existing entities that both match a name at this score or more are merged. */
export const PERSON_MERGE_THRESHOLD = 0.9;
/** Family names at least this similar (after folding) may be variants of one another. */
export const FAMILY_SIMILARITY = 0.85;

/** The entity id an office's `of` resolves to (a country or an organisation), or null. */
export function ofEntityId(of: string | null): string | null {
  if (!of) return null;
  return countryIdOf(of) ?? organisationIdOf(of) ?? `country:~${slug(of)}`;
}

/** A mention's offices in the comparable form entity records keep. */
export function mentionOffices(m: EntityMention): EntityOffice[] {
  return sortOffices(m.offices.map((o) => ({ title: officeTitleKey(o.title), of: ofEntityId(o.of) })));
}

function sortOffices(list: readonly EntityOffice[]): EntityOffice[] {
  const seen = new Map<string, EntityOffice>();
  for (const o of list) seen.set(`${o.title}|${o.of ?? ''}`, o);
  return [...seen.entries()].sort(([a], [b]) => cmp(a, b)).map(([, o]) => o);
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Names of a mention that carry more than a family name (used for matching). */
function fullNames(names: readonly string[]): string[] {
  return names.filter((n) => nameParts(n).given.length > 0);
}

// The knowledge's terms name offices by id and countries by alpha-2 code (organisations `org:X`).
function termMatches(person: Person, offices: readonly EntityOffice[], at: string | null): boolean {
  return person.terms.some((t) =>
    offices.some((o) => {
      if (o.of === null) return false;
      const of = o.of.startsWith('country:') ? o.of.slice(8) : o.of;
      if (t.office !== o.title || t.of !== of) return false;
      return at === null || (startsNoLaterThan(t.from, at) && (t.to == null || startsNoLaterThan(at, t.to)));
    }),
  );
}

/**
 * The reference-knowledge person a mention is, when the evidence is enough: a full name or
 * variant the knowledge lists for exactly one person, or (a family name alone, or a full name shared
 * by several) exactly one of them holding the stated office at the article's date.
 */
export function personKbId(m: EntityMention, published: string | null): { id: string; reason: string } | null {
  const offices = mentionOffices(m);
  const full = fullNames([m.name, ...m.mentions]);
  const byFull = new Map<string, Person>();
  for (const n of full) for (const p of peopleNamed(n)) byFull.set(p.id, p);
  if (byFull.size === 1) return { id: [...byFull.keys()][0]!, reason: 'knowledge: office holders list this name' };
  if (byFull.size === 0) {
    // A full name the knowledge does not list verbatim ("Kassym-Jomart Toqaev"): its family name
    // may be a listed variant; the given names must then agree too (Heydar is not Ilham Aliyev).
    const fits = new Map<string, Person>();
    for (const n of full) {
      const parts = nameParts(n);
      for (const p of peopleNamed(parts.family)) {
        const given = p.givenName ? nameParts(`${p.givenName} x`).given : [];
        if (given.length > 0 && parts.given.length > 0 && givenCompatible(given, parts.given) && foldToken(given[0]!) === foldToken(parts.given[0]!)) fits.set(p.id, p);
      }
    }
    if (fits.size === 1) return { id: [...fits.keys()][0]!, reason: 'knowledge: a listed family-name variant with the same given name' };
  }
  const pool = byFull.size > 1 ? [...byFull.values()] : full.length === 0 ? [...peopleNamed(m.name)] : [];
  const fitting = pool.filter((p) => termMatches(p, offices, published));
  if (fitting.length === 1) return { id: fitting[0]!.id, reason: 'knowledge: the name and the office held at the date' };
  return null;
}

/** Blocking keys of an entity record or of a mention about to be resolved. */
export function keysFor(kind: EntityKind, names: readonly string[], kbId: string | null): string[] {
  const keys = new Set<string>();
  if (kind === 'person') {
    if (kbId) keys.add(`p:kb:${kbId}`);
    for (const n of names) {
      const parts = nameParts(n);
      if (parts.family === '') continue;
      if (parts.given.length > 0) keys.add(`p:name:${parts.full}`);
      keys.add(`p:fam:${skeleton(parts.family)}`);
    }
  } else {
    const p = kind === 'country' ? 'c' : 'o';
    if (kbId) keys.add(`${p}:kb:${kbId}`);
    for (const n of names) {
      if (isAcronymShaped(n.trim())) keys.add(`${p}:acr:${acronymKey(n.trim())}`);
      else if (nameKey(n) !== '') keys.add(`${p}:name:${nameKey(n)}`);
    }
  }
  return [...keys].sort();
}

/** The blocking keys under which to look for the entities a mention may be. */
export function entityKeys(mention: EntityMention, published: string | null = null): string[] {
  return keysOfMention(mention, mention.kind === 'person' ? personKbId(mention, published) : null);
}

function keysOfMention(mention: EntityMention, person: { readonly id: string } | null): string[] {
  const kb = mention.kind === 'person' ? person?.id ?? null : mention.kind === 'country' ? countryIdOf(mention.name)?.slice(8) ?? null : organisationIdOf(mention.name)?.slice(4) ?? null;
  return keysFor(mention.kind, [mention.name, ...mention.mentions], kb);
}

/** The names of an article with what resolution reads of each before the store: knowledge person and blocking keys. */
export function prepareNames(article: FactsView): PreparedName[] {
  return articleNames(article).map((mention) => {
    const kb = mention.kind === 'person' ? personKbId(mention, article.published) : null;
    return { mention, kb, keys: keysOfMention(mention, kb) };
  });
}

interface Scored {
  readonly score: number;
  readonly reason: string;
}

/**
 * How strongly the evidence says a person mention is an existing entity: 1 for an equal full
 * name; 0.9+ for a similar name with the same office and country; 0.85 for the same given name
 * and a transliteration variant of the family name; 0.8 for a family name alone with the same
 * office and country. 0 otherwise (different given names, different generational suffixes).
 */
export function personMatch(m: EntityMention, offices: readonly EntityOffice[], e: EntityRecord): Scored {
  let best: Scored = { score: 0, reason: '' };
  const shared = offices.find((o) => o.of !== null && e.offices.some((x) => x.title === o.title && x.of === o.of));
  const mineNames = [m.name, ...m.mentions];
  for (const n of mineNames) {
    const pn = nameParts(n);
    if (pn.family === '') continue;
    // A mention word alone ("Putin") is matched only through the article's full name.
    if (pn.given.length === 0 && n !== m.name) continue;
    for (const a of e.aliases) {
      const pa = nameParts(a);
      if (pa.family === '' || (pa.given.length === 0 && pn.given.length === 0 && !shared)) continue;
      if (pa.suffix !== pn.suffix && pa.suffix !== null && pn.suffix !== null) continue;
      let s: Scored = { score: 0, reason: '' };
      if (pa.full === pn.full && pn.given.length > 0 && pa.suffix === pn.suffix) s = { score: 1, reason: `same full name "${n}"` };
      else {
        const fam = familySimilarity(pa.family, pn.family);
        if (fam < FAMILY_SIMILARITY) continue;
        const bothGiven = pa.given.length > 0 && pn.given.length > 0;
        if (bothGiven && !givenCompatible(pa.given, pn.given)) continue;
        const sameSuffix = pa.suffix === pn.suffix;
        if (shared && sameSuffix) {
          s = { score: 0.9 + 0.05 * fam, reason: `same office (${shared.title} of ${shared.of}) and similar name "${n}" ~ "${a}" (${fam.toFixed(2)})` };
          if (!bothGiven) s = { score: fam >= 0.9 ? 0.8 : 0, reason: `family name "${n}" ~ "${a}" with the same office (${shared.title} of ${shared.of})` };
        } else if (bothGiven && sameSuffix && pa.given[0] === pn.given[0] && fam >= 0.9) {
          s = { score: 0.85, reason: `same given name, family name a spelling variant: "${n}" ~ "${a}" (${fam.toFixed(2)})` };
        }
      }
      if (s.score > best.score) best = s;
    }
  }
  return best;
}

function unknownId(kind: EntityKind, name: string, taken: (id: string) => boolean): string {
  const prefix = kind === 'person' ? 'person' : kind === 'country' ? 'country' : 'org';
  const base = `${prefix}:~${slug(kind === 'person' ? nameParts(name).full : name)}`;
  if (!taken(base)) return base;
  for (let i = 2; ; i++) if (!taken(`${base}#${i}`)) return `${base}#${i}`;
}

function splitProtected(id: string, overrides: EntityOverrides | undefined): boolean {
  return overrides?.splits.some((s) => s.entityId === id) ?? false;
}

/**
 * Resolve the names of one article against the candidate entities (those sharing a blocking key
 * with any of its names, see {@link entityKeys}). Deterministic: candidates are taken in id order
 * and names in facts-view order; ties go to the smaller id.
 */
export function resolveEntities(article: FactsView, candidates: readonly EntityRecord[], overrides?: EntityOverrides, prepared: readonly PreparedName[] = prepareNames(article)): EntityResolution {
  const pool = new Map<string, EntityRecord>();
  for (const c of [...candidates].sort((a, b) => cmp(a.id, b.id))) pool.set(c.id, c);
  const touched = new Set<string>();
  const links: EntityLink[] = [];
  const merges: EntityMerge[] = [];
  const gone = new Set<string>();

  for (const { mention: m, kb: person, keys: mentionKeys } of prepared) {
    const names = [m.name, ...m.mentions];
    const offices = m.kind === 'person' ? mentionOffices(m) : [];
    let id: string | null = null;
    let reason = '';
    let kbId: string | null = null;
    if (m.kind === 'person') {
      if (person) {
        kbId = person.id;
        id = `person:${person.id}`;
        reason = person.reason;
      }
      // Blocking: only the entities sharing a key with this mention's names are compared (the
      // pool holds those of every name in the article; scoring all of them against each name
      // was most of the cost of resolution where many people share a family name).
      const keys = new Set(mentionKeys);
      const scored = [...pool.values()]
        .filter((e) => e.kind === 'person' && !gone.has(e.id) && e.keys.some((k) => keys.has(k)))
        .map((e) => ({ e, ...personMatch(m, offices, e) }))
        .filter((x) => x.score >= PERSON_LINK_THRESHOLD && (kbId === null || x.e.kbId === null || x.e.kbId === kbId))
        .sort((a, b) => b.score - a.score || cmp(a.e.id, b.e.id));
      if (id === null && scored.length > 0) {
        const top = scored[0]!;
        // Two different entities matching equally well: the evidence does not say which one.
        const tie = scored.length > 1 && scored[1]!.score === top.score && top.score < 1;
        if (!tie) {
          id = top.e.id;
          kbId = top.e.kbId;
          reason = top.reason;
        }
      }
      if (id !== null) {
        for (const x of scored) {
          if (x.e.id === id || x.score < PERSON_MERGE_THRESHOLD || splitProtected(x.e.id, overrides) || splitProtected(id, overrides)) continue;
          if (x.e.kbId !== null && x.e.kbId !== kbId) continue;
          merges.push({ into: id, from: x.e.id, reason: `"${m.name}" in ${article.id}: ${x.reason}`, forced: false });
          gone.add(x.e.id);
          touched.delete(x.e.id);
          const into = pool.get(id);
          if (into) pool.set(id, absorb(into, x.e));
          else pool.set(id, { ...x.e, id, kbId });
        }
      }
    } else {
      const kb = m.kind === 'country' ? countryIdOf(m.name) : organisationIdOf(m.name) ?? firstKnown(m.mentions);
      if (kb) {
        id = kb;
        kbId = kb.slice(kb.indexOf(':') + 1);
        reason = `knowledge: ${m.kind === 'country' ? 'countries' : 'organisations'}`;
      } else {
        const keys = new Set(keysFor(m.kind, names, null));
        const same = [...pool.values()].find((e) => e.kind === m.kind && !gone.has(e.id) && e.keys.some((k) => keys.has(k)));
        if (same) {
          id = same.id;
          kbId = same.kbId;
          reason = 'same name';
        }
      }
    }
    if (id === null) {
      id = unknownId(m.kind, m.name, (x) => pool.has(x) || gone.has(x));
      reason = 'new';
    }
    const prev = pool.get(id);
    const next = prev ? addNames(prev, names, offices) : newRecord(id, m, offices, kbId);
    pool.set(id, next);
    touched.add(id);
    links.push({ articleId: article.id, kind: m.kind, name: m.name, entityId: id, reason });
  }
  const upserts = [...touched].sort(cmp).map((id) => pool.get(id)!);
  return { links, upserts, merges };
}

function firstKnown(names: readonly string[]): string | null {
  for (const n of names) {
    const id = organisationIdOf(n);
    if (id) return id;
  }
  return null;
}

function displayName(kbId: string | null, kind: EntityKind, aliases: readonly string[], current: string | null): string {
  if (kbId && kind === 'person') {
    const p = getPerson(kbId);
    if (p) return p.name;
  }
  let best = current ?? aliases[0] ?? '';
  for (const a of aliases) if (nameParts(a).full.split(' ').length > nameParts(best).full.split(' ').length) best = a;
  return best;
}

function newRecord(id: string, m: EntityMention, offices: readonly EntityOffice[], kbId: string | null): EntityRecord {
  const aliases = [...new Set([m.name, ...m.mentions])].sort(cmp);
  return {
    id,
    kind: m.kind,
    name: displayName(kbId, m.kind, [m.name], m.name),
    aliases,
    kbId,
    offices: sortOffices(offices),
    keys: keysFor(m.kind, aliases, kbId),
  };
}

function addNames(e: EntityRecord, names: readonly string[], offices: readonly EntityOffice[]): EntityRecord {
  const aliases = [...new Set([...e.aliases, ...names])].sort(cmp);
  return {
    ...e,
    name: displayName(e.kbId, e.kind, names, e.name),
    aliases,
    offices: sortOffices([...e.offices, ...offices]),
    keys: keysFor(e.kind, aliases, e.kbId),
  };
}

function absorb(into: EntityRecord, from: EntityRecord): EntityRecord {
  return addNames(into, from.aliases, from.offices);
}

/** Normalised form of a name for comparing with override lists. */
export function overrideKey(name: string): string {
  return normaliseName(name);
}
