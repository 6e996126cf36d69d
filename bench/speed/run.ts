import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { runStep } from './child.js';
import { generateCorpus } from './corpus.js';
import { loadNow, runContext, sampleLoad } from './machine.js';
import { SPEED_JSON, writeMarkdown } from './markdown.js';
import type { Blocked, GazetteerThroughput, IngestFigure, SpeedReport, StoreRun } from './report.js';
import type { ImportRun } from './step-import.js';
import { hasBenchScript, parseStoreIngest, parseStoreQueries } from './store-benchmarks.js';
import { median, round } from './stats.js';
import type { CliRun } from './step-cli.js';
import type { Calibration } from './step-calibrate.js';
import type { Throughput } from './throughput.js';

const SEED = 1;
/** Timed passes over the corpus (after one warm-up pass); the median is reported. */
const EXTRACT_RUNS = 5;
const WINK_RUNS = 9;
const GAZETTEER_RUNS = 9;
/** Ingest runs per job count, each into a fresh store; the median is reported. */
const INGEST_RUNS = 5;
/**
 * Ingest is measured on the speed corpus (1 MB) and on a larger one from the same generator
 * (4 MB): a run of a couple of seconds is dominated by its fixed start-up cost, which the
 * one-article run shows apart.
 */
const LARGE_CORPUS_BYTES = 4e6;
/** Runs per job count of the store's own ingest benchmark (its corpus is larger; the total must stay under 10 minutes). */
const STORE_INGEST_RUNS = 1;

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));
/** Machine paths stay out of the committed report: the package root becomes '.', the temp folder '$TMP'. */
const withoutMachinePaths = (text: string) => text.split(process.cwd()).join('.').split(tmpdir()).join('$TMP');

/** Write a corpus's articles as files into `dir` (created). */
function writeCorpus(dir: string, corpus: readonly { id: string; text: string }[]): void {
  mkdirSync(dir);
  for (const a of corpus) writeFileSync(join(dir, `${a.id}.txt`), a.text);
}

/** `dossier ingest --jobs N` of the corpus files into a fresh store, median of `runs` runs. */
async function ingestFigure(corpusName: string, dir: string, work: string, jobs: number, articles: number, bytes: number, runCount = INGEST_RUNS, calibrate = true): Promise<IngestFigure> {
  const runs: { seconds: number; peak: number }[] = [];
  const calibrations: number[] = [];
  for (let k = 0; k < runCount; k++) {
    if (calibrate) calibrations.push((await runStep<Calibration>('./step-calibrate.js', [])).result.ms);
    const db = join(work, `ingest-${corpusName}-j${jobs}-${k}.db`);
    const out = await runStep<CliRun>('./step-cli.js', ['ingest', dir, '--db', db, '--jobs', String(jobs), '--json']);
    const r = out.result;
    if (r.exitCode !== 0) throw new Error(`dossier ingest exited with ${r.exitCode}: ${r.stderr.trim().split('\n').slice(-3).join(' / ')}`);
    const stored = (JSON.parse(r.stdout) as { new: number }).new;
    if (stored !== articles) throw new Error(`dossier ingest stored ${stored} of ${articles} articles`);
    runs.push({ seconds: r.seconds, peak: out.peakRssMiB });
  }
  const seconds = median(runs.map((r) => r.seconds));
  return {
    corpus: corpusName,
    jobs,
    articles,
    seconds: round(seconds, 3),
    articlesPerSecond: round(articles / seconds, 1),
    mbPerSecond: round(bytes / 1e6 / seconds, 3),
    peakRssMiB: Math.max(...runs.map((r) => r.peak)),
    source: `dossier ingest --jobs ${jobs} --json, in-process through runCli, median of ${runCount} runs into a fresh store`,
    ...(calibrations.length > 0 ? { calibrationMs: { median: round(median(calibrations), 1), min: Math.min(...calibrations), max: Math.max(...calibrations) } } : {}),
  };
}

