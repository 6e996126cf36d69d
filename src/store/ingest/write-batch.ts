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
import { articlesByPk, insertArticle, knownHashes, nextBatch, pksById, profiledCount, saveProfile, uniqueArticleId } from '../repo/articles.js';
import { claimsOfSlot, replaceClaims, replaceFlags, saveGroup } from '../repo/claims.js';
import type { Db } from '../repo/db.js';
import { entitiesByKeys, linksOf, loadOverrides, mergeEntity, saveLinks, upsertEntities } from '../repo/entities.js';
import { insertFacts } from '../repo/facts.js';
import { rewriteCandidates, saveFingerprints, saveRewrites } from '../repo/rewrites.js';
import { countTerms, mergeStory, refreshStories, saveAssignment, saveStoryKeys, storiesOfArticles, storyCandidates, storyMembers, storyOf, termDfs } from '../repo/stories.js';
import type { Store } from '../store.js';
import type { ExtractedArticle, ExtractFailure } from './extract-one.js';
import type { Reconciler } from './reconciler.js';

/** Story members compared for rewrites besides the fingerprint candidates. */
const STORY_REWRITE_MEMBERS = 8;

/** What happened to one article of a batch. */
export type BatchItemResult =
  | { readonly status: 'new'; readonly id: string; readonly storyId: string | null; readonly storyCreated: boolean }
  | { readonly status: 'known'; readonly hash: string }
  | { readonly status: 'failed'; readonly failure: ExtractFailure };

/** What a batch changed. */
export interface BatchResult {
  readonly items: readonly BatchItemResult[];
  /** Fact groups judged in this batch whose verdict is now `contradict`. */
  readonly contradictions: readonly string[];
  /** Stories that gained articles. */
  readonly stories: readonly string[];
}

/** Write a batch of articles in one transaction and reconcile them. */
export async function writeBatch(store: Store, articles: readonly ExtractedArticle[], reconciler: Reconciler, now: string): Promise<BatchResult> {
  return store.transaction((db) => new BatchWriter(db, reconciler, now).write(articles));
}

/**
 * Re-derive the claims of articles whose entity links or story changed, and judge the slots they
 * touch (used after the user merges or splits entities).
 */
export async function reclaimArticles(db: Db, reconciler: Reconciler, pks: readonly number[]): Promise<Set<string>> {
  const writer = new BatchWriter(db, reconciler, '');
  await writer.reclaim(pks);
  await writer.judgeTouched();
  return writer.touchedStories;
}

class BatchWriter {
  private readonly touchedSlots = new Set<string>();
  readonly touchedStories = new Set<string>();
  private readonly newStories = new Set<string>();
  private overrides: EntityOverrides = { merges: [], splits: [] };
  private docCount = 0;

  constructor(
    private readonly db: Db,
    private readonly r: Reconciler,
    private readonly now: string,
  ) {}

  async write(articles: readonly ExtractedArticle[]): Promise<BatchResult> {
    const batch = await nextBatch(this.db);
    const known = await knownHashes(this.db, articles.map((a) => a.hash));
    this.overrides = await loadOverrides(this.db);
    this.docCount = await profiledCount(this.db);
    const items: BatchItemResult[] = [];
    for (const article of articles) {
      if (known.has(article.hash)) {
        items.push({ status: 'known', hash: article.hash });
        continue;
      }
      known.add(article.hash); // the same content twice in one batch is stored once
      items.push(await this.addIsolated(article, batch));
    }
    const contradictions = await this.judgeTouched();
    return { items, contradictions, stories: [...this.touchedStories].sort() };
  }

