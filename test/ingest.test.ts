import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { read } from '../src/read/read.js';
import { HAS_SHARED, shared } from './shared.js';
import { runBin } from './bin.js';

// These tests run the built CLI (npm test builds first), as a user would.
const EXAMPLES = new URL('../examples', import.meta.url).pathname;
const run = runBin;
const json = (args: string[]) => {
  const r = run([...args, '--json']);
  expect(r.code, r.err).toBe(0);
  return JSON.parse(r.out);
};

const dir = mkdtempSync(join(tmpdir(), 'dossier-ingest-'));

/** Every row of every table (FTS shadow tables aside), to show that nothing changed. */
function snapshot(path: string): Record<string, unknown[]> {
  const db = new Database(path, { readonly: true });
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'articles_fts%' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[];
  const out = Object.fromEntries(tables.map(({ name }) => [name, db.prepare(`SELECT * FROM "${name}" ORDER BY 1, 2`).all()]));
  db.close();
  return out;
}

const SEED_A = '000_2789351be5670d15';
const SEED_B = '001_5e40165e2e505e32';

describe.skipIf(!HAS_SHARED)('ingesting the two seed articles (issue acceptance)', () => {
  const db = join(dir, 'seeds.db');
  const texts = Object.fromEntries([SEED_A, SEED_B].map((id) => [id, read(readFileSync(shared('samples', `${id}.txt`)), { path: `${id}.txt` }).text]));
  let first: ReturnType<typeof run>;
  beforeAll(() => {
    // The gold files assume the articles were published on 2024-07-04 (they do not say).
    first = run(['ingest', shared('samples'), '--db', db, '--published', '2024-07-04', '--json']);
  });

  it('stores both articles in one story with a rewrite link between them', () => {
    expect(first.code, first.err).toBe(0);
    expect(JSON.parse(first.out)).toMatchObject({ new: 2, known: 0, failed: [], stories: { touched: 1, created: 1 } });
    const { stories, total } = json(['stories', '--db', db]);
    expect(total).toBe(1);
    expect(stories[0].articles).toBe(2);
    const story = json(['story', stories[0].id, '--db', db]);
    expect(story.articles.map((a: { id: string }) => a.id).sort()).toEqual([SEED_A, SEED_B]);
    expect(story.rewrites).toHaveLength(1);
    expect([story.rewrites[0].a, story.rewrites[0].b].sort()).toEqual([SEED_A, SEED_B]);
    // Rewrite passages are offsets into both texts.
    for (const p of story.rewrites[0].passages) expect(p.a.end).toBeLessThanOrEqual(texts[story.rewrites[0].a]!.length);
  });

  it("finds the contradiction on Belarus's SCO membership, citing both articles and their words", () => {
    const { contradictions } = json(['contradictions', '--db', db]);
    const belarus = contradictions.filter((c: { slot: string }) => c.slot.includes('country:BY') && c.slot.includes('org:SCO'));
    expect(belarus).toHaveLength(1);
    const claims = belarus[0].claims as { article: string; hedged: boolean; evidence: { start: number; end: number; text: string }[] }[];
    expect(claims.map((c) => c.article).sort()).toEqual([SEED_A, SEED_B]);
    for (const c of claims) {
      expect(c.evidence.length).toBeGreaterThan(0);
      for (const e of c.evidence) expect(texts[c.article]!.slice(e.start, e.end)).toBe(e.text);
      expect(c.evidence.map((e) => e.text).join(' ')).toMatch(/Belarus/);
    }
    expect(claims.find((c) => c.article === SEED_B)!.hedged).toBe(true);
    // The story view shows it under the contradictions of its story.
    const story = json(['story', SEED_A, '--db', db]);
    expect(story.groups.contradict.map((g: { slot: string }) => g.slot)).toContain(belarus[0].slot);
  });

  it('knows "Turkey" and "Türkiye" as one country, stated by both articles', () => {
    const turkey = json(['entity', 'Turkey', '--db', db]);
    const turkiye = json(['entity', 'Türkiye', '--db', db]);
    expect(turkiye.entity.id).toBe(turkey.entity.id);
    expect(turkey.entity.kind).toBe('country');
    expect(turkey.articles).toEqual({ count: 2, exact: true });
    const sco = turkey.memberships.find((m: { organisationId: string }) => m.organisationId === 'org:SCO');
    expect(sco.sources.map((s: { article: string }) => s.article).sort()).toEqual([SEED_A, SEED_B]);
    // One article writes "Türkiye", the other "Turkey": both spans are cited.
    const words = sco.sources.flatMap((s: { evidence: { text: string }[] }) => s.evidence.map((e) => e.text)).join(' ');
    expect(words).toMatch(/Türkiye/);
    expect(words).toMatch(/Turkey/);
  });

  it('lists the SCO members each article states, by status with sources', () => {
    const org = json(['org', 'SCO', '--db', db]);
    expect(org.organisation.id).toBe('org:SCO');
    const byArticle = Object.fromEntries(org.articles.items.map((a: { article: string; members: { member: string; status: string; hedged: boolean }[] }) => [a.article, a.members]));
    expect(Object.keys(byArticle).sort()).toEqual([SEED_A, SEED_B]);
    const members = (id: string) => byArticle[id].map((m: { member: string }) => m.member);
    for (const id of [SEED_A, SEED_B]) expect(members(id)).toEqual(expect.arrayContaining(['China', 'Russia', 'India', 'Pakistan', 'Iran', 'Belarus']));
    expect(byArticle[SEED_B].find((m: { member: string }) => m.member === 'Belarus').hedged).toBe(true);
    const status = (s: string) => org.statuses.find((x: { status: string }) => x.status === s);
    expect(status('founding member').members.map((m: { member: string }) => m.member)).toEqual(expect.arrayContaining(['China', 'Russia']));
    const china = status('founding member').members.find((m: { member: string }) => m.member === 'China');
    expect(china.since).toBe('2001');
    expect(china.sources.map((s: { article: string }) => s.article).sort()).toEqual([SEED_A, SEED_B]);
    expect(status('member (hedged)').members.map((m: { member: string }) => m.member)).toEqual(['Belarus']);
    const readable = run(['org', 'Shanghai Cooperation Organization', '--db', db]);
    expect(readable.code).toBe(0);
    expect(readable.out).toMatch(/^founding member \(6\)$/m);
  });

  it('re-ingesting the same articles is a no-op: "already known", no row changes', () => {
    const before = snapshot(db);
    const again = run(['ingest', shared('samples'), '--db', db, '--published', '2024-07-04', '--json']);
    expect(again.code, again.err).toBe(0);
    expect(JSON.parse(again.out)).toMatchObject({ new: 0, known: 2, failed: [] });
    expect(snapshot(db)).toEqual(before);
  });

  it('answers the other queries: entity, timeline, search, export', () => {
    const putin = json(['entity', 'Putin', '--db', db]);
    expect(putin.entity.name).toBe('Vladimir Putin');
    expect(putin.offices[0]).toMatchObject({ title: 'President', of: 'Russia', count: 2 });
    expect(putin.quotes.total.count).toBeGreaterThan(0);
    for (const q of putin.quotes.items) for (const e of q.source.evidence) expect(texts[q.source.article]!.slice(e.start, e.end)).toBe(e.text);
    expect(putin.events.items.some((e: { role: string; place: string | null }) => e.role === 'attended' && e.place === 'Astana')).toBe(true);

    const timeline = json(['timeline', 'Belarus', '--db', db]);
    const dates = timeline.items.map((i: { date: string | null }) => i.date).filter((d: string | null) => d !== null);
    expect([...dates].sort()).toEqual(dates);
    expect(timeline.items.some((i: { kind: string; summary: string }) => i.kind === 'membership' && /member/.test(i.summary))).toBe(true);

    const search = json(['search', 'Astana', 'summit', '--db', db]);
    expect(search.hits.map((h: { id: string }) => h.id).sort()).toEqual([SEED_A, SEED_B]);
    expect(search.hits[0].snippet).toMatch(/\[/);
    expect(json(['search', 'nonexistentword', '--db', db]).hits).toEqual([]);

    const exported = run(['export', '--format', 'json', '--db', db]);
    expect(exported.code).toBe(0);
    const all = JSON.parse(exported.out);
    expect(all.articles).toHaveLength(2);
    expect(all.groups.some((g: { verdict: string; slot: string }) => g.verdict === 'contradict' && g.slot.includes('country:BY'))).toBe(true);
    // The same store exports the same bytes.
    expect(run(['export', '--format', 'json', '--db', db]).out).toBe(exported.out);

    const ld = JSON.parse(run(['export', '--format', 'jsonld', '--db', db]).out);
    expect(ld['@graph'].filter((n: { '@type': string }) => n['@type'] === 'NewsArticle')).toHaveLength(2);
    expect(ld['@graph'].some((n: { '@type': string; roleName?: string }) => n['@type'] === 'OrganizationRole' && n.roleName === 'founding member')).toBe(true);

    const csv = run(['export', '--format', 'csv', '--db', db]).out.trim().split('\r\n');
    expect(csv[0]).toBe('fact,article,published,kind,ref,subject,subject_id,object,object_id,value,modality,time,time_precision,time_text,event,evidence,rules');
    expect(csv.length).toBeGreaterThan(50);
  });

  it('answers NOT_IN_STORE for what it does not hold, without a stack trace', () => {
    for (const args of [['entity', 'Nobody Atall'], ['org', 'ASEAN'], ['story', 'story:nope'], ['timeline', 'Atlantis']]) {
      const r = run([...args, '--db', db]);
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.err).toMatch(/^dossier: NOT_IN_STORE: /);
      expect(r.err).not.toMatch(/\n\s+at /);
    }
  });
});

