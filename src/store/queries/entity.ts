import { sql } from 'kysely';
import type { EntityKind } from '../../reconcile/types.js';
import type { FactKind } from '../schema.js';
import { json, type Db } from '../repo/db.js';
import { findEntity, type EntitySummary } from './find-entity.js';
import { sourcesOf, type Source } from './sources.js';

/** Events and quotes listed at most, newest first (the totals say how many there are). */
const EVENTS_SHOWN = 50;
const QUOTES_SHOWN = 30;
/** Office holders of a country or organisation listed at most, the most often stated first. */
const HOLDERS_SHOWN = 50;
/** Counting stops here ("1000+"): an exact count of a president's every mention costs more than it tells. */
export const COUNT_CAP = 1000;

/** A number of items, exact or a lower bound. */
export interface Total {
  readonly count: number;
  /** False when counting stopped at {@link COUNT_CAP}. */
  readonly exact: boolean;
}

/** A statement many articles may make, grouped: how often, first and last seen, a few sources. */
export interface Grouped {
  readonly count: number;
  /** Earliest and latest date of the statements (their own dates, else their articles'). */
  readonly first: string | null;
  readonly last: string | null;
  /** The latest sources (a few; `count` says how many there are). */
  readonly sources: readonly Source[];
}

/** An office held, or held by someone (for countries and organisations). */
export interface OfficeItem extends Grouped {
  readonly title: string;
  readonly person: string | null;
  readonly personId: string | null;
  readonly of: string | null;
  readonly ofId: string | null;
}

/** A membership the entity (a country, or an organisation) holds. */
export interface MembershipItem extends Grouped {
  readonly organisation: string | null;
  readonly organisationId: string | null;
  readonly status: string;
  readonly hedged: boolean;
  /** The earliest `since` any source gives, or null. */
  readonly since: string | null;
}

/** An event the entity took part in, as one article tells it. */
export interface EventItem {
  readonly role: 'attended' | 'delegate' | 'sent delegate' | 'expected' | 'host' | 'organised' | 'represented';
  readonly event: string;
  readonly kind: string | null;
  readonly date: string | null;
  readonly dateText: string | null;
  readonly place: string | null;
  readonly representing: string | null;
  /** For delegates: who was sent, instead of whom. */
  readonly delegate?: string | null;
  readonly insteadOf?: string | null;
  readonly person?: string | null;
  readonly source: Source;
}

/** A quote, as one article gives it. */
export interface QuoteItem {
  readonly text: string;
  readonly event: string | null;
  readonly source: Source;
}

/** Everything the store says about one entity. */
export interface EntityView {
  readonly entity: EntitySummary;
  /** Articles that name it. */
  readonly articles: Total;
  readonly offices: readonly OfficeItem[];
  readonly memberships: readonly MembershipItem[];
  readonly events: { readonly total: Total; readonly items: readonly EventItem[] };
  readonly quotes: { readonly total: Total; readonly items: readonly QuoteItem[] };
}

/**
 * What the store knows about an entity: offices over time (held, or for a country or
 * organisation, its office holders), memberships, events attended, quotes, each with sources.
 * Grouped statements come from the fact summaries ingest keeps, so a name in every article costs
 * no more than a rare one.
 * @throws DossierError NOT_IN_STORE, AMBIGUOUS_NAME
 */
export async function getEntity(db: Db, query: string, kinds?: readonly EntityKind[]): Promise<EntityView> {
  const entity = await findEntity(db, query, kinds);
  const [articles, offices, memberships, events, quotes] = await Promise.all([
    sql<{ n: number }>`SELECT count(*) AS n FROM (SELECT DISTINCT article_pk FROM entity_links WHERE entity_id = ${entity.id} LIMIT ${COUNT_CAP + 1})`.execute(db),
    officesOf(db, entity),
    membershipsOf(db, entity.id),
    eventsOf(db, entity),
    quotesOf(db, entity.id),
  ]);
  const n = Number(articles.rows[0]?.n ?? 0);
  return { entity, articles: { count: Math.min(n, COUNT_CAP), exact: n <= COUNT_CAP }, offices, memberships, events, quotes };
}

