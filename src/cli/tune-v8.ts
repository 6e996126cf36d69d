import { setFlagsFromString } from 'node:v8';

/**
 * V8's tiering budget for this process, raised before any other module loads.
 *
 * Why: a run is a few seconds of many distinct hot functions (extraction rules, reconciliation),
 * and with V8's default budget (66 KB of bytecode executed) TurboFan compiles hundreds of them
 * early, on background threads that take about a third of the CPU of a short ingest on two cores.
 * A budget about six times larger optimises only what stays hot. Measured with
 * `bench/speed` corpora, alternating runs: 1 MB corpus --jobs 2 wall -16 to -22 %, 4 MB -7 %.
 * Worker threads share the process's flags. `DOSSIER_V8_BUDGET=default` leaves V8 as it is.
 */
export const INTERRUPT_BUDGET = 400_000;

if (process.env['DOSSIER_V8_BUDGET'] !== 'default') {
  setFlagsFromString(`--interrupt-budget=${INTERRUPT_BUDGET}`);
}
