import { afterEach, describe, expect, it } from 'vitest';

// The built module: from TypeScript sources there is no compiled worker to start.
const modulePath = new URL('../dist/store/ingest/prestart.js', import.meta.url).href;
type Prestart = typeof import('../src/store/ingest/prestart.js');
const { extractSettings, prestartWorkers, releasePrestarted, startWorker, workerEntry } = (await import(modulePath)) as Prestart;

const settings = { maxBytes: 1_000_000, precompute: true };

afterEach(async () => {
  await releasePrestarted();
});

describe('extraction workers started ahead', () => {
  it('hands a run the worker started with the same settings, and a new one otherwise', async () => {
    const entry = workerEntry();
    expect(entry).not.toBeNull();
    const [ahead] = prestartWorkers(settings, 1);
    const other = startWorker(entry!, { ...settings, published: '2024-07-04' });
    const same = startWorker(entry!, { precompute: true, maxBytes: 1_000_000 });
    const again = startWorker(entry!, settings);
    // The worker taken from those started ahead works: it extracts a task.
    const outcome = await new Promise<{ ok: boolean }>((resolve, reject) => {
      same.once('message', (m: { outcome: { ok: boolean } }) => resolve(m.outcome));
      same.once('error', reject);
      same.postMessage({ seq: 0, task: { path: '-', bytes: new TextEncoder().encode('The summit of the Andean Forum opened in Quito on 4 May 2021.') } });
    });
    expect(outcome.ok).toBe(true);
    expect(same).toBe(ahead);
    // Only one was started ahead: the third call had to start a fresh worker.
    expect(again).not.toBe(same);
    expect(other).not.toBe(same);
    await Promise.all([other.terminate(), same.terminate(), again.terminate()]);
  });

  it('starts workers the CLI way that a run with the same options takes', async () => {
    // The CLI starts them from its options; ingest() builds its settings from the same ones.
    const [ahead] = prestartWorkers(extractSettings({ maxBytes: 2_000_000, published: '2024-07-04' }, true), 1);
    const taken = startWorker(workerEntry()!, extractSettings({ published: '2024-07-04', maxBytes: 2_000_000 }, true));
    expect(taken).toBe(ahead);
    await taken.terminate();
  });

  it('ends the workers no run took', async () => {
    const started = prestartWorkers(settings, 2);
    expect(started).toHaveLength(2);
    const exits = started.map((w) => new Promise<number>((resolve) => w.once('exit', resolve)));
    await releasePrestarted();
    // Both exit, well before a worker left waiting would be noticed.
    const exited = await Promise.race([Promise.all(exits).then(() => true), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 5000))]);
    expect(exited).toBe(true);
    // Nothing is left to hand out: a run now gets a worker of its own.
    const fresh = startWorker(workerEntry()!, settings);
    expect(started).not.toContain(fresh);
    await fresh.terminate();
  });
});