describe('bad inputs and bad stores', () => {
  it('reports bad inputs with their codes, stores the rest, and keeps what was stored (exit 1)', () => {
    const db = join(dir, 'mixed.db');
    expect(run(['ingest', join(EXAMPLES, 'wire-agency.txt'), '--db', db]).code).toBe(0);
    const inputs = join(dir, 'mixed');
    mkdirSync(inputs);
    writeFileSync(join(inputs, 'a-empty.txt'), '');
    writeFileSync(join(inputs, 'b-binary.txt'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x00, 0x00, 0x01]));
    writeFileSync(join(inputs, 'c-good.txt'), readFileSync(join(EXAMPLES, 'rewrite-site.txt')));
    const r = run(['ingest', inputs, join(dir, 'missing.txt'), '--db', db, '--json']);
    expect(r.code).toBe(1);
    const summary = JSON.parse(r.out);
    expect(summary.failed.map((f: { code: string }) => f.code).sort()).toEqual(['BINARY_INPUT', 'EMPTY_INPUT', 'UNREADABLE_PATH']);
    expect(summary.new).toBe(1);
    expect(r.err.trim().split('\n').filter((l) => l.startsWith('dossier: ')).map((l) => /^dossier: ([A-Z_]+): /.exec(l)?.[1]).sort()).toEqual(['BINARY_INPUT', 'EMPTY_INPUT', 'UNREADABLE_PATH']);
    expect(r.err).not.toMatch(/\n\s+at /);
    expect(json(['stories', '--db', db]).stories.reduce((n: number, s: { articles: number }) => n + s.articles, 0)).toBe(2);
  });

  it('gives a non-SQLite or foreign --db file STORE_CORRUPT and a missing one STORE_MISSING, never a stack trace', () => {
    const text = join(dir, 'notes.db');
    writeFileSync(text, 'These are my notes, not a database. '.repeat(200));
    const garbled = join(dir, 'garbled.db');
    writeFileSync(garbled, Buffer.concat([Buffer.from('SQLite format 3\0'), Buffer.alloc(4096, 0xab)]));
    const foreign = join(dir, 'foreign.db');
    const other = new Database(foreign);
    other.exec('CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)');
    other.close();
    for (const path of [text, garbled, foreign]) {
      for (const args of [['ingest', EXAMPLES], ['stories']]) {
        const r = run([...args, '--db', path]);
        expect(r.code, `${args[0]} ${path}`).toBe(1);
        expect(r.err, path).toMatch(/^dossier: STORE_CORRUPT: /);
        expect(r.err).not.toMatch(/\n\s+at /);
      }
    }
    expect(readFileSync(text, 'utf8')).toMatch(/^These are my notes/); // never overwritten
    const missing = run(['stories', '--db', join(dir, 'nope.db')]);
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/^dossier: STORE_MISSING: /);
    const folder = run(['ingest', EXAMPLES, '--db', dir]);
    expect(folder.err).toMatch(/^dossier: STORE_UNWRITABLE: /);
  });
});

