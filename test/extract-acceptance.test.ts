import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runEval } from '../src/eval/run-eval.js';
import { SECTIONS } from '../src/eval/report.js';
import { extract, toFacts } from '../src/extract/extract.js';
import { HAS_SHARED, shared } from './shared.js';

const extractFacts = (bytes: Uint8Array, o: { published?: string; id: string; path: string }) => toFacts(extract(bytes, o));
const fixtures = (dir: string) => fileURLToPath(new URL(`./fixtures/${dir}`, import.meta.url));

describe.skipIf(!HAS_SHARED)('extraction on the seed articles (issue acceptance)', () => {
  it('reaches micro-F1 ≥ 0.95 and every section ≥ 0.85', async () => {
    const report = await runEval({ goldDir: shared('gold'), articlesDir: shared('samples'), extractFacts });
    expect(report.problems).toEqual([]);
    expect(report.documents).toHaveLength(2);
    expect(report.micro.f1).toBeGreaterThanOrEqual(0.95);
    for (const section of SECTIONS) expect(report.sections[section].f1 ?? 1, section).toBeGreaterThanOrEqual(0.85);
  });
});

describe("extraction on the project's own fixtures (other organisations and summits)", () => {
  it('scores every fixture article and stays above the measured floor', async () => {
    const report = await runEval({ goldDir: fixtures('gold'), articlesDir: fixtures('articles'), extractFacts });
    expect(report.problems).toEqual([]);
    expect(report.documents.length).toBeGreaterThanOrEqual(12);
    // Measured 0.900 micro-F1 when this floor was set; it guards against regressions, not a goal.
    expect(report.micro.f1).toBeGreaterThanOrEqual(0.88);
    expect(report.micro.precision).toBeGreaterThanOrEqual(0.9);
  });
});
