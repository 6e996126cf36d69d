/**
 * Query latency on a large store: builds a synthetic store of N articles (default 100,000; see
 * synthetic-store.ts), then runs every query command's library function many times with varied
 * arguments (the most frequent entities included, which are the slowest) and prints p50/p95 per
 * query. The target is p95 under 50 ms.
 *
 *   npm run build && npx tsc -p bench/store/tsconfig.json && node dist-bench/store/queries.js [--articles N] [--runs N] [--db PATH] [--keep]
 *
 * With --db PATH and --keep, the store is kept (and reused when it exists) between runs.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { listContradictions } from '../../dist/store/queries/contradictions.js';
import { getEntity } from '../../dist/store/queries/entity.js';
import { getOrg } from '../../dist/store/queries/org.js';
import { getStory, listStories } from '../../dist/store/queries/stories.js';
import { getTimeline } from '../../dist/store/queries/timeline.js';
import { Store } from '../../dist/store/store.js';
import { rng } from './corpus.js';
import { buildSyntheticStore, type SyntheticIndex } from './synthetic-store.js';

const args = process.argv.slice(2);
const arg = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
};
const ARTICLES = Number(arg('articles', '100000'));
const RUNS = Number(arg('runs', '200'));
const WARMUP = 20;
const keep = args.includes('--keep');
const work = keep ? null : mkdtempSync(join(tmpdir(), 'dossier-bench-queries-'));
const path = arg('db', join(work ?? tmpdir(), 'synthetic.db'));

let index: SyntheticIndex;
const started = performance.now();
if (!existsSync(path)) {
  (await Store.open(path, { create: true }).close());
  const sqlite = new Database(path);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = OFF');
  index = buildSyntheticStore(sqlite, { articles: ARTICLES }, (done) => process.stderr.write(`\rbuilding: ${done}/${ARTICLES} articles`));
  sqlite.close();
  writeFileSync(`${path}.index.json`, JSON.stringify(index));
  process.stderr.write('\n');
  console.log(`built a ${ARTICLES}-article store in ${((performance.now() - started) / 1000).toFixed(0)} s, ${(statSync(path).size / 2 ** 20).toFixed(0)} MB`);
} else {
  // The entities as the build ranked them (most frequent first), kept beside the store.
  index = JSON.parse(readFileSync(`${path}.index.json`, 'utf8')) as SyntheticIndex;
  console.log(`reusing ${path} (${(statSync(path).size / 2 ** 20).toFixed(0)} MB)`);
}

const store = Store.open(path);
const db = store.db;
const r = rng(11);
const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
// Half of the lookups hit the ten most frequent entities (the slowest), half the long tail.
const person = () => (r() < 0.5 ? index.people[Math.floor(r() * 10)]! : pick(index.people));
const names = await db.selectFrom('entities').select(['id', 'name']).where('id', 'in', index.people.slice(0, 10)).execute();
const byName = () => pick(names).name;

const queries: [string, () => Promise<unknown>][] = [
  ['stories', () => listStories(db, { limit: 50, offset: Math.floor(r() * 100) * 50 })],
  ['story ID', () => getStory(db, pick(index.stories))],
  ['entity NAME (person)', () => getEntity(db, person())],
  ['entity NAME (by name)', () => getEntity(db, byName())],
  ['entity NAME (country)', () => getEntity(db, pick(index.countries))],
  ['org NAME', () => getOrg(db, pick(index.orgs))],
  ['contradictions', () => listContradictions(db, { limit: 50, offset: Math.floor(r() * 20) * 50 })],
  ['timeline NAME', () => getTimeline(db, person(), { limit: 200 })],
  ['search TEXT', () => store.search(`${pick(index.words)} ${pick(index.words)}`, 20)],
];

console.log(`${RUNS} runs per query after ${WARMUP} warm-up runs; ${cpus().length} cores (${cpus()[0]?.model})`);
console.log(`${'query'.padEnd(26)} ${'p50 ms'.padStart(8)} ${'p95 ms'.padStart(8)} ${'max ms'.padStart(8)}  target p95 < 50 ms`);
let failed = 0;
for (const [name, run] of queries) {
  for (let i = 0; i < WARMUP; i++) await run();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    await run();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const q = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]!;
  const ok = q(0.95) < 50;
  if (!ok) failed++;
  console.log(`${name.padEnd(26)} ${q(0.5).toFixed(1).padStart(8)} ${q(0.95).toFixed(1).padStart(8)} ${times[times.length - 1]!.toFixed(1).padStart(8)}  ${ok ? 'met' : 'NOT MET'}`);
}
await store.close();
if (work) rmSync(work, { recursive: true, force: true });
process.exitCode = failed > 0 ? 1 : 0;
