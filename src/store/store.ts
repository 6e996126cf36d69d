import type { Kysely, Transaction } from 'kysely';
import type { StoreDatabase } from './schema.js';
import { storeError } from './sqlite/errors.js';
import { openSqlite, type OpenSqliteOptions } from './sqlite/open.js';
import { searchArticlesSqlite, type SearchHit } from './sqlite/search.js';
import type BetterSqlite3 from 'better-sqlite3';

import { DEFAULT_DB } from './defaults.js';

/** Options for {@link Store.open}. */
export type OpenStoreOptions = OpenSqliteOptions;

/**
 * An open knowledge store. Callers use the repository functions (`src/store/repo/`) and the
 * queries (`src/store/queries/`) with {@link Store.db}; only what differs between SQL dialects
 * (full-text search, maintenance) is a method here, so another dialect is one more implementation.
 */
export class Store {
  private constructor(
    /** The path the store was opened from, as given. */
    readonly path: string,
    /** The query builder every repository function takes. */
    readonly db: Kysely<StoreDatabase>,
    private readonly sqlite: BetterSqlite3.Database,
  ) {}

  /**
   * Open a store file (SQLite): WAL journal, foreign keys on, versioned migrations applied.
   * @throws DossierError STORE_MISSING (without `create`), STORE_CORRUPT, STORE_TOO_NEW,
   * STORE_LOCKED, STORE_UNWRITABLE.
   * @example const store = Store.open('dossier.db', { create: true });
   */
  static open(path: string = DEFAULT_DB, options: OpenStoreOptions = {}): Store {
    const handle = openSqlite(path, options);
    return new Store(handle.path, handle.db, handle.sqlite);
  }

  /**
   * Run `work` in one write transaction: everything or nothing is stored. SQLite errors come
   * out as DossierErrors with store codes.
   */
  async transaction<T>(work: (db: Transaction<StoreDatabase>) => Promise<T>): Promise<T> {
    try {
      return await this.db.transaction().execute(work);
    } catch (error) {
      throw storeError(error, this.path);
    }
  }

  /** Run a read, translating SQLite errors into store codes. */
  async read<T>(work: (db: Kysely<StoreDatabase>) => Promise<T>): Promise<T> {
    try {
      return await work(this.db);
    } catch (error) {
      throw storeError(error, this.path);
    }
  }

  /** Full-text search over article titles and texts, best matches first. */
  async search(query: string, limit: number): Promise<SearchHit[]> {
    try {
      return searchArticlesSqlite(this.sqlite, query, limit);
    } catch (error) {
      throw storeError(error, this.path);
    }
  }

  /** Close the store (checkpointing the WAL into the main file). */
  async close(): Promise<void> {
    try {
      // Lets SQLite refresh the statistics the query planner uses, where they went stale.
      if (this.sqlite.open && !this.sqlite.readonly) this.sqlite.pragma('optimize');
    } catch {
      // A busy or read-only store keeps its old statistics; closing must still succeed.
    }
    await this.db.destroy();
  }
}
