/**
 * An article's profile for story clustering: stemmed word counts and entity counts (the terms of
 * its TF-IDF vector), the entities it names, the organisation it is most about, its events, and
 * the date of what it reports.
 */
import { kindOfPlaceholder, localKey } from './article-names.js';
import { isMediaId, kbIdOf } from './knowledge-ids.js';
import { isStopWord, stem, words } from './text.js';
import type { ArticleInput, ArticleProfile, EntityKind, EntityLink, EventSignature } from './types.js';
import { normaliseName } from '../knowledge/normalise.js';

/** Prefix of entity terms in a profile's term counts (words never start with it). */
export const ENTITY_TERM = '@';

/** A lookup from an article's names to the entity ids its links give. */
export function linkLookup(links: readonly EntityLink[]): (kind: EntityKind, name: string | null | undefined) => string | null {
  const map = new Map<string, string>();
  for (const l of links) map.set(localKey(l.kind, l.name), l.entityId);
  return (kind, name) => (name ? (map.get(localKey(kind, name)) ?? null) : null);
}

/** The entity id of a bare name (member, representing country), whatever kind it resolved to. */
export function placeholderId(lookup: ReturnType<typeof linkLookup>, name: string | null | undefined): string | null {
  if (!name) return null;
  return lookup(kindOfPlaceholder(name), name) ?? lookup('country', name) ?? lookup('organisation', name);
}

// Insertion order (first use in the text) is already deterministic: no need to sort. Filled by a
// loop into a prototype-less object: Object.fromEntries took several times as long on the
// hundreds of terms of an article. (No prototype, so no term can be taken for one of its keys.)
function asRecord(counts: Map<string, number>): Record<string, number> {
  const out = Object.create(null) as Record<string, number>;
  for (const [term, n] of counts) out[term] = n;
  return out;
}

/**
 * The word terms of a text's profile: stemmed words outside boilerplate, stop words left out,
 * counted, in order of first use. It depends on the text alone.
 */
export function wordCounts(text: string, boilerplate: readonly { readonly start: number; readonly end: number }[] = []): [string, number][] {
  const counts = new Map<string, number>();
  for (const w of words(text, boilerplate)) {
    if (isStopWord(w.norm)) continue;
    const t = stem(w.norm);
    counts.set(t, (counts.get(t) ?? 0) + 1);
  }
  return [...counts];
}

/** Build the profile of an article from its text, facts and entity links. */
export function profileArticle(article: ArticleInput, links: readonly EntityLink[]): ArticleProfile {
  const { facts } = article;
  const lookup = linkLookup(links);
  const counts = new Map<string, number>(article.wordCounts ?? wordCounts(article.text, article.boilerplate));
  const bump = (t: string, n = 1) => counts.set(t, (counts.get(t) ?? 0) + n);

  const entities = new Set<string>();
  const weak = new Set<string>();
  const orgWeight = new Map<string, number>();
  for (const p of facts.people) {
    const id = lookup('person', p.name);
    if (id === null || p.in_boilerplate) continue;
    // A name with no office the article states is weak evidence of the story (commentators,
    // witnesses, analysts quoted in passing): its words count, not an entity term.
    if (p.offices.length === 0 && !kbIdOf(id)) {
      weak.add(id);
      continue;
    }
    entities.add(id);
    bump(ENTITY_TERM + id, Math.max(1, p.evidence?.length ?? p.mentions.length));
  }
  for (const o of facts.organizations) {
    const id = lookup('organisation', o.name);
    if (id === null || o.in_boilerplate || isMediaId(id)) continue;
    entities.add(id);
    const n = Math.max(1, o.evidence?.length ?? o.mentions.length);
    bump(ENTITY_TERM + id, n);
    // An organisation the knowledge does not list is more often a body of the main one
    // ("NATO-Ukraine Council") than what the article is about.
    orgWeight.set(id, (orgWeight.get(id) ?? 0) + (kbIdOf(id) ? n : n / 2));
  }
  for (const l of links) {
    if (isMediaId(l.entityId) || entities.has(l.entityId) || weak.has(l.entityId)) continue;
    entities.add(l.entityId);
    bump(ENTITY_TERM + l.entityId);
  }
  for (const m of facts.memberships) {
    const id = lookup('organisation', m.organization);
    if (id && !isMediaId(id)) orgWeight.set(id, (orgWeight.get(id) ?? 0) + 1);
  }

  const events: EventSignature[] = facts.events.map((e) => ({
    kind: e.kind,
    organisation: lookup('organisation', e.organization),
    place: e.place ? normaliseName(e.place) : null,
    date: e.date,
  }));
  for (const e of events) if (e.organisation) orgWeight.set(e.organisation, (orgWeight.get(e.organisation) ?? 0) + 2);
  const organisation = [...orgWeight].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? null;
  const date = facts.published ?? events.find((e) => e.date && /^\d{4}-\d{2}-\d{2}$/.test(e.date))?.date ?? null;

  return {
    id: article.id,
    published: facts.published,
    organisation,
    terms: asRecord(counts),
    entities: [...entities].sort(),
    events,
    date,
  };
}
