import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BIN } from './bin.js';

// Facts beyond the view's sections (suspensions, countries not represented) go through ingest
// into the SQLite store and come out of its contradictions, quoting both articles. The two
// articles are invented for this test. Runs the built CLI (npm test builds first).
const run = (args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });

const COMMON =
  'Mercosur leaders met in Montevideo on Monday for a summit on trade with Europe, hosted by Uruguayan President Tomás Ferreira. ' +
  'Argentine President Lucía Benítez and Brazilian President Paulo Ramos attended the talks, which focused on tariffs and the long-delayed agreement with Brussels.';
const A = `Mercosur summit opens in Montevideo\n\n${COMMON}\n\nVenezuela, which was suspended from the bloc in 2016, was not invited. Bolivia was represented by a senior official of its foreign ministry.\n`;
const B = `Mercosur leaders gather in Montevideo\n\n${COMMON}\n\nVenezuela's membership was suspended in 2017 and has not been restored. Bolivia's seat at the table stayed empty.\n`;

describe('facts beyond the view, through the store', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-extra-'));
  const db = join(dir, 'extra.db');
  let contradictions: { slot: string; claims: { article: string; value: string; evidence: { text: string }[] }[] }[] = [];
  beforeAll(() => {
    mkdirSync(join(dir, 'in'));
    writeFileSync(join(dir, 'in', 'a.txt'), A);
    writeFileSync(join(dir, 'in', 'b.txt'), B);
    const ingest = run(['ingest', join(dir, 'in'), '--db', db, '--published', '2025-07-07', '--jobs', '1']);
    expect(ingest.status, ingest.stderr).toBe(0);
    const out = run(['contradictions', '--db', db, '--json']);
    expect(out.status, out.stderr).toBe(0);
    contradictions = JSON.parse(out.stdout).contradictions;
  });

  it('finds the two suspension years, each claim citing its words', () => {
    const c = contradictions.find((x) => x.slot === 'membership|country:VE|org:MERCOSUR');
    expect(c, JSON.stringify(contradictions.map((x) => x.slot))).toBeDefined();
    expect(c!.claims.map((x) => x.value).sort()).toEqual(['suspended since 2016', 'suspended since 2017']);
    expect(c!.claims.flatMap((x) => x.evidence.map((e) => e.text)).join(' ')).toMatch(/suspended/);
  });

  it('finds Bolivia not represented against its described delegate', () => {
    const c = contradictions.find((x) => x.slot.startsWith('representation|country:BO|'));
    expect(c, JSON.stringify(contradictions.map((x) => x.slot))).toBeDefined();
    expect(c!.claims.map((x) => x.value).sort()).toEqual(['delegate: senior official of its foreign ministry', 'not represented']);
  });
});
