import { sql } from 'kysely';
import type { StoryAssignment, StoryCandidate, StoryMerge } from '../../reconcile/types.js';
import type { ArticleProfile } from '../../reconcile/types.js';
import type { IngestCache } from '../ingest/cache.js';
import { profilesByPk } from './articles.js';
import { insertRows } from './bulk.js';
import { chunks, type Db } from './db.js';
import { first, marks, run } from './prepared.js';

/** Articles looked at per blocking key: the most recent, so a common key stays cheap at scale. */
const ARTICLES_PER_KEY = 40;
/** Candidate stories handed to story assignment, the ones sharing most keys first. */
const MAX_CANDIDATES = 24;
/** Member profiles per candidate story: the most recent ones (assignment is single-link). */
const MEMBERS_PER_CANDIDATE = 20;

/** Record an article's story blocking keys. */
export async function saveStoryKeys(db: Db, articlePk: number, keys: readonly string[]): Promise<void> {
  const rows = [...new Set(keys)].map((key) => ({ key, article_pk: articlePk }));
  await insertRows(db, 'story_keys', rows, { ignoreConflicts: true });
}

/** Count one more document for each term, in memory until {@link flushTerms}. */
export function countTerms(cache: IngestCache, terms: readonly string[]): void {
  for (const term of new Set(terms)) {
    cache.df.set(term, (cache.df.get(term) ?? 0) + 1);
    cache.pendingTerms.set(term, (cache.pendingTerms.get(term) ?? 0) + 1);
  }
}

/** Write the batch's term counts (document frequencies) to the store. */
export async function flushTerms(db: Db, cache: IngestCache): Promise<void> {
  const rows = [...cache.pendingTerms].map(([term, df]) => ({ term, df }));
  for (const part of chunks(rows, 800)) {
    await db
      .insertInto('terms')
      .values(part)
      .onConflict((oc) => oc.column('term').doUpdateSet({ df: sql<number>`terms.df + excluded.df` }))
      .execute();
  }
  cache.pendingTerms.clear();
}

/**
 * Make sure the cache knows the document frequency of every term of the profiles (0 for unseen
 * ones). A profile whose terms were all loaded is remembered, so the recent members of a story,
 * which come back for every new article, cost nothing the second time.
 */
export async function loadDfs(db: Db, cache: IngestCache, profiles: readonly ArticleProfile[]): Promise<void> {
  const missing = new Set<string>();
  for (const p of profiles) {
    if (cache.dfLoaded.has(p)) continue;
    for (const t of Object.keys(p.terms)) if (!cache.df.has(t)) missing.add(t);
  }
  for (const part of chunks([...missing], 900)) {
    // Counts of this batch are not in the table yet.
    for (const t of part) cache.df.set(t, cache.pendingTerms.get(t) ?? 0);
    const rows = await run<{ term: string; df: number }>(db, `SELECT term, df FROM terms WHERE term IN (${marks(part.length)})`, part);
    for (const r of rows) cache.df.set(r.term, r.df + (cache.pendingTerms.get(r.term) ?? 0));
  }
  for (const p of profiles) cache.dfLoaded.add(p);
}

/** Profiles of articles by pk, through the cache (those not profiled yet are left out). */
export async function cachedProfiles(db: Db, cache: IngestCache, pks: readonly number[]): Promise<Map<number, ArticleProfile>> {
  const out = new Map<number, ArticleProfile>();
  const missing: number[] = [];
  for (const pk of pks) {
    const p = cache.profiles.get(pk);
    if (p) out.set(pk, p);
    else missing.push(pk);
  }
  if (missing.length > 0) {
    for (const [pk, p] of await profilesByPk(db, missing)) {
      out.set(pk, p);
      cache.rememberProfile(pk, p);
    }
  }
  return out;
}

/** The most recent members of a story (pk, id), oldest first, through the cache. */
async function recentMembers(db: Db, cache: IngestCache, storyId: string): Promise<{ pk: number; id: string }[]> {
  const known = cache.storyMembers.get(storyId);
  if (known) return known;
  const rows = await run<{ pk: number; id: string }>(
    db,
    'SELECT a.pk, a.id FROM story_articles s INNER JOIN articles a ON a.pk = s.article_pk WHERE s.story_id = ? ORDER BY s.position DESC LIMIT ?',
    [storyId, MEMBERS_PER_CANDIDATE],
  );
  const members = rows.reverse();
  cache.storyMembers.set(storyId, members);
  return members;
}

