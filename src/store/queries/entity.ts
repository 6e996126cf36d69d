import { sql } from 'kysely';
import type { EntityKind } from '../../reconcile/types.js';
import type { FactKind } from '../schema.js';
import type { Db } from '../repo/db.js';
import { json } from '../repo/db.js';
import { findEntity, type EntitySummary } from './find-entity.js';
import { sourcesOf, type Source } from './sources.js';

/** Sources listed per grouped statement (the count says how many there are in all). */
export const SOURCES_PER_ITEM = 5;
/** Events and quotes listed at most, newest first (the totals say how many there are). */
const EVENTS_SHOWN = 50;
const QUOTES_SHOWN = 30;

/** A statement many articles may make, grouped: how often, first and last seen, a few sources. */
export interface Grouped {
  readonly count: number;
  /** Earliest and latest date of the articles (or of the facts' own dates). */
  readonly first: string | null;
  readonly last: string | null;
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
  readonly articles: number;
  readonly offices: readonly OfficeItem[];
  readonly memberships: readonly MembershipItem[];
  readonly events: { readonly total: number; readonly items: readonly EventItem[] };
  readonly quotes: { readonly total: number; readonly items: readonly QuoteItem[] };
}

/**
 * What the store knows about an entity: offices over time (held, or for a country or
 * organisation, its office holders), memberships, events attended, quotes, each with sources.
 * @throws DossierError NOT_IN_STORE, AMBIGUOUS_NAME
 */
export async function getEntity(db: Db, query: string, kinds?: readonly EntityKind[]): Promise<EntityView> {
  const entity = await findEntity(db, query, kinds);
  const [articles, offices, memberships, events, quotes] = await Promise.all([
    db.selectFrom('entity_links').select((eb) => eb.fn.count<number>('article_pk').distinct().as('n')).where('entity_id', '=', entity.id).executeTakeFirst(),
    officesOf(db, entity),
    membershipsOf(db, entity.id),
    eventsOf(db, entity),
    quotesOf(db, entity.id),
  ]);
  return { entity, articles: Number(articles?.n ?? 0), offices, memberships, events, quotes };
}

async function officesOf(db: Db, entity: EntitySummary): Promise<OfficeItem[]> {
  const side = entity.kind === 'person' ? 'subject_id' : 'object_id';
  const groups = await db
    .selectFrom('facts')
    .select((eb) => [
      'value',
      'subject_id',
      'object_id',
      eb.fn.max('subject_name').as('subject_name'),
      eb.fn.max('object_name').as('object_name'),
      eb.fn.countAll<number>().as('n'),
      eb.fn.min('at').as('first'),
      eb.fn.max('at').as('last'),
    ])
    .where(side, '=', entity.id)
    .where('kind', '=', 'office')
    .groupBy(['value', 'subject_id', 'object_id'])
    .orderBy('first')
    .orderBy('value')
    .execute();
  const out: OfficeItem[] = [];
  for (const g of groups) {
    const picks = await recent(db, 'office', side, entity.id, (q) => q.where('value', '=', g.value).where('subject_id', 'is', g.subject_id).where('object_id', 'is', g.object_id));
    out.push({
      title: g.value ?? '',
      person: g.subject_name,
      personId: g.subject_id,
      of: g.object_name,
      ofId: g.object_id,
      count: Number(g.n),
      first: g.first,
      last: g.last,
      sources: picks,
    });
  }
  return out;
}

/** Memberships the entity holds (as a member). */
async function membershipsOf(db: Db, id: string): Promise<MembershipItem[]> {
  const groups = await db
    .selectFrom('facts')
    .select((eb) => [
      'object_id',
      'value',
      'modality',
      eb.fn.max('object_name').as('object_name'),
      eb.fn.countAll<number>().as('n'),
      eb.fn.min('published').as('first'),
      eb.fn.max('published').as('last'),
      eb.fn.min('time').as('since'),
    ])
    .where('subject_id', '=', id)
    .where('kind', '=', 'membership')
    .groupBy(['object_id', 'value', 'modality'])
    .orderBy('object_id')
    .orderBy('value')
    .execute();
  const out: MembershipItem[] = [];
  for (const g of groups) {
    const picks = await recent(db, 'membership', 'subject_id', id, (q) => q.where('object_id', 'is', g.object_id).where('value', '=', g.value).where('modality', '=', g.modality));
    out.push({
      organisation: g.object_name,
      organisationId: g.object_id,
      status: g.value ?? '',
      hedged: g.modality !== 'stated',
      since: g.since,
      count: Number(g.n),
      first: g.first,
      last: g.last,
      sources: picks,
    });
  }
  return out;
}

/** The most recent facts of a group, as sources. */
export async function recent(
  db: Db,
  kind: FactKind,
  side: 'subject_id' | 'object_id',
  id: string,
  narrow: (q: ReturnType<typeof baseFacts>) => ReturnType<typeof baseFacts>,
  limit = SOURCES_PER_ITEM,
): Promise<Source[]> {
  const rows = await narrow(baseFacts(db, kind, side, id)).orderBy('at', 'desc').orderBy('id', 'desc').limit(limit).execute();
  const sources = await sourcesOf(db, rows);
  return rows.flatMap((r) => sources.get(r.id) ?? []);
}

function baseFacts(db: Db, kind: FactKind, side: 'subject_id' | 'object_id', id: string) {
  return db.selectFrom('facts').select(['id', 'article_pk']).where(side, '=', id).where('kind', '=', kind);
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

async function eventsOf(db: Db, entity: EntitySummary): Promise<{ total: number; items: EventItem[] }> {
  const roles = eventRoles(entity.kind);
  let total = 0;
  const rows: (EventRow & { role: EventItem['role'] })[] = [];
  for (const r of roles) {
    const count = await db.selectFrom('facts').select((eb) => eb.fn.countAll<number>().as('n')).where(r.side, '=', entity.id).where('kind', '=', r.kind).executeTakeFirst();
    total += Number(count?.n ?? 0);
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
  return { total, items };
}

async function quotesOf(db: Db, id: string): Promise<{ total: number; items: QuoteItem[] }> {
  const count = await db.selectFrom('facts').select((eb) => eb.fn.countAll<number>().as('n')).where('subject_id', '=', id).where('kind', '=', 'quote').executeTakeFirst();
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
  return { total: Number(count?.n ?? 0), items: rows.map((r) => ({ text: r.value ?? '', event: r.event, source: sources.get(r.id)! })) };
}

function cmpDesc(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? 1 : -1;
}
