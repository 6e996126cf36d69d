import { DossierError } from '../../core/errors.js';
import type { ExtractFailure } from '../../store/ingest/extract-one.js';
import { ingest, type IngestProgress, type IngestSummary } from '../../store/ingest/ingest.js';
import { planIngest } from '../../store/ingest/tasks.js';
import { Store } from '../../store/store.js';
import type { IngestCommandOptions } from '../commands/ingest.js';
import { EXIT } from '../errors.js';
import type { CliIo } from '../io.js';
import type { CliState } from '../state.js';

/** Redraw the bar at most this often (ms): drawing is not free at hundreds of articles a second. */
const REDRAW_MS = 100;
const BAR_WIDTH = 24;

/** Ingest the paths into the store, showing progress on stderr and a summary on stdout. */
export async function runIngest(paths: readonly string[], options: IngestCommandOptions, state: CliState): Promise<void> {
  const { io } = state;
  const plan = planIngest(paths, io.stdin);
  const store = Store.open(options.db, { create: true });
  const progress = new ProgressView(io, plan.tasks.length, options.batch);
  const report = (f: ExtractFailure) => {
    progress.clear();
    io.err(`dossier: ${f.code}: ${f.message.includes(f.path) ? '' : `${f.path}: `}${f.message}\n`);
    if (state.debug && f.stack) io.err(`${f.stack}\n`);
  };
  for (const f of plan.failures) report(f);
  let summary: IngestSummary;
  try {
    summary = await ingest(store, plan.tasks, {
      jobs: options.jobs,
      batchSize: options.batch,
      maxBytes: options.maxBytes,
      ...(options.published ? { published: options.published } : {}),
      onProgress: (p) => progress.update(p),
      onFailure: report,
    });
  } finally {
    progress.clear();
    await store.close();
  }
  const failures = [...plan.failures, ...summary.failures];
  io.out(options.json ? `${JSON.stringify(summaryJson(summary, failures, options.db), null, 2)}\n` : describeSummary(summary, failures, options.db));
  if (failures.length > 0) state.exitCode = Math.max(state.exitCode, EXIT.data);
  if (plan.tasks.length === 0 && failures.length === 0) throw new DossierError('NO_INPUTS', 'nothing to ingest');
}

/** The summary as JSON (`--json`). */
function summaryJson(s: IngestSummary, failures: readonly ExtractFailure[], db: string) {
  return {
    db,
    inputs: s.total + failures.length - s.failures.length,
    new: s.added.length,
    known: s.known,
    failed: failures.map((f) => ({ path: f.path, code: f.code, message: f.message })),
    stories: s.stories,
    contradictions: s.contradictions,
    seconds: Number(s.seconds.toFixed(3)),
  };
}

/** The readable summary. */
export function describeSummary(s: IngestSummary, failures: readonly ExtractFailure[], db: string): string {
  const rate = s.seconds > 0 ? Math.round(s.total / s.seconds) : s.total;
  const codes = new Map<string, number>();
  for (const f of failures) codes.set(f.code, (codes.get(f.code) ?? 0) + 1);
  const byCode = [...codes].map(([code, n]) => `${code} ${n}`).join(', ');
  const lines = [
    `ingested ${s.total} input${s.total === 1 ? '' : 's'} into ${db} in ${s.seconds.toFixed(1)} s (${rate}/s)`,
    `  new             ${s.added.length}`,
    `  already known   ${s.known}`,
    `  failed          ${failures.length}${byCode ? `  (${byCode})` : ''}`,
    `  stories         ${s.stories.touched} with new articles, ${s.stories.created} of them new`,
    `  contradictions  ${s.contradictions.length}${s.contradictions.length > 0 ? ' (see `dossier contradictions`)' : ''}`,
  ];
  return `${lines.join('\n')}\n`;
}

/**
 * Progress on stderr: a bar redrawn in place on a terminal; plain lines (one per batch written)
 * when stderr is a file or a pipe, so logs stay readable.
 */
class ProgressView {
  private drawn = false;
  private last = 0;
  private readonly started = performance.now();
  private lastWritten = -1;

  constructor(
    private readonly io: CliIo,
    private readonly total: number,
    private readonly batch: number,
  ) {}

  update(p: IngestProgress): void {
    if (!this.io.isTty) {
      // One batch is the whole run: the summary says it all.
      if (this.total <= this.batch) return;
      if (p.written !== this.lastWritten && p.written > 0) {
        this.lastWritten = p.written;
        this.io.err(`ingest: ${p.written}/${p.total} written${p.failed ? `, ${p.failed} failed` : ''}\n`);
      }
      return;
    }
    const now = performance.now();
    if (now - this.last < REDRAW_MS && p.extracted < this.total) return;
    this.last = now;
    const share = this.total === 0 ? 1 : p.extracted / this.total;
    const filled = Math.round(share * BAR_WIDTH);
    const rate = Math.round(p.extracted / Math.max(0.001, (now - this.started) / 1000));
    this.io.err(`\r[${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}] ${p.extracted}/${this.total} read, ${p.written} stored, ${rate}/s${p.failed ? `, ${p.failed} failed` : ''}\x1b[K`);
    this.drawn = true;
  }

  /** Erase the bar (before an error line, and at the end). */
  clear(): void {
    if (this.drawn) this.io.err('\r\x1b[K');
    this.drawn = false;
  }
}
