import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GoldFacts } from '../core/facts.js';
import { HAS_SHARED, shared } from '../../test/shared.js';
import { type ExtractFactsOptions, runEval } from './run-eval.js';

const FIXTURES = new URL('../../test/fixtures/', import.meta.url).pathname;

/** An "extractor" that answers with the gold file itself, minus boilerplate names. */
function oracle(goldDir: string, calls: ExtractFactsOptions[]) {
  return (_bytes: Uint8Array, o: ExtractFactsOptions) => {
    calls.push(o);
    const gold = JSON.parse(readFileSync(join(goldDir, `${o.id}.json`), 'utf8')) as GoldFacts;
    return { ...gold, people: gold.people.filter((p) => !p.in_boilerplate), organizations: gold.organizations.filter((x) => !x.in_boilerplate) };
  };
}

describe('runEval', () => {
  it('pairs every fixture gold file with its article and scores a perfect extractor 1.0', async () => {
    const goldDir = join(FIXTURES, 'gold');
    const calls: ExtractFactsOptions[] = [];
    const report = await runEval({ goldDir, articlesDir: join(FIXTURES, 'articles'), extractFacts: oracle(goldDir, calls) });
    expect(report.problems).toEqual([]);
    expect(report.documents.length).toBe(calls.length);
    expect(report.documents.length).toBeGreaterThanOrEqual(19);
    expect(report.micro).toMatchObject({ fp: 0, fn: 0, precision: 1, recall: 1, f1: 1 });
    const opec = calls.find((c) => c.id === 'opec-2023-brazil');
    expect(opec).toMatchObject({ published: '2023-11-30' });
    expect(opec?.path).toMatch(/opec-2023-brazil\.txt$/);
  });

  it.skipIf(!HAS_SHARED)('uses assume_published as the reference date for the shared seeds', async () => {
    const calls: ExtractFactsOptions[] = [];
    const report = await runEval({ goldDir: shared('gold'), articlesDir: shared('samples'), extractFacts: oracle(shared('gold'), calls) });
    expect(report.micro.f1).toBe(1);
    expect(calls.map((c) => c.published)).toEqual(['2024-07-04', '2024-07-04']);
  });

  it('reports gold files without their article instead of failing', async () => {
    const goldDir = join(FIXTURES, 'gold');
    const articlesDir = mkdtempSync(join(tmpdir(), 'dossier-no-articles-'));
    const report = await runEval({ goldDir, articlesDir, extractFacts: oracle(goldDir, []) });
    expect(report.documents).toEqual([]);
    expect(report.problems.length).toBeGreaterThanOrEqual(19);
    expect(report.problems[0]).toMatchObject({ code: 'UNREADABLE_PATH', message: expect.stringContaining('no article') });
  });
});
