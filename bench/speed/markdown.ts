import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { QualityReport } from '../quality/report.js';
import type { LoadSummary, RunContext } from './machine.js';
import { TARGETS, type SpeedReport } from './report.js';

/** The Markdown report both benchmark commands rewrite (each from both JSON files). */
export const MARKDOWN = 'docs/BENCHMARKS.md';
export const QUALITY_JSON = 'docs/benchmarks.json';
export const SPEED_JSON = 'docs/benchmarks-speed.json';

const pct = (x: number | null) => (x === null ? '—' : (x * 100).toFixed(1));
const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function runLine(c: RunContext, loadAtEnd: number, seconds: number, command: string, load?: LoadSummary): string {
  const dirty = c.uncommittedChanges ? ' plus uncommitted changes in the working tree' : '';
  const during = load ? `, mean ${load.mean} and at most ${load.max} during the run` : '';
  const figures = `load average ${c.loadAtStart} at start, ${loadAtEnd} at end${during}, on ${c.cores} cores`;
  const busy = Math.max(c.loadAtStart, loadAtEnd, load?.max ?? 0) > 0.8 ? ` Other work was running on the machine (${figures}): timings are noisy.` : ` Quiet machine: ${figures}.`;
  return `\`${command}\` on ${c.date.slice(0, 16).replace('T', ' ')} UTC — ${c.cpu}, ${c.cores} cores, ${c.ramGiB} GiB RAM, Node ${c.node} (${c.platform}), commit ${c.commit ?? 'unknown'}${dirty}; took ${seconds} s.${busy}`;
}

function quality(q: QualityReport): string[] {
  const out = ['## Quality', '', runLine(q.context, q.loadAtEnd, q.seconds, 'npm run bench:quality').replace(/: timings are noisy\.$/, '; the quality figures do not depend on it.'), ''];
  out.push('| Dataset | Figure | dossier | Best published — source |', '|---|---|---:|---|');
  for (const d of q.datasets) {
    const head = d.figures.find((f) => f.anchor !== null) ?? d.figures[0];
    const ours = d.status === 'ok' || head ? pct(head?.ours ?? null) : '—';
    const anchor = head?.anchor !== null && head?.anchor !== undefined ? `${pct(head.anchor)} — ${head.anchorSource}` : (head?.anchorSource ?? 'none published');
    const status = d.status === 'ok' ? '' : ` **${d.status}**`;
    out.push(`| ${cell(d.name)}${status} | ${cell(head?.metric ?? '')} | ${ours} | ${cell(anchor)} |`);
  }
  out.push('', 'Figures are percentages. "Best published" is the figure the dataset README gives; read "What differs" before comparing.', '');
  for (const d of q.datasets) {
    out.push(`### ${d.name}`, '');
    if (d.status !== 'ok') out.push(`**${d.status}:** ${cell(d.reason?.split('\n')[0] ?? '')}`, '');
    if (d.figures.length > 0) {
      out.push('| Metric | dossier | Published | Source |', '|---|---:|---:|---|');
      for (const f of d.figures) out.push(`| ${cell(f.metric)} | ${pct(f.ours)} | ${f.anchor === null ? '' : pct(f.anchor)} | ${cell(f.anchorSource ?? '')} |`);
      out.push('');
    }
    if (d.method) out.push(`**How it is measured.** ${d.method}`, '');
    if (d.differences) out.push(`**What differs from the published task.** ${d.differences}`, '');
  }
  return out;
}