  /**
   * Add one article inside a savepoint: a bug met while reconciling it undoes that article only
   * and reports it (INTERNAL); store errors (disk full, lock, corruption) still abort the batch.
   */
  private async addIsolated(article: ExtractedArticle, batch: number): Promise<BatchItemResult> {
    const saved = { slots: new Set(this.touchedSlots), stories: new Set(this.touchedStories), docCount: this.docCount };
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
      this.docCount = saved.docCount;
      const message = error instanceof Error ? error.message : String(error);
      const stack = error instanceof Error ? error.stack : undefined;
      return { status: 'failed', failure: { path: article.path ?? article.sourceId, code: 'INTERNAL', message: `reconciling failed: ${message}`, ...(stack ? { stack } : {}) } };
    }
  }

  private async add(article: ExtractedArticle, batch: number): Promise<BatchItemResult> {
    const { db, r } = this;
    const id = await uniqueArticleId(db, article.sourceId, article.hash);
    const facts: FactsView = { ...article.facts, id };
    const pk = await insertArticle(db, article, id, facts, batch, this.now);

    // 1. Entities: candidates sharing a blocking key, resolution, then the article's facts.
    const keys = r.articleNames(facts).flatMap((m) => r.entityKeys(m));
    const resolution = r.resolveEntities(facts, await entitiesByKeys(db, keys), this.overrides);
    await upsertEntities(db, resolution.upserts);
    const relinked: number[] = [];
    for (const merge of resolution.merges) relinked.push(...(await mergeEntity(db, merge)));
    const links = resolution.links.map((l) => ({ ...l, articleId: id }));
    await saveLinks(db, pk, links);
    const entityOf = entityLookup(links);
    await insertFacts(db, pk, factRows(facts, entityOf), mentionRows(facts, article.text, entityOf));

    // 2. Story.
    const boilerplate = article.boilerplate.map((b) => ({ start: b.start, end: b.end }));
    const input = { id, text: article.text, facts, boilerplate };
    const profile = r.profileArticle(input, links);
    await saveProfile(db, pk, profile);
    const storyKeys = r.storyKeys(profile);
    const candidates = await storyCandidates(db, storyKeys, pk);
    const terms = [...Object.keys(profile.terms), ...candidates.flatMap((c) => c.members.flatMap((m) => Object.keys(m.terms)))];
    const dfs = await termDfs(db, terms);
    const assignment = r.assignStory(profile, candidates, { docCount: this.docCount, df: (term) => dfs.get(term) ?? 0 });
    await countTerms(db, Object.keys(profile.terms));
    this.docCount++;
    await saveStoryKeys(db, pk, storyKeys);
    await saveAssignment(db, assignment, pk, article.title);
    this.touchedStories.add(assignment.storyId);
    if (assignment.created) this.newStories.add(assignment.storyId);
    for (const merge of assignment.merges) {
      relinked.push(...(await mergeStory(db, merge)));
      this.touchedStories.add(merge.into);
      this.touchedStories.delete(merge.from);
    }

    // 3. Rewrites: articles sharing fingerprints, and the latest members of its story.
    const fingerprints = r.rewriteFingerprints(article.text);
    await saveFingerprints(db, pk, fingerprints);
    const near = new Set([...(await rewriteCandidates(db, fingerprints, pk)), ...(await storyMembers(db, assignment.storyId, STORY_REWRITE_MEMBERS))]);
    near.delete(pk);
    if (near.size > 0) {
      const others = await this.rewriteInputs([...near]);
      const found = r.findRewrites({ id, text: article.text, published: facts.published, facts, boilerplate, links }, others);
      const pkOf = new Map([[id, pk], ...(await pksById(db, [...found.flatMap((l) => [l.a, l.b])]))]);
      await saveRewrites(db, found, pkOf);
    }

    // 4. Claims (judged once per batch), 5. the reference-knowledge check.
    await this.saveClaims(pk, facts, links, assignment.storyId);
    await replaceFlags(db, pk, r.checkKnowledge(facts, links));

    // Entity or story merges changed the ids earlier articles' claims were keyed by.
    if (relinked.length > 0) await this.reclaim(relinked.filter((p) => p !== pk));
    return { status: 'new', id, storyId: assignment.storyId, storyCreated: assignment.created };
  }

  private async rewriteInputs(pks: readonly number[]): Promise<RewriteInput[]> {
    const [articles, links] = await Promise.all([articlesByPk(this.db, pks), linksOf(this.db, pks)]);
    return articles.map((a) => ({ id: a.id, text: a.text, published: a.published, facts: a.facts, boilerplate: a.boilerplate, links: links.get(a.pk) ?? [] }));
  }

  private async saveClaims(pk: number, facts: FactsView, links: readonly EntityLink[], storyId: string | null): Promise<void> {
    const entityOf = entityLookup(links);
    const eventKey = (eventId: string) => {
      const event = facts.events.find((e) => e.id === eventId);
      const org = event ? (entityOf(event.organization, ['organisation']) ?? '-') : '-';
      // Events are told apart per story: "the summit" of one story is not that of another.
      return `${storyId ?? `article:${facts.id}`}|${event?.kind ?? 'event'}|${org}`;
    };
    const claims: readonly Claim[] = this.r.claimsOf(facts, links, eventKey);
    for (const slot of await replaceClaims(this.db, pk, claims)) this.touchedSlots.add(slot);
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

  /** Judge every slot touched so far; refresh the stories involved. */
  async judgeTouched(): Promise<string[]> {
    const contradictions: string[] = [];
    const groupArticles: string[] = [];
    for (const slot of [...this.touchedSlots].sort()) {
      const claims = await claimsOfSlot(this.db, slot);
      const group = claims.length > 0 ? this.r.judgeSlot(claims) : null;
      const pkOf = await pksById(this.db, group?.articles ?? []);
      await saveGroup(this.db, slot, group, pkOf);
      if (group?.verdict === 'contradict') contradictions.push(slot);
      if (group) groupArticles.push(...group.articles);
    }
    this.touchedSlots.clear();
    // Contradiction counts change for every story that has an article in a judged group.
    const pks = [...(await pksById(this.db, groupArticles)).values()];
    for (const s of await storiesOfArticles(this.db, pks)) this.touchedStories.add(s);
    await refreshStories(this.db, this.touchedStories);
    return contradictions;
  }
}
