/**
 * Worker-thread entry: extracts the tasks the pool sends and posts the outcomes back. Extraction
 * is pure CPU, so threads (not processes) are enough and the lexicon is built once per thread.
 */
import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { extractOne, type ExtractSettings, type IngestTask } from './extract-one.js';

/**
 * Give this thread a lower scheduling priority than the writing thread. Writing is the one
 * serial step of ingest: when the extraction threads and the writer outnumber the cores, the
 * writer must not wait for a core while extraction runs ahead of it. Linux only (a thread's id
 * comes from /proc/thread-self); elsewhere, or where it is not allowed, nothing changes.
 */
function yieldToWriter(): void {
  try {
    const tid = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (Number.isInteger(tid) && tid > 0) setPriority(tid, 10);
  } catch {
    // Not Linux, or not permitted: extraction keeps the default priority.
  }
}

yieldToWriter();

const settings = workerData as ExtractSettings & { readonly warmUp?: boolean };
const port = parentPort;
if (!port) throw new Error('the extraction worker must run in a worker thread');

/** A short invented article touching every kind of fact, extracted once before any task. */
const WARM_UP = `Leaders of the Andean Forum met in Quito on 4 May 2021. President Ana Reyes of Peru attended,
and Bolivia sent its foreign minister, Luis Arce Mena, instead of the president. Chile became an
observer of the forum in 2019. "We will keep working together," Reyes said.`;

// Extraction builds its lexicons and reads the reference knowledge on first use. A worker started
// ahead (see prestart.ts) does that now, while it would otherwise wait for its first task; one a
// run starts itself gets its first task at once. The outcome is dropped; a failure here would
// show again, reported, on the first real task.
if (settings.warmUp) extractOne({ path: '-', bytes: new TextEncoder().encode(WARM_UP) }, settings);

port.on('message', (message: { readonly seq: number; readonly task: IngestTask }) => {
  port.postMessage({ seq: message.seq, outcome: extractOne(message.task, settings) });
});
