/**
 * Writing one batch of extracted articles: store each new article with its facts, then run the
 * online reconciliation flow (entities, story, rewrites, claims, knowledge check) for it, and judge
 * every fact group the batch touched. All of it is one transaction: a crash leaves the store as it
 * was before the batch.
 */
import { sql } from 'kysely';
import type { FactsView } from '../../core/facts.js';
import type { Claim, EntityLink, EntityOverrides, RewriteInput } from '../../reconcile/types.js';
import { entityLookup, factRows, mentionRows } from '../derive.js';
import { articlesByPk, insertArticle, knownHashes, nextBatch, pksById, profiledCount, uniqueArticleId } from '../repo/articles.js';
import { claimsOf, replaceClaims, replaceFlags, saveGroup } from '../repo/claims.js';
import type { Db } from '../repo/db.js';
import { entitiesById, entitiesByKeys, linksOf, loadOverrides, mergeEntity, saveLinks, upsertEntities } from '../repo/entities.js';
import { insertFacts } from '../repo/facts.js';
import { rewriteCandidates, saveFingerprints, saveRewrites } from '../repo/rewrites.js';
import { countTerms, flushTerms, loadDfs, mergeStory, refreshStories, saveAssignment, saveStoryKeys, storiesOfArticles, storyCandidates, storyOf } from '../repo/stories.js';
import { STORE_SCOPE } from '../schema.js';
import type { Store } from '../store.js';
import { IngestCache } from './cache.js';
import type { ExtractedArticle, ExtractFailure } from './extract-one.js';
import type { Reconciler } from './reconciler.js';

/** Claims a store-wide slot is judged on (the latest): judging compares claims pairwise. */
const STORE_JUDGE_CLAIMS = 400;
/** Claims a story's slot is judged on (a story rarely has more articles than this). */
const STORY_JUDGE_CLAIMS = 2000;

/** What happened to one article of a batch. */
export type BatchItemResult =
  | { readonly status: 'new'; readonly id: string; readonly storyId: string | null; readonly storyCreated: boolean }
  | { readonly status: 'known'; readonly hash: string }
  | { readonly status: 'failed'; readonly failure: ExtractFailure };

/** What a batch changed. */
export interface BatchResult {
  readonly items: readonly BatchItemResult[];
  /** Fact groups (`scope|slot`) judged in this batch whose verdict is now `contradict`. */
  readonly contradictions: readonly string[];
  /** Stories that gained articles. */
  readonly stories: readonly string[];
}

/**
 * Write a batch of articles in one transaction and reconcile them. `cache` carries what earlier
 * batches of the same run loaded; it is cleared if the batch fails.
 */
export async function writeBatch(store: Store, articles: readonly ExtractedArticle[], reconciler: Reconciler, now: string, cache = new IngestCache()): Promise<BatchResult> {
  try {
    return await store.transaction((db) => new BatchWriter(db, reconciler, now, cache).write(articles));
  } catch (error) {
    cache.clear();
    throw error;
  }
}

/**
 * Re-derive the claims of articles whose entity links or story changed, and judge the slots they
 * touch (used after the user merges or splits entities).
 */
export async function reclaimArticles(db: Db, reconciler: Reconciler, pks: readonly number[]): Promise<Set<string>> {
  const writer = new BatchWriter(db, reconciler, '', new IngestCache());
  await writer.reclaim(pks);
  await writer.judgeTouched();
  return writer.touchedStories;
}

class BatchWriter {
  /** `scope\u0000slot` of the groups to judge again. */
  private readonly touchedSlots = new Set<string>();
  readonly touchedStories = new Set<string>();
  private overrides: EntityOverrides = { merges: [], splits: [] };
  /** The next free fact id (the writer holds the write lock, so it allocates them). */
  private nextFactId: number | null = null;
  /** Terms the article being added has counted (taken back if it fails). */
  private counted: string[] = [];

  constructor(
    private readonly db: Db,
    private readonly r: Reconciler,
    private readonly now: string,
    private readonly cache: IngestCache,
  ) {}

  async write(articles: readonly ExtractedArticle[]): Promise<BatchResult> {
    const batch = await nextBatch(this.db);
    const known = await knownHashes(this.db, articles.map((a) => a.hash));
    this.overrides = await loadOverrides(this.db);
    this.cache.docCount ??= await profiledCount(this.db);
    const items: BatchItemResult[] = [];
    for (const article of articles) {
      if (known.has(article.hash)) {
        items.push({ status: 'known', hash: article.hash });
        continue;
      }
      known.add(article.hash); // the same content twice in one batch is stored once
      items.push(await this.addIsolated(article, batch));
    }
    await flushTerms(this.db, this.cache);
    const contradictions = await this.judgeTouched();
    return { items, contradictions, stories: [...this.touchedStories].sort() };
  }

