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
  const base = { eventRef: null, time: null, timePrecision: null, timeText: null } as const;

  facts.people.forEach((p, i) => {
    p.offices.forEach((o, j) => {
      rows.push({
        ...base,
        kind: 'office',
        ref: `people[${i}].offices[${j}]`,
        subjectId: entityOf(p.name, PERSON),
        subjectName: p.name,
        objectId: entityOf(o.of, COUNTRY_FIRST),
        objectName: o.of,
        value: o.title,
        args: { person: p.name, title: o.title, of: o.of },
        modality: 'stated',
        evidence: o.evidence ?? [],
      });
    });
  });

  facts.memberships.forEach((m, i) => {
    rows.push({
      ...base,
      kind: 'membership',
      ref: `memberships[${i}]`,
      subjectId: entityOf(m.member, COUNTRY_FIRST),
      subjectName: m.member,
      objectId: entityOf(m.organization, ORG_FIRST),
      objectName: m.organization,
      value: m.status,
      args: { member: m.member, organization: m.organization, status: m.status, since: m.since, hedged: m.hedged },
      modality: m.hedged ? 'hedged' : 'stated',
      time: m.since,
      timePrecision: precisionOf(m.since),
      evidence: m.evidence ?? [],
    });
  });

  facts.events.forEach((e, i) => {
    const when = { time: e.date, timePrecision: precisionOf(e.date), timeText: e.date_text, eventRef: e.id };
    rows.push({
      ...when,
      kind: 'event',
      ref: `events[${i}]`,
      subjectId: entityOf(e.organization, ORG_FIRST),
      subjectName: e.organization,
      objectId: entityOf(e.host, PERSON),
      objectName: e.host ?? null,
      value: e.name,
      args: { id: e.id, kind: e.kind, name: e.name, place: e.place, date: e.date, date_text: e.date_text, organization: e.organization, host: e.host ?? null },
      modality: 'stated',
      evidence: e.evidence ?? [],
    });
    e.attendees.forEach((a, j) => {
      rows.push({
        ...when,
        kind: 'attendance',
        ref: `events[${i}].attendees[${j}]`,
        subjectId: entityOf(a.person, PERSON),
        subjectName: a.person,
        objectId: entityOf(a.representing, COUNTRY_FIRST),
        objectName: a.representing,
        value: e.name,
        args: { event: e.id, person: a.person, representing: a.representing },
        modality: 'stated',
        evidence: a.evidence ?? [],
      });
    });
    e.represented_by_delegate.forEach((d, j) => {
      rows.push({
        ...when,
        kind: 'delegate',
        ref: `events[${i}].represented_by_delegate[${j}]`,
        subjectId: entityOf(d.country, COUNTRY_FIRST),
        subjectName: d.country,
        objectId: entityOf(d.delegate, PERSON),
        objectName: d.delegate,
        value: e.name,
        args: { event: e.id, country: d.country, delegate: d.delegate, instead_of: d.instead_of, instead_of_id: entityOf(d.instead_of, PERSON) },
        modality: 'stated',
        evidence: d.evidence ?? [],
      });
    });
    e.expected_only.forEach((name, j) => {
      rows.push({
        ...when,
        kind: 'expected',
        ref: `events[${i}].expected_only[${j}]`,
        subjectId: entityOf(name, PERSON),
        subjectName: name,
        objectId: null,
        objectName: null,
        value: e.name,
        args: { event: e.id, person: name },
        modality: 'expected',
        // The facts view gives expected attendance no span of its own; the event's words stand in.
        evidence: e.evidence ?? [],
      });
    });
  });

  facts.quotes.forEach((q, i) => {
    rows.push({
      ...base,
      kind: 'quote',
      ref: `quotes[${i}]`,
      subjectId: entityOf(q.speaker, SPEAKER),
      subjectName: q.speaker,
      objectId: null,
      objectName: null,
      value: q.text,
      args: { speaker: q.speaker, text: q.text, event: q.event },
      modality: 'stated',
      eventRef: q.event,
      evidence: q.evidence ?? [],
    });
  });
  return rows;
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
