/**
 * Ingest throughput, end to end: `dossier ingest` (the built CLI) of generated articles into a
 * fresh store, for each --jobs value, median of several runs. The target is 100 articles a second
 * on a 2-core machine.
 *
 *   npm run build && npx tsc -p bench/store/tsconfig.json && node dist-bench/store/ingest.js [--articles N] [--runs N] [--jobs 1,2] [--corpus generated|ecbplus]
 *
 * `--corpus ecbplus` ingests the 407 ECB+ news documents (test and dev) from ../shared/datasets,
 * read in place and written to a temporary folder for the run (real news, 2 KB on average).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { generateArticles } from './corpus.js';

const args = process.argv.slice(2);
const arg = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
};
const CORPUS = arg('corpus', 'generated');
const SHARED = process.env['DOSSIER_SHARED'] ?? resolve('../shared');
const RUNS = Number(arg('runs', '3'));
const JOBS = arg('jobs', '1,2').split(',').map(Number);
const BIN = resolve('dist/bin/main.js');

const work = mkdtempSync(join(tmpdir(), 'dossier-bench-ingest-'));
const corpus = join(work, 'articles');
mkdirSync(corpus);
const articles =
  CORPUS === 'ecbplus'
    ? ['test', 'dev'].flatMap((split) =>
        readFileSync(join(SHARED, 'datasets', 'ecbplus-story-clusters', `ecbplus_${split}_docs.jsonl`), 'utf8')
          .trim()
          .split('\n')
          .map((line) => {
            const doc = JSON.parse(line) as { doc_id: string; text: string };
            return { name: `${doc.doc_id}.txt`, text: doc.text };
          }),
      )
    : generateArticles(Number(arg('articles', '1000')));
const ARTICLES = articles.length;
let bytes = 0;
for (const a of articles) {
  writeFileSync(join(corpus, a.name), a.text);
  bytes += Buffer.byteLength(a.text);
}
console.log(`${ARTICLES} ${CORPUS} articles, ${(bytes / ARTICLES / 1024).toFixed(1)} KB each on average; ${cpus().length} cores (${cpus()[0]?.model}), load average ${loadavg()[0]!.toFixed(2)}`);

for (const jobs of JOBS) {
  const rates: number[] = [];
  let summary: { new: number; stories: { touched: number }; contradictions: string[] } | null = null;
  for (let run = 0; run < RUNS; run++) {
    const db = join(work, `j${jobs}-${run}.db`);
    const started = process.hrtime.bigint();
    const r = spawnSync(process.execPath, [BIN, 'ingest', corpus, '--db', db, '--jobs', String(jobs), '--json'], { encoding: 'utf8' });
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    if (r.status !== 0) throw new Error(`dossier ingest exited with ${r.status}: ${r.stderr}`);
    summary = JSON.parse(r.stdout);
    rates.push(ARTICLES / seconds);
    rmSync(db, { force: true });
  }
  rates.sort((a, b) => a - b);
  const median = rates[Math.floor(rates.length / 2)]!;
  console.log(
    `--jobs ${jobs}: ${median.toFixed(1)} articles/s median (runs: ${rates.map((r) => r.toFixed(1)).join(', ')}), process start included; ` +
      `${summary!.new} stored, ${summary!.stories.touched} stories, ${summary!.contradictions.length} contradictions; target ≥ 100: ${median >= 100 ? 'met' : 'not met'}`,
  );
}
rmSync(work, { recursive: true, force: true });
