import type { Worker } from 'node:worker_threads';
import type { ExtractOutcome, ExtractSettings, IngestTask } from './extract-one.js';
import { startWorker, workerEntry } from './prestart.js';

/** One input and what extracting it gave. */
export interface Extracted {
  readonly task: IngestTask;
  readonly outcome: ExtractOutcome;
}

/** Tasks each worker holds at once at least. */
const PER_WORKER = 8;

/**
 * Extract every task, `workers` at a time on worker threads (in this thread when `workers` is 0), and
 * yield the outcomes in task order so the store's content does not depend on thread timing.
 * A worker that dies fails its tasks with INTERNAL and is replaced; the batch goes on.
 * `ahead` is how many tasks the workers may be given beyond those yielded: the store's calls are
 * synchronous, so this thread reads the workers' results (and feeds them) only when it waits for
 * the next article; between two waits the workers keep extracting only the tasks they hold.
 */
export async function* extractInOrder(tasks: Iterable<IngestTask>, settings: ExtractSettings, workers: number, ahead = 0): AsyncGenerator<Extracted> {
  const entry = workers > 0 ? workerEntry() : null;
  if (!entry) {
    // Loaded here, not at the top: with workers, this thread never extracts, and loading the
    // extraction modules (and what they build) cost it half a second.
    const { extractOne } = await import('./extract-one.js');
    for (const task of tasks) yield { task, outcome: extractOne(task, settings) };
    return;
  }

  const source = tasks[Symbol.iterator]();
  let exhausted = false;
  let nextSeq = 0;
  let wantSeq = 0;
  const sent = new Map<number, IngestTask>();
  const done = new Map<number, ExtractOutcome>();
  let wake: (() => void) | null = null;
  const notify = () => {
    const w = wake;
    wake = null;
    w?.();
  };

  interface Slot {
    worker: Worker;
    inFlight: Set<number>;
  }
  const slots: Slot[] = [];

  const perWorker = Math.max(PER_WORKER, Math.ceil(ahead / workers));
  // Tasks sent and not yet yielded (in flight or done out of order): what memory holds at most.
  const outstanding = perWorker * workers;
  const feed = (slot: Slot) => {
    while (!exhausted && slot.inFlight.size < perWorker && sent.size < outstanding) {
      const next = source.next();
      if (next.done) {
        exhausted = true;
        break;
      }
      const seq = nextSeq++;
      sent.set(seq, next.value);
      slot.inFlight.add(seq);
      slot.worker.postMessage({ seq, task: next.value });
    }
  };

  const start = (): Slot => {
    const slot: Slot = { worker: startWorker(entry, settings), inFlight: new Set() };
    slot.worker.on('message', (message: { seq: number; outcome: ExtractOutcome }) => {
      slot.inFlight.delete(message.seq);
      done.set(message.seq, message.outcome);
      feed(slot);
      notify();
    });
    const fail = (why: string) => {
      for (const seq of slot.inFlight) {
        const task = sent.get(seq)!;
        done.set(seq, { ok: false, failure: { path: task.path, code: 'INTERNAL', message: `the extraction worker stopped: ${why}` } });
      }
      slot.inFlight.clear();
      const index = slots.indexOf(slot);
      if (index >= 0) {
        void slot.worker.terminate();
        if (!exhausted) {
          slots[index] = start();
          feed(slots[index]!);
        } else slots.splice(index, 1);
      }
      notify();
    };
    slot.worker.on('error', (error) => fail(error.message));
    slot.worker.on('exit', (code) => {
      if (slot.inFlight.size > 0) fail(`exit code ${code}`);
    });
    return slot;
  };

  try {
    for (let i = 0; i < workers; i++) slots.push(start());
    for (const slot of slots) feed(slot);
    for (;;) {
      while (done.has(wantSeq)) {
        const outcome = done.get(wantSeq)!;
        const task = sent.get(wantSeq)!;
        done.delete(wantSeq);
        sent.delete(wantSeq);
        wantSeq++;
        yield { task, outcome };
      }
      // Yielding made room under the memory bound: top every worker up before waiting.
      for (const slot of slots) feed(slot);
      if (exhausted && wantSeq === nextSeq) return;
      await new Promise<void>((resolve) => (wake = resolve));
    }
  } finally {
    const all = slots.splice(0);
    await Promise.all(all.map((s) => s.worker.terminate()));
  }
}
