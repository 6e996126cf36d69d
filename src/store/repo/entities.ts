import { normaliseName } from '../../knowledge/normalise.js';
import type { EntityKind, EntityLink, EntityMerge, EntityOverrides, EntityRecord, EntityOffice } from '../../reconcile/types.js';
import type { IngestCache } from '../ingest/cache.js';
import { insertRows } from './bulk.js';
import { chunks, json, type Db } from './db.js';
import { marks, run } from './prepared.js';

/** Entities sharing at least one blocking key, with their aliases, keys and offices. */
export async function entitiesByKeys(db: Db, keys: readonly string[]): Promise<EntityRecord[]> {
  const ids = new Set<string>();
  for (const part of chunks([...new Set(keys)], 900)) {
    if (part.length === 0) continue;
    const rows = await db.selectFrom('entity_keys').select('entity_id').distinct().where('key', 'in', part).execute();
    for (const r of rows) ids.add(r.entity_id);
  }
  return entitiesById(db, [...ids]);
}

/**
 * Entities sharing a blocking key, through the run's cache: only keys and entities not seen yet are
 * read from the store.
 */
export async function cachedEntitiesByKeys(db: Db, cache: IngestCache, keys: readonly string[]): Promise<EntityRecord[]> {
  const missing = [...new Set(keys)].filter((k) => !cache.entityKeys.has(k));
  for (const part of chunks(missing, 900)) {
    for (const k of part) cache.entityKeys.set(k, new Set());
    const rows = await run<{ key: string; entity_id: string }>(db, `SELECT key, entity_id FROM entity_keys WHERE key IN (${marks(part.length)})`, part);
    for (const r of rows) cache.entityKeys.get(r.key)!.add(r.entity_id);
  }
  const ids = new Set<string>();
  for (const k of keys) for (const id of cache.entityKeys.get(k) ?? []) ids.add(id);
  return cachedEntitiesById(db, cache, [...ids]);
}