/**
 * Stories that share a blocking key with an article, each with its recent members' profiles.
 * Bounded on every side (articles per key, stories, members) so the cost per article does not
 * grow with the store.
 */
export async function storyCandidates(db: Db, cache: IngestCache, keys: readonly string[], exceptPk: number): Promise<StoryCandidate[]> {
  // Articles of this run come from the run's index, older ones from the store.
  const before = cache.indexedAfter ?? Number.MAX_SAFE_INTEGER;
  const hits = new Map<number, number>();
  for (const key of new Set(keys)) {
    // A pk is listed once per key: the tail one longer than needed is enough, whatever the
    // list's length (a key such as an organisation's grows with the run).
    const recent = (cache.storyKeys.get(key) ?? []).slice(-(ARTICLES_PER_KEY + 1)).filter((pk) => pk !== exceptPk).slice(-ARTICLES_PER_KEY);
    const older =
      recent.length < ARTICLES_PER_KEY && before > 0
        ? await run<{ article_pk: number }>(db, 'SELECT article_pk FROM story_keys WHERE key = ? AND article_pk != ? AND article_pk <= ? ORDER BY article_pk DESC LIMIT ?', [key, exceptPk, before, ARTICLES_PER_KEY - recent.length])
        : [];
    for (const pk of [...recent, ...older.map((r) => r.article_pk)]) hits.set(pk, (hits.get(pk) ?? 0) + 1);
  }
  if (hits.size === 0) return [];
  const storyHits = new Map<string, number>();
  const old: number[] = [];
  for (const [pk, n] of hits) {
    const story = cache.storyOf.get(pk);
    if (story) storyHits.set(story, (storyHits.get(story) ?? 0) + n);
    else old.push(pk);
  }
  for (const part of chunks(old, 900)) {
    const rows = await run<{ story_id: string; article_pk: number }>(db, `SELECT story_id, article_pk FROM story_articles WHERE article_pk IN (${marks(part.length)})`, part);
    for (const r of rows) storyHits.set(r.story_id, (storyHits.get(r.story_id) ?? 0) + (hits.get(r.article_pk) ?? 0));
  }
  const chosen = [...storyHits].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, MAX_CANDIDATES).map(([id]) => id);
  const members = new Map<string, { pk: number; id: string }[]>();
  for (const storyId of chosen) members.set(storyId, await recentMembers(db, cache, storyId));
  const profiles = await cachedProfiles(db, cache, [...members.values()].flatMap((m) => m.map((x) => x.pk)));
  return chosen.map((storyId) => {
    const list = members.get(storyId)!;
    return { story: { id: storyId, articles: list.map((m) => m.id) }, members: list.flatMap((m) => profiles.get(m.pk) ?? []) };
  });
}

/** Put an article in its story (creating the story when the assignment says so). */
export async function saveAssignment(db: Db, cache: IngestCache, assignment: StoryAssignment, article: { pk: number; id: string }, title: string | null): Promise<void> {
  const articlePk = article.pk;
  if (assignment.created) {
    await run(db, 'INSERT INTO stories (id, title, first_published, last_published, article_count, contradiction_count) VALUES (?, ?, NULL, NULL, 0, 0) ON CONFLICT DO NOTHING', [assignment.storyId, title]);
  }
  const top = await first<{ p: number | null }>(db, 'SELECT max(position) AS p FROM story_articles WHERE story_id = ?', [assignment.storyId]);
  await run(
    db,
    'INSERT INTO story_articles (story_id, article_pk, position, score, reason) VALUES (?, ?, ?, ?, ?) ON CONFLICT (article_pk) DO UPDATE SET story_id = excluded.story_id, score = excluded.score, reason = excluded.reason',
    [assignment.storyId, articlePk, (top?.p ?? -1) + 1, assignment.score, assignment.reason],
  );
  const members = cache.storyMembers.get(assignment.storyId) ?? (assignment.created ? [] : undefined);
  if (members) cache.storyMembers.set(assignment.storyId, [...members, article].slice(-MEMBERS_PER_CANDIDATE));
  cache.storyOf.set(articlePk, assignment.storyId);
}

