import type { LoadSummary, RunContext } from './machine.js';
import type { StepOutput } from './step-output.js';
import type { Throughput } from './throughput.js';

/** Ingest of a corpus into a fresh store with some number of jobs. */
export interface IngestFigure {
  /** Which corpus: the speed corpus (1 MB) or the larger one (4 MB), absent in older reports. */
  readonly corpus?: string;
  readonly jobs: number;
  readonly articles: number;
  readonly seconds: number;
  readonly articlesPerSecond: number;
  readonly mbPerSecond: number;
  readonly peakRssMiB: number | null;
  /** Where the figure comes from (the store's benchmark, or the CLI run by us). */
  readonly source: string;
  /**
   * The fixed calibration work (`step-calibrate.ts`) timed just before each run, ms: median and
   * range. The machine's speed drifts; this shows how fast it was during these runs.
   */
  readonly calibrationMs?: { readonly median: number; readonly min: number; readonly max: number };
}

/** Latency of one query command on the large synthetic store. */
export interface QueryFigure {
  readonly command: string;
  readonly samples: number;
  readonly p50Ms: number;
  readonly p95Ms: number;
  /** Peak memory of the process that built the store and ran every query. */
  readonly peakRssMiB: number | null;
}

/** A part of the speed benchmark that could not run, and why. */
export interface Blocked {
  readonly blocked: string;
}

/** What `npm run bench` writes to `docs/benchmarks-speed.json`. */
export interface SpeedReport {
  readonly context: RunContext;
  readonly loadAtEnd: number;
  /** Load average sampled every 5 s during the run. */
  readonly load: LoadSummary;
  readonly seconds: number;
  readonly corpus: { readonly seed: number; readonly articles: number; readonly bytes: number; readonly meanArticleBytes: number };
  readonly extract: StepOutput<Throughput>;
  readonly wink: StepOutput<Throughput>;
  /** How many times longer extract() takes than bare wink-nlp tokenisation of the same corpus (median passes). */
  readonly extractOverWink: number;
  /** The reference-knowledge gazetteer alone over each article (absent in reports written before it was measured). */
  readonly gazetteer?: StepOutput<GazetteerThroughput>;
  readonly ingest: readonly IngestFigure[] | Blocked;
  /** `dossier ingest` of a single article into a fresh store: the fixed cost of a run (start-up of the threads, the knowledge, the store). */
  readonly ingestOne?: readonly { readonly jobs: number; readonly seconds: number }[];
  readonly queries: { readonly articles: number | null; readonly buildSeconds: number | null; readonly peakRssMiB: number; readonly figures: readonly QueryFigure[] } | Blocked;
  /** What the store's own benchmarks (`bench/store/`) printed, kept as written; null when absent. */
  readonly store: { readonly ingest: StoreRun | null; readonly queries: StoreRun | null };
}

/** One run of a store benchmark script. */
export interface StoreRun {
  readonly script: string;
  readonly args: readonly string[];
  readonly exitCode: number;
  readonly seconds: number;
  readonly peakRssMiB: number;
  readonly log: string;
  /** For the ingest benchmark: the figures read from its log. */
  readonly figures?: readonly { readonly jobs: number; readonly articlesPerSecond: number }[];
}

/** The targets of the issue, checked in the report. */
export const TARGETS = { gazetteerMicrosecondsPerArticle: 1000, extractArticlesPerSecond: 200, ingestArticlesPerSecond: 100, queryP95Ms: 50 } as const;

/** The gazetteer step: lookup throughput plus the trie's size and the cost per article. */
export interface GazetteerThroughput extends Throughput {
  readonly phrases: number;
  readonly matchesPerArticle: number;
  readonly microsecondsPerArticle: number;
}
