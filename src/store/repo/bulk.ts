import { CompiledQuery, type Insertable } from 'kysely';
import type { StoreDatabase } from '../schema.js';
import type { Db } from './db.js';

/** Bound values per statement: well under SQLite's 32766 (and PostgreSQL's 65535). */
const MAX_VALUES = 8000;

const sqlCache = new Map<string, string>();

/**
 * Insert many rows of one table with as few statements as the bound-value limit allows. Ingest
 * writes tens of rows per article into the same few tables, and building each insert through the
 * query builder cost more than SQLite took to run it; the SQL text here is built once per
 * (table, columns, row count) and the statement stays prepared. Every row must have the same keys.
 * `ignoreConflicts` skips rows that would violate a unique key (ON CONFLICT DO NOTHING).
 */
export async function insertRows<T extends keyof StoreDatabase & string>(db: Db, table: T, rows: readonly Insertable<StoreDatabase[T]>[], options: { ignoreConflicts?: boolean } = {}): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]!);
  const perStatement = Math.max(1, Math.floor(MAX_VALUES / columns.length));
  for (let i = 0; i < rows.length; i += perStatement) {
    const part = rows.slice(i, i + perStatement);
    const parameters: unknown[] = [];
    for (const row of part) for (const c of columns) parameters.push((row as Record<string, unknown>)[c] ?? null);
    await db.executeQuery(CompiledQuery.raw(insertSql(table, columns, part.length, options.ignoreConflicts === true), parameters));
  }
}

/** `INSERT INTO "t" ("a", "b") VALUES (?, ?), (?, ?)` for `rows` rows, cached. */
function insertSql(table: string, columns: readonly string[], rows: number, ignore: boolean): string {
  const key = `${table}|${columns.join(',')}|${rows}|${ignore}`;
  let text = sqlCache.get(key);
  if (!text) {
    const tuple = `(${columns.map(() => '?').join(', ')})`;
    text = `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES ${Array.from({ length: rows }, () => tuple).join(', ')}${ignore ? ' ON CONFLICT DO NOTHING' : ''}`;
    if (sqlCache.size > 2000) sqlCache.clear();
    sqlCache.set(key, text);
  }
  return text;
}
