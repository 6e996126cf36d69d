import { describe, expect, it } from 'vitest';
import { runBin } from './bin.js';

// Runs the built CLI (npm test builds it first), as a user would.
const run = runBin;

describe('dossier kb', () => {
  it('shows an organisation with its members listed by status', () => {
    const r = run(['kb', 'SCO']);
    expect(r.code, r.err).toBe(0);
    expect(r.err).toBe('');
    expect(r.out).toMatch(/^Shanghai Cooperation Organisation {2}\(organisation SCO, intergovernmental\)\n/);
    expect(r.out).toMatch(/^ {2}founded {7}2001-06-15 by China, Russia, Kazakhstan/m);
    expect(r.out).toContain('members as of 2026-01-01');
    expect(r.out).toMatch(/^ {4}member \(4\) +Belarus 2024-07-04, India 2017-06-09, Iran 2023-07-04,/m);
  });

  it('reads memberships at --at', () => {
    const r = run(['kb', 'ШОС', '--at', '2024-07-03']);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain('members as of 2024-07-03');
    expect(r.out).toMatch(/^ {4}observer \(3\) +.*Belarus 2015-07-10 to 2024-07-04/m);
    expect(r.out).toMatch(/^ {4}member \(3\) +India/m);
  });

  it('joins several words into one name', () => {
    const r = run(['kb', 'Shanghai', 'Cooperation', 'Organization']);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/^Shanghai Cooperation Organisation /);
  });

  it('shows a country, a person and an office, aligned', () => {
    const kz = run(['kb', 'Kazakh']);
    expect(kz.out).toMatch(/^Kazakhstan {2}\(country KZ \/ KAZ, state, UN member\)\n {2}official {6}Republic of Kazakhstan\n/);
    expect(kz.out).toMatch(/founding member \(\d+\) +.*SCO 2001-06-15/s);
    const tokayev = run(['kb', 'Toqaev']);
    expect(tokayev.out).toContain('  terms         President, Kazakhstan  since 2019-03-20 (in office as last known)\n');
    const premier = run(['kb', 'Premier']);
    expect(premier.out).toMatch(/^Prime Minister {2}\(office prime-minister, head-of-government\)\n {2}forms {9}Prime Minister, Premier,/);
  });

  it('shows every match of an ambiguous name under a header', () => {
    const r = run(['kb', 'Sharif']);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/^2 matches for "Sharif"\n\nNawaz Sharif .*\n[\s\S]*\n\nShehbaz Sharif /);
  });

  it('prints { query, matches: [{ type, ...record }] } with --json', () => {
    const r = run(['kb', 'Georgia', '--json']);
    expect(r.code, r.err).toBe(0);
    const json = JSON.parse(r.out);
    expect(Object.keys(json)).toEqual(['query', 'matches']);
    expect(json.query).toBe('Georgia');
    expect(json.matches.map((m: { type: string; id: string }) => `${m.type}:${m.id}`)).toEqual(['country:GE']);
    expect(json.matches[0]).toMatchObject({ name: 'Georgia', iso3: 'GEO', capital: 'Tbilisi', at: '2026-01-01' });
    expect(json.matches[0].memberships).toContainEqual(expect.objectContaining({ organisation: 'NATO', status: 'candidate' }));

    const sco = JSON.parse(run(['kb', 'SCO', '--json', '--at', '2024-07-03']).out).matches[0];
    expect(sco).toMatchObject({ type: 'organisation', id: 'SCO', at: '2024-07-03' });
    expect(Object.keys(sco.members)).toEqual(['founding member', 'member', 'observer', 'dialogue partner']);
    expect(sco.members.observer).toContainEqual({ member: 'BY', name: 'Belarus', since: '2015-07-10', until: '2024-07-04' });
  });

  it('exits 1 with NOT_FOUND when nothing is known by the name', () => {
    const r = run(['kb', 'Narnia']);
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/^dossier: NOT_FOUND: .*"Narnia"/);
    expect(r.err.trim().split('\n')).toHaveLength(1); // one line, no stack trace
    expect(run(['kb', 'Narnia', '--json']).code).toBe(1);
  });

  it('exits 2 on a bad --at or a missing name', () => {
    const bad = run(['kb', 'SCO', '--at', '2024-02-30']);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/^dossier: BAD_USAGE: --at must be a date/);
    expect(run(['kb']).code).toBe(2);
  });
});
