import type BetterSqlite3 from 'better-sqlite3';

/** One article found by full-text search. */
export interface SearchHit {
  readonly id: string;
  readonly title: string | null;
  readonly published: string | null;
  readonly path: string | null;
  /** The best matching passage, matched words in [brackets]. */
  readonly snippet: string;
}

/**
 * Turn what a user typed into an FTS5 query: every word must occur (quoted, so FTS syntax such as
 * `AND`, `-` or `:` in the text is taken literally); a `"quoted phrase"` stays a phrase.
 */
export function ftsQuery(text: string): string | null {
  const parts: string[] = [];
  for (const m of text.matchAll(/"([^"]*)"|([^\s"]+)/g)) {
    const words = (m[1] ?? m[2] ?? '').match(/[\p{L}\p{N}]+/gu) ?? [];
    if (words.length === 0) continue;
    parts.push(`"${words.join(' ')}"`);
  }
  return parts.length > 0 ? parts.join(' ') : null;
}

/**
 * Matches ranked at most: when words are so common that more articles match, the best are chosen
 * among the most recently stored this many (ranking every match of "summit" in a large store
 * would take seconds; in news the latest reports are the ones wanted anyway).
 */
export const RANKED_MATCHES = 2000;

/** SQLite FTS5 search over titles and texts, best (bm25) first among the latest matches. */
export function searchArticlesSqlite(sqlite: BetterSqlite3.Database, text: string, limit: number): SearchHit[] {
  const query = ftsQuery(text);
  if (query === null) return [];
  // FTS5 walks a term's matches in rowid order cheaply; the rowid of the RANKED_MATCHES-th newest
  // match bounds the set that is ranked.
  const bound = sqlite.prepare('SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rowid DESC LIMIT 1 OFFSET ?').get(query, RANKED_MATCHES - 1) as { rowid: number } | undefined;
  return sqlite
    .prepare(
      `SELECT a.id, a.title, a.published, a.path, snippet(articles_fts, 1, '[', ']', '…', 16) AS snippet
         FROM articles_fts JOIN articles a ON a.pk = articles_fts.rowid
        WHERE articles_fts MATCH ? AND articles_fts.rowid >= ?
        ORDER BY articles_fts.rank, a.pk
        LIMIT ?`,
    )
    .all(query, bound?.rowid ?? 0, limit) as SearchHit[];
}
