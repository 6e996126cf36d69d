import { CompiledQuery } from 'kysely';
import type { Db } from './db.js';

/**
 * Run one statement given as SQL text with `?` parameters. Ingest runs a dozen statements per
 * article, and building each through the query builder cost more than SQLite took to run it; the
 * text here is a constant (or built once per list length, see {@link marks}), so the dialect keeps
 * the statement prepared. Plain SQL that SQLite and PostgreSQL share; a PostgreSQL dialect
 * numbers the `?` marks as it compiles.
 */
export async function run<R = Record<string, unknown>>(db: Db, text: string, parameters: readonly unknown[] = []): Promise<R[]> {
  const result = await db.executeQuery<R>(CompiledQuery.raw(text, parameters as unknown[]));
  return result.rows;
}

/** The first row of {@link run}, or undefined. */
export async function first<R = Record<string, unknown>>(db: Db, text: string, parameters: readonly unknown[] = []): Promise<R | undefined> {
  return (await run<R>(db, text, parameters))[0];
}

const markLists: string[] = [];

/** `?, ?, ?` for `n` values (an `IN (...)` list), built once per length. */
export function marks(n: number): string {
  let text = markLists[n];
  if (text === undefined) {
    text = Array.from({ length: n }, () => '?').join(', ');
    if (n < 4096) markLists[n] = text;
  }
  return text;
}
