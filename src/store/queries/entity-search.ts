import { sql } from 'kysely';
import { normaliseName } from '../../knowledge/normalise.js';
import type { EntityKind } from '../../reconcile/types.js';
import type { Db } from '../repo/db.js';
import type { EntitySummary } from './find-entity.js';

/** Options for {@link searchEntities}. */
export interface EntitySearchOptions {
  readonly limit?: number;
  readonly kind?: EntityKind;
}

/** Aliases listed per entity at most (a country may have dozens of spellings). */
const ALIASES_SHOWN = 12;

/**
 * Entities whose name, variants or aliases contain the words typed (case, accents and
 * punctuation folded, as `dossier entity` matches): exact names first, then names starting with
 * them, then the rest, shorter names first. An empty query lists entities by name.
 */
export async function searchEntities(db: Db, query: string, options: EntitySearchOptions = {}): Promise<EntitySummary[]> {
  const limit = options.limit ?? 20;
  const norm = normaliseName(query);
  let rows: { id: string; kind: string; name: string; kb_id: string | null }[];
  if (norm === '') {
    let q = db.selectFrom('entities').select(['id', 'kind', 'name', 'kb_id']);
    if (options.kind) q = q.where('kind', '=', options.kind);
    rows = await q.orderBy('name').orderBy('id').limit(limit).execute();
  } else {
    const like = `%${norm.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
    const rank = sql<number>`min(CASE WHEN a.norm = ${norm} THEN 0 WHEN substr(a.norm, 1, ${norm.length}) = ${norm} THEN 1 ELSE 2 END)`;
    let q = db
      .selectFrom('entity_aliases as a')
      .innerJoin('entities as e', 'e.id', 'a.entity_id')
      .select(['e.id', 'e.kind', 'e.name', 'e.kb_id', rank.as('rank')])
      .where(sql<boolean>`a.norm LIKE ${like} ESCAPE '\\'`)
      .groupBy('e.id');
    if (options.kind) q = q.where('e.kind', '=', options.kind);
    rows = await q.orderBy('rank').orderBy(sql`length(e.name)`).orderBy('e.name').orderBy('e.id').limit(limit).execute();
  }
  if (rows.length === 0) return [];
  const aliases = await db.selectFrom('entity_aliases').select(['entity_id', 'alias']).where('entity_id', 'in', rows.map((r) => r.id)).orderBy('alias').execute();
  const aliasesOf = new Map<string, string[]>();
  for (const a of aliases) {
    const list = aliasesOf.get(a.entity_id) ?? [];
    if (list.length < ALIASES_SHOWN) list.push(a.alias);
    aliasesOf.set(a.entity_id, list);
  }
  return rows.map((r) => ({ id: r.id, kind: r.kind as EntityKind, name: r.name, kbId: r.kb_id, aliases: aliasesOf.get(r.id) ?? [] }));
}