/** Summary rows with their sources (the facts of their samples). */
export async function withSources<T extends { samples: string }>(db: Db, rows: readonly T[], perRow: number): Promise<(T & { sources: Source[] })[]> {
  const ids = rows.map((r) => json<number[]>(r.samples).slice(0, perRow));
  const facts = await factsById(db, ids.flat());
  const sources = await sourcesOf(db, facts);
  return rows.map((r, i) => ({ ...r, sources: ids[i]!.flatMap((id) => sources.get(id) ?? []) }));
}

async function factsById(db: Db, ids: readonly number[]): Promise<{ id: number; article_pk: number }[]> {
  if (ids.length === 0) return [];
  return db.selectFrom('facts').select(['id', 'article_pk']).where('id', 'in', [...new Set(ids)]).execute();
}

async function officesOf(db: Db, entity: EntitySummary): Promise<OfficeItem[]> {
  const rows =
    entity.kind === 'person'
      ? await db.selectFrom('fact_summaries').selectAll().where('kind', '=', 'office').where('subject_key', '=', entity.id).orderBy('first_at').orderBy('value').execute()
      : await db.selectFrom('fact_summaries').selectAll().where('object_key', '=', entity.id).where('kind', '=', 'office').orderBy('n', 'desc').orderBy('subject_key').limit(HOLDERS_SHOWN).execute();
  return (await withSources(db, rows, 5)).map((r) => ({
    title: r.value,
    person: r.subject_name,
    personId: r.subject_key.startsWith('?') ? null : r.subject_key,
    of: r.object_name,
    ofId: r.object_key.startsWith('?') ? null : r.object_key,
    count: r.n,
    first: r.first_at,
    last: r.last_at,
    sources: r.sources,
  }));
}

/** Memberships the entity holds (as a member). */
async function membershipsOf(db: Db, id: string): Promise<MembershipItem[]> {
  const rows = await db.selectFrom('fact_summaries').selectAll().where('kind', '=', 'membership').where('subject_key', '=', id).orderBy('object_key').orderBy('value').execute();
  return (await withSources(db, rows, 5)).map((r) => ({
    organisation: r.object_name,
    organisationId: r.object_key.startsWith('?') ? null : r.object_key,
    status: r.value,
    hedged: r.modality !== 'stated',
    since: r.min_time,
    count: r.n,
    first: r.first_at,
    last: r.last_at,
    sources: r.sources,
  }));
}

/** Count facts, stopping at {@link COUNT_CAP}. */
async function cappedCount(db: Db, side: 'subject_id' | 'object_id', id: string, kind: FactKind): Promise<Total> {
  const row = await sql<{ n: number }>`SELECT count(*) AS n FROM (SELECT 1 FROM facts WHERE ${sql.ref(side)} = ${id} AND kind = ${kind} LIMIT ${COUNT_CAP + 1})`.execute(db);
  const n = Number(row.rows[0]?.n ?? 0);
  return { count: Math.min(n, COUNT_CAP), exact: n <= COUNT_CAP };
}

interface EventRow {
  id: number;
  article_pk: number;
  kind: string;
  subject_name: string | null;
  object_name: string | null;
  args: string;
  at: string | null;
  event_args: string | null;
}

