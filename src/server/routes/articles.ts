import type { Context } from 'hono';
import { z } from 'zod';
import { DossierError } from '../../core/errors.js';
import { read } from '../../read/read.js';
import { getArticle } from '../../store/queries/article.js';
import { ingest } from '../../store/ingest/ingest.js';
import type { Store } from '../../store/store.js';
import type { ArticleView, PostArticleResponse } from '../contract.js';
import type { ApiContext, ApiSettings } from '../context.js';
import { HttpError } from '../errors.js';
import { isoDate, paramOf, parseOr400, queryOf } from '../validate.js';

/** `name` becomes the article's id (its stem) when free: a file name, never a path. */
const articleName = z
  .string()
  .trim()
  .min(1)
  .max(200)
  .regex(/^[^/\\\u0000-\u001f]+$/, 'a file name without slashes or control characters');

/** The posted article: exactly one of `text` and `html`. */
export const postArticleBody = z
  .object({ text: z.string().optional(), html: z.string().optional(), name: articleName.optional(), published: isoDate.optional() })
  .strict()
  .refine((b) => (b.text === undefined) !== (b.html === undefined), { message: 'give exactly one of "text" and "html"' });

/**
 * `GET /api/articles/:id`: the article with its spans. `POST /api/articles`: read, extract, store
 * and reconcile one article, as `dossier ingest` does; the same text twice is `known`.
 */
export function articleRoutes({ app, store, settings, writes }: ApiContext): void {
  app.get('/api/articles/:id', async (c) => {
    queryOf(c, z.object({}));
    const id = paramOf(c, 'id');
    const body: ArticleView = await store.read((db) => getArticle(db, id));
    return c.json(body);
  });

  app.post('/api/articles', async (c) => {
    queryOf(c, z.object({}));
    const body = parseOr400(postArticleBody, await jsonBody(c), 'body');
    const result = await writes.run(() => storeArticle(store, settings, body));
    return c.json(result, result.status === 'new' ? 201 : 200);
  });
}

/** The request's JSON body: 415 unless it says it is JSON, 400 unless it parses. */
async function jsonBody(c: Context): Promise<unknown> {
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/json\s*(;|$)/i.test(type)) throw new HttpError(415, 'UNSUPPORTED_MEDIA_TYPE', `send the article as application/json, not ${type || 'a body without a content type'}`);
  const raw = await c.req.text();
  try {
    return JSON.parse(raw) as unknown;
  } catch (error) {
    throw new HttpError(400, 'BAD_REQUEST', `the body is not valid JSON: ${(error as Error).message}`);
  }
}

/**
 * Store one posted article through the same ingest as the CLI (one task, extracted in this
 * thread: a worker pool per request would cost more than the article). Called one at a time.
 * Reading it first answers an unreadable article with the reader's code before any write, and
 * gives the hash that says whether the store already holds it.
 */
async function storeArticle(store: Store, settings: ApiSettings, body: z.infer<typeof postArticleBody>): Promise<PostArticleResponse> {
  const format = body.html !== undefined ? 'html' : 'text';
  const bytes = Buffer.from(body.html ?? body.text ?? '', 'utf8');
  const path = body.name ?? '-';
  const options = { maxBytes: settings.maxBytes, format, ...(body.published ? { published: body.published } : {}) } as const;
  const article = read(bytes, { ...options, ...(body.name ? { path } : {}) });

  let status: 'new' | 'known' = 'known';
  if (!(await findByHash(store, article.hash))) {
    const summary = await ingest(store, [{ path, bytes, format }], { jobs: 1, batchSize: 1, maxBytes: settings.maxBytes, now: settings.now, ...(body.published ? { published: body.published } : {}) });
    const failure = summary.failures[0];
    if (failure) throw new DossierError(failure.code, failure.message);
    if (summary.added.length > 0) status = 'new';
  }
  const stored = await findByHash(store, article.hash);
  if (!stored) throw new DossierError('INTERNAL', 'the article was ingested but is not in the store');
  return { id: stored.id, status, story: stored.story, contradictions: await contradictionsOf(store, stored.pk) };
}

async function findByHash(store: Store, hash: string): Promise<{ pk: number; id: string; story: string | null } | undefined> {
  return store.read((db) =>
    db
      .selectFrom('articles as a')
      .leftJoin('story_articles as s', 's.article_pk', 'a.pk')
      .select(['a.pk', 'a.id', 's.story_id as story'])
      .where('a.hash', '=', hash)
      .orderBy('a.pk')
      .executeTakeFirst(),
  );
}

/** Slots on which the article's claims contradict another source's (in its story or store-wide). */
async function contradictionsOf(store: Store, pk: number): Promise<string[]> {
  const rows = await store.read((db) =>
    db
      .selectFrom('fact_group_articles as ga')
      .innerJoin('fact_groups as g', (j) => j.onRef('g.scope', '=', 'ga.scope').onRef('g.slot', '=', 'ga.slot'))
      .select('g.slot')
      .distinct()
      .where('ga.article_pk', '=', pk)
      .where('g.verdict', '=', 'contradict')
      .orderBy('g.slot')
      .execute(),
  );
  return rows.map((r) => r.slot);
}
