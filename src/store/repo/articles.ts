import type { Span } from '../../core/article.js';
import type { FactsView } from '../../core/facts.js';
import type { ArticleProfile } from '../../reconcile/types.js';
import type { ExtractedArticle } from '../ingest/extract-one.js';
import type { IngestCache } from '../ingest/cache.js';
import { chunks, json, type Db } from './db.js';

/** Hashes among `hashes` that the store already holds. */
export async function knownHashes(db: Db, hashes: readonly string[]): Promise<Set<string>> {
  const known = new Set<string>();
  for (const part of chunks(hashes, 900)) {
    if (part.length === 0) continue;
    const rows = await db.selectFrom('articles').select('hash').where('hash', 'in', part).execute();
    for (const r of rows) known.add(r.hash);
  }
  return known;
}

/**
 * A store-wide unique article id: the id reading gave (the file stem) when free, else that id with
 * the first hash digits (two files called `index.html`, or an edited copy of an article).
 */
export async function uniqueArticleId(db: Db, wanted: string, hash: string): Promise<string> {
  for (const candidate of [wanted, `${wanted}-${hash.slice(0, 8)}`, `${wanted}-${hash.slice(0, 16)}`, `${wanted}-${hash}`]) {
    const taken = await db.selectFrom('articles').select('pk').where('id', '=', candidate).executeTakeFirst();
    if (!taken) return candidate;
  }
  throw new Error(`no free article id for ${wanted}`);
}

/** Insert an article and return its pk. */
export async function insertArticle(db: Db, article: ExtractedArticle, id: string, facts: FactsView, profile: ArticleProfile | null, batch: number, now: string): Promise<number> {
  const row = await db
    .insertInto('articles')
    .values({
      id,
      hash: article.hash,
      path: article.path,
      format: article.format,
      title: article.title,
      byline: article.byline,
      source_credit: article.sourceCredit,
      site_name: article.siteName,
      published: article.published,
      published_source: article.publishedSource,
      language: article.language,
      text: article.text,
      astral: /[\uD800-\uDBFF]/.test(article.text) ? 1 : 0,
      boilerplate: JSON.stringify(article.boilerplate),
      facts: JSON.stringify(facts),
      profile: profile === null ? null : JSON.stringify(profile),
      batch,
      ingested_at: now,
    })
    .returning('pk')
    .executeTakeFirstOrThrow();
  return row.pk;
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
    const rows = await db.selectFrom('articles').select(['pk', 'id', 'text', 'published', 'boilerplate', 'facts']).where('pk', 'in', part).execute();
    for (const r of rows) byPk.set(r.pk, { pk: r.pk, id: r.id, text: r.text, published: r.published, boilerplate: json<Span[]>(r.boilerplate), facts: json<FactsView>(r.facts) });
  }
  return pks.flatMap((pk) => byPk.get(pk) ?? []);
}

/** Profiles of articles by pk (those not profiled yet are left out). */
export async function profilesByPk(db: Db, pks: readonly number[]): Promise<Map<number, ArticleProfile>> {
  const out = new Map<number, ArticleProfile>();
  for (const part of chunks([...new Set(pks)], 500)) {
    if (part.length === 0) continue;
    const rows = await db.selectFrom('articles').select(['pk', 'profile']).where('pk', 'in', part).where('profile', 'is not', null).execute();
    for (const r of rows) out.set(r.pk, json<ArticleProfile>(r.profile!));
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
    const rows = await db.selectFrom('articles').select(['pk', 'id']).where('id', 'in', part).execute();
    for (const r of rows) out.set(r.id, r.pk);
  }
  return out;
}
