/**
 * Writing one batch of extracted articles: store each new article with its facts, then run the
 * online reconciliation flow (entities, story, rewrites, claims, knowledge check) for it, and judge
 * every fact group the batch touched. All of it is one transaction: a crash leaves the store as it
 * was before the batch.
 */
import { sql } from 'kysely';
import { isDossierError } from '../../core/errors.js';
import { isStoryEventSlot } from '../../reconcile/claims.js';
import { storeError } from '../sqlite/errors.js';
import type { FactsView } from '../../core/facts.js';
import type { Claim, EntityLink, EntityOverrides, RewriteInput } from '../../reconcile/types.js';
import { entityLookup, factRows, mentionRows } from '../derive.js';
import { articlesByPk, cachedPksById, indexArticles, insertArticle, isKnownHash, maxArticlePk, nextBatch, profiledCount, uniqueArticleId } from '../repo/articles.js';
import { claimsOfSlots, replaceClaims, replaceFlags, saveGroups, type JudgedSlot } from '../repo/claims.js';
import type { Db } from '../repo/db.js';
import { cachedEntitiesById, cachedEntitiesByKeys, linksOf, loadOverrides, mergeEntity, saveLinks, upsertEntities } from '../repo/entities.js';
import { insertFacts } from '../repo/facts.js';
import { addToSummaries, flushSummaries, mergeSummaries, rebuildSummaries, type SummaryDelta } from '../repo/summaries.js';
import { rewriteCandidates, saveFingerprints, saveRewrites } from '../repo/rewrites.js';
import { countTerms, flushTerms, loadDfs, mergeStory, refreshStories, saveAssignment, saveStoryKeys, storiesOfArticles, storyCandidates, storyOf } from '../repo/stories.js';
import { STORE_SCOPE } from '../schema.js';
import type { Store } from '../store.js';
import { IngestCache } from './cache.js';
import type { ExtractedArticle, ExtractFailure } from './extract-one.js';
import { lap, mark } from './phases.js';
import type { Reconciler } from './reconciler.js';

/** Story mates compared for rewrites besides the articles sharing fingerprints. */
const STORY_REWRITE_MATES = 6;
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
 * Write a batch of articles in one transaction and reconcile them. `articles` may be a stream:
 * each article is written as it arrives (the transaction stays open while extraction catches up),
 * so writing overlaps extraction instead of waiting for a whole batch. `cache` carries what
 * earlier batches of the same run loaded; it is cleared if the batch fails.
 */
export async function writeBatch(store: Store, articles: Iterable<ExtractedArticle> | AsyncIterable<ExtractedArticle>, reconciler: Reconciler, now: string, cache = new IngestCache()): Promise<BatchResult> {
  // What the first attempt consumed, kept to write again should it fail.
  const seen: ExtractedArticle[] = [];
  const source = iterate(articles);
  const recording: AsyncIterable<ExtractedArticle> = {
    async *[Symbol.asyncIterator]() {
      for (let next = await source.next(); !next.done; next = await source.next()) {
        seen.push(next.value);
        yield next.value;
      }
    },
  };
  try {
    return await store.transaction((db) => new BatchWriter(db, reconciler, now, cache, false).write(recording));
  } catch (error) {
    cache.clear();
    // Store errors (lock, disk, corruption) end the run; the batch was rolled back.
    if (isDossierError(error)) throw error;
  }
  // A bug met while reconciling some article: write the batch again, each article in a savepoint
  // of its own, so that only that article fails. (Savepoints cost a little for every article, so
  // the first attempt goes without.) The articles not yet consumed follow those already seen.
  const rest: AsyncIterable<ExtractedArticle> = {
    async *[Symbol.asyncIterator]() {
      yield* seen;
      for (let next = await source.next(); !next.done; next = await source.next()) yield next.value;
    },
  };
  try {
    return await store.transaction((db) => new BatchWriter(db, reconciler, now, cache, true).write(rest));
  } catch (error) {
    cache.clear();
    throw error;
  }
}

function iterate<T>(items: Iterable<T> | AsyncIterable<T>): AsyncIterator<T> | Iterator<T> {
  return Symbol.asyncIterator in items ? items[Symbol.asyncIterator]() : items[Symbol.iterator]();
}

/**
 * Re-derive the claims of articles whose entity links or story changed, and judge the slots they
 * touch (used after the user merges or splits entities).
 */
export async function reclaimArticles(db: Db, reconciler: Reconciler, pks: readonly number[]): Promise<Set<string>> {
  const writer = new BatchWriter(db, reconciler, '', new IngestCache(), false);
  await writer.reclaim(pks);
  await writer.judgeTouched();
  return writer.touchedStories;
}

