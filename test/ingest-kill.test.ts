import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { BIN } from './bin.js';

// A crash in the middle of `dossier ingest` (here: SIGKILL, which nothing can catch) must leave
// the store as it was after the last committed batch: whole batches, never part of one.
const BATCH = 25;
const ARTICLES = 200;

const COUNTRIES = ['Chile', 'Kenya', 'Norway', 'Vietnam', 'Ghana', 'Peru', 'Finland', 'Jordan', 'Nepal', 'Uruguay'];
const CITIES = ['Valparaiso', 'Mombasa', 'Bergen', 'Hue', 'Kumasi', 'Cusco', 'Turku', 'Aqaba', 'Pokhara', 'Salto'];
const GIVEN = ['Ana', 'Tomas', 'Ingrid', 'Minh', 'Kwame', 'Lucia', 'Aino', 'Rami', 'Sita', 'Diego'];
const FAMILY = ['Rojas', 'Otieno', 'Lunde', 'Tran', 'Mensah', 'Quispe', 'Virtanen', 'Haddad', 'Thapa', 'Pereira'];

/** A short article of its own, different for every n (written for this test). */
function article(n: number): string {
  const a = n % 10;
  const b = (n * 7 + 3) % 10;
  const who = `${GIVEN[a]} ${FAMILY[(n * 3) % 10]}`;
  const other = `${GIVEN[b]} ${FAMILY[(n * 3 + 5) % 10]}`;
  return [
    `${COUNTRIES[a]} and ${COUNTRIES[b]} sign water accord number ${n}`,
    `${CITIES[a]!.toUpperCase()} — Foreign Minister ${who} of ${COUNTRIES[a]} and Foreign Minister ${other} of ${COUNTRIES[b]} signed accord ${n} on shared rivers on Tuesday, officials said.`,
    `"This accord is the ${n}th step on a long road," ${who} told reporters in ${CITIES[a]}.`,
    `${other} said the two governments would meet again in ${CITIES[b]} next year to review the ${n} measures.`,
  ].join('\n\n');
}

function counts(path: string): { articles: number; orphans: number; integrity: string; unstoried: number; unprofiled: number } {
  const db = new Database(path, { readonly: true });
  const one = <T>(q: string) => db.prepare(q).get() as T;
  const out = {
    articles: one<{ n: number }>('SELECT count(*) AS n FROM articles').n,
    orphans: (db.prepare('PRAGMA foreign_key_check').all() as unknown[]).length,
    integrity: one<{ integrity_check: string }>('PRAGMA integrity_check').integrity_check,
    // Every stored article went through the whole flow: a story and a profile.
    unstoried: one<{ n: number }>('SELECT count(*) AS n FROM articles a WHERE NOT EXISTS (SELECT 1 FROM story_articles s WHERE s.article_pk = a.pk)').n,
    unprofiled: one<{ n: number }>('SELECT count(*) AS n FROM articles WHERE profile IS NULL').n,
  };
  db.close();
  return out;
}

describe('a crash during ingest', () => {
  it('keeps the committed batches whole and loses only the batch being written (kill -9)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-kill-'));
    const inputs = join(dir, 'articles');
    mkdirSync(inputs);
    for (let n = 0; n < ARTICLES; n++) writeFileSync(join(inputs, `a${String(n).padStart(4, '0')}.txt`), article(n));
    const db = join(dir, 'store.db');

    // stderr is a pipe, so progress comes as one line per committed batch: kill after the second.
    const child = spawn(process.execPath, [BIN, 'ingest', inputs, '--db', db, '--batch', String(BATCH), '--jobs', '1'], { stdio: ['ignore', 'ignore', 'pipe'] });
    let written = 0;
    await new Promise<void>((resolve, reject) => {
      let err = '';
      child.stderr.setEncoding('utf8');
      child.stderr.on('data', (chunk: string) => {
        err += chunk;
        written = (err.match(/^ingest: \d+\/\d+ written/gm) ?? []).length;
        if (written >= 2 && child.exitCode === null) child.kill('SIGKILL');
      });
      child.on('exit', (code, signal) => (signal === 'SIGKILL' ? resolve() : reject(new Error(`ingest ended before it was killed (${code}): ${err}`))));
    });

    const after = counts(db);
    expect(after.integrity).toBe('ok');
    expect(after.orphans).toBe(0);
    expect(after.unstoried).toBe(0);
    expect(after.unprofiled).toBe(0);
    // Whole batches only, at least the two reported as written, and not all of them.
    expect(after.articles % BATCH).toBe(0);
    expect(after.articles).toBeGreaterThanOrEqual(2 * BATCH);
    expect(after.articles).toBeLessThan(ARTICLES);

    // Ingesting again stores the rest and knows the rest.
    const again = spawnSync(process.execPath, [BIN, 'ingest', inputs, '--db', db, '--json'], { encoding: 'utf8' });
    expect(again.status, again.stderr).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ new: ARTICLES - after.articles, known: after.articles, failed: [] });
    expect(counts(db)).toMatchObject({ articles: ARTICLES, integrity: 'ok', orphans: 0, unstoried: 0 });
  });
});
