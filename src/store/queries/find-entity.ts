import { DossierError } from '../../core/errors.js';
import { normaliseName } from '../../knowledge/normalise.js';
import { entityKeys } from '../../reconcile/index.js';
import type { EntityKind } from '../../reconcile/types.js';
import type { Db } from '../repo/db.js';

/** An entity as the queries show it. */
export interface EntitySummary {
  readonly id: string;
  readonly kind: EntityKind;
  readonly name: string;
  readonly kbId: string | null;
  readonly aliases: readonly string[];
}

/**
 * Find the one entity a user means: by id (following merges), by any alias (case, diacritics and
 * punctuation folded, so "Türkiye" finds Turkey and "sco" finds the SCO), or by reference id.
 * @throws DossierError NOT_IN_STORE when nothing matches, AMBIGUOUS_NAME (listing the ids) when
 * several entities go by the name and none is called exactly that.
 */
export async function findEntity(db: Db, query: string, kinds?: readonly EntityKind[]): Promise<EntitySummary> {
  const wanted = (kind: string) => !kinds || kinds.includes(kind as EntityKind);
  const trimmed = query.trim();
  const redirect = await db.selectFrom('entity_redirects').select('into_id').where('from_id', '=', trimmed).executeTakeFirst();
  const direct = await db.selectFrom('entities').select(['id', 'kind']).where('id', '=', redirect?.into_id ?? trimmed).executeTakeFirst();
  if (direct && wanted(direct.kind)) return summary(db, direct.id);

  const norm = normaliseName(trimmed);
  let ids = norm === '' ? [] : (await db.selectFrom('entity_aliases as a').innerJoin('entities as e', 'e.id', 'a.entity_id').select(['e.id', 'e.kind', 'e.name']).distinct().where('a.norm', '=', norm).execute()).filter((r) => wanted(r.kind));
  if (ids.length === 0) ids = (await db.selectFrom('entities').select(['id', 'kind', 'name']).where('kb_id', '=', trimmed.toUpperCase()).execute()).filter((r) => wanted(r.kind));
  if (ids.length === 0) ids = await byKnowledge(db, trimmed, kinds ?? ['person', 'country', 'organisation']);
  if (ids.length === 1) return summary(db, ids[0]!.id);
  if (ids.length > 1) {
    const exact = ids.filter((r) => normaliseName(r.name) === norm);
    if (exact.length === 1) return summary(db, exact[0]!.id);
    throw new DossierError('AMBIGUOUS_NAME', `"${trimmed}" may be ${ids.map((r) => `${r.name} (${r.id})`).join(', ')}; give one of the ids`);
  }
  const what = kinds?.length === 1 ? (kinds[0] === 'organisation' ? 'organisation' : kinds[0]) : 'entity';
  throw new DossierError('NOT_IN_STORE', `the store has no ${what} called "${trimmed}"`);
}

/**
 * Entities sharing a strong blocking key with the name (its reference-knowledge id, folded full
 * name or acronym): "Türkiye" finds the Turkey an article called "Turkey", "Shanghai Cooperation
 * Organization" finds the SCO. Family-name skeletons are too loose to name one entity.
 */
async function byKnowledge(db: Db, name: string, kinds: readonly EntityKind[]): Promise<{ id: string; kind: string; name: string }[]> {
  const keys = kinds.flatMap((kind) => entityKeys({ kind, name, mentions: [], offices: [] }).filter((k) => /:(kb|name|acr):/.test(k)));
  if (keys.length === 0) return [];
  return db
    .selectFrom('entity_keys as k')
    .innerJoin('entities as e', 'e.id', 'k.entity_id')
    .select(['e.id', 'e.kind', 'e.name'])
    .distinct()
    .where('k.key', 'in', keys)
    .execute();
}

/** An entity with its aliases. */
export async function summary(db: Db, id: string): Promise<EntitySummary> {
  const row = await db.selectFrom('entities').select(['id', 'kind', 'name', 'kb_id']).where('id', '=', id).executeTakeFirstOrThrow();
  const aliases = await db.selectFrom('entity_aliases').select('alias').where('entity_id', '=', id).orderBy('alias').execute();
  return { id: row.id, kind: row.kind as EntityKind, name: row.name, kbId: row.kb_id, aliases: aliases.map((a) => a.alias) };
}