function speed(s: SpeedReport): string[] {
  const out = ['## Speed', '', runLine(s.context, s.loadAtEnd, s.seconds, 'npm run bench', s.load), ''];
  out.push(
    `Corpus: ${s.corpus.articles} articles generated from the templates in \`bench/speed/corpus.ts\` (seed ${s.corpus.seed}), ${(s.corpus.bytes / 1e6).toFixed(2)} MB, ${(s.corpus.meanArticleBytes / 1024).toFixed(1)} KB per article on average. Ingest is also measured on a 4 MB corpus from the same generator (the larger one below): a run of two seconds is mostly its fixed start-up cost, shown apart by the one-article run. Each step runs in its own child process; peak memory is that process's maximum resident set size. Before each ingest run a fixed piece of JavaScript is timed in a child of its own (\`bench/speed/step-calibrate.ts\`, "calibration", median and range over the runs): this machine's speed drifts by tens of per cent within minutes, and a slower calibration means a slower machine during those runs.`,
    '',
  );
  const e = s.extract.result;
  const w = s.wink.result;
  const ok = (v: boolean) => (v ? 'met' : '**not met**');
  out.push('| Step | Result | Target | Peak memory |', '|---|---|---|---:|');
  out.push(`| \`extract\`, one process | ${e.articlesPerSecond} articles/s, ${e.mbPerSecond} MB/s (median of ${e.runs} passes, ${e.medianSeconds} s each) | ≥ ${TARGETS.extractArticlesPerSecond} articles/s: ${ok(e.articlesPerSecond >= TARGETS.extractArticlesPerSecond)} | ${s.extract.peakRssMiB} MiB |`);
  out.push(`| wink-nlp tokenisation only (same corpus) | ${w.articlesPerSecond} articles/s, ${w.mbPerSecond} MB/s (median of ${w.runs} passes) | — | ${s.wink.peakRssMiB} MiB |`);
  out.push(`| extract ÷ wink-nlp tokenisation | ${s.extractOverWink}× the time | — | |`);
  if (s.gazetteer) {
    const g = s.gazetteer.result;
    out.push(`| reference-knowledge gazetteer lookup alone (${g.phrases} phrases in one token trie, ${g.matchesPerArticle} matches per article) | ${g.microsecondsPerArticle} µs per article (median of ${g.runs} passes) | < ${TARGETS.gazetteerMicrosecondsPerArticle} µs: ${ok(g.microsecondsPerArticle < TARGETS.gazetteerMicrosecondsPerArticle)} | ${s.gazetteer.peakRssMiB} MiB |`);
  }
  if ('blocked' in s.ingest) out.push(`| \`ingest\` | not measured: ${cell(s.ingest.blocked)} | ≥ ${TARGETS.ingestArticlesPerSecond} articles/s | |`);
  else
    for (const i of s.ingest)
      out.push(`| \`ingest --jobs ${i.jobs}\`, fresh store${i.corpus === 'large' ? ', the 4 MB corpus' : i.corpus ? ', the speed corpus' : ''} | ${i.articlesPerSecond} articles/s, ${i.mbPerSecond} MB/s (${i.articles} articles in ${i.seconds} s)${i.calibrationMs ? `; calibration ${i.calibrationMs.median} ms (${i.calibrationMs.min}–${i.calibrationMs.max})` : ''} | ≥ ${TARGETS.ingestArticlesPerSecond} articles/s: ${ok(i.articlesPerSecond >= TARGETS.ingestArticlesPerSecond)} | ${i.peakRssMiB ?? '—'} MiB |`);
  for (const one of s.ingestOne ?? []) out.push(`| \`ingest --jobs ${one.jobs}\` of one article, fresh store (the fixed cost of a run, timed from the CLI's entry: Node's own start-up and loading the CLI module are not in it) | ${one.seconds} s | — | |`);
  const storeIngest = s.store?.ingest;
  for (const f of storeIngest?.figures ?? [])
    out.push(`| \`ingest --jobs ${f.jobs}\`, the store's own benchmark (\`bench/store/ingest.ts\`, ${storeIngest!.args.join(' ') || 'defaults'}; its corpus, CLI process start included) | ${f.articlesPerSecond} articles/s | ≥ ${TARGETS.ingestArticlesPerSecond} articles/s: ${ok(f.articlesPerSecond >= TARGETS.ingestArticlesPerSecond)} | — |`);
  out.push('');
  if (storeIngest) out.push(`The store's ingest benchmark says of its corpus: ${cell(storeIngest.log.split('\n')[0] ?? '')}`, '');
  if ('blocked' in s.queries) out.push(`Query latency on a 100k-article store: not measured: ${s.queries.blocked}`, '');
  else {
    const q = s.queries;
    out.push(`### Query latency on a synthetic store of ${q.articles?.toLocaleString('en') ?? 'unknown'} articles`, '');
    out.push(
      `From the store's own benchmark (\`bench/store/queries.ts\`): the store is written straight into the tables (${q.buildSeconds ?? '?'} s), then each query command's library function runs with varied arguments, half of them on the most frequent entities. The build and every query ran in one process, whose peak memory was ${q.peakRssMiB} MiB.`,
      '',
    );
    out.push('| Command | p50 | p95 | Target p95 < 50 ms | Samples |', '|---|---:|---:|---|---:|');
    for (const f of q.figures) out.push(`| \`${cell(f.command)}\` | ${f.p50Ms} ms | ${f.p95Ms} ms | ${ok(f.p95Ms < TARGETS.queryP95Ms)} | ${f.samples} |`);
    out.push('');
  }
  return out;
}

const readJson = <T>(path: string): T | null => (existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as T) : null);

/** Rewrite docs/BENCHMARKS.md from whichever of the two JSON reports exist. */
export function writeMarkdown(): void {
  const q = readJson<QualityReport>(QUALITY_JSON);
  const s = readJson<SpeedReport>(SPEED_JSON);
  const out = [
    '# Benchmarks',
    '',
    `Written by \`npm run bench:quality\` (quality, \`${QUALITY_JSON}\`) and \`npm run bench\` (speed, \`${SPEED_JSON}\`); each command rewrites this file from both JSON files, so do not edit it by hand. Quality is measured on public research datasets read in place from \`../shared/datasets\` (set \`DOSSIER_SHARED\` to point elsewhere); none of their text is copied into this repository.`,
    '',
    ...(q ? quality(q) : ['## Quality', '', 'Not run yet: `npm run bench:quality`.', '']),
    ...(s ? speed(s) : ['## Speed', '', 'Not run yet: `npm run bench`.', '']),
  ];
  writeFileSync(MARKDOWN, `${out.join('\n').trimEnd()}\n`);
}