  /**
   * Add one article inside a savepoint: a bug met while reconciling it undoes that article only
   * and reports it (INTERNAL); store errors (disk full, lock, corruption) still abort the batch.
   */
  private async addIsolated(article: ExtractedArticle, batch: number): Promise<BatchItemResult> {
    const saved = { slots: new Set(this.touchedSlots), stories: new Set(this.touchedStories) };
    this.counted = [];
    await sql`SAVEPOINT article`.execute(this.db);
    try {
      const result = await this.add(article, batch);
      await sql`RELEASE article`.execute(this.db);
      return result;
    } catch (error) {
      if (typeof (error as { code?: unknown }).code === 'string' && String((error as { code: string }).code).startsWith('SQLITE_')) throw error;
      await sql`ROLLBACK TO article`.execute(this.db);
      await sql`RELEASE article`.execute(this.db);
      this.touchedSlots.clear();
      for (const s of saved.slots) this.touchedSlots.add(s);
      this.touchedStories.clear();
      for (const s of saved.stories) this.touchedStories.add(s);
      // The cache may hold what was just undone (members, profiles under a pk SQLite will reuse,
      // this article's term counts): forget what was read, take back what was counted.
      for (const term of this.counted) {
        const n = (this.cache.pendingTerms.get(term) ?? 0) - 1;
        if (n > 0) this.cache.pendingTerms.set(term, n);
        else this.cache.pendingTerms.delete(term);
      }
      this.cache.forgetReads();
      this.nextFactId = null;
      const message = error instanceof Error ? error.message : String(error);
      const stack = error instanceof Error ? error.stack : undefined;
      return { status: 'failed', failure: { path: article.path ?? article.sourceId, code: 'INTERNAL', message: `reconciling failed: ${message}`, ...(stack ? { stack } : {}) } };
    }
  }

  private async add(article: ExtractedArticle, batch: number): Promise<BatchItemResult> {
    const { db, r } = this;
    const id = await uniqueArticleId(db, article.sourceId, article.hash);
    const facts: FactsView = { ...article.facts, id };

    // 1. Entities: candidates sharing a blocking key, resolution, then the article's facts.
    const keys = r.articleNames(facts).flatMap((m) => r.entityKeys(m, facts.published));
    const resolution = r.resolveEntities(facts, await entitiesByKeys(db, keys), this.overrides);
    await upsertEntities(db, resolution.upserts);
    const relinked: number[] = [];
    for (const merge of resolution.merges) relinked.push(...(await mergeEntity(db, merge)));
    // The user's merges and splits win over automatic resolution.
    const links = r.applyOverrides(resolution.links, this.overrides, resolution.merges).map((l) => ({ ...l, articleId: id }));
    await this.ensureEntities(links);

    // The article goes in with its profile (the document count is read before, as it excludes it).
    const boilerplate = article.boilerplate.map((b) => ({ start: b.start, end: b.end }));
    const input = { id, text: article.text, facts, boilerplate };
    const profile = r.profileArticle(input, links);
    this.cache.docCount ??= await profiledCount(db);
    const pk = await insertArticle(db, article, id, facts, profile, batch, this.now);
    await saveLinks(db, pk, links, { fresh: true });
    const entityOf = entityLookup(links);
    this.nextFactId = await insertFacts(db, pk, facts.published, factRows(facts, entityOf), mentionRows(facts, article.text, entityOf), this.nextFactId);

    // 2. Story.
    const storyKeys = r.storyKeys(profile);
    const candidates = await storyCandidates(db, this.cache, storyKeys, pk);
    await loadDfs(db, this.cache, [profile, ...candidates.flatMap((c) => c.members)]);
    const { df } = this.cache;
    const stats = { docCount: this.cache.docCount, df: (term: string) => df.get(term) ?? 0 };
    const assignment = r.assignStory(profile, candidates, stats);
    this.counted = [...new Set(Object.keys(profile.terms))];
    countTerms(this.cache, this.counted);
    this.cache.docCount = (this.cache.docCount ?? 0) + 1;
    this.cache.rememberProfile(pk, profile);
    await saveStoryKeys(db, pk, storyKeys);
    await saveAssignment(db, this.cache, assignment, { pk, id }, article.title);
    this.touchedStories.add(assignment.storyId);
    for (const merge of assignment.merges) {
      relinked.push(...(await mergeStory(db, this.cache, merge)));
      this.touchedStories.add(merge.into);
      this.touchedStories.delete(merge.from);
    }

    // 3. Rewrites: articles sharing fingerprints (a story mate that shares no wording is no copy).
    const fingerprints = article.fingerprints ?? r.rewriteFingerprints(article.text, boilerplate);
    await saveFingerprints(db, pk, fingerprints);
    const near = await rewriteCandidates(db, fingerprints, pk);
    if (near.length > 0) {
      const others = await this.rewriteInputs(near);
      const rewriteStats = { docCount: this.cache.docCount ?? 0, df: (term: string) => df.get(term) ?? 0 };
      const found = r.findRewrites({ id, text: article.text, published: facts.published, facts, boilerplate, links }, others, rewriteStats);
      const pkOf = new Map([[id, pk], ...(await pksById(db, [...found.flatMap((l) => [l.a, l.b])]))]);
      await saveRewrites(db, found, pkOf);
    }

    // 4. Claims (judged once per batch), 5. the reference-knowledge check.
    await this.saveClaims(pk, facts, links, assignment.storyId, true);
    await replaceFlags(db, pk, r.checkKnowledge(facts, links), { fresh: true });

    // Entity or story merges changed the ids earlier articles' claims were keyed by.
    if (relinked.length > 0) await this.reclaim(relinked.filter((p) => p !== pk));
    return { status: 'new', id, storyId: assignment.storyId, storyCreated: assignment.created };
  }

