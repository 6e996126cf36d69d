/**
 * Extraction threads started before a run asks for them. A thread takes a few hundred
 * milliseconds to load extraction and build its lexicons; started as soon as the command is
 * known, it does that while this thread loads the store and reconciliation, instead of after.
 * Kept light (no extraction or store imports) so that starting workers costs the caller nothing.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ExtractSettings } from './extract-one.js';

interface Waiting {
  readonly key: string;
  readonly worker: Worker;
  readonly gone: () => void;
}

const waiting: Waiting[] = [];

/**
 * The worker entry next to this module, or null when running from TypeScript sources (tests),
 * where there is no compiled worker to start: extraction then runs in the calling thread.
 */
export function workerEntry(): URL | null {
  const url = new URL('./worker.js', import.meta.url);
  return import.meta.url.endsWith('.js') && existsSync(fileURLToPath(url)) ? url : null;
}

/**
 * The settings a run gives its extraction workers: those of its options, and whether to compute
 * reconciliation's per-article inputs ahead (only with reconciliation's own functions). The CLI
 * starts workers ahead with the same function, so that the run finds them.
 */
export function extractSettings(options: { readonly maxBytes: number; readonly published?: string | undefined }, precompute: boolean): ExtractSettings {
  return { maxBytes: options.maxBytes, ...(options.published ? { published: options.published } : {}), precompute };
}

// Settings compared as a whole: a worker is only handed to a run that would have started it alike.
function keyOf(settings: ExtractSettings): string {
  return JSON.stringify([settings.maxBytes, settings.published ?? null, settings.precompute === true]);
}

/**
 * Start `count` extraction workers now for a run that will ask for them with the same settings.
 * Until a run takes them they do not keep the process alive; {@link releasePrestarted} ends
 * those no run took. Starts none where there is no compiled worker.
 * @returns the workers started.
 */
export function prestartWorkers(settings: ExtractSettings, count: number): readonly Worker[] {
  const entry = workerEntry();
  if (!entry) return [];
  const key = keyOf(settings);
  const started: Worker[] = [];
  for (let i = 0; i < count; i++) {
    // Only a worker started ahead warms up (see worker.ts): it would otherwise wait for its first task.
    const worker = new Worker(entry, { workerData: { ...settings, warmUp: true } });
    worker.unref();
    const held: Waiting = {
      key,
      worker,
      // A worker that failed while waiting is dropped; the run starts a fresh one instead.
      gone: () => {
        const at = waiting.indexOf(held);
        if (at >= 0) waiting.splice(at, 1);
      },
    };
    worker.once('error', held.gone);
    worker.once('exit', held.gone);
    waiting.push(held);
    started.push(worker);
  }
  return started;
}

/** A worker for a run: one started ahead with the same settings if there is one, else a new one. */
export function startWorker(entry: URL, settings: ExtractSettings): Worker {
  const key = keyOf(settings);
  const at = waiting.findIndex((w) => w.key === key);
  if (at < 0) return new Worker(entry, { workerData: settings });
  const [taken] = waiting.splice(at, 1);
  taken!.worker.off('error', taken!.gone);
  taken!.worker.off('exit', taken!.gone);
  taken!.worker.ref();
  return taken!.worker;
}

/** End the workers started ahead that no run took (the run failed before extraction began). */
export async function releasePrestarted(): Promise<void> {
  const left = waiting.splice(0);
  await Promise.all(left.map((w) => w.worker.terminate()));
}
