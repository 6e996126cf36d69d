import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { isDossierError } from '../core/errors.js';
import { ingest } from './ingest/ingest.js';
import { planIngest } from './ingest/tasks.js';
import { MIGRATIONS, SCHEMA_VERSION } from './sqlite/migrations.js';
import { schemaVersion } from './sqlite/open.js';
import { Store } from './store.js';
import { naiveReconciler } from './testing/naive-reconciler.js';

const EXAMPLES = new URL('../../examples', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'dossier-store-'));
let n = 0;
const fresh = () => join(dir, `s${++n}.db`);
const open: Store[] = [];
const openStore = (path: string, create = true) => {
  const s = Store.open(path, { create });
  open.push(s);
  return s;
};
afterEach(async () => {
  for (const s of open.splice(0)) await s.close();
});

/** Row counts of every table, to show that a second ingest changes nothing. */
function counts(path: string): Record<string, number> {
  const db = new Database(path, { readonly: true });
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'articles_fts%' AND name NOT LIKE 'sqlite_%'").all() as { name: string }[];
  const out = Object.fromEntries(tables.map(({ name }) => [name, (db.prepare(`SELECT count(*) AS n FROM "${name}"`).get() as { n: number }).n]));
  db.close();
  return out;
}

const codeOf = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return isDossierError(e) ? e.code : e;
  }
  return null;
};

const run = (store: Store, paths: string[], published?: string) =>
  ingest(store, planIngest(paths, () => new Uint8Array()).tasks, { jobs: 1, reconciler: naiveReconciler, ...(published ? { published } : {}) });

