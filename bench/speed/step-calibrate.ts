import { performance } from 'node:perf_hooks';
import { emitStep } from './step-output.js';

/** How fast the machine ran a fixed piece of work, just before a timed step. */
export interface Calibration {
  /** Milliseconds the fixed work took (median of the passes). */
  readonly ms: number;
}

// Child process: a fixed, deterministic piece of JavaScript of the kind ingest runs (string
// building, hashing, maps, sorting), timed on one thread. The machine's speed drifts by tens of
// per cent within minutes (other tenants of the host); timing this next to each ingest run shows
// how fast the machine was when the run was measured.
function work(): number {
  const seen = new Map<string, number>();
  let h = 0x811c9dc5;
  for (let i = 0; i < 120_000; i++) {
    const word = `w${(i * 2654435761) % 50_021}`;
    for (let k = 0; k < word.length; k++) h = Math.imul(h ^ word.charCodeAt(k), 0x01000193) >>> 0;
    seen.set(word, (seen.get(word) ?? 0) + 1);
  }
  const keys = [...seen.keys()].sort();
  return (h ^ keys.length) >>> 0;
}

work(); // warm-up: the JIT compiles it before the timed passes
const times: number[] = [];
let sink = 0;
for (let pass = 0; pass < 5; pass++) {
  const t0 = performance.now();
  sink ^= work();
  times.push(performance.now() - t0);
}
times.sort((a, b) => a - b);
if (sink === -1) console.log(sink); // keeps the work from being optimised away
emitStep<Calibration>('calibrate', { ms: Math.round(times[2]! * 10) / 10 });
