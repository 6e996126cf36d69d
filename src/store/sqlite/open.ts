import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { Kysely } from 'kysely';
import { DossierError } from '../../core/errors.js';
import type { StoreDatabase } from '../schema.js';
import { StoreSqliteDialect } from './dialect.js';
import { storeError } from './errors.js';
import { MIGRATIONS, SCHEMA_VERSION, type Migration } from './migrations.js';

/** Options for {@link openSqlite}. */
export interface OpenSqliteOptions {
  /** Create the file when it does not exist (ingest); queries want an existing store. */
  readonly create?: boolean;
  /** How long a writer waits for another one before STORE_LOCKED, in ms. */
  readonly busyTimeout?: number;
  /** Apply migrations only up to this version (tests of the upgrade path). */
  readonly migrateTo?: number;
}

/** An open SQLite store: the raw handle (pragmas, FTS) and Kysely over it (everything else). */
export interface SqliteHandle {
  readonly path: string;
  readonly sqlite: Database.Database;
  readonly db: Kysely<StoreDatabase>;
}

/**
 * Open (or create) a store file: WAL journal, foreign keys on, missing migrations applied.
 * @throws DossierError STORE_MISSING, STORE_CORRUPT (not SQLite, or another program's database),
 * STORE_TOO_NEW, STORE_LOCKED or STORE_UNWRITABLE.
 */
export function openSqlite(path: string, options: OpenSqliteOptions = {}): SqliteHandle {
  const full = resolve(path);
  if (!options.create && !existsSync(full)) throw new DossierError('STORE_MISSING', `no store at ${path}; run \`dossier ingest PATH --db ${path}\` first`, { path });
  if (existsSync(full) && statSync(full).isDirectory()) throw new DossierError('STORE_UNWRITABLE', `${path} is a directory; --db wants a file path`, { path });
  if (!existsSync(dirname(full))) throw new DossierError('STORE_UNWRITABLE', `the folder of ${path} does not exist`, { path });
  let sqlite: Database.Database | undefined;
  try {
    sqlite = new Database(full, { timeout: options.busyTimeout ?? 5000 });
    // The first statement that reads the file is where a non-SQLite file is detected.
    sqlite.pragma('journal_mode = WAL');
    // NORMAL is safe in WAL mode against process crashes (kill -9); only an OS crash may lose the
    // last commits, never half of one.
    sqlite.pragma('synchronous = NORMAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('cache_size = -65536');
    sqlite.pragma('temp_store = MEMORY');
    // Checkpoint (copy the WAL into the main file) every ~64 MB instead of every 4 MB: a batch
    // writes more than 4 MB, and each checkpoint rewrites pages the next batch changes again.
    // Closing the store checkpoints what is left.
    sqlite.pragma('wal_autocheckpoint = 16384');
    migrate(sqlite, path, options.migrateTo ?? SCHEMA_VERSION);
  } catch (error) {
    sqlite?.close();
    throw storeError(error, path);
  }
  const db = new Kysely<StoreDatabase>({ dialect: new StoreSqliteDialect(sqlite) });
  return { path, sqlite, db };
}

/** The schema version recorded in a store, 0 for an empty file. */
export function schemaVersion(sqlite: Database.Database): number {
  const table = sqlite.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'").get();
  if (!table) return 0;
  return (sqlite.prepare('SELECT max(version) AS v FROM schema_version').get() as { v: number | null }).v ?? 0;
}

function migrate(sqlite: Database.Database, path: string, target: number): void {
  const tables = (sqlite.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'").get() as { n: number }).n;
  const current = schemaVersion(sqlite);
  if (current === 0 && tables > 0) {
    throw new DossierError('STORE_CORRUPT', `${path} is an SQLite database but not a dossier store (it has tables and no schema version); give another --db path`, { path });
  }
  if (current > SCHEMA_VERSION) {
    throw new DossierError('STORE_TOO_NEW', `${path} has schema version ${current}; this dossier knows up to ${SCHEMA_VERSION}: upgrade dossier`, { path });
  }
  for (const migration of MIGRATIONS) {
    if (migration.version <= current || migration.version > target) continue;
    apply(sqlite, migration);
  }
}

function apply(sqlite: Database.Database, migration: Migration): void {
  // BEGIN IMMEDIATE: two processes opening a fresh file at once must not both migrate it.
  sqlite.exec('BEGIN IMMEDIATE');
  try {
    // Another process may have applied it while this one waited for the lock.
    if (schemaVersion(sqlite) >= migration.version) {
      sqlite.exec('COMMIT');
      return;
    }
    if (migration.version === 1) sqlite.exec('CREATE TABLE schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
    sqlite.exec(migration.sql);
    sqlite.prepare('INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)').run(migration.version, migration.name, new Date().toISOString());
    sqlite.exec('COMMIT');
  } catch (error) {
    if (sqlite.inTransaction) sqlite.exec('ROLLBACK');
    throw error;
  }
}
