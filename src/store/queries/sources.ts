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
  readonly text: string;
}

/** Articles by pk (with their text, to quote evidence). */
export async function articleInfo(db: Db, pks: Iterable<number>): Promise<Map<number, ArticleInfo>> {
  const out = new Map<number, ArticleInfo>();
  for (const part of chunks([...new Set(pks)], 500)) {
    if (part.length === 0) continue;
    const rows = await db.selectFrom('articles').select(['pk', 'id', 'title', 'published', 'path', 'text']).where('pk', 'in', part).execute();
    for (const r of rows) out.set(r.pk, r);
  }
  return out;
}

/** Evidence of facts, by fact id, in text order. */
export async function evidenceOf(db: Db, factIds: readonly number[]): Promise<Map<number, { start: number; end: number; rule: string | null }[]>> {
  const out = new Map<number, { start: number; end: number; rule: string | null }[]>();
  for (const part of chunks([...new Set(factIds)], 900)) {
    if (part.length === 0) continue;
    const rows = await db.selectFrom('evidence').select(['fact_id', 'start', 'end', 'rule']).where('fact_id', 'in', part).orderBy('fact_id').orderBy('start').execute();
    for (const r of rows) {
      const list = out.get(r.fact_id) ?? [];
      list.push({ start: r.start, end: r.end, rule: r.rule });
      out.set(r.fact_id, list);
    }
  }
  return out;
}

/** Spans with the words they cover (offsets are UTF-16 code units, as JavaScript slices). */
export function cite(text: string, spans: readonly (Evidence | { start: number; end: number; rule: string | null })[]): CitedSpan[] {
  return spans.map((s) => ({ start: s.start, end: s.end, text: text.slice(s.start, s.end), rule: s.rule ?? null }));
}

/** Build the sources of facts: `{ factId, articlePk }` to a Source each, in the order given. */
export async function sourcesOf(db: Db, facts: readonly { readonly id: number; readonly article_pk: number }[]): Promise<Map<number, Source>> {
  const [articles, evidence] = await Promise.all([articleInfo(db, facts.map((f) => f.article_pk)), evidenceOf(db, facts.map((f) => f.id))]);
  const out = new Map<number, Source>();
  for (const f of facts) {
    const a = articles.get(f.article_pk);
    if (!a) continue;
    out.set(f.id, { article: a.id, title: a.title, published: a.published, evidence: cite(a.text, evidence.get(f.id) ?? []) });
  }
  return out;
}
