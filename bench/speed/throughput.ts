import { performance } from 'node:perf_hooks';
import { median, round } from './stats.js';

/** How fast one pass over the corpus went, median of the timed passes. */
export interface Throughput {
  readonly articles: number;
  readonly bytes: number;
  readonly runs: number;
  /** Seconds of every timed pass, in order. */
  readonly passSeconds: readonly number[];
  readonly medianSeconds: number;
  readonly articlesPerSecond: number;
  readonly mbPerSecond: number;
  /** Seconds of the untimed first pass (loading, JIT warm-up), for the record. */
  readonly warmupSeconds: number;
}

/**
 * Time `work` over every text: one warm-up pass, then `runs` timed passes; the median pass gives
 * the rates. `bytes` is the corpus size in UTF-8 bytes (MB/s uses 10^6 bytes).
 */
export function timePasses(texts: readonly string[], bytes: number, runs: number, work: (text: string, index: number) => unknown): Throughput {
  const pass = () => {
    const t0 = performance.now();
    texts.forEach((t, i) => work(t, i));
    return (performance.now() - t0) / 1000;
  };
  const warmupSeconds = pass();
  const passSeconds = Array.from({ length: runs }, pass);
  const m = median(passSeconds);
  return {
    articles: texts.length,
    bytes,
    runs,
    passSeconds: passSeconds.map((s) => round(s, 4)),
    medianSeconds: round(m, 4),
    articlesPerSecond: round(texts.length / m, 1),
    mbPerSecond: round(bytes / 1e6 / m, 3),
    warmupSeconds: round(warmupSeconds, 4),
  };
}
