import { availableParallelism } from 'node:os';
import { DEFAULT_MAX_BYTES } from '../../read/limits.js';
import type { Store } from '../store.js';
import type { ExtractedArticle, ExtractFailure, IngestTask } from './extract-one.js';
import { extractInOrder } from './pool.js';
import { extractSettings } from './prestart.js';
import { defaultReconciler, type Reconciler } from './reconciler.js';
import { IngestCache } from './cache.js';
import { PROFILING, add as addPhase, report as phaseReport } from './phases.js';
import { writeBatch } from './write-batch.js';

/** Articles written per transaction by default: a crash loses at most this many, never half of one. */
export const DEFAULT_BATCH_SIZE = 200;

/** Options for {@link ingest}. */
export interface IngestOptions {
  /**
   * Threads to use; default: the number of cores. One writes (SQLite has one writer) and the
   * others extract; 1 does both in this thread.
   */
  readonly jobs?: number;
  /** Articles per transaction. */
  readonly batchSize?: number;
  /** Publication date to assume for every article (`YYYY-MM-DD`). */
  readonly published?: string;
  readonly maxBytes?: number;
  /** Reconciliation functions (tests hand in simpler ones). */
  readonly reconciler?: Reconciler;
  /** Called after each input is extracted and after each batch is written. */
  readonly onProgress?: (progress: IngestProgress) => void;
  /** Called for each input that could not be read, extracted or reconciled. */
  readonly onFailure?: (failure: ExtractFailure) => void;
  /** The time recorded on stored articles (ISO); default: now. */
  readonly now?: () => string;
}

/** Where a run is. */
export interface IngestProgress {
  readonly total: number;
  /** Inputs extracted so far (stored or not). */
  readonly extracted: number;
  /** Inputs written (new, known or failed) so far. */
  readonly written: number;
  readonly failed: number;
}

/** What a run did. */
export interface IngestSummary {
  /** Inputs looked at. */
  readonly total: number;
  /** Articles stored for the first time, by id. */
  readonly added: readonly string[];
  /** Inputs whose content the store already held (same hash). */
  readonly known: number;
  readonly failures: readonly ExtractFailure[];
  /** Stories that gained articles, and how many of them are new. */
  readonly stories: { readonly touched: number; readonly created: number };
  /** Slots judged in this run that now contradict, sorted. */
  readonly contradictions: readonly string[];
  readonly batches: number;
  readonly seconds: number;
}

/**
 * Read, extract, store and reconcile articles. Extraction runs on worker threads; writing runs in
 * this thread, one transaction per batch, in input order (the store's content does not depend on
 * thread timing). Bad inputs are reported and skipped; store errors (lock, disk, corruption) stop
 * the run after rolling back the current batch, keeping the batches already committed.
 */
export async function ingest(store: Store, tasks: readonly IngestTask[], options: IngestOptions = {}): Promise<IngestSummary> {
  const started = performance.now();
  const jobs = Math.max(1, options.jobs ?? availableParallelism());
  const batchSize = Math.max(1, options.batchSize ?? DEFAULT_BATCH_SIZE);
  const reconciler = options.reconciler ?? defaultReconciler;
  const now = options.now ?? (() => new Date().toISOString());
  // Only reconciliation's own functions can be run ahead (tests hand in other ones).
  const settings = extractSettings({ maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES, published: options.published }, reconciler === defaultReconciler);
  const cache = new IngestCache();

  const added: string[] = [];
  const failures: ExtractFailure[] = [];
  const touched = new Set<string>();
  const created = new Set<string>();
  const contradictions = new Set<string>();
  let known = 0;
  let extracted = 0;
  let written = 0;
  let batches = 0;
  const progress = () => options.onProgress?.({ total: tasks.length, extracted, written, failed: failures.length });
  const fail = (failure: ExtractFailure) => {
    failures.push(failure);
    options.onFailure?.(failure);
  };

  let inputs = 0;
  let exhausted = false;
  let waitedMs = 0;
  // Workers may run a batch and a half ahead: they extract while this thread writes.
  // The writing thread counts as one of the jobs: with 2 cores, one extraction thread keeps ahead
  // of the writer, and a second one only took CPU from it (and warmed up twice).
  const outcomes = extractInOrder(tasks, settings, jobs - 1, Math.ceil(batchSize * 1.5))[Symbol.asyncIterator]();
  /** The next batch's articles, taken from extraction as they arrive (failures are reported, not written). */
  let warm = reconciler.warm;
  async function* batchOf(): AsyncGenerator<ExtractedArticle> {
    for (let n = 0; n < batchSize; ) {
      const t = PROFILING ? performance.now() : 0;
      const pending = outcomes.next();
      // The first article is a while coming (threads start, read, extract): load what writing
      // reads in the meantime.
      warm?.();
      warm = undefined;
      const next = await pending;
      if (PROFILING) waitedMs += performance.now() - t;
      if (next.done) {
        exhausted = true;
        return;
      }
      extracted++;
      inputs++;
      const { outcome } = next.value;
      progress();
      if (outcome.ok) {
        n++;
        yield outcome.article;
      } else fail(outcome.failure);
    }
  }

  while (!exhausted) {
    const t = PROFILING ? performance.now() : 0;
    const before = waitedMs;
    const result = await writeBatch(store, batchOf(), reconciler, now(), cache);
    if (PROFILING) {
      addPhase(jobs > 1 ? 'extraction: waiting for the workers' : 'extraction (this thread)', waitedMs - before);
      addPhase('write batches (all phases numbered 1-13, and the commit)', performance.now() - t - (waitedMs - before));
    }
    if (result.items.length > 0) batches++;
    for (const item of result.items) {
      if (item.status === 'new') {
        added.push(item.id);
        if (item.storyCreated && item.storyId) created.add(item.storyId);
      } else if (item.status === 'known') known++;
      else fail(item.failure);
    }
    for (const s of result.stories) touched.add(s);
    for (const c of result.contradictions) contradictions.add(c);
    written += inputs;
    inputs = 0;
    progress();
  }
  if (PROFILING) process.stderr.write(`dossier: ingest phases (ms on the writing thread; SQL is inside the phases):\n${phaseReport()}\n`);

  return {
    total: tasks.length,
    added,
    known,
    failures,
    stories: { touched: touched.size, created: [...created].filter((s) => touched.has(s)).length },
    contradictions: [...contradictions].sort(),
    batches,
    seconds: (performance.now() - started) / 1000,
  };
}
