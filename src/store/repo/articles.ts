import type { Span } from '../../core/article.js';
import type { FactsView } from '../../core/facts.js';
import type { ArticleProfile } from '../../reconcile/types.js';
import type { ExtractedArticle } from '../ingest/extract-one.js';
import type { IngestCache } from '../ingest/cache.js';
import { chunks, json, type Db } from './db.js';
import { first, marks, run } from './prepared.js';

/** Whether the store holds an article with this content hash (one lookup: ingest asks per article). */
export async function isKnownHash(db: Db, hash: string): Promise<boolean> {
  return (await first(db, 'SELECT 1 AS known FROM articles WHERE hash = ?', [hash])) !== undefined;
}

/**
 * A store-wide unique article id: the id reading gave (the file stem) when free, else that id with
 * the first hash digits (two files called `index.html`, or an edited copy of an article).
 */
export async function uniqueArticleId(db: Db, wanted: string, hash: string): Promise<string> {
  for (const candidate of [wanted, `${wanted}-${hash.slice(0, 8)}`, `${wanted}-${hash.slice(0, 16)}`, `${wanted}-${hash}`]) {
    const taken = await first(db, 'SELECT pk FROM articles WHERE id = ?', [candidate]);
    if (!taken) return candidate;
  }
  throw new Error(`no free article id for ${wanted}`);
}

const INSERT_ARTICLE = `INSERT INTO articles (id, hash, path, format, title, byline, source_credit, site_name, published, published_source, language, text, astral, boilerplate, facts, profile, batch, ingested_at)
  VALUES (${marks(18)}) RETURNING pk`;

/** Insert an article and return its pk. */
export async function insertArticle(db: Db, article: ExtractedArticle, id: string, facts: FactsView, profile: ArticleProfile | null, batch: number, now: string): Promise<number> {
  const row = await first<{ pk: number }>(db, INSERT_ARTICLE, [
    id,
    article.hash,
    article.path,
    article.format,
    article.title,
    article.byline,
    article.sourceCredit,
    article.siteName,
    article.published,
    article.publishedSource,
    article.language,
    article.text,
    /[\uD800-\uDBFF]/.test(article.text) ? 1 : 0,
    JSON.stringify(article.boilerplate),
    JSON.stringify(facts),
    profile === null ? null : JSON.stringify(profile),
    batch,
    now,
  ]);
  if (!row) throw new Error(`inserting article ${id} returned no pk`);
  return row.pk;
}

/**
 * Add the articles from pk `fromPk` on to the full-text index. Ingest calls it once at the end of
 * each batch (see migration 3): pks only grow, so the batch's articles are those from its first.
 */
export async function indexArticles(db: Db, fromPk: number): Promise<void> {
  await run(db, 'INSERT INTO articles_fts(rowid, title, text) SELECT pk, title, text FROM articles WHERE pk >= ?', [fromPk]);
}

/** The number of the next ingest batch. */
export async function nextBatch(db: Db): Promise<number> {
  const row = await db.selectFrom('articles').select((eb) => eb.fn.max('batch').as('b')).executeTakeFirst();
  return (row?.b ?? 0) + 1;
}

/** Number of articles with a profile (story clustering's document count). */
export async function profiledCount(db: Db): Promise<number> {
  const row = await db.selectFrom('articles').select((eb) => eb.fn.countAll<number>().as('n')).where('profile', 'is not', null).executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** What reconciliation reads back about stored articles. */
export interface StoredArticle {
  readonly pk: number;
  readonly id: string;
  readonly text: string;
  readonly published: string | null;
  readonly boilerplate: readonly Span[];
  readonly facts: FactsView;
}

/** Articles by pk, in the order asked. */
export async function articlesByPk(db: Db, pks: readonly number[]): Promise<StoredArticle[]> {
  const byPk = new Map<number, StoredArticle>();
  for (const part of chunks([...new Set(pks)], 500)) {
    if (part.length === 0) continue;
    const rows = await run<{ pk: number; id: string; text: string; published: string | null; boilerplate: string; facts: string }>(
      db,
      `SELECT pk, id, text, published, boilerplate, facts FROM articles WHERE pk IN (${marks(part.length)})`,
      part,
    );
    for (const r of rows) byPk.set(r.pk, { pk: r.pk, id: r.id, text: r.text, published: r.published, boilerplate: json<Span[]>(r.boilerplate), facts: json<FactsView>(r.facts) });
  }
  return pks.flatMap((pk) => byPk.get(pk) ?? []);
}

/** Profiles of articles by pk (those not profiled yet are left out). */
export async function profilesByPk(db: Db, pks: readonly number[]): Promise<Map<number, ArticleProfile>> {
  const out = new Map<number, ArticleProfile>();
  for (const part of chunks([...new Set(pks)], 500)) {
    if (part.length === 0) continue;
    const rows = await run<{ pk: number; profile: string }>(db, `SELECT pk, profile FROM articles WHERE pk IN (${marks(part.length)}) AND profile IS NOT NULL`, part);
    for (const r of rows) out.set(r.pk, json<ArticleProfile>(r.profile));
  }
  return out;
}

/** Article pks by their ids through the run's cache. */
export async function cachedPksById(db: Db, cache: IngestCache, ids: readonly string[]): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  const missing: string[] = [];
  for (const id of new Set(ids)) {
    const pk = cache.pkById.get(id);
    if (pk === undefined) missing.push(id);
    else out.set(id, pk);
  }
  for (const [id, pk] of await pksById(db, missing)) {
    out.set(id, pk);
    cache.pkById.set(id, pk);
  }
  return out;
}

/** The highest article pk in the store (0 when empty). */
export async function maxArticlePk(db: Db): Promise<number> {
  const row = await db.selectFrom('articles').select((eb) => eb.fn.max('pk').as('pk')).executeTakeFirst();
  return row?.pk ?? 0;
}

/** Article pks by their reconciliation ids. */
export async function pksById(db: Db, ids: readonly string[]): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  for (const part of chunks([...new Set(ids)], 900)) {
    if (part.length === 0) continue;
    const rows = await run<{ pk: number; id: string }>(db, `SELECT pk, id FROM articles WHERE id IN (${marks(part.length)})`, part);
    for (const r of rows) out.set(r.id, r.pk);
  }
  return out;
}
