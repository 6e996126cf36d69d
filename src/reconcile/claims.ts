/**
 * An article's claims, each under a slot key that names what it is about with entity ids, so
 * that claims of different articles about the same thing meet whatever the spelling:
 *
 * - `membership|<member>|<org>`: status (and since, except for founding members), hedged or not,
 *   marked `before` a date when stated in the past tense; and suspensions ("suspended since 2011")
 * - `founded|<org>`: the founding year, from "founding member" memberships and stated foundings
 * - `office|<person>|<of>`: the title a person holds
 * - `representation|<country>|<scope>`: who attended for a country, the delegate it sent, or that
 *   it was not represented
 * - `attendance|<person>|<scope>`: attended (no country given), absent (a delegate came instead),
 *   expected (hedged)
 * - `event-date|<scope>`, `event-place|<scope>`, `event-host|<scope>`: of the article's main event
 *
 * `<scope>` is the story id: everything an article says about attendance is taken to be about
 * its story's event (extraction may split one summit into several events).
 */
import type { Evidence, FactsEvent, FactsView } from '../core/facts.js';
import { normaliseName } from '../knowledge/normalise.js';
import { looksLikePersonName } from './article-names.js';
import { countryIdOf, officeTitleKey, organisationIdOf } from './knowledge-ids.js';
import { nameParts, slug } from './names.js';
import { linkLookup, placeholderId } from './profile.js';
import type { Claim, ClaimDetail, EntityKind, EntityLink } from './types.js';

/** The scope of event slots when the caller gives none: all the claims compared share one event. */
export const DEFAULT_SCOPE = 'story';
/** An event dated further than this from publication is background, not the story's event. */
export const MAIN_EVENT_DAYS = 30;

/** The status of a suspension claim in a membership slot (no status of the facts view). */
export const SUSPENDED = 'suspended';
/** The status of a representation claim saying a country had no one at the event. */
export const NOT_REPRESENTED = 'not represented';

/** The slot type of a slot key (`membership`, `founded`, …). */
export function slotType(slot: string): string {
  return slot.slice(0, slot.indexOf('|'));
}

/** Slot types about the event of the claim's story (their keys end with the story id). */
export const STORY_EVENT_SLOT_TYPES: readonly string[] = ['representation', 'attendance', 'event-date', 'event-place', 'event-host'];
const STORY_EVENT = new Set(STORY_EVENT_SLOT_TYPES);

/**
 * Whether a slot is about its story's own event (who attended, the date, the place): its claims
 * all come from that story, so judging it store-wide would repeat the story's verdict.
 */
export function isStoryEventSlot(slot: string): boolean {
  return STORY_EVENT.has(slotType(slot));
}

/** A resolver from an article's names to entity ids: its links, else the knowledge, else `~name`. */
function resolver(links: readonly EntityLink[]) {
  const lookup = linkLookup(links);
  const fallback = (kind: EntityKind, name: string) => {
    if (kind === 'person') return `person:~${slug(nameParts(name).full)}`;
    if (kind === 'organisation') return organisationIdOf(name) ?? `org:~${slug(name)}`;
    return countryIdOf(name) ?? organisationIdOf(name) ?? `country:~${slug(name)}`;
  };
  return {
    person: (name: string) => lookup('person', name) ?? fallback('person', name),
    org: (name: string) => lookup('organisation', name) ?? fallback('organisation', name),
    place: (name: string) => placeholderId(lookup, name) ?? fallback('country', name),
  };
}

function daysBetween(a: string, b: string): number {
  return Math.abs(Date.parse(`${a.slice(0, 10)}T00:00:00Z`) - Date.parse(`${b.slice(0, 10)}T00:00:00Z`)) / 86_400_000;
}

/**
 * The article's main event: its first summit (else meeting) that is not background (dated within
 * {@link MAIN_EVENT_DAYS} of publication, or undated).
 */
export function mainEvent(facts: FactsView): FactsEvent | null {
  const published = facts.published;
  const current = (e: FactsEvent): boolean => {
    if (!e.date || !published) return true;
    if (/^\d{4}-\d{2}-\d{2}$/.test(e.date)) return daysBetween(e.date, published) <= MAIN_EVENT_DAYS;
    if (/^\d{4}-W/.test(e.date)) return e.date.slice(0, 4) === published.slice(0, 4);
    // A year or month: current when it contains the publication date ("2009" in 2023 is background).
    return published.startsWith(e.date);
  };
  return facts.events.find((e) => e.kind === 'summit' && current(e)) ?? facts.events.find((e) => e.kind === 'meeting' && current(e)) ?? null;
}