/**
 * Fold one story into another (a new article bridged them). The members of `from` go to the end
 * of `into`, in their order.
 * @returns the pks of the articles that moved.
 */
export async function mergeStory(db: Db, cache: IngestCache, merge: StoryMerge): Promise<number[]> {
  if (merge.from === merge.into) return [];
  cache.storyMembers.delete(merge.from);
  cache.storyMembers.delete(merge.into);
  const moving = await db.selectFrom('story_articles').select(['article_pk', 'position']).where('story_id', '=', merge.from).orderBy('position').execute();
  const top = await db.selectFrom('story_articles').select((eb) => eb.fn.max('position').as('p')).where('story_id', '=', merge.into).executeTakeFirst();
  let position = (top?.p ?? -1) + 1;
  for (const m of moving) {
    await db.updateTable('story_articles').set({ story_id: merge.into, position: position++, reason: `merged: ${merge.reason}` }).where('article_pk', '=', m.article_pk).execute();
    if (cache.storyOf.has(m.article_pk)) cache.storyOf.set(m.article_pk, merge.into);
  }
  // The groups judged within `from` go; its articles' claims are judged again within `into`.
  await db.deleteFrom('fact_groups').where('scope', '=', merge.from).execute();
  await db.deleteFrom('stories').where('id', '=', merge.from).execute();
  return moving.map((m) => m.article_pk);
}

/** The story an article belongs to. */
export async function storyOf(db: Db, articlePk: number): Promise<string | null> {
  const row = await first<{ story_id: string }>(db, 'SELECT story_id FROM story_articles WHERE article_pk = ?', [articlePk]);
  return row?.story_id ?? null;
}

/** The most recent members of a story (pks), oldest first. */
export async function storyMembers(db: Db, storyId: string, limit: number): Promise<number[]> {
  const rows = await db.selectFrom('story_articles').select('article_pk').where('story_id', '=', storyId).orderBy('position', 'desc').limit(limit).execute();
  return rows.map((r) => r.article_pk).reverse();
}

/**
 * Recompute the listing fields of stories: title (of the first article), first and last
 * publication date, number of articles, number of contradictions judged within it.
 */
export async function refreshStories(db: Db, storyIds: Iterable<string>): Promise<void> {
  for (const id of new Set(storyIds)) {
    const stats = await first<{ n: number; first: string | null; last: string | null }>(
      db,
      'SELECT count(*) AS n, min(a.published) AS first, max(a.published) AS last FROM story_articles s INNER JOIN articles a ON a.pk = s.article_pk WHERE s.story_id = ?',
      [id],
    );
    const n = Number(stats?.n ?? 0);
    if (n === 0) {
      await run(db, 'DELETE FROM stories WHERE id = ?', [id]);
      continue;
    }
    const top = await first<{ title: string | null }>(db, 'SELECT a.title FROM story_articles s INNER JOIN articles a ON a.pk = s.article_pk WHERE s.story_id = ? ORDER BY s.position LIMIT 1', [id]);
    const contradictions = await first<{ n: number }>(db, "SELECT count(*) AS n FROM fact_groups WHERE scope = ? AND verdict = 'contradict'", [id]);
    await run(db, 'UPDATE stories SET title = ?, first_published = ?, last_published = ?, article_count = ?, contradiction_count = ? WHERE id = ?', [
      top?.title ?? null,
      stats?.first ?? null,
      stats?.last ?? null,
      n,
      Number(contradictions?.n ?? 0),
      id,
    ]);
  }
}

/** Stories of the given articles. */
export async function storiesOfArticles(db: Db, pks: readonly number[]): Promise<Set<string>> {
  const out = new Set<string>();
  for (const part of chunks([...new Set(pks)], 900)) {
    if (part.length === 0) continue;
    const rows = await run<{ story_id: string }>(db, `SELECT DISTINCT story_id FROM story_articles WHERE article_pk IN (${marks(part.length)})`, part);
    for (const r of rows) out.add(r.story_id);
  }
  return out;
}
