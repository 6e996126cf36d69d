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

/** When a fact row is about: its date at its precision, the date's words, the event. */
interface When {
  readonly time: string | null;
  readonly timePrecision: 'day' | 'month' | 'year' | null;
  readonly timeText: string | null;
  readonly eventRef: string | null;
}

function when(time: string | null, timeText: string | null = null, eventRef: string | null = null): When {
  return { time, timePrecision: precisionOf(time), timeText, eventRef };
}

const UNDATED = when(null);

/** What a call site says of one fact row; the ids are looked up from the names. */
interface RowSpec {
  readonly kind: FactKind;
  readonly ref: string;
  readonly subject: string | null;
  readonly subjectKinds: readonly LinkKind[];
  readonly object?: string | null;
  /** Absent: the row has no object entity. */
  readonly objectKinds?: readonly LinkKind[];
  readonly value: string | null;
  readonly args: Readonly<Record<string, unknown>>;
  readonly modality?: Modality;
  readonly evidence: readonly Evidence[] | undefined;
}

/**
 * Every statement of the facts view as a fact row: offices, memberships, events, attendance,
 * delegates, expected attendance and quotes, each with its evidence.
 */
export function factRows(facts: FactsView, entityOf: EntityOf): FactRow[] {
  const rows: FactRow[] = [];
  // Every row comes out of one literal (one object shape): literals spreading a shared base were
  // several times slower, each adding its properties one map transition at a time.
  const row = (spec: RowSpec, at: When = UNDATED): FactRow => ({
    kind: spec.kind,
    ref: spec.ref,
    subjectId: entityOf(spec.subject, spec.subjectKinds),
    subjectName: spec.subject,
    objectId: spec.objectKinds ? entityOf(spec.object, spec.objectKinds) : null,
    objectName: spec.object ?? null,
    value: spec.value,
    args: spec.args,
    modality: spec.modality ?? 'stated',
    time: at.time,
    timePrecision: at.timePrecision,
    timeText: at.timeText,
    eventRef: at.eventRef,
    evidence: spec.evidence ?? [],
  });

  facts.people.forEach((p, i) => {
    p.offices.forEach((o, j) => {
      const args = { person: p.name, title: o.title, of: o.of };
      rows.push(row({ kind: 'office', ref: `people[${i}].offices[${j}]`, subject: p.name, subjectKinds: PERSON, object: o.of, objectKinds: COUNTRY_FIRST, value: o.title, args, evidence: o.evidence }));
    });
  });

  facts.memberships.forEach((m, i) => {
    const args = { member: m.member, organization: m.organization, status: m.status, since: m.since, hedged: m.hedged };
    const modality = m.hedged ? 'hedged' : 'stated';
    rows.push(row({ kind: 'membership', ref: `memberships[${i}]`, subject: m.member, subjectKinds: COUNTRY_FIRST, object: m.organization, objectKinds: ORG_FIRST, value: m.status, args, modality, evidence: m.evidence }, when(m.since)));
  });

  facts.events.forEach((e, i) => {
    const at = when(e.date, e.date_text, e.id);
    const args = { id: e.id, kind: e.kind, name: e.name, place: e.place, date: e.date, date_text: e.date_text, organization: e.organization, host: e.host ?? null };
    rows.push(row({ kind: 'event', ref: `events[${i}]`, subject: e.organization, subjectKinds: ORG_FIRST, object: e.host ?? null, objectKinds: PERSON, value: e.name, args, evidence: e.evidence }, at));
    e.attendees.forEach((a, j) => {
      const args = { event: e.id, person: a.person, representing: a.representing };
      rows.push(row({ kind: 'attendance', ref: `events[${i}].attendees[${j}]`, subject: a.person, subjectKinds: PERSON, object: a.representing, objectKinds: COUNTRY_FIRST, value: e.name, args, evidence: a.evidence }, at));
    });
    e.represented_by_delegate.forEach((d, j) => {
      const args = { event: e.id, country: d.country, delegate: d.delegate, instead_of: d.instead_of, instead_of_id: entityOf(d.instead_of, PERSON) };
      rows.push(row({ kind: 'delegate', ref: `events[${i}].represented_by_delegate[${j}]`, subject: d.country, subjectKinds: COUNTRY_FIRST, object: d.delegate, objectKinds: PERSON, value: e.name, args, evidence: d.evidence }, at));
    });
    e.expected_only.forEach((name, j) => {
      // The facts view gives expected attendance no span of its own; the event's words stand in.
      rows.push(row({ kind: 'expected', ref: `events[${i}].expected_only[${j}]`, subject: name, subjectKinds: PERSON, value: e.name, args: { event: e.id, person: name }, modality: 'expected', evidence: e.evidence }, at));
    });
  });

  facts.quotes.forEach((q, i) => {
    const args = { speaker: q.speaker, text: q.text, event: q.event };
    rows.push(row({ kind: 'quote', ref: `quotes[${i}]`, subject: q.speaker, subjectKinds: SPEAKER, value: q.text, args, evidence: q.evidence }, when(null, null, q.event)));
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
