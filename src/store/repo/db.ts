import type { Kysely } from 'kysely';
import type { StoreDatabase } from '../schema.js';

/** A connection or an open transaction: repository functions work with either. */
export type Db = Kysely<StoreDatabase>;

/** Most rows one multi-row INSERT carries (SQLite allows 32766 bound values per statement). */
export const INSERT_CHUNK = 400;

/** Split a list into chunks of at most `size` items. */
export function chunks<T>(items: readonly T[], size = INSERT_CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Parse a JSON column. */
export function json<T>(text: string): T {
  return JSON.parse(text) as T;
}