class BatchWriter {
  /** `scope\u0000slot` of the groups to judge again. */
  private readonly touchedSlots = new Set<string>();
  readonly touchedStories = new Set<string>();
  private overrides: EntityOverrides = { merges: [], splits: [] };
  /** What the batch adds to the fact summaries, written at its end. */
  private readonly summaries = new Map<string, SummaryDelta>();
  /** What the article being added adds to them (kept only if the article is). */
  private readonly articleSummaries = new Map<string, SummaryDelta>();
  /** The next free fact id (the writer holds the write lock, so it allocates them). */
  private nextFactId: number | null = null;
  /** Terms the article being added has counted (taken back if it fails). */
  private counted: string[] = [];
  /** Fingerprint rows of the batch's articles, written at its end (see `saveFingerprints`). */
  private readonly fingerprintRows: { fp: string; article_pk: number }[] = [];
  /** The pk of the batch's first new article: the batch's articles are indexed for search at its end. */
  private firstPk: number | null = null;

  constructor(
    private readonly db: Db,
    private readonly r: Reconciler,
    private readonly now: string,
    private readonly cache: IngestCache,
    /** Whether each article goes in a savepoint of its own (see {@link writeBatch}). */
    private readonly isolate = true,
  ) {}

  async write(articles: AsyncIterable<ExtractedArticle>): Promise<BatchResult> {
    const batch = await nextBatch(this.db);
    // Hashes met in this batch: the same content twice in one batch is stored once.
    const known = new Set<string>();
    this.overrides = await loadOverrides(this.db);
    this.cache.docCount ??= await profiledCount(this.db);
    const items: BatchItemResult[] = [];
    for await (const article of articles) {
      if (known.has(article.hash) || (await isKnownHash(this.db, article.hash))) {
        items.push({ status: 'known', hash: article.hash });
        continue;
      }
      known.add(article.hash);
      items.push(await this.addIsolated(article, batch));
    }
    mark();
    await saveFingerprints(this.db, this.fingerprintRows);
    this.fingerprintRows.length = 0;
    await flushTerms(this.db, this.cache);
    await this.flushSummaries();
    lap('12 batch end: fingerprints, terms and summaries');
    const contradictions = await this.judgeTouched();
    lap('13 batch end: fact groups judged, stories refreshed');
    // Last, so that the index's terms are flushed once, at the commit.
    if (this.firstPk !== null) await indexArticles(this.db, this.firstPk);
    lap('14 batch end: search index');
    return { items, contradictions, stories: [...this.touchedStories].sort() };
  }

