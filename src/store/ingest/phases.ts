/**
 * Where an ingest run spends its time, when `DOSSIER_PROFILE=1` is set: milliseconds per phase on
 * the thread that writes (waiting for extraction, each reconciliation step, the SQL statements),
 * printed to stderr at the end of the run. Off by default: every call is then a single test.
 */

/** Whether phases are being timed (read once: the variable is for runs, not for toggling). */
export const PROFILING = process.env['DOSSIER_PROFILE'] === '1';

const totals = new Map<string, { ms: number; count: number }>();
let last = 0;

/** Start timing from now (the next {@link lap} counts from here). */
export function mark(): void {
  if (PROFILING) last = performance.now();
}

/** Add the time since the last mark or lap to `phase`, and start again from now. */
export function lap(phase: string): void {
  if (!PROFILING) return;
  const now = performance.now();
  add(phase, now - last);
  last = now;
}

/** Add `ms` to `phase` (for times measured elsewhere, such as SQL statements). */
export function add(phase: string, ms: number): void {
  const t = totals.get(phase);
  if (t) {
    t.ms += ms;
    t.count++;
  } else totals.set(phase, { ms, count: 1 });
}

/** The phases timed so far, largest first, as printable lines; the totals start over. */
export function report(): string {
  const lines = [...totals]
    .sort((a, b) => b[1].ms - a[1].ms)
    .map(([phase, t]) => `${t.ms.toFixed(0).padStart(8)} ms ${String(t.count).padStart(7)}x  ${phase}`);
  totals.clear();
  return lines.join('\n');
}
