import type { EntityKind } from '../../reconcile/types.js';
import { sql } from 'kysely';
import type { FactKind } from '../schema.js';
import { COUNT_CAP, type Total } from './entity.js';
import { json, type Db } from '../repo/db.js';
import { findEntity, type EntitySummary } from './find-entity.js';
import { sourcesOf, type Source } from './sources.js';

/** One dated statement about an entity. */
export interface TimelineItem {
  /** The fact's own date, else its article's publication date, else null. */
  readonly date: string | null;
  /** `fact` when the text dates it (a since, an event date), `published` when only the article is dated. */
  readonly dated: 'fact' | 'published' | null;
  readonly kind: FactKind;
  readonly summary: string;
  readonly hedged: boolean;
  readonly source: Source;
}

/** An entity's facts in date order. */
export interface TimelineView {
  readonly entity: EntitySummary;
  /** Facts naming it on either side (counting stops at 10000). */
  readonly total: Total;
  readonly items: readonly TimelineItem[];
}

/** Options for {@link getTimeline}. */
export interface TimelineOptions {
  readonly from?: string;
  readonly to?: string;
  readonly limit?: number;
  readonly kinds?: readonly EntityKind[];
}

/**
 * Everything stated about an entity (as subject or object), oldest first; undated statements last.
 * @throws DossierError NOT_IN_STORE, AMBIGUOUS_NAME
 */
export async function getTimeline(db: Db, query: string, options: TimelineOptions = {}): Promise<TimelineView> {
  const entity = await findEntity(db, query, options.kinds);
  const limit = options.limit ?? 200;
  const columns = ['id', 'article_pk', 'kind', 'subject_name', 'object_name', 'value', 'args', 'modality', 'time', 'at'] as const;
  // One index range per side and kind (facts_subject / facts_object are by kind, then date), each
  // read in date order up to the limit, then merged: a name in every article costs `limit` rows.
  const ranges = SIDES[entity.kind];
  const rows: Row[] = [];
  for (const [side, kind] of ranges) {
    let dated = db.selectFrom('facts').select(columns).where(side, '=', entity.id).where('kind', '=', kind).where('at', 'is not', null);
    if (options.from) dated = dated.where('at', '>=', options.from);
    if (options.to) dated = dated.where('at', '<=', `${options.to}\uffff`);
    rows.push(...(await dated.orderBy('at').orderBy('id').limit(limit).execute()));
  }
  // Undated facts (neither their own date nor a dated article) come last, when there is room.
  if (rows.length < limit && !options.from && !options.to) {
    for (const [side, kind] of ranges) rows.push(...(await db.selectFrom('facts').select(columns).where(side, '=', entity.id).where('kind', '=', kind).where('at', 'is', null).orderBy('id').limit(limit).execute()));
  }
  const seen = new Set<number>();
  const shown = rows
    .filter((r) => (seen.has(r.id) ? false : (seen.add(r.id), true)))
    .sort((a, b) => (a.at === b.at ? a.id - b.id : a.at === null ? 1 : b.at === null ? -1 : a.at < b.at ? -1 : 1))
    .slice(0, limit);
  const sources = await sourcesOf(db, shown);
  return {
    entity,
    total: await countFacts(db, entity.id, options),
    items: shown.map((r) => ({
      date: r.at,
      dated: r.time !== null ? 'fact' : r.at !== null ? 'published' : null,
      kind: r.kind,
      summary: describe(r.kind, r.subject_name, r.object_name, r.value, json<Record<string, unknown>>(r.args)),
      hedged: r.modality !== 'stated',
      source: sources.get(r.id)!,
    })),
  };
}

/** Where each kind of entity appears in facts: which side of which kinds (see derive.ts). */
const SIDES: Record<EntityKind, readonly (readonly ['subject_id' | 'object_id', FactKind])[]> = {
  person: [
    ['subject_id', 'office'],
    ['subject_id', 'attendance'],
    ['subject_id', 'expected'],
    ['subject_id', 'quote'],
    ['object_id', 'delegate'],
    ['object_id', 'event'],
  ],
  country: [
    ['subject_id', 'membership'],
    ['subject_id', 'delegate'],
    ['subject_id', 'quote'],
    ['object_id', 'office'],
    ['object_id', 'attendance'],
    ['object_id', 'membership'],
  ],
  organisation: [
    ['subject_id', 'event'],
    ['subject_id', 'membership'],
    ['subject_id', 'quote'],
    ['object_id', 'membership'],
    ['object_id', 'office'],
    ['object_id', 'attendance'],
  ],
};

interface Row {
  id: number;
  article_pk: number;
  kind: FactKind;
  subject_name: string | null;
  object_name: string | null;
  value: string | null;
  args: string;
  modality: string;
  time: string | null;
  at: string | null;
}

/** Facts naming the entity on either side (within the dates), counted up to {@link COUNT_CAP}. */
async function countFacts(db: Db, id: string, options: TimelineOptions): Promise<Total> {
  const range = sql`${options.from ? sql` AND at >= ${options.from}` : sql``}${options.to ? sql` AND at <= ${`${options.to}\uffff`}` : sql``}`;
  const row = await sql<{ n: number }>`
    SELECT (SELECT count(*) FROM (SELECT 1 FROM facts WHERE subject_id = ${id}${range} LIMIT ${COUNT_CAP + 1}))
         + (SELECT count(*) FROM (SELECT 1 FROM facts WHERE object_id = ${id} AND (subject_id IS NULL OR subject_id != ${id})${range} LIMIT ${COUNT_CAP + 1})) AS n`.execute(db);
  const n = Number(row.rows[0]?.n ?? 0);
  return { count: Math.min(n, COUNT_CAP), exact: n <= COUNT_CAP };
}

/** A one-line reading of a fact ("Belarus: member of Shanghai Cooperation Organisation since 2024"). */
export function describe(kind: FactKind, subject: string | null, object: string | null, value: string | null, args: Record<string, unknown>): string {
  const s = subject ?? '?';
  switch (kind) {
    case 'office':
      return `${s}: ${value}${object ? ` of ${object}` : ''}`;
    case 'membership':
      return `${s}: ${value} of ${object}${args['since'] ? ` since ${String(args['since'])}` : ''}${args['hedged'] ? ' (hedged)' : ''}`;
    case 'event':
      return `${value}${args['place'] ? ` in ${String(args['place'])}` : ''}${args['date_text'] && !args['date'] ? ` (${String(args['date_text'])})` : ''}`;
    case 'attendance':
      return `${s} attended ${value}${object ? ` for ${object}` : ''}`;
    case 'delegate':
      return `${s} sent ${object ?? 'a delegate'} to ${value}${args['instead_of'] ? ` instead of ${String(args['instead_of'])}` : ''}`;
    case 'expected':
      return `${s} expected at ${value}`;
    case 'quote':
      return `${s}: "${value}"`;
  }
}