/** The roles in which an entity of each kind appears in event facts. */
function eventRoles(kind: EntityKind): { kind: FactKind; side: 'subject_id' | 'object_id'; role: EventItem['role'] }[] {
  if (kind === 'person') {
    return [
      { kind: 'attendance', side: 'subject_id', role: 'attended' },
      { kind: 'delegate', side: 'object_id', role: 'delegate' },
      { kind: 'expected', side: 'subject_id', role: 'expected' },
      { kind: 'event', side: 'object_id', role: 'host' },
    ];
  }
  if (kind === 'country') {
    return [
      { kind: 'attendance', side: 'object_id', role: 'represented' },
      { kind: 'delegate', side: 'subject_id', role: 'sent delegate' },
    ];
  }
  return [
    { kind: 'event', side: 'subject_id', role: 'organised' },
    { kind: 'attendance', side: 'object_id', role: 'represented' },
  ];
}

async function eventsOf(db: Db, entity: EntitySummary): Promise<{ total: Total; items: EventItem[] }> {
  const roles = eventRoles(entity.kind);
  let count = 0;
  let exact = true;
  const rows: (EventRow & { role: EventItem['role'] })[] = [];
  for (const r of roles) {
    // Counting an index range beats summing summaries here: a country's attendance summaries are
    // one row per person and event, thousands for a country in every article.
    const t = await cappedCount(db, r.side, entity.id, r.kind);
    count += t.count;
    exact &&= t.exact;
    const found = await db
      .selectFrom('facts as f')
      .leftJoin('facts as ev', (join) => join.onRef('ev.article_pk', '=', 'f.article_pk').onRef('ev.event_ref', '=', 'f.event_ref').on('ev.kind', '=', 'event'))
      .select(['f.id', 'f.article_pk', 'f.kind', 'f.subject_name', 'f.object_name', 'f.args', 'f.at', 'ev.args as event_args'])
      .where(`f.${r.side}`, '=', entity.id)
      .where('f.kind', '=', r.kind)
      .orderBy('f.at', 'desc')
      .orderBy('f.id', 'desc')
      .limit(EVENTS_SHOWN)
      .execute();
    rows.push(...found.map((f) => ({ ...f, role: r.role })));
  }
  rows.sort((a, b) => cmpDesc(a.at, b.at) || b.id - a.id);
  const shown = rows.slice(0, EVENTS_SHOWN);
  const sources = await sourcesOf(db, shown);
  const items = shown.map((r): EventItem => {
    const args = json<Record<string, string | null>>(r.args);
    const ev = json<Record<string, string | null>>(r.event_args ?? r.args);
    return {
      role: r.role,
      event: ev['name'] ?? '',
      kind: ev['kind'] ?? null,
      date: ev['date'] ?? null,
      dateText: ev['date_text'] ?? null,
      place: ev['place'] ?? null,
      representing: args['representing'] ?? (r.kind === 'delegate' ? (args['country'] ?? null) : null),
      ...(r.kind === 'delegate' ? { delegate: args['delegate'] ?? null, insteadOf: args['instead_of'] ?? null } : {}),
      ...(r.kind === 'attendance' && r.role === 'represented' ? { person: args['person'] ?? null } : {}),
      source: sources.get(r.id)!,
    };
  });
  return { total: { count, exact }, items };
}

async function quotesOf(db: Db, id: string): Promise<{ total: Total; items: QuoteItem[] }> {
  const total = await cappedCount(db, 'subject_id', id, 'quote');
  const rows = await db
    .selectFrom('facts as f')
    .leftJoin('facts as ev', (join) => join.onRef('ev.article_pk', '=', 'f.article_pk').onRef('ev.event_ref', '=', 'f.event_ref').on('ev.kind', '=', 'event'))
    .select(['f.id', 'f.article_pk', 'f.value', sql<string | null>`ev.value`.as('event')])
    .where('f.subject_id', '=', id)
    .where('f.kind', '=', 'quote')
    .orderBy('f.at', 'desc')
    .orderBy('f.id', 'desc')
    .limit(QUOTES_SHOWN)
    .execute();
  const sources = await sourcesOf(db, rows);
  return { total, items: rows.map((r) => ({ text: r.value ?? '', event: r.event, source: sources.get(r.id)! })) };
}

function cmpDesc(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? 1 : -1;
}
