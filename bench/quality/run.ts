import { mkdirSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { loadNow, runContext } from '../speed/machine.js';
import { QUALITY_JSON, writeMarkdown } from '../speed/markdown.js';
import { runConll } from './conll.js';
import { DATASETS_DIR } from './datasets.js';
import { runEcbPlus } from './ecbplus.js';
import { runMrpc } from './mrpc.js';
import { runPolnear } from './polnear.js';
import type { QualityReport } from './report.js';
import type { DatasetResult } from './result.js';
import { runTempEval } from './tempeval.js';

const HARNESSES: readonly [string, string, () => DatasetResult | Promise<DatasetResult>][] = [
  ['conll2003', 'CoNLL-2003 test (testb)', runConll],
  ['polnear', 'PolNeAR test', runPolnear],
  ['tempeval3', 'TempEval-3 platinum', runTempEval],
  ['ecbplus', 'ECB+ test (story clustering)', runEcbPlus],
  ['mrpc', 'MRPC test', runMrpc],
];

/** `npm run bench:quality`: every dataset harness in turn, then docs/benchmarks.json and docs/BENCHMARKS.md. */
async function main(): Promise<void> {
  const context = runContext();
  const t0 = performance.now();
  console.log(`datasets: ${DATASETS_DIR}`);
  const datasets: DatasetResult[] = [];
  for (const [id, name, run] of HARNESSES) {
    process.stdout.write(`${name} … `);
    let result: DatasetResult;
    try {
      result = await run();
    } catch (error) {
      // One harness failing must not hide the others' figures.
      // Machine paths stay out of the committed report: the package root becomes '.'.
      const reason = (error instanceof Error ? (error.stack ?? error.message) : String(error)).split(process.cwd()).join('.');
      result = { id, name, status: 'error', method: '', differences: '', reason, figures: [], details: {}, seconds: 0 };
    }
    datasets.push(result);
    const head = result.figures[0];
    console.log(`${result.status}${head && head.ours !== null ? `: ${head.metric} ${(head.ours * 100).toFixed(1)}` : ''}${result.reason ? ` (${result.reason.split('\n')[0]})` : ''} [${result.seconds.toFixed(1)} s]`);
  }
  const report: QualityReport = { context, loadAtEnd: loadNow(), seconds: Math.round((performance.now() - t0) / 100) / 10, datasets };
  mkdirSync('docs', { recursive: true });
  writeFileSync(QUALITY_JSON, `${JSON.stringify(report, null, 2)}\n`);
  writeMarkdown();
  console.log(`wrote ${QUALITY_JSON} and docs/BENCHMARKS.md in ${report.seconds} s`);
}

await main();
