/**
 * Rows the store keeps for one article, derived from its facts view and the entity each name was
 * resolved to. Pure: the repository writes what these functions return.
 */
import type { Evidence, FactsView } from '../core/facts.js';
import type { FactKind, Modality } from './schema.js';

/** The entity kinds the store links names to. */
export type LinkKind = 'person' | 'country' | 'organisation';

/** Finds the entity a name of the article was resolved to, trying the kinds in order. */
export type EntityOf = (name: string | null | undefined, kinds: readonly LinkKind[]) => string | null;

/** One fact of an article, ready to store (the article and the id are the repository's). */
export interface FactRow {
  readonly kind: FactKind;
  readonly ref: string;
  readonly subjectId: string | null;
  readonly subjectName: string | null;
  readonly objectId: string | null;
  readonly objectName: string | null;
  readonly value: string | null;
  readonly args: Readonly<Record<string, unknown>>;
  readonly modality: Modality;
  readonly time: string | null;
  readonly timePrecision: 'day' | 'month' | 'year' | null;
  readonly timeText: string | null;
  readonly eventRef: string | null;
  readonly evidence: readonly Evidence[];
}

/** One occurrence of an entity's name. */
export interface MentionRow {
  readonly entityId: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly rule: string | null;
}

const COUNTRY_FIRST: readonly LinkKind[] = ['country', 'organisation'];
const ORG_FIRST: readonly LinkKind[] = ['organisation', 'country'];
const PERSON: readonly LinkKind[] = ['person'];
const SPEAKER: readonly LinkKind[] = ['person', 'organisation', 'country'];

/** The precision of an ISO date as the facts view writes it (`2024`, `2024-07`, `2024-07-04`). */
export function precisionOf(date: string | null): 'day' | 'month' | 'year' | null {
  if (date === null) return null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(date)) return 'day';
  if (/^\d{4}-\d{2}$/.test(date)) return 'month';
  return /^\d{4}$/.test(date) ? 'year' : null;
}

/** Build an {@link EntityOf} from an article's links (`kind`, `name` as the facts view gives it). */
export function entityLookup(links: readonly { readonly kind: string; readonly name: string; readonly entityId: string }[]): EntityOf {
  const byKind = new Map<string, Map<string, string>>();
  for (const l of links) {
    const names = byKind.get(l.kind) ?? new Map<string, string>();
    names.set(l.name, l.entityId);
    byKind.set(l.kind, names);
  }
  return (name, kinds) => {
    if (!name) return null;
    for (const kind of kinds) {
      const id = byKind.get(kind)?.get(name);
      if (id) return id;
    }
    return null;
  };
}

/**
 * Every statement of the facts view as a fact row: offices, memberships, events, attendance,
 * delegates, expected attendance and quotes, each with its evidence.
 */
export function factRows(facts: FactsView, entityOf: EntityOf): FactRow[] {
  const rows: FactRow[] = [];
  // Every row is built by `row` (one object shape): literals spreading a shared base were
  // several times slower, each adding its properties one transition at a time.
  facts.people.forEach((p, i) => {
    p.offices.forEach((o, j) => {
      const args = { person: p.name, title: o.title, of: o.of };
      rows.push(row('office', `people[${i}].offices[${j}]`, entityOf(p.name, PERSON), p.name, entityOf(o.of, COUNTRY_FIRST), o.of, o.title, args, 'stated', null, null, null, o.evidence));
    });
  });

  facts.memberships.forEach((m, i) => {
    const args = { member: m.member, organization: m.organization, status: m.status, since: m.since, hedged: m.hedged };
    rows.push(row('membership', `memberships[${i}]`, entityOf(m.member, COUNTRY_FIRST), m.member, entityOf(m.organization, ORG_FIRST), m.organization, m.status, args, m.hedged ? 'hedged' : 'stated', m.since, null, null, m.evidence));
  });

  facts.events.forEach((e, i) => {
    const args = { id: e.id, kind: e.kind, name: e.name, place: e.place, date: e.date, date_text: e.date_text, organization: e.organization, host: e.host ?? null };
    rows.push(row('event', `events[${i}]`, entityOf(e.organization, ORG_FIRST), e.organization, entityOf(e.host, PERSON), e.host ?? null, e.name, args, 'stated', e.date, e.date_text, e.id, e.evidence));
    e.attendees.forEach((a, j) => {
      const args = { event: e.id, person: a.person, representing: a.representing };
      rows.push(row('attendance', `events[${i}].attendees[${j}]`, entityOf(a.person, PERSON), a.person, entityOf(a.representing, COUNTRY_FIRST), a.representing, e.name, args, 'stated', e.date, e.date_text, e.id, a.evidence));
    });
    e.represented_by_delegate.forEach((d, j) => {
      const args = { event: e.id, country: d.country, delegate: d.delegate, instead_of: d.instead_of, instead_of_id: entityOf(d.instead_of, PERSON) };
      rows.push(row('delegate', `events[${i}].represented_by_delegate[${j}]`, entityOf(d.country, COUNTRY_FIRST), d.country, entityOf(d.delegate, PERSON), d.delegate, e.name, args, 'stated', e.date, e.date_text, e.id, d.evidence));
    });
    e.expected_only.forEach((name, j) => {
      // The facts view gives expected attendance no span of its own; the event's words stand in.
      rows.push(row('expected', `events[${i}].expected_only[${j}]`, entityOf(name, PERSON), name, null, null, e.name, { event: e.id, person: name }, 'expected', e.date, e.date_text, e.id, e.evidence));
    });
  });

  facts.quotes.forEach((q, i) => {
    const args = { speaker: q.speaker, text: q.text, event: q.event };
    rows.push(row('quote', `quotes[${i}]`, entityOf(q.speaker, SPEAKER), q.speaker, null, null, q.text, args, 'stated', null, null, q.event, q.evidence));
  });
  return rows;
}

/** One fact row; `time` is an ISO date at its precision (or null), `eventRef` the event it is about. */
function row(
  kind: FactKind,
  ref: string,
  subjectId: string | null,
  subjectName: string | null,
  objectId: string | null,
  objectName: string | null,
  value: string | null,
  args: Readonly<Record<string, unknown>>,
  modality: Modality,
  time: string | null,
  timeText: string | null,
  eventRef: string | null,
  evidence: readonly Evidence[] | undefined,
): FactRow {
  return { kind, ref, subjectId, subjectName, objectId, objectName, value, args, modality, time, timePrecision: precisionOf(time), timeText, eventRef, evidence: evidence ?? [] };
}

/** Mentions of the article's people and organisations, from the spans the facts view gives them. */
export function mentionRows(facts: FactsView, text: string, entityOf: EntityOf): MentionRow[] {
  const rows: MentionRow[] = [];
  const add = (entityId: string | null, evidence: readonly Evidence[] | undefined) => {
    if (!entityId) return;
    for (const e of evidence ?? []) rows.push({ entityId, start: e.start, end: e.end, text: text.slice(e.start, e.end), rule: e.rule ?? null });
  };
  for (const p of facts.people) add(entityOf(p.name, PERSON), p.evidence);
  for (const o of facts.organizations) add(entityOf(o.name, ORG_FIRST), o.evidence);
  return rows;
}
