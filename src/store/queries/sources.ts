import { sql } from 'kysely';
import type { Evidence } from '../../core/facts.js';
import { chunks, type Db } from '../repo/db.js';

/** A span of an article with the words it covers. */
export interface CitedSpan {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly rule: string | null;
}

/** Where something is stated: the article and the words. */
export interface Source {
  readonly article: string;
  readonly title: string | null;
  readonly published: string | null;
  readonly evidence: readonly CitedSpan[];
}

/** Article facts the sources need, loaded once per query. */
export interface ArticleInfo {
  readonly pk: number;
  readonly id: string;
  readonly title: string | null;
  readonly published: string | null;
  readonly path: string | null;
}

/** Articles by pk (without their text). */
export async function articleInfo(db: Db, pks: Iterable<number>): Promise<Map<number, ArticleInfo>> {
  const out = new Map<number, ArticleInfo>();
  for (const part of chunks([...new Set(pks)], 500)) {
    if (part.length === 0) continue;
    const rows = await db.selectFrom('articles').select(['pk', 'id', 'title', 'published', 'path']).where('pk', 'in', part).execute();
    for (const r of rows) out.set(r.pk, r);
  }
  return out;
}

/** Texts of articles by pk (to slice evidence where SQL cannot). */
export async function articleTexts(db: Db, pks: Iterable<number>): Promise<Map<number, string>> {
  const out = new Map<number, string>();
  for (const part of chunks([...new Set(pks)], 200)) {
    if (part.length === 0) continue;
    for (const r of await db.selectFrom('articles').select(['pk', 'text']).where('pk', 'in', part).execute()) out.set(r.pk, r.text);
  }
  return out;
}

/**
 * Evidence of facts with the words it covers, by fact id, in text order. The words are cut by
 * SQLite (no article text travels) unless the article has characters outside the BMP, where
 * substr() counts code points and the UTF-16 offsets need JavaScript's slice.
 */
export async function evidenceOf(db: Db, factIds: readonly number[]): Promise<Map<number, CitedSpan[]>> {
  const out = new Map<number, CitedSpan[]>();
  const astral: { factId: number; pk: number; start: number; end: number; rule: string | null }[] = [];
  for (const part of chunks([...new Set(factIds)], 900)) {
    if (part.length === 0) continue;
    const rows = await db
      .selectFrom('evidence as e')
      .innerJoin('articles as a', 'a.pk', 'e.article_pk')
      .select(['e.fact_id', 'e.article_pk', 'e.start', 'e.end', 'e.rule', 'a.astral', sql<string | null>`CASE WHEN a.astral = 0 THEN substr(a.text, e.start + 1, e."end" - e.start) END`.as('words')])
      .where('e.fact_id', 'in', part)
      .orderBy('e.fact_id')
      .orderBy('e.start')
      .execute();
    for (const r of rows) {
      if (r.astral) astral.push({ factId: r.fact_id, pk: r.article_pk, start: r.start, end: r.end, rule: r.rule });
      else push(out, r.fact_id, { start: r.start, end: r.end, text: r.words ?? '', rule: r.rule });
    }
  }
  if (astral.length > 0) {
    const texts = await articleTexts(db, astral.map((a) => a.pk));
    for (const a of astral) push(out, a.factId, { start: a.start, end: a.end, text: (texts.get(a.pk) ?? '').slice(a.start, a.end), rule: a.rule });
    for (const list of out.values()) list.sort((x, y) => x.start - y.start);
  }
  return out;
}

/** Spans with the words they cover (offsets are UTF-16 code units, as JavaScript slices). */
export function cite(text: string, spans: readonly (Evidence | { start: number; end: number; rule: string | null })[]): CitedSpan[] {
  return spans.map((s) => ({ start: s.start, end: s.end, text: text.slice(s.start, s.end), rule: s.rule ?? null }));
}

/** Build the sources of facts: `{ id, article_pk }` to a Source each, in the order given. */
export async function sourcesOf(db: Db, facts: readonly { readonly id: number; readonly article_pk: number }[]): Promise<Map<number, Source>> {
  const [articles, evidence] = await Promise.all([articleInfo(db, facts.map((f) => f.article_pk)), evidenceOf(db, facts.map((f) => f.id))]);
  const out = new Map<number, Source>();
  for (const f of facts) {
    const a = articles.get(f.article_pk);
    if (!a) continue;
    out.set(f.id, { article: a.id, title: a.title, published: a.published, evidence: evidence.get(f.id) ?? [] });
  }
  return out;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
