import { setFlagsFromString } from 'node:v8';

/*
 * V8's tiering budget for this process, raised before any other module loads.
 *
 * Why: a run is a few seconds of many distinct hot functions (extraction rules, reconciliation),
 * and with V8's default budget (66 KB of bytecode executed) TurboFan compiles hundreds of them
 * early, on background threads that took about a third of the CPU of a short ingest on two cores.
 * A budget about fifteen times larger optimises only what stays hot. Measured with the
 * `bench/speed` corpora, alternating runs, --jobs 2: 400k against the default, 1 MB corpus wall
 * -16 to -22 %, 4 MB -7 %; 1M against 400k, 1 MB -7 % (CPU -9 %), 4 MB even; 3M no better.
 * Worker threads share the process's flags. `DOSSIER_V8_BUDGET=default` leaves V8 as it is; a
 * number sets that budget instead.
 */
const INTERRUPT_BUDGET = 1_000_000;

const asked = process.env['DOSSIER_V8_BUDGET'];
if (asked !== 'default') {
  // A positive integer replaces the budget (for measuring); anything else keeps ours.
  const budget = asked !== undefined && /^[1-9]\d{0,8}$/.test(asked) ? Number(asked) : INTERRUPT_BUDGET;
  setFlagsFromString(`--interrupt-budget=${budget}`);
}
