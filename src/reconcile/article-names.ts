/**
 * The names an article's facts view refers to, by kind: its people, its organisations (listed, or
 * named as a membership's organisation, an event's organisation or an office's `of`), and its
 * countries (members, representing countries, delegates' countries, offices' `of`).
 */
import type { FactsView } from '../core/facts.js';
import { countryIdOf, isOfficeTitle, organisationIdOf } from './knowledge-ids.js';
import type { EntityKind, EntityMention } from './types.js';

/** The kind a bare name (a member, an office's `of`) most likely is: country unless known as an organisation. */
export function kindOfPlaceholder(name: string): EntityKind {
  if (countryIdOf(name)) return 'country';
  return organisationIdOf(name) ? 'organisation' : 'country';
}

/**
 * True when a string reads as a person's name rather than a role: every word capitalised (name
 * particles aside) and not an office title ("Richard Marles", not "senior foreign ministry official"
 * or "Deputy Prime Minister").
 */
export function looksLikePersonName(text: string): boolean {
  const words = text.trim().split(/\s+/);
  if (words.length === 0 || isOfficeTitle(text) || kindOfPlaceholderKnown(text)) return false;
  return words.every((w) => /^\p{Lu}/u.test(w) || /^(?:da|de|di|do|dos|van|von|der|bin|ibn|al|el|la|le|ben|abu|bint)$/.test(w) || /^al-/.test(w));
}

function kindOfPlaceholderKnown(text: string): boolean {
  return countryIdOf(text) !== null || organisationIdOf(text) !== null;
}

/** Key of a name within one article: its kind plus the name as given. */
export function localKey(kind: EntityKind, name: string): string {
  return `${kind}|${name}`;
}

/** Every name of an article once per kind, in a stable order: people, organisations, countries. */
export function articleNames(facts: FactsView): EntityMention[] {
  const out = new Map<string, EntityMention>();
  const add = (m: EntityMention) => {
    if (m.name.trim() === '') return;
    const key = localKey(m.kind, m.name);
    const prev = out.get(key);
    if (!prev) out.set(key, m);
    else if (m.mentions.length || m.offices.length) {
      out.set(key, { ...prev, mentions: [...new Set([...prev.mentions, ...m.mentions])], offices: [...prev.offices, ...m.offices] });
    }
  };
  const bare = (name: string | null | undefined) => {
    if (name) add({ kind: kindOfPlaceholder(name), name, mentions: [], offices: [] });
  };
  for (const p of facts.people) {
    if (p.in_boilerplate) continue;
    add({ kind: 'person', name: p.name, mentions: p.mentions, offices: p.offices.map((o) => ({ title: o.title, of: o.of })) });
  }
  for (const o of facts.organizations) {
    if (!o.in_boilerplate) add({ kind: 'organisation', name: o.name, mentions: o.mentions, offices: [] });
  }
  for (const m of facts.memberships) {
    add({ kind: 'organisation', name: m.organization, mentions: [], offices: [] });
    bare(m.member);
  }
  for (const e of facts.events) {
    if (e.organization) add({ kind: 'organisation', name: e.organization, mentions: [], offices: [] });
    for (const a of e.attendees) bare(a.representing);
    for (const d of e.represented_by_delegate) bare(d.country);
  }
  for (const p of facts.people) for (const o of p.offices) bare(o.of);
  // People named only inside events (a leader who stayed away, a named delegate, a host).
  const person = (name: string | null | undefined) => {
    if (name && looksLikePersonName(name)) add({ kind: 'person', name, mentions: [], offices: [] });
  };
  for (const e of facts.events) {
    person(e.host);
    for (const a of e.attendees) person(a.person);
    for (const d of e.represented_by_delegate) {
      person(d.delegate);
      person(d.instead_of);
    }
    for (const x of e.expected_only) person(x);
  }
  const order: Record<EntityKind, number> = { person: 0, organisation: 1, country: 2 };
  return [...out.values()].sort((a, b) => order[a.kind] - order[b.kind]);
}
