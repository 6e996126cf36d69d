/**
 * The user's entity corrections: `entity merge A B` and `entity split ID [NAME...]`. Each is
 * recorded (re-applied by every later ingest through reconciliation's overrides) and applied to
 * what is stored now: links, facts, mentions, aliases, and the claims and verdicts built on them.
 */
import { DossierError } from '../../core/errors.js';
import type { FactsView } from '../../core/facts.js';
import { normaliseName } from '../../knowledge/normalise.js';
import type { EntityLink } from '../../reconcile/types.js';
import { entityLookup, factRows, mentionRows } from '../derive.js';
import { reclaimArticles } from '../ingest/write-batch.js';
import { defaultReconciler, type Reconciler } from '../ingest/reconciler.js';
import { chunks, json, type Db } from '../repo/db.js';
import { addOverride, entitiesById, mergeEntity, upsertEntities } from '../repo/entities.js';
import { relinkFacts } from '../repo/facts.js';
import { rebuildSummaries } from '../repo/summaries.js';
import type { Store } from '../store.js';
import { findEntity, summary, type EntitySummary } from './find-entity.js';

/** Options of {@link mergeEntities} and {@link splitEntity}. */
export interface OverrideOptions {
  /** Reconciliation functions (tests hand in simpler ones). */
  readonly reconciler?: Reconciler;
  /** The time recorded with the correction (ISO); default: now. */
  readonly now?: string;
}

/** What a correction changed. */
export interface OverrideResult {
  readonly entities: readonly EntitySummary[];
  /** Articles whose links changed. */
  readonly articles: number;
}

/**
 * Fold entity `b` into entity `a` (both found by id or name) and remember it.
 * @throws DossierError NOT_IN_STORE, AMBIGUOUS_NAME, BAD_USAGE (different kinds, or the same entity)
 */
export async function mergeEntities(store: Store, a: string, b: string, options: OverrideOptions = {}): Promise<OverrideResult> {
  const { reconciler = defaultReconciler, now = new Date().toISOString() } = options;
  return store.transaction(async (db) => {
    const into = await findEntity(db, a);
    const from = await findEntity(db, b);
    if (into.id === from.id) throw new DossierError('BAD_USAGE', `"${a}" and "${b}" are already one entity (${into.id})`);
    if (into.kind !== from.kind) throw new DossierError('BAD_USAGE', `cannot merge a ${from.kind} (${from.id}) into a ${into.kind} (${into.id})`);
    await addOverride(db, 'merge', { ids: [into.id, from.id], reason: 'user' }, now);
    const records = await entitiesById(db, [into.id, from.id]);
    const affected = await mergeEntity(db, { into: into.id, from: from.id, reason: 'merged by the user', forced: true });
    await rebuildSummaries(db, [into.id, from.id]);
    // Offices live on the entity record: the merged one has both.
    const offices = [...new Map(records.flatMap((r) => r.offices).map((o) => [`${o.title}|${o.of}`, o])).values()];
    await db.updateTable('entities').set({ offices: JSON.stringify(offices) }).where('id', '=', into.id).execute();
    await reclaimArticles(db, reconciler, affected);
    return { entities: [await summary(db, into.id)], articles: affected.length };
  });
}

/**
 * Take names out of an entity into a new one and remember it. Without names, the names that
 * earlier merges brought into the entity are taken out (undoing them).
 * @throws DossierError NOT_IN_STORE, AMBIGUOUS_NAME, NOTHING_TO_SPLIT
 */
