import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBin } from './bin.js';

// Runs the built CLI (npm test builds it first), as a user would.
const run = runBin;

const SECTIONS = ['people', 'offices', 'organizations', 'memberships', 'membership_since', 'attendance', 'event_dates', 'quotes'];

const root = mkdtempSync(join(tmpdir(), 'dossier-eval-'));
const articles = join(root, 'articles');
const gold = join(root, 'gold');
const broken = join(root, 'gold-broken');
const empty = join(root, 'gold-empty');
for (const dir of [articles, gold, broken, empty]) mkdirSync(dir);

writeFileSync(
  join(articles, 'talks.txt'),
  'Leaders meet in Astana\n\nASTANA — President Vladimir Putin of Russia met Kazakh President Kassym-Jomart Tokayev on Thursday. "We are friends," Putin said.\n',
);
const goldFacts = {
  id: 'talks',
  published: null,
  assume_published: '2024-07-04',
  title: 'Leaders meet in Astana',
  byline: null,
  people: [
    { name: 'Vladimir Putin', mentions: ['Vladimir Putin', 'Putin'], offices: [{ title: 'President', of: 'Russia' }] },
    { name: 'Kassym-Jomart Tokayev', mentions: ['Kassym-Jomart Tokayev'], offices: [{ title: 'President', of: 'Kazakhstan' }] },
  ],
  organizations: [],
  memberships: [],
  events: [
    {
      id: 'e1', kind: 'talks', name: 'Putin-Tokayev talks', place: 'Astana', date: '2024-07-04', date_text: 'on Thursday', organization: null,
      attendees: [{ person: 'Vladimir Putin', representing: 'Russia' }, { person: 'Kassym-Jomart Tokayev', representing: 'Kazakhstan' }],
      represented_by_delegate: [], expected_only: [],
    },
  ],
  quotes: [{ speaker: 'Vladimir Putin', text: 'We are friends', event: 'e1' }],
};
writeFileSync(join(gold, 'talks.json'), JSON.stringify(goldFacts));
writeFileSync(join(broken, 'talks.json'), JSON.stringify(goldFacts));
writeFileSync(join(broken, 'lonely.json'), JSON.stringify({ ...goldFacts, id: 'lonely' })); // no article
writeFileSync(join(broken, 'garbled.json'), '{ "id": "garbled", ');

describe('dossier eval', () => {
  it('prints the full report as JSON with --json', () => {
    const r = run(['eval', '--gold', gold, '--articles', articles, '--json']);
    expect(r.code, r.err).toBe(0);
    const report = JSON.parse(r.out);
    expect(Object.keys(report).sort()).toEqual(['documents', 'micro', 'problems', 'sections']);
    expect(Object.keys(report.sections)).toEqual(SECTIONS);
    expect(report.problems).toEqual([]);
    expect(report.documents).toHaveLength(1);
    const doc = report.documents[0];
    expect(doc.id).toBe('talks');
    expect(Object.keys(doc.sections)).toEqual(SECTIONS);
    // Whatever the extractor finds, every gold item is either found or missed.
    const expected = { people: 2, offices: 2, attendance: 2, event_dates: 1, quotes: 1, organizations: 0, memberships: 0 };
    for (const [section, n] of Object.entries(expected)) expect(doc.sections[section].tp + doc.sections[section].fn, section).toBe(n);
    for (const f of [...doc.missed, ...doc.spurious]) expect(SECTIONS).toContain(f.section);
    expect(doc.missed.length).toBe(SECTIONS.reduce((n, s) => n + doc.sections[s].fn, 0));
    expect(report.micro.tp + report.micro.fn).toBe(8 + doc.sections.membership_since.fn + doc.sections.membership_since.tp);
  });

  it('prints a readable table without --json', () => {
    const r = run(['eval', '--gold', gold, '--articles', articles]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^section\s+P\s+R\s+F1\s+tp\s+fp\s+fn$/m);
    for (const s of SECTIONS) expect(r.out).toMatch(new RegExp(`^${s}\\s`, 'm'));
    expect(r.out).toMatch(/^micro \(all\)/m);
    expect(r.out).toContain('== talks');
  });

  it('reports gold files without an article or with bad JSON, scores the rest and exits 1', () => {
    const r = run(['eval', '--gold', broken, '--articles', articles, '--json']);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.out);
    expect(report.documents.map((d: { id: string }) => d.id)).toEqual(['talks']);
    expect(report.problems.map((p: { id: string; code: string }) => [p.id, p.code])).toEqual([
      ['garbled', 'BAD_GOLD'],
      ['lonely', 'UNREADABLE_PATH'],
    ]);
    expect(r.err).toContain('BAD_GOLD');
  });

  it('exits 2 with a usage error when --gold is missing', () => {
    const r = run(['eval', '--articles', articles]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^dossier: BAD_USAGE: .*--gold/m);
    expect(r.out).toBe('');
  });

  it('exits 1 with a data error for an unreadable or empty gold directory', () => {
    const missing = run(['eval', '--gold', join(root, 'nope'), '--articles', articles]);
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/^dossier: UNREADABLE_PATH: /m);
    const none = run(['eval', '--gold', empty, '--articles', articles]);
    expect(none.code).toBe(1);
    expect(none.err).toMatch(/^dossier: BAD_GOLD: /m);
  });

  it('documents itself in --help', () => {
    const r = run(['eval', '--help']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Usage: dossier eval');
    expect(r.out).toContain('--gold <dir>');
  });
});