/** Entities by id through the run's cache, sorted by id; unknown ids are left out. */
export async function cachedEntitiesById(db: Db, cache: IngestCache, ids: readonly string[]): Promise<EntityRecord[]> {
  const missing = ids.filter((id) => !cache.entities.has(id));
  if (missing.length > 0) for (const e of await entitiesById(db, missing)) cache.entities.set(e.id, e);
  return [...new Set(ids)]
    .flatMap((id) => cache.entities.get(id) ?? [])
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Entities by id, sorted by id; unknown ids are left out. */
export async function entitiesById(db: Db, ids: readonly string[]): Promise<EntityRecord[]> {
  const out: EntityRecord[] = [];
  for (const part of chunks([...new Set(ids)], 500)) {
    if (part.length === 0) continue;
    const list = marks(part.length);
    const rows = await run<{ id: string; kind: string; name: string; kb_id: string | null; offices: string }>(db, `SELECT id, kind, name, kb_id, offices FROM entities WHERE id IN (${list})`, part);
    const aliases = await run<{ entity_id: string; alias: string }>(db, `SELECT entity_id, alias FROM entity_aliases WHERE entity_id IN (${list})`, part);
    const keys = await run<{ entity_id: string; key: string }>(db, `SELECT entity_id, key FROM entity_keys WHERE entity_id IN (${list})`, part);
    const aliasesOf = group(aliases, (a) => a.entity_id, (a) => a.alias);
    const keysOf = group(keys, (k) => k.entity_id, (k) => k.key);
    for (const r of rows) {
      out.push({
        id: r.id,
        kind: r.kind as EntityKind,
        name: r.name,
        kbId: r.kb_id,
        aliases: (aliasesOf.get(r.id) ?? []).sort(),
        offices: json<EntityOffice[]>(r.offices),
        keys: (keysOf.get(r.id) ?? []).sort(),
      });
    }
  }
  return out.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * Insert new entities and replace changed ones (their aliases and keys with them). With the run's
 * cache, an entity it holds is changed in place: only the aliases and keys it gained or lost are
 * written (a country named in every article gains a spelling now and then, not a new record).
 */
export async function upsertEntities(db: Db, records: readonly EntityRecord[], cache?: IngestCache): Promise<void> {
  if (records.length === 0) return;
  const known = cache ? records.filter((r) => cache.entities.has(r.id)) : [];
  for (const r of known) await updateEntity(db, cache!.entities.get(r.id)!, r);
  const fresh = cache ? records.filter((r) => !cache.entities.has(r.id)) : records;
  if (cache) for (const r of records) cache.rememberEntity(r);
  await replaceEntities(db, fresh);
}

/** Write the difference between an entity as stored and as it is now. */
async function updateEntity(db: Db, old: EntityRecord, now: EntityRecord): Promise<void> {
  const offices = JSON.stringify(now.offices);
  if (old.name !== now.name || old.kind !== now.kind || old.kbId !== now.kbId || JSON.stringify(old.offices) !== offices) {
    await run(db, 'UPDATE entities SET name = ?, kind = ?, kb_id = ?, offices = ? WHERE id = ?', [now.name, now.kind, now.kbId, offices, now.id]);
  }
  const gone = (a: readonly string[], b: readonly string[]) => {
    const keep = new Set(b);
    return [...new Set(a)].filter((x) => !keep.has(x));
  };
  const lostAliases = gone(old.aliases, now.aliases);
  if (lostAliases.length > 0) await run(db, `DELETE FROM entity_aliases WHERE entity_id = ? AND alias IN (${marks(lostAliases.length)})`, [now.id, ...lostAliases]);
  await insertRows(db, 'entity_aliases', gone(now.aliases, old.aliases).map((alias) => ({ entity_id: now.id, alias, norm: normaliseName(alias) })), { ignoreConflicts: true });
  const lostKeys = gone(old.keys, now.keys);
  if (lostKeys.length > 0) await run(db, `DELETE FROM entity_keys WHERE entity_id = ? AND key IN (${marks(lostKeys.length)})`, [now.id, ...lostKeys]);
  await insertRows(db, 'entity_keys', gone(now.keys, old.keys).map((key) => ({ key, entity_id: now.id })), { ignoreConflicts: true });
}

/** Insert entities, replacing any stored under the same ids with their aliases and keys. */
async function replaceEntities(db: Db, records: readonly EntityRecord[]): Promise<void> {
  if (records.length === 0) return;
  const ids = records.map((r) => r.id);
  for (const part of chunks(ids, 500)) {
    await run(db, `DELETE FROM entity_aliases WHERE entity_id IN (${marks(part.length)})`, part);
    await run(db, `DELETE FROM entity_keys WHERE entity_id IN (${marks(part.length)})`, part);
  }
  for (const part of chunks(records, 300)) {
    await run(
      db,
      `INSERT INTO entities (id, kind, name, kb_id, offices) VALUES ${part.map(() => '(?, ?, ?, ?, ?)').join(', ')}
        ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, name = excluded.name, kb_id = excluded.kb_id, offices = excluded.offices`,
      part.flatMap((r) => [r.id, r.kind, r.name, r.kbId, JSON.stringify(r.offices)]),
    );
  }
  const aliases = records.flatMap((r) => [...new Set(r.aliases)].map((alias) => ({ entity_id: r.id, alias, norm: normaliseName(alias) })));
  await insertRows(db, 'entity_aliases', aliases, { ignoreConflicts: true });
  const keys = records.flatMap((r) => [...new Set(r.keys)].map((key) => ({ key, entity_id: r.id })));
  await insertRows(db, 'entity_keys', keys, { ignoreConflicts: true });
}

/**
 * Fold one entity into another: every link, mention and fact that named `from` now names `into`,
 * `into` gains `from`'s aliases and keys, and a redirect remembers where `from` went (with the
 * aliases it brought, so `entity split` can take them out again).
 * @returns the pks of the articles whose links changed (their claims need recomputing).
 */
export async function mergeEntity(db: Db, merge: EntityMerge, cache?: IngestCache): Promise<number[]> {
  if (merge.from === merge.into) return [];
  cache?.foldEntity(merge.from, merge.into);
  const from = await db.selectFrom('entities').select('id').where('id', '=', merge.from).executeTakeFirst();
  const into = await db.selectFrom('entities').select('id').where('id', '=', merge.into).executeTakeFirst();
  if (!from || !into) return [];
  const affected = (await db.selectFrom('entity_links').select('article_pk').distinct().where('entity_id', '=', merge.from).execute()).map((r) => r.article_pk);
  const aliases = (await db.selectFrom('entity_aliases').select(['alias', 'norm']).where('entity_id', '=', merge.from).execute());
  const keys = await db.selectFrom('entity_keys').select('key').where('entity_id', '=', merge.from).execute();
  for (const part of chunks(aliases)) await db.insertInto('entity_aliases').values(part.map((a) => ({ entity_id: merge.into, alias: a.alias, norm: a.norm }))).onConflict((oc) => oc.doNothing()).execute();
  for (const part of chunks(keys)) await db.insertInto('entity_keys').values(part.map((k) => ({ key: k.key, entity_id: merge.into }))).onConflict((oc) => oc.doNothing()).execute();
  await repoint(db, merge.from, merge.into);
  await db.updateTable('entity_redirects').set({ into_id: merge.into }).where('into_id', '=', merge.from).execute();
  await db
    .insertInto('entity_redirects')
    .values({ from_id: merge.from, into_id: merge.into, reason: merge.reason, forced: merge.forced ? 1 : 0, aliases: JSON.stringify(aliases.map((a) => a.alias).sort()) })
    .onConflict((oc) => oc.column('from_id').doUpdateSet({ into_id: merge.into, reason: merge.reason, forced: merge.forced ? 1 : 0 }))
    .execute();
  await db.deleteFrom('entities').where('id', '=', merge.from).execute();
  return affected;
}

/** Point every reference to entity `from` at entity `to`. */
export async function repoint(db: Db, from: string, to: string): Promise<void> {
  await db.updateTable('entity_links').set({ entity_id: to }).where('entity_id', '=', from).execute();
  await db.updateTable('mentions').set({ entity_id: to }).where('entity_id', '=', from).execute();
  await db.updateTable('facts').set({ subject_id: to }).where('subject_id', '=', from).execute();
  await db.updateTable('facts').set({ object_id: to }).where('object_id', '=', from).execute();
}

/** Save the links of one article (replacing any it had, unless it is `fresh`: just inserted). */
export async function saveLinks(db: Db, articlePk: number, links: readonly EntityLink[], options: { fresh?: boolean } = {}): Promise<void> {
  if (!options.fresh) await db.deleteFrom('entity_links').where('article_pk', '=', articlePk).execute();
  const seen = new Set<string>();
  const rows = links.flatMap((l) => {
    const key = `${l.kind}|${l.name}`;
    if (seen.has(key)) return [];
    seen.add(key);
    return [{ article_pk: articlePk, kind: l.kind, name: l.name, entity_id: l.entityId, reason: l.reason }];
  });
  await insertRows(db, 'entity_links', rows);
}

/** The links of articles by pk (as EntityLinks, with the article ids). */
export async function linksOf(db: Db, pks: readonly number[]): Promise<Map<number, EntityLink[]>> {
  const out = new Map<number, EntityLink[]>();
  for (const part of chunks([...new Set(pks)], 500)) {
    if (part.length === 0) continue;
    const rows = await run<{ article_pk: number; article_id: string; kind: string; name: string; entity_id: string; reason: string }>(
      db,
      `SELECT l.article_pk, a.id AS article_id, l.kind, l.name, l.entity_id, l.reason FROM entity_links l INNER JOIN articles a ON a.pk = l.article_pk
        WHERE l.article_pk IN (${marks(part.length)}) ORDER BY l.article_pk, l.kind, l.name`,
      part,
    );
    for (const r of rows) {
      const list = out.get(r.article_pk) ?? [];
      list.push({ articleId: r.article_id, kind: r.kind as EntityKind, name: r.name, entityId: r.entity_id, reason: r.reason });
      out.set(r.article_pk, list);
    }
  }
  return out;
}

/** The user's corrections, oldest first, in the shape reconciliation applies them. */
export async function loadOverrides(db: Db): Promise<EntityOverrides> {
  const rows = await db.selectFrom('entity_overrides').select(['op', 'payload']).orderBy('id').execute();
  const merges: { ids: string[]; reason?: string }[] = [];
  const splits: { entityId: string; names: string[]; reason?: string }[] = [];
  for (const r of rows) {
    if (r.op === 'merge') merges.push(json(r.payload));
    else splits.push(json(r.payload));
  }
  return { merges, splits };
}

/** Record a user correction. */
export async function addOverride(db: Db, op: 'merge' | 'split', payload: unknown, now: string): Promise<void> {
  await db.insertInto('entity_overrides').values({ op, payload: JSON.stringify(payload), created_at: now }).execute();
}

/** Where an entity id now points (following merges), or the id itself. */
export async function currentEntityId(db: Db, id: string): Promise<string> {
  const redirect = await db.selectFrom('entity_redirects').select('into_id').where('from_id', '=', id).executeTakeFirst();
  return redirect?.into_id ?? id;
}

function group<T, K, V>(items: readonly T[], key: (t: T) => K, value: (t: T) => V): Map<K, V[]> {
  const out = new Map<K, V[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(value(item));
    else out.set(k, [value(item)]);
  }
  return out;
}
