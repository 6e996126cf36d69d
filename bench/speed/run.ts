import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { runStep } from './child.js';
import { generateCorpus } from './corpus.js';
import { loadNow, runContext } from './machine.js';
import { SPEED_JSON, writeMarkdown } from './markdown.js';
import type { Blocked, IngestFigure, SpeedReport } from './report.js';
import { median, round } from './stats.js';
import type { CliRun } from './step-cli.js';
import type { Throughput } from './throughput.js';

const SEED = 1;
/** Timed passes over the corpus (after one warm-up pass); the median is reported. */
const EXTRACT_RUNS = 5;
const WINK_RUNS = 9;
/** Ingest runs per job count, each into a fresh store; the median is reported. */
const INGEST_RUNS = 3;

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** `dossier ingest --jobs N` of the corpus files into a fresh store, median of several runs. */
async function ingestFigure(dir: string, work: string, jobs: number, articles: number, bytes: number): Promise<IngestFigure> {
  const runs: { seconds: number; peak: number }[] = [];
  for (let k = 0; k < INGEST_RUNS; k++) {
    const db = join(work, `ingest-j${jobs}-${k}.db`);
    const out = await runStep<CliRun>('./step-cli.js', ['ingest', dir, '--db', db, '--jobs', String(jobs), '--json']);
    const r = out.result;
    if (r.exitCode !== 0) throw new Error(`dossier ingest exited with ${r.exitCode}: ${r.stderr.trim().split('\n').slice(-3).join(' / ')}`);
    const stored = (JSON.parse(r.stdout) as { new: number }).new;
    if (stored !== articles) throw new Error(`dossier ingest stored ${stored} of ${articles} articles`);
    runs.push({ seconds: r.seconds, peak: out.peakRssMiB });
  }
  const seconds = median(runs.map((r) => r.seconds));
  return {
    jobs,
    articles,
    seconds: round(seconds, 3),
    articlesPerSecond: round(articles / seconds, 1),
    mbPerSecond: round(bytes / 1e6 / seconds, 3),
    peakRssMiB: Math.max(...runs.map((r) => r.peak)),
    source: `dossier ingest --jobs ${jobs} --json, in-process through runCli, median of ${INGEST_RUNS} runs into a fresh store`,
  };
}

/** `npm run bench`: extract and wink-nlp throughput, ingest with 1 and 2 jobs, query latency; writes the reports. */
async function main(): Promise<void> {
  const context = runContext();
  const t0 = performance.now();
  const corpus = generateCorpus({ seed: SEED });
  const bytes = corpus.reduce((n, a) => n + Buffer.byteLength(a.text), 0);
  const work = mkdtempSync(join(tmpdir(), 'dossier-bench-'));
  const dir = join(work, 'corpus');
  mkdirSync(dir);
  for (const a of corpus) writeFileSync(join(dir, `${a.id}.txt`), a.text);
  console.log(`corpus: ${corpus.length} articles, ${(bytes / 1e6).toFixed(2)} MB in ${dir}`);

  try {
    const wink = await runStep<Throughput>('./step-wink.js', [String(SEED), String(WINK_RUNS)]);
    console.log(`wink-nlp tokenisation: ${wink.result.articlesPerSecond} articles/s, peak ${wink.peakRssMiB} MiB`);
    const extract = await runStep<Throughput>('./step-extract.js', [String(SEED), String(EXTRACT_RUNS)]);
    console.log(`extract: ${extract.result.articlesPerSecond} articles/s, ${extract.result.mbPerSecond} MB/s, peak ${extract.peakRssMiB} MiB`);

    let ingest: IngestFigure[] | Blocked;
    try {
      ingest = [];
      for (const jobs of [1, 2]) {
        const f = await ingestFigure(dir, work, jobs, corpus.length, bytes);
        console.log(`ingest --jobs ${jobs}: ${f.articlesPerSecond} articles/s, peak ${f.peakRssMiB} MiB`);
        ingest.push(f);
      }
    } catch (error) {
      ingest = { blocked: message(error) };
      console.log(`ingest: not measured (${ingest.blocked})`);
    }

    const report: SpeedReport = {
      context,
      loadAtEnd: loadNow(),
      seconds: round((performance.now() - t0) / 1000, 1),
      corpus: { seed: SEED, articles: corpus.length, bytes, meanArticleBytes: Math.round(bytes / corpus.length) },
      extract,
      wink,
      extractOverWink: round(extract.result.medianSeconds / wink.result.medianSeconds, 1),
      ingest,
      queries: { blocked: 'the store\'s 100k-article query benchmark is not in the repository yet' },
    };
    mkdirSync('docs', { recursive: true });
    writeFileSync(SPEED_JSON, `${JSON.stringify(report, null, 2)}\n`);
    writeMarkdown();
    console.log(`wrote ${SPEED_JSON} and docs/BENCHMARKS.md in ${report.seconds} s`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