describe('user corrections to entities', () => {
  it('merges and splits entities, keeps the correction and applies it to later ingests', () => {
    const db = join(dir, 'overrides.db');
    expect(run(['ingest', join(EXAMPLES, 'wire-agency.txt'), '--db', db, '--published', '2025-11-14']).code).toBe(0);
    const kazakh = json(['entity', 'Arman Seitkali', '--db', db]).entity;
    const uzbek = json(['entity', 'Bahrom Qodirov', '--db', db]).entity;
    expect(kazakh.id).not.toBe(uzbek.id);

    const merged = json(['entity', 'merge', kazakh.id, uzbek.id, '--db', db]);
    expect(merged.entities[0].id).toBe(kazakh.id);
    expect(json(['entity', 'Bahrom Qodirov', '--db', db]).entity.id).toBe(kazakh.id);
    const both = json(['entity', kazakh.id, '--db', db]);
    expect(both.quotes.items.length).toBeGreaterThanOrEqual(2); // the quotes of both now belong to one entity

    // A later article naming the folded person is linked by the kept correction.
    expect(run(['ingest', join(EXAMPLES, 'broadcaster.html'), '--db', db]).code).toBe(0);
    const later = json(['entity', 'Bahrom Qodirov', '--db', db]);
    expect(later.entity.id).toBe(kazakh.id);
    expect(later.articles.count).toBe(2);

    // Split without names undoes the merge; the names go to an entity of their own.
    const split = json(['entity', 'split', kazakh.id, '--db', db]);
    expect(split.entities).toHaveLength(2);
    const back = json(['entity', 'Bahrom Qodirov', '--db', db]);
    expect(back.entity.id).not.toBe(kazakh.id);
    expect(json(['entity', 'Arman Seitkali', '--db', db]).quotes.items.map((q: { text: string }) => q.text).join(' ')).not.toMatch(/family that history/);

    const nothing = run(['entity', 'split', back.entity.id, '--db', db]);
    expect(nothing.code).toBe(1);
    expect(nothing.err).toMatch(/^dossier: NOTHING_TO_SPLIT: /);
  });
});

describe('extraction threads', () => {
  it('store the same rows whatever the number of threads (--jobs 1, 2 and 3)', () => {
    const fixtures = new URL('./fixtures/articles', import.meta.url).pathname;
    const rows = (jobs: number) => {
      const db = join(dir, `jobs-${jobs}.db`);
      const r = run(['ingest', fixtures, '--db', db, '--jobs', String(jobs), '--json']);
      expect(r.code, r.err).toBe(0);
      expect(JSON.parse(r.out)).toMatchObject({ new: 19, failed: [] });
      // The times the store was created and each article stored are the only things allowed to differ.
      const { schema_version: _, ...all } = snapshot(db);
      return { ...all, articles: all['articles']!.map((a) => ({ ...(a as object), ingested_at: null })) };
    };
    const one = rows(1);
    expect(rows(2)).toEqual(one);
    expect(rows(3)).toEqual(one);
  });
});