export async function splitEntity(store: Store, query: string, names: readonly string[] = [], options: OverrideOptions = {}): Promise<OverrideResult> {
  const { reconciler = defaultReconciler, now = new Date().toISOString() } = options;
  return store.transaction(async (db) => {
    const entity = await findEntity(db, query);
    const links = await linksTo(db, entity.id);
    const wanted = names.length > 0 ? names : await mergedNames(db, entity.id);
    if (wanted.length === 0) {
      throw new DossierError('NOTHING_TO_SPLIT', `${entity.name} (${entity.id}) has no merged names; give the names to take out, among: ${[...new Set(links.map((l) => l.name))].sort().join(', ')}`);
    }
    const norms = new Set(wanted.map(normaliseName));
    const unknown = wanted.filter((n) => !links.some((l) => normaliseName(l.name) === normaliseName(n)));
    if (unknown.length === wanted.length) {
      throw new DossierError('NOTHING_TO_SPLIT', `no article links ${unknown.map((n) => `"${n}"`).join(', ')} to ${entity.name} (${entity.id}); its names are: ${[...new Set(links.map((l) => l.name))].sort().join(', ')}`);
    }
    if (links.every((l) => norms.has(normaliseName(l.name)))) {
      throw new DossierError('NOTHING_TO_SPLIT', `every name of ${entity.name} (${entity.id}) would be taken out; name only the ones that are someone else`);
    }
    const split = { entityId: entity.id, names: [...wanted], reason: 'user' };
    await addOverride(db, 'split', split, now);
    const after = reconciler.applyOverrides(links, { merges: [], splits: [split] });
    const changed = after.filter((l, i) => l.entityId !== links[i]!.entityId);
    // The new entities: named after the first name that moved into each, with its aliases.
    const newIds = [...new Set(changed.map((l) => l.entityId))];
    for (const id of newIds) {
      const mine = changed.filter((l) => l.entityId === id);
      const aliases = [...new Set(mine.map((l) => l.name))].sort();
      await upsertEntities(db, [{ id, kind: entity.kind, name: mine[0]!.name, kbId: null, aliases, offices: [], keys: mine.flatMap((l) => reconciler.entityKeys({ kind: entity.kind, name: l.name, mentions: [], offices: [] })) }]);
      for (const part of chunks(aliases)) await db.deleteFrom('entity_aliases').where('entity_id', '=', entity.id).where('alias', 'in', part).execute();
    }
    const pks = await relink(db, changed);
    await rebuildSummaries(db, [entity.id, ...newIds]);
    await reclaimArticles(db, reconciler, pks);
    return { entities: [await summary(db, entity.id), ...(await Promise.all(newIds.map((id) => summary(db, id))))], articles: pks.length };
  });
}

/** Every link to an entity, with the pk of its article. */
async function linksTo(db: Db, entityId: string): Promise<(EntityLink & { pk: number })[]> {
  const rows = await db
    .selectFrom('entity_links as l')
    .innerJoin('articles as a', 'a.pk', 'l.article_pk')
    .select(['l.article_pk', 'a.id', 'l.kind', 'l.name', 'l.entity_id', 'l.reason'])
    .where('l.entity_id', '=', entityId)
    .orderBy('l.article_pk')
    .orderBy('l.name')
    .execute();
  return rows.map((r) => ({ pk: r.article_pk, articleId: r.id, kind: r.kind as EntityLink['kind'], name: r.name, entityId: r.entity_id, reason: r.reason }));
}

/** Names that merges brought into an entity (those it was not already called). */
async function mergedNames(db: Db, entityId: string): Promise<string[]> {
  const redirects = await db.selectFrom('entity_redirects').select(['aliases']).where('into_id', '=', entityId).execute();
  return [...new Set(redirects.flatMap((r) => json<string[]>(r.aliases)))].sort();
}

/** Point changed links (and the facts and mentions of their articles) at their new entities. */
async function relink(db: Db, changed: readonly (EntityLink & { pk?: number })[]): Promise<number[]> {
  const pks = new Set<number>();
  for (const l of changed) {
    const pk = l.pk ?? (await db.selectFrom('articles').select('pk').where('id', '=', l.articleId).executeTakeFirstOrThrow()).pk;
    await db.updateTable('entity_links').set({ entity_id: l.entityId, reason: 'split by the user' }).where('article_pk', '=', pk).where('kind', '=', l.kind).where('name', '=', l.name).execute();
    pks.add(pk);
  }
  for (const pk of pks) {
    const article = await db.selectFrom('articles').select(['facts', 'text']).where('pk', '=', pk).executeTakeFirstOrThrow();
    const links = await db.selectFrom('entity_links').select(['kind', 'name', 'entity_id']).where('article_pk', '=', pk).execute();
    const entityOf = entityLookup(links.map((l) => ({ kind: l.kind, name: l.name, entityId: l.entity_id })));
    const facts = json<FactsView>(article.facts);
    await relinkFacts(db, pk, factRows(facts, entityOf), mentionRows(facts, article.text, entityOf));
  }
  return [...pks];
}