/** The claims an article makes, deduplicated per slot and value (evidence merged), in a stable order. */
export function claimsOf(facts: FactsView, links: readonly EntityLink[], scopeOf: string | ((eventId: string) => string) = DEFAULT_SCOPE): Claim[] {
  const r = resolver(links);
  const main = mainEvent(facts);
  const anchor = main ?? facts.events[0];
  const scope = typeof scopeOf === 'string' ? scopeOf : anchor ? scopeOf(anchor.id) : DEFAULT_SCOPE;
  const out = new Map<string, Claim>();
  const add = (slot: string, label: string, value: string, detail: ClaimDetail, hedged: boolean, evidence: readonly Evidence[] | undefined) => {
    const key = `${slot}\u0000${value}\u0000${hedged}`;
    const prev = out.get(key);
    const ev = evidence ?? [];
    if (prev) {
      const seen = new Set(prev.evidence.map((e) => `${e.start}:${e.end}`));
      out.set(key, { ...prev, evidence: [...prev.evidence, ...ev.filter((e) => !seen.has(`${e.start}:${e.end}`))] });
    } else {
      out.set(key, { slot, label, value, detail, hedged, articleId: facts.id, published: facts.published, evidence: ev });
    }
  };

  for (const m of facts.memberships) {
    if (m.explicit === false) continue;
    const member = r.place(m.member);
    const org = r.org(m.organization);
    const founding = m.status === 'founding member';
    const since = founding ? null : m.since;
    // a status stated in the past tense held before a date, maybe no longer: the judge places it
    const before = m.before ?? null;
    add(
      `membership|${member}|${org}`,
      `membership of ${m.member} in ${m.organization}`,
      `${m.hedged ? 'expected: ' : ''}${m.status}${since ? ` since ${since}` : ''}${before ? ` (before ${before})` : ''}`,
      { status: m.status, date: since, ...(before ? { before } : {}) },
      m.hedged,
      m.evidence,
    );
    if (founding && m.since && !m.hedged) {
      add(`founded|${org}`, `founding of ${m.organization}`, `founded in ${m.since.slice(0, 4)}`, { date: m.since.slice(0, 4) }, false, m.evidence);
    }
  }

  for (const f of facts.foundings ?? []) {
    const year = f.date.slice(0, 4);
    add(`founded|${r.org(f.organization)}`, `founding of ${f.organization}`, `founded in ${year}`, { date: year }, false, f.evidence);
  }
  for (const x of facts.suspensions ?? []) {
    add(
      `membership|${r.place(x.member)}|${r.org(x.organization)}`,
      `membership of ${x.member} in ${x.organization}`,
      `suspended${x.since ? ` since ${x.since}` : ''}`,
      { status: SUSPENDED, date: x.since },
      false,
      x.evidence,
    );
  }

  for (const p of facts.people) {
    if (p.in_boilerplate) continue;
    const person = r.person(p.name);
    for (const o of p.offices) {
      if (!o.of) continue;
      add(`office|${person}|${r.place(o.of)}`, `office of ${p.name} (${o.of})`, o.title, { status: officeTitleKey(o.title) }, false, o.evidence);
    }
  }

  for (const e of facts.events) {
    for (const a of e.attendees) {
      const who = r.person(a.person);
      if (a.representing) {
        add(`representation|${r.place(a.representing)}|${scope}`, `representation of ${a.representing} at the event`, `attended: ${a.person}`, { status: 'attended', who }, false, a.evidence);
      } else {
        add(`attendance|${who}|${scope}`, `attendance of ${a.person} at the event`, 'attended', { status: 'attended', who }, false, a.evidence);
      }
    }
    for (const d of e.represented_by_delegate) {
      const who = looksLikePersonName(d.delegate) ? r.person(d.delegate) : `role:${normaliseName(d.delegate)}`;
      add(
        `representation|${r.place(d.country)}|${scope}`,
        `representation of ${d.country} at the event`,
        `delegate: ${d.delegate}${d.instead_of ? ` instead of ${d.instead_of}` : ''}`,
        { status: 'delegate', who },
        false,
        d.evidence,
      );
      if (d.instead_of) {
        const absent = r.person(d.instead_of);
        add(`attendance|${absent}|${scope}`, `attendance of ${d.instead_of} at the event`, `absent (${d.delegate} instead)`, { status: 'absent', who: absent }, false, d.evidence);
      }
    }
    for (const n of e.not_represented ?? []) {
      add(`representation|${r.place(n.country)}|${scope}`, `representation of ${n.country} at the event`, 'not represented', { status: NOT_REPRESENTED }, false, n.evidence);
    }
    for (const x of e.expected_only) {
      const who = r.person(x);
      add(`attendance|${who}|${scope}`, `attendance of ${x} at the event`, 'expected', { status: 'expected', who }, true, e.evidence);
    }
  }

  if (main) {
    const label = main.name || main.kind;
    if (main.date) add(`event-date|${scope}`, `date of ${label}`, main.date, { date: main.date }, false, main.evidence);
    if (main.place) add(`event-place|${scope}`, `place of ${label}`, main.place, { status: normaliseName(main.place) }, false, main.evidence);
    if (main.host) {
      const host = r.person(main.host);
      add(`event-host|${scope}`, `host of ${label}`, main.host, { who: host }, false, main.evidence);
    }
  }

  return [...out.values()].sort((a, b) => (a.slot < b.slot ? -1 : a.slot > b.slot ? 1 : (a.evidence[0]?.start ?? 0) - (b.evidence[0]?.start ?? 0) || (a.value < b.value ? -1 : 1)));
}