  /**
   * Add one article inside a savepoint: a bug met while reconciling it undoes that article only
   * and reports it (INTERNAL); store errors (disk full, lock, corruption) still abort the batch.
   */
  private async addIsolated(article: ExtractedArticle, batch: number): Promise<BatchItemResult> {
    if (!this.isolate) {
      this.counted = [];
      this.articleSummaries.clear();
      const result = await this.add(article, batch);
      mergeSummaries(this.summaries, this.articleSummaries);
      return result;
    }
    const saved = { slots: new Set(this.touchedSlots), stories: new Set(this.touchedStories), fingerprints: this.fingerprintRows.length };
    this.counted = [];
    this.articleSummaries.clear();
    await sql`SAVEPOINT article`.execute(this.db);
    try {
      const result = await this.add(article, batch);
      await sql`RELEASE article`.execute(this.db);
      mergeSummaries(this.summaries, this.articleSummaries);
      return result;
    } catch (error) {
      // Store trouble (lock, disk, corruption) is the batch's; anything else is this article's.
      if (storeError(error, '') !== error) throw error;
      await sql`ROLLBACK TO article`.execute(this.db);
      await sql`RELEASE article`.execute(this.db);
      this.fingerprintRows.length = saved.fingerprints;
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
    mark();
    const id = await uniqueArticleId(db, article.sourceId, article.hash);
    const facts: FactsView = { ...article.facts, id };

    // 1. Entities: candidates sharing a blocking key, resolution, then the article's facts.
    // The names do not depend on the id: keys computed beside extraction still hold.
    const keys = article.names ? article.names.flatMap((n) => n.keys) : r.articleNames(facts).flatMap((m) => r.entityKeys(m, facts.published));
    const resolution = r.resolveEntities(facts, await cachedEntitiesByKeys(db, this.cache, keys), this.overrides, article.names);
    await upsertEntities(db, resolution.upserts, this.cache);
    const relinked: number[] = [];
    if (resolution.merges.length > 0) {
      // Counts not yet written still name the folded entities: write them first, then recount.
      await this.flushSummaries();
      for (const merge of resolution.merges) relinked.push(...(await mergeEntity(db, merge, this.cache)));
      await rebuildSummaries(db, resolution.merges.flatMap((m) => [m.from, m.into]));
    }
    // The user's merges and splits win over automatic resolution.
    const links = r.applyOverrides(resolution.links, this.overrides, resolution.merges).map((l) => ({ ...l, articleId: id }));
    await this.ensureEntities(links);
    lap('1 entities (keys, resolution, entity writes)');

    // The article goes in with its profile (the document count is read before, as it excludes it).
    const boilerplate = article.boilerplate.map((b) => ({ start: b.start, end: b.end }));
    const input = { id, text: article.text, facts, boilerplate, ...(article.wordCounts ? { wordCounts: article.wordCounts } : {}) };
    const profile = r.profileArticle(input, links);
    lap('2 profile');
    this.cache.docCount ??= await profiledCount(db);
    this.cache.indexedAfter ??= await maxArticlePk(db);
    const pk = await insertArticle(db, article, id, facts, profile, batch, this.now);
    this.cache.pkById.set(id, pk);
    this.firstPk ??= pk;
    await saveLinks(db, pk, links, { fresh: true });
    const entityOf = entityLookup(links);
    const rows = factRows(facts, entityOf);
    const stored = await insertFacts(db, pk, facts.published, rows, mentionRows(facts, article.text, entityOf), this.nextFactId);
    this.nextFactId = stored.nextId;
    addToSummaries(this.articleSummaries, rows, stored.firstId, facts.published);
    lap('3 article, links, facts, mentions written');

    // 2. Story.
    const storyKeys = r.storyKeys(profile);
    const candidates = await storyCandidates(db, this.cache, storyKeys, pk);
    await loadDfs(db, this.cache, [profile, ...candidates.flatMap((c) => c.members)]);
    const { df } = this.cache;
    const stats = { docCount: this.cache.docCount, df: (term: string) => df.get(term) ?? 0 };
    lap('4 story candidates');
    const assignment = r.assignStory(profile, candidates, stats);
    lap('5 story assignment');
    this.counted = [...new Set(Object.keys(profile.terms))];
    countTerms(this.cache, this.counted);
    this.cache.docCount = (this.cache.docCount ?? 0) + 1;
    this.cache.rememberProfile(pk, profile);
    await saveStoryKeys(db, pk, storyKeys);
    const fingerprints = article.fingerprints ?? r.rewriteFingerprints(article.text, boilerplate);
    await saveAssignment(db, this.cache, assignment, { pk, id }, article.title);
    this.touchedStories.add(assignment.storyId);
    for (const merge of assignment.merges) {
      relinked.push(...(await mergeStory(db, this.cache, merge)));
      this.touchedStories.add(merge.into);
      this.touchedStories.delete(merge.from);
    }
    lap('6 story written');

    // 3. Rewrites: articles sharing fingerprints, and the latest story mates (a reworded copy
    // may share few exact phrases).
    // (rewriteFingerprints gives each once; a repeat from another reconciler is ignored when saved)
    for (const fp of fingerprints) this.fingerprintRows.push({ fp, article_pk: pk });
    const mates = (this.cache.storyMembers.get(assignment.storyId) ?? []).slice(-STORY_REWRITE_MATES).map((m) => m.pk);
    const near = [...new Set([...(await rewriteCandidates(db, this.cache, fingerprints, pk)), ...mates])].filter((p) => p !== pk);
    this.cache.index(pk, storyKeys, fingerprints);
    lap('7 rewrite candidates');
    if (near.length > 0) {
      const others = await this.rewriteInputs(near);
      lap('7 rewrite candidates');
      const rewriteStats = { docCount: this.cache.docCount ?? 0, df: (term: string) => df.get(term) ?? 0 };
      const found = r.findRewrites({ id, text: article.text, published: facts.published, facts, boilerplate, links }, others, rewriteStats);
      lap('8 rewrite detection');
      const pkOf = await cachedPksById(db, this.cache, found.flatMap((l) => [l.a, l.b]));
      await saveRewrites(db, found, pkOf);
      lap('9 rewrites written');
    }

    // 4. Claims (judged once per batch), 5. the reference-knowledge check.
    await this.saveClaims(pk, facts, article.text, links, assignment.storyId, true);
    await replaceFlags(db, pk, r.checkKnowledge(facts, links), { fresh: true });
    this.cache.rememberRewriteInput(pk, { id, text: article.text, published: facts.published, facts, boilerplate, links });
    lap('10 claims and knowledge check');

    // Entity or story merges changed the ids earlier articles' claims were keyed by.
    if (relinked.length > 0) await this.reclaim(relinked.filter((p) => p !== pk));
    lap('11 claims of relinked articles');
    return { status: 'new', id, storyId: assignment.storyId, storyCreated: assignment.created };
  }

  private async rewriteInputs(pks: readonly number[]): Promise<RewriteInput[]> {
    const missing = pks.filter((pk) => !this.cache.rewriteInputs.has(pk));
    if (missing.length > 0) {
      const [articles, links] = await Promise.all([articlesByPk(this.db, missing), linksOf(this.db, missing)]);
      for (const a of articles) this.cache.rememberRewriteInput(a.pk, { id: a.id, text: a.text, published: a.published, facts: a.facts, boilerplate: a.boilerplate, links: links.get(a.pk) ?? [] });
    }
    return pks.flatMap((pk) => this.cache.rewriteInputs.get(pk) ?? []);
  }

  private async saveClaims(pk: number, facts: FactsView, text: string, links: readonly EntityLink[], storyId: string | null, fresh = false): Promise<void> {
    // Event claims are scoped by the story: every article of a story speaks of one event.
    const claims: readonly Claim[] = this.r.claimsOf(facts, links, storyId ?? `article:${facts.id}`);
    for (const at of await replaceClaims(this.db, pk, storyId, claims, text, { fresh })) {
      this.touchedSlots.add(`${at.scope}\u0000${at.slot}`);
      // A slot about the story's own event has no store-wide group: it would repeat the story's.
      if (at.scope === STORE_SCOPE || !isStoryEventSlot(at.slot)) this.touchedSlots.add(`${STORE_SCOPE}\u0000${at.slot}`);
    }
  }

  /**
   * Entities a link points to that the store lacks: a split's new id, or an id an override
   * introduced. They are created from the link so that facts can reference them.
   */
  private async ensureEntities(links: readonly EntityLink[]): Promise<void> {
    const ids = [...new Set(links.map((l) => l.entityId))];
    const present = new Set((await cachedEntitiesById(this.db, this.cache, ids)).map((e) => e.id));
    const missing = links.filter((l) => !present.has(l.entityId));
    const seen = new Set<string>();
    for (const l of missing) {
      if (seen.has(l.entityId)) continue;
      seen.add(l.entityId);
      const aliases = missing.filter((m) => m.entityId === l.entityId).map((m) => m.name);
      await upsertEntities(this.db, [{ id: l.entityId, kind: l.kind, name: l.name, kbId: null, aliases, offices: [], keys: this.r.entityKeys({ kind: l.kind, name: l.name, mentions: [], offices: [] }) }], this.cache);
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
      await this.saveClaims(a.pk, a.facts, a.text, links.get(a.pk) ?? [], story);
    }
  }

  private async flushSummaries(): Promise<void> {
    await flushSummaries(this.db, this.summaries);
    this.summaries.clear();
  }

  /** Stories of articles: this run's from the cache, older ones from the store. */
  private async storiesOf(pks: readonly number[]): Promise<Set<string>> {
    const out = new Set<string>();
    const old: number[] = [];
    for (const pk of pks) {
      const s = this.cache.storyOf.get(pk);
      if (s) out.add(s);
      else old.push(pk);
    }
    for (const s of await storiesOfArticles(this.db, old)) out.add(s);
    return out;
  }

  /**
   * Judge every group touched so far, within its story and store-wide; refresh the stories whose
   * groups changed.
   */
  async judgeTouched(): Promise<string[]> {
    const contradictions: string[] = [];
    // Slots by scope, so that the claims of a story's slots are read in one query.
    const byScope = new Map<string, string[]>();
    for (const key of [...this.touchedSlots].sort()) {
      const [scope, slot] = key.split('\u0000') as [string, string];
      byScope.set(scope, [...(byScope.get(scope) ?? []), slot]);
    }
    this.touchedSlots.clear();
    for (const [scope, slots] of byScope) {
      const claims = await claimsOfSlots(this.db, scope, slots, scope === STORE_SCOPE ? STORE_JUDGE_CLAIMS : STORY_JUDGE_CLAIMS);
      const judged: JudgedSlot[] = [];
      for (const slot of slots) {
        const mine = claims.get(slot) ?? [];
        const group = mine.length > 0 ? this.r.judgeSlot(mine) : null;
        const articles = [...(await cachedPksById(this.db, this.cache, group?.articles ?? [])).values()];
        const storyCount = scope === STORE_SCOPE ? (await this.storiesOf(articles)).size : 1;
        judged.push({ slot, group, articles, storyCount });
        // A store-wide contradiction within one story repeats that story's own.
        if (group?.verdict === 'contradict' && (scope !== STORE_SCOPE || storyCount >= 2)) contradictions.push(`${scope}|${slot}`);
      }
      await saveGroups(this.db, scope, judged);
      if (scope !== STORE_SCOPE) this.touchedStories.add(scope);
    }
    await refreshStories(this.db, this.touchedStories);
    return contradictions;
  }
}
