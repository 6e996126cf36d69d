import type BetterSqlite3 from 'better-sqlite3';
import {
  CompiledQuery,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  type Kysely,
  type QueryResult,
} from 'kysely';
import { PROFILING, add as addPhase } from '../ingest/phases.js';

/** How many distinct statements stay prepared (bulk inserts differ by row count). */
const STATEMENT_CACHE = 1024;

/**
 * Kysely's SQLite dialect with two changes that matter for the store:
 * - transactions start with `BEGIN IMMEDIATE`, so a second writer waits on the busy timeout at
 *   the start instead of failing when a deferred read transaction tries to become a write one;
 * - prepared statements are cached by SQL text (Kysely's own driver prepares every query anew,
 *   which costs more than running the insert itself during ingest).
 */
export class StoreSqliteDialect implements Dialect {
  constructor(private readonly database: BetterSqlite3.Database) {}

  createDriver(): Driver {
    return new StoreSqliteDriver(this.database);
  }

  createQueryCompiler() {
    return new SqliteQueryCompiler();
  }

  createAdapter() {
    return new SqliteAdapter();
  }

  createIntrospector(db: Kysely<unknown>) {
    return new SqliteIntrospector(db);
  }
}

class StoreSqliteDriver implements Driver {
  readonly #connection: StoreSqliteConnection;
  // SQLite has one connection: queries and transactions queue here, as in Kysely's own driver.
  #busy: Promise<void> | undefined;
  #release: (() => void) | undefined;

  constructor(private readonly database: BetterSqlite3.Database) {
    this.#connection = new StoreSqliteConnection(database);
  }

  async init(): Promise<void> {}

  async acquireConnection(): Promise<DatabaseConnection> {
    while (this.#busy) await this.#busy;
    this.#busy = new Promise((resolve) => (this.#release = resolve));
    return this.#connection;
  }

  async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('commit'));
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    // A failed COMMIT or an error SQLite answered with its own rollback leaves no transaction open.
    if (this.database.inTransaction) await connection.executeQuery(CompiledQuery.raw('rollback'));
  }

  async releaseConnection(): Promise<void> {
    const release = this.#release;
    this.#busy = undefined;
    this.#release = undefined;
    release?.();
  }

  async destroy(): Promise<void> {
    if (this.database.open) this.database.close();
  }
}

class StoreSqliteConnection implements DatabaseConnection {
  readonly #statements = new Map<string, BetterSqlite3.Statement>();

  constructor(private readonly database: BetterSqlite3.Database) {}

  async executeQuery<R>(compiled: CompiledQuery): Promise<QueryResult<R>> {
    if (PROFILING) {
      const started = performance.now();
      try {
        return this.#execute<R>(compiled);
      } finally {
        addPhase(`sql: ${statementKind(compiled.sql)}`, performance.now() - started);
      }
    }
    return this.#execute<R>(compiled);
  }

  #execute<R>(compiled: CompiledQuery): QueryResult<R> {
    const statement = this.#prepare(compiled.sql);
    const parameters = compiled.parameters as unknown[];
    if (statement.reader) return { rows: statement.all(parameters) as R[] };
    const { changes, lastInsertRowid } = statement.run(parameters);
    return { numAffectedRows: BigInt(changes), insertId: BigInt(lastInsertRowid), rows: [] };
  }

  // eslint-disable-next-line require-yield
  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error('the store does not stream queries');
  }

  #prepare(sql: string): BetterSqlite3.Statement {
    let statement = this.#statements.get(sql);
    if (statement) {
      // Move to the back: the map's order is the eviction order.
      this.#statements.delete(sql);
      this.#statements.set(sql, statement);
      return statement;
    }
    statement = this.database.prepare(sql);
    this.#statements.set(sql, statement);
    if (this.#statements.size > STATEMENT_CACHE) this.#statements.delete(this.#statements.keys().next().value as string);
    return statement;
  }
}

const kinds = new Map<string, string>();

/** A statement's verb and table ("INSERT INTO facts"), for the phase timings. */
function statementKind(text: string): string {
  let kind = kinds.get(text);
  if (kind === undefined) {
    const verb = /^\s*(\w+)/.exec(text)?.[1]?.toUpperCase() ?? '?';
    const table = /\b(?:into|from|update|table)\s+"?(\w+)/i.exec(text)?.[1] ?? '';
    kind = `${verb} ${table}`.trim();
    if (kinds.size < 4096) kinds.set(text, kind);
  }
  return kind;
}