describe('the store', () => {
  it('creates a fresh file at the latest schema version, in WAL mode with foreign keys', () => {
    const path = fresh();
    openStore(path);
    const db = new Database(path, { readonly: true });
    expect(schemaVersion(db)).toBe(SCHEMA_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
  });

  it('stores articles, entities, facts with evidence, stories and fact groups', async () => {
    const path = fresh();
    const store = openStore(path);
    const summary = await run(store, [EXAMPLES], '2025-11-14');
    expect(summary.added).toHaveLength(3);
    expect(summary.failures).toEqual([]);
    const c = counts(path);
    expect(c['articles']).toBe(3);
    expect(c['entities']).toBeGreaterThan(5);
    expect(c['facts']).toBeGreaterThan(20);
    expect(c['evidence']).toBeGreaterThan(20);
    expect(c['mentions']).toBeGreaterThan(10);
    expect(c['claims']).toBeGreaterThan(3);
    // The naive reconciler puts articles about the same organisation in one story.
    expect(c['stories']).toBe(1);
    // Every evidence span points into its article's text.
    const db = new Database(path, { readonly: true });
    const spans = db.prepare('SELECT e.start, e."end", a.text, f.kind, f.value FROM evidence e JOIN facts f ON f.id = e.fact_id JOIN articles a ON a.pk = e.article_pk').all() as { start: number; end: number; text: string }[];
    for (const s of spans) {
      expect(s.start).toBeGreaterThanOrEqual(0);
      expect(s.end).toBeLessThanOrEqual(s.text.length);
      expect(s.end).toBeGreaterThan(s.start);
    }
    db.close();
  });

  it('re-ingesting the same content changes no row', async () => {
    const path = fresh();
    await run(openStore(path), [EXAMPLES]);
    const before = counts(path);
    const again = await run(openStore(path), [EXAMPLES]);
    expect(again.added).toEqual([]);
    expect(again.known).toBe(3);
    expect(counts(path)).toEqual(before);
  });

  it('migrates an existing store from an older schema version, keeping its data', async () => {
    const path = fresh();
    // A store as the first schema version left it: tables, none of the indexes of version 2.
    const old = Store.open(path, { create: true, migrateTo: 1 });
    await old.close();
    const raw = new Database(path);
    expect(schemaVersion(raw)).toBe(1);
    expect(raw.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'index' AND name = 'facts_subject'").get()).toEqual({ n: 0 });
    raw.close();
    // Version 1 is a working store: data goes in.
    const v1 = Store.open(path, { migrateTo: 1 });
    expect((await run(v1, [join(EXAMPLES, 'wire-agency.txt')])).added).toHaveLength(1);
    await v1.close();
    const { schema_version: _v, ...before } = counts(path);

    const store = openStore(path);
    const db = new Database(path, { readonly: true });
    expect(schemaVersion(db)).toBe(SCHEMA_VERSION);
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'index' AND name = 'facts_subject'").get()).toEqual({ n: 1 });
    expect((db.prepare('SELECT version FROM schema_version ORDER BY version').all() as { version: number }[]).map((r) => r.version)).toEqual(MIGRATIONS.map((m) => m.version));
    db.close();
    expect(counts(path)).toEqual({ ...before, schema_version: MIGRATIONS.length });
    // Opening again applies nothing twice.
    await store.close();
    openStore(path);
    expect(counts(path)).toEqual({ ...before, schema_version: MIGRATIONS.length });
  });

  it('indexes every stored article for search once, batch by batch', async () => {
    const path = fresh();
    const store = openStore(path);
    const files = ['wire-agency.txt', 'broadcaster.html', 'rewrite-site.txt'].map((f) => join(EXAMPLES, f));
    const summary = await ingest(store, planIngest(files, () => new Uint8Array()).tasks, { jobs: 1, batchSize: 2, reconciler: naiveReconciler });
    expect(summary.batches).toBe(2);
    // Ingesting the same files again stores nothing and indexes nothing.
    await run(store, files);
    const db = new Database(path, { readonly: true });
    const indexed = db.prepare('SELECT count(*) AS n FROM articles_fts_docsize').get() as { n: number };
    expect(indexed.n).toBe(3);
    // Each article is found by a word of its own text, the last batch's included.
    let checked = 0;
    for (const { pk, text } of db.prepare('SELECT pk, text FROM articles').all() as { pk: number; text: string }[]) {
      const word = (text.match(/\b[A-Za-z]{6,}\b/g) ?? []).find((w) => (db.prepare('SELECT count(*) AS n FROM articles WHERE instr(text, ?) > 0').get(w) as { n: number }).n === 1);
      if (!word) continue;
      expect((db.prepare('SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?').all(`"${word}"`) as { rowid: number }[]).map((r) => r.rowid)).toEqual([pk]);
      checked++;
    }
    expect(checked).toBe(3);
    db.close();
  });

  it('drops the store-wide groups of slots about one story\'s event when upgrading to version 4', async () => {
    const path = fresh();
    await Store.open(path, { create: true, migrateTo: 3 }).close();
    const raw = new Database(path);
    const group = raw.prepare("INSERT INTO fact_groups (scope, slot, label, verdict, reason, article_count, story_count) VALUES (?, ?, 'x', 'unique', 'one source', 1, 1)");
    for (const [scope, slot] of [['*', 'event-date|story:a'], ['*', 'attendance|person:x|story:a'], ['*', 'representation|country:TR|story:a'], ['story:a', 'event-date|story:a'], ['*', 'membership|country:TR|org:SCO'], ['*', 'founded|org:SCO']]) group.run(scope, slot);
    raw.close();
    openStore(path);
    const db = new Database(path, { readonly: true });
    const left = (db.prepare('SELECT scope, slot FROM fact_groups ORDER BY scope, slot').all() as { scope: string; slot: string }[]).map((g) => `${g.scope} ${g.slot}`);
    db.close();
    expect(left).toEqual(['* founded|org:SCO', '* membership|country:TR|org:SCO', 'story:a event-date|story:a']);
  });

  it('refuses a store written by a newer dossier (STORE_TOO_NEW)', () => {
    const path = fresh();
    openStore(path);
    const raw = new Database(path);
    raw.prepare('INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)').run(SCHEMA_VERSION + 1, 'from the future', '2099-01-01');
    raw.close();
    expect(codeOf(() => Store.open(path))).toBe('STORE_TOO_NEW');
  });

  it('reports STORE_LOCKED when another process holds the write lock past the busy timeout', async () => {
    const path = fresh();
    await openStore(path).close();
    const other = new Database(path);
    other.exec('BEGIN IMMEDIATE');
    try {
      const store = Store.open(path, { busyTimeout: 50 });
      open.push(store);
      const error = await run(store, [join(EXAMPLES, 'wire-agency.txt')]).then(
        () => null,
        (e: unknown) => e,
      );
      expect(isDossierError(error) && error.code).toBe('STORE_LOCKED');
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
    // Nothing was half-written: the store is empty and usable.
    expect(counts(path)['articles']).toBe(0);
  });

  it('isolates an article that reconciliation fails on: it is reported, the rest of the batch is stored', async () => {
    const path = fresh();
    const store = openStore(path);
    const failing = { ...naiveReconciler, profileArticle: (a: Parameters<typeof naiveReconciler.profileArticle>[0], l: Parameters<typeof naiveReconciler.profileArticle>[1]) => {
      if (a.id === 'rewrite-site') throw new Error('a bug in profiling');
      return naiveReconciler.profileArticle(a, l);
    } };
    const summary = await ingest(store, planIngest([EXAMPLES], () => new Uint8Array()).tasks, { jobs: 1, reconciler: failing });
    expect([...summary.added].sort()).toEqual(['broadcaster', 'wire-agency']);
    expect(summary.failures.map((f) => [f.code, f.message])).toEqual([['INTERNAL', 'reconciling failed: a bug in profiling']]);
    const c = counts(path);
    expect(c['articles']).toBe(2);
    expect(c['story_articles']).toBe(2);
    // Nothing of the failed article is left behind.
    const db = new Database(path, { readonly: true });
    expect(db.prepare('SELECT count(*) AS n FROM facts f LEFT JOIN articles a ON a.pk = f.article_pk WHERE a.pk IS NULL').get()).toEqual({ n: 0 });
    db.close();
  });

  it('gives a non-SQLite file a STORE_CORRUPT error', () => {
    const path = join(dir, 'not-a-db.db');
    writeFileSync(path, 'this is a text file, not a database, and it is long enough to have a header page'.repeat(20));
    const error = (() => {
      try {
        Store.open(path);
      } catch (e) {
        return e;
      }
    })();
    expect(isDossierError(error) && error.code).toBe('STORE_CORRUPT');
  });
});