  private async rewriteInputs(pks: readonly number[]): Promise<RewriteInput[]> {
    const [articles, links] = await Promise.all([articlesByPk(this.db, pks), linksOf(this.db, pks)]);
    return articles.map((a) => ({ id: a.id, text: a.text, published: a.published, facts: a.facts, boilerplate: a.boilerplate, links: links.get(a.pk) ?? [] }));
  }

  private async saveClaims(pk: number, facts: FactsView, links: readonly EntityLink[], storyId: string | null, fresh = false): Promise<void> {
    // Event claims are scoped by the story: every article of a story speaks of one event.
    const claims: readonly Claim[] = this.r.claimsOf(facts, links, storyId ?? `article:${facts.id}`);
    for (const at of await replaceClaims(this.db, pk, storyId, claims, { fresh })) {
      this.touchedSlots.add(`${at.scope}\u0000${at.slot}`);
      this.touchedSlots.add(`${STORE_SCOPE}\u0000${at.slot}`);
    }
  }

  /**
   * Entities a link points to that the store lacks: a split's new id, or an id an override
   * introduced. They are created from the link so that facts can reference them.
   */
  private async ensureEntities(links: readonly EntityLink[]): Promise<void> {
    const ids = [...new Set(links.map((l) => l.entityId))];
    const present = new Set((await entitiesById(this.db, ids)).map((e) => e.id));
    const missing = links.filter((l) => !present.has(l.entityId));
    const seen = new Set<string>();
    for (const l of missing) {
      if (seen.has(l.entityId)) continue;
      seen.add(l.entityId);
      await upsertEntities(this.db, [{ id: l.entityId, kind: l.kind, name: l.name, kbId: null, aliases: missing.filter((m) => m.entityId === l.entityId).map((m) => m.name), offices: [], keys: this.r.entityKeys({ kind: l.kind, name: l.name, mentions: [], offices: [] }) }]);
    }
  }

  /** Recompute the claims of stored articles from their current links and story. */
  async reclaim(pks: readonly number[]): Promise<void> {
    const unique = [...new Set(pks)];
    if (unique.length === 0) return;
    const [articles, links] = await Promise.all([articlesByPk(this.db, unique), linksOf(this.db, unique)]);
    for (const a of articles) {
      const story = await storyOf(this.db, a.pk);
      if (story) this.touchedStories.add(story);
      await this.saveClaims(a.pk, a.facts, links.get(a.pk) ?? [], story);
    }
  }

  /**
   * Judge every group touched so far, within its story and store-wide; refresh the stories whose
   * groups changed.
   */
  async judgeTouched(): Promise<string[]> {
    const contradictions: string[] = [];
    for (const key of [...this.touchedSlots].sort()) {
      const [scope, slot] = key.split('\u0000') as [string, string];
      const claims = await claimsOf(this.db, scope, slot, scope === STORE_SCOPE ? STORE_JUDGE_CLAIMS : STORY_JUDGE_CLAIMS);
      const group = claims.length > 0 ? this.r.judgeSlot(claims) : null;
      const pkOf = await pksById(this.db, group?.articles ?? []);
      const stories = scope === STORE_SCOPE ? (await storiesOfArticles(this.db, [...pkOf.values()])).size : 1;
      await saveGroup(this.db, { scope, slot }, group, pkOf, stories);
      // A store-wide contradiction within one story repeats that story's own.
      if (group?.verdict === 'contradict' && (scope !== STORE_SCOPE || stories >= 2)) contradictions.push(`${scope}|${slot}`);
      if (scope !== STORE_SCOPE) this.touchedStories.add(scope);
    }
    this.touchedSlots.clear();
    await refreshStories(this.db, this.touchedStories);
    return contradictions;
  }
}
