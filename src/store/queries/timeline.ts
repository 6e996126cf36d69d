import type { EntityKind } from '../../reconcile/types.js';
import type { FactKind } from '../schema.js';
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
  readonly total: number;
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
  const side = async (column: 'subject_id' | 'object_id') => {
    let dated = db.selectFrom('facts').select(['id', 'article_pk', 'kind', 'subject_name', 'object_name', 'value', 'args', 'modality', 'time', 'at']).where(column, '=', entity.id).where('at', 'is not', null);
    if (options.from) dated = dated.where('at', '>=', options.from);
    if (options.to) dated = dated.where('at', '<=', `${options.to}\uffff`);
    const rows = await dated.orderBy('at').orderBy('id').limit(limit).execute();
    if (rows.length < limit && !options.from && !options.to) {
      rows.push(...(await db.selectFrom('facts').select(['id', 'article_pk', 'kind', 'subject_name', 'object_name', 'value', 'args', 'modality', 'time', 'at']).where(column, '=', entity.id).where('at', 'is', null).orderBy('id').limit(limit - rows.length).execute()));
    }
    let count = db.selectFrom('facts').select((eb) => eb.fn.countAll<number>().as('n')).where(column, '=', entity.id);
    if (options.from) count = count.where('at', '>=', options.from);
    if (options.to) count = count.where('at', '<=', `${options.to}\uffff`);
    return { rows, total: Number((await count.executeTakeFirst())?.n ?? 0) };
  };
  const [subject, object] = await Promise.all([side('subject_id'), side('object_id')]);
  const seen = new Set<number>();
  const rows = [...subject.rows, ...object.rows]
    .filter((r) => (seen.has(r.id) ? false : (seen.add(r.id), true)))
    .sort((a, b) => (a.at === b.at ? a.id - b.id : a.at === null ? 1 : b.at === null ? -1 : a.at < b.at ? -1 : 1))
    .slice(0, limit);
  const sources = await sourcesOf(db, rows);
  return {
    entity,
    total: subject.total + object.total,
    items: rows.map((r) => ({
      date: r.at,
      dated: r.time !== null ? 'fact' : r.at !== null ? 'published' : null,
      kind: r.kind,
      summary: describe(r.kind, r.subject_name, r.object_name, r.value, json<Record<string, unknown>>(r.args)),
      hedged: r.modality !== 'stated',
      source: sources.get(r.id)!,
    })),
  };
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
