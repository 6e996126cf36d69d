import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { QueryFigure } from './report.js';

/**
 * The store's own benchmarks (`bench/store/`, written by the store's owner and compiled with the
 * rest of `bench/`) are run through `step-import.js` and read back from what they print: these
 * parsers are the contract with their output.
 */

/** Whether a compiled benchmark script exists (`dist-bench/<script>`). */
export const hasBenchScript = (script: string): boolean => existsSync(fileURLToPath(new URL(`../${script}`, import.meta.url)));

/** The `--jobs N: R articles/s median` lines of `store/ingest.js`. */
export function parseStoreIngest(log: string): { jobs: number; articlesPerSecond: number }[] {
  return [...log.matchAll(/--jobs (\d+): ([\d.]+) articles\/s median/g)].map((m) => ({ jobs: Number(m[1]), articlesPerSecond: Number(m[2]) }));
}

/** The store build line and the per-query `name p50 p95 max verdict` lines of `store/queries.js`. */
export function parseStoreQueries(log: string, peakRssMiB: number): { articles: number | null; buildSeconds: number | null; runs: number | null; figures: QueryFigure[] } {
  const built = /built an? (\d+)-article store in ([\d.]+) s/.exec(log);
  const runs = /(\d+) runs per query/.exec(log);
  const figures = [...log.matchAll(/^(\S.*?)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+(?:met|NOT MET)\s*$/gm)].map((m) => ({
    command: m[1]!.trim(),
    samples: runs ? Number(runs[1]) : 0,
    p50Ms: Number(m[2]),
    p95Ms: Number(m[3]),
    peakRssMiB,
  }));
  return { articles: built ? Number(built[1]) : null, buildSeconds: built ? Number(built[2]) : null, runs: runs ? Number(runs[1]) : null, figures };
}