/** `npm run bench`: extract and wink-nlp throughput, ingest with 1 and 2 jobs, query latency; writes the reports. */
async function main(): Promise<void> {
  const context = runContext();
  const stopSampling = sampleLoad();
  const t0 = performance.now();
  const corpus = generateCorpus({ seed: SEED });
  const bytes = corpus.reduce((n, a) => n + Buffer.byteLength(a.text), 0);
  const work = mkdtempSync(join(tmpdir(), 'dossier-bench-'));
  const dir = join(work, 'corpus');
  writeCorpus(dir, corpus);
  console.log(`corpus: ${corpus.length} articles, ${(bytes / 1e6).toFixed(2)} MB in ${dir}`);
  const large = generateCorpus({ seed: SEED, totalBytes: LARGE_CORPUS_BYTES });
  const largeBytes = large.reduce((n, a) => n + Buffer.byteLength(a.text), 0);
  const largeDir = join(work, 'corpus-large');
  writeCorpus(largeDir, large);
  const oneDir = join(work, 'corpus-one');
  writeCorpus(oneDir, corpus.slice(0, 1));

  try {
    const wink = await runStep<Throughput>('./step-wink.js', [String(SEED), String(WINK_RUNS)]);
    console.log(`wink-nlp tokenisation: ${wink.result.articlesPerSecond} articles/s, peak ${wink.peakRssMiB} MiB`);
    const extract = await runStep<Throughput>('./step-extract.js', [String(SEED), String(EXTRACT_RUNS)]);
    console.log(`extract: ${extract.result.articlesPerSecond} articles/s, ${extract.result.mbPerSecond} MB/s, peak ${extract.peakRssMiB} MiB`);

    const gazetteer = await runStep<GazetteerThroughput>('./step-gazetteer.js', [String(SEED), String(GAZETTEER_RUNS)]);
    console.log(`gazetteer: ${gazetteer.result.microsecondsPerArticle} µs per article (${gazetteer.result.phrases} phrases)`);

    let ingest: IngestFigure[] | Blocked;
    const ingestOne: { jobs: number; seconds: number }[] = [];
    try {
      ingest = [];
      for (const [name, where, list, size] of [['speed', dir, corpus, bytes], ['large', largeDir, large, largeBytes]] as const) {
        for (const jobs of [1, 2]) {
          const f = await ingestFigure(name, where, work, jobs, list.length, size);
          console.log(`ingest of the ${name} corpus (${list.length} articles), --jobs ${jobs}: ${f.articlesPerSecond} articles/s, peak ${f.peakRssMiB} MiB`);
          ingest.push(f);
        }
      }
      for (const jobs of [1, 2]) {
        const f = await ingestFigure('one', oneDir, work, jobs, 1, Buffer.byteLength(corpus[0]!.text), INGEST_RUNS, false);
        console.log(`ingest of one article, --jobs ${jobs}: ${f.seconds} s`);
        ingestOne.push({ jobs, seconds: f.seconds });
      }
    } catch (error) {
      ingest = { blocked: withoutMachinePaths(message(error)) };
      console.log(`ingest: not measured (${ingest.blocked})`);
    }

    // The store's own benchmarks, when its owner has written them: ingest of its corpus (one run
    // per job count, to stay within the time budget) and query latency on its synthetic 100k store.
    const storeRun = async (script: string, args: string[]): Promise<StoreRun | null> => {
      if (!hasBenchScript(script)) return null;
      try {
        const out = await runStep<ImportRun>('./step-import.js', [script, ...args]);
        return { ...out.result, peakRssMiB: out.peakRssMiB, log: withoutMachinePaths(out.log) };
      } catch (error) {
        return { script, args, exitCode: -1, seconds: 0, peakRssMiB: 0, log: withoutMachinePaths(message(error)) };
      }
    };
    const storeIngestRun = await storeRun('store/ingest.js', ['--runs', String(STORE_INGEST_RUNS)]);
    const storeIngest = storeIngestRun ? { ...storeIngestRun, figures: parseStoreIngest(storeIngestRun.log) } : null;
    if (storeIngest) console.log(`store's ingest benchmark: ${storeIngest.figures.map((f) => `--jobs ${f.jobs} ${f.articlesPerSecond} articles/s`).join(', ') || `no figures (${storeIngest.log.slice(0, 200)})`}`);
    const storeQueries = await storeRun('store/queries.js', []);
    let queries: SpeedReport['queries'] = { blocked: "the store's query benchmark (bench/store/queries.ts) is not in the repository" };
    if (storeQueries) {
      const parsed = parseStoreQueries(storeQueries.log, storeQueries.peakRssMiB);
      queries = parsed.figures.length > 0 ? { articles: parsed.articles, buildSeconds: parsed.buildSeconds, peakRssMiB: storeQueries.peakRssMiB, figures: parsed.figures } : { blocked: `the store's query benchmark printed no figures: ${storeQueries.log.slice(0, 300)}` };
      console.log(`queries: ${parsed.figures.map((f) => `${f.command} p95 ${f.p95Ms} ms`).join('; ')}`);
    }

    const report: SpeedReport = {
      context,
      loadAtEnd: loadNow(),
      load: stopSampling(),
      seconds: round((performance.now() - t0) / 1000, 1),
      corpus: { seed: SEED, articles: corpus.length, bytes, meanArticleBytes: Math.round(bytes / corpus.length) },
      extract,
      wink,
      extractOverWink: round(extract.result.medianSeconds / wink.result.medianSeconds, 1),
      gazetteer,
      ingest,
      ingestOne,
      queries,
      store: { ingest: storeIngest, queries: storeQueries },
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
