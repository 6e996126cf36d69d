import { sql } from 'kysely';
import { json, type Db } from '../repo/db.js';
import { STORE_SCOPE } from '../schema.js';

/** Export formats. */
export const EXPORT_FORMATS = ['json', 'jsonld', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Rows read per query while exporting, so memory stays flat on a large store. */
const PAGE = 500;

/**
 * Write the whole store in a format other tools read, page by page through `write`:
 * - `json`: `{ articles (with text and facts view), entities, stories, rewrites, groups, claims, knowledgeFlags }`;
 * - `jsonld`: a schema.org graph (NewsArticle, Person, Country, Organization, Event, Role, Quotation),
 *   every fact citing its article and evidence offsets;
 * - `csv`: one row per fact with its subject, object, value, modality, time and evidence spans.
 * Deterministic: the same store gives the same bytes (no timestamps, stable order).
 */
export async function exportStore(db: Db, format: ExportFormat, write: (chunk: string) => void): Promise<void> {
  if (format === 'csv') return exportCsv(db, write);
  if (format === 'jsonld') return exportJsonLd(db, write);
  return exportJson(db, write);
}

async function* pages<T>(fetch: (after: number) => Promise<T[]>, key: (row: T) => number): AsyncGenerator<T[]> {
  let after = 0;
  for (;;) {
    const rows = await fetch(after);
    if (rows.length === 0) return;
    yield rows;
    after = key(rows[rows.length - 1]!);
  }
}

function articlePages(db: Db) {
  return pages(
    (after) =>
      db
        .selectFrom('articles as a')
        .leftJoin('story_articles as s', 's.article_pk', 'a.pk')
        .select(['a.pk', 'a.id', 'a.hash', 'a.path', 'a.format', 'a.title', 'a.byline', 'a.source_credit', 'a.site_name', 'a.published', 'a.language', 'a.text', 'a.facts', 's.story_id'])
        .where('a.pk', '>', after)
        .orderBy('a.pk')
        .limit(PAGE)
        .execute(),
    (r) => r.pk,
  );
}

async function exportJson(db: Db, write: (chunk: string) => void): Promise<void> {
  write('{"format":"dossier-export","version":1,\n"articles":[');
  let first = true;
  const sep = () => (first ? ((first = false), '\n') : ',\n');
  for await (const page of articlePages(db)) {
    for (const a of page) {
      const { facts, pk: _pk, story_id, source_credit, site_name, ...rest } = a;
      write(sep() + JSON.stringify({ ...rest, sourceCredit: source_credit, siteName: site_name, story: story_id, facts: json(facts) }));
    }
  }
  write('\n],\n"entities":[');
  first = true;
  const entities = await db.selectFrom('entities').selectAll().orderBy('id').execute();
  const aliases = await db.selectFrom('entity_aliases').select(['entity_id', 'alias']).orderBy('entity_id').orderBy('alias').execute();
  const aliasesOf = new Map<string, string[]>();
  for (const a of aliases) aliasesOf.set(a.entity_id, [...(aliasesOf.get(a.entity_id) ?? []), a.alias]);
  for (const e of entities) write(sep() + JSON.stringify({ id: e.id, kind: e.kind, name: e.name, kbId: e.kb_id, aliases: aliasesOf.get(e.id) ?? [], offices: json(e.offices) }));
  write('\n],\n"stories":[');
  first = true;
  const stories = await db.selectFrom('stories').selectAll().orderBy('id').execute();
  const members = await db.selectFrom('story_articles as s').innerJoin('articles as a', 'a.pk', 's.article_pk').select(['s.story_id', 'a.id']).orderBy('s.story_id').orderBy('s.position').execute();
  const membersOf = new Map<string, string[]>();
  for (const m of members) membersOf.set(m.story_id, [...(membersOf.get(m.story_id) ?? []), m.id]);
  for (const s of stories) write(sep() + JSON.stringify({ id: s.id, title: s.title, firstPublished: s.first_published, lastPublished: s.last_published, articles: membersOf.get(s.id) ?? [] }));
  write('\n],\n"rewrites":[');
  first = true;
  const rewrites = await db
    .selectFrom('rewrites as r')
    .innerJoin('articles as a', 'a.pk', 'r.a_pk')
    .innerJoin('articles as b', 'b.pk', 'r.b_pk')
    .leftJoin('articles as o', 'o.pk', 'r.original_pk')
    .select(['a.id as a', 'b.id as b', 'o.id as original', 'r.score', 'r.passages', 'r.drift'])
    .orderBy('r.a_pk')
    .orderBy('r.b_pk')
    .execute();
  for (const r of rewrites) write(sep() + JSON.stringify({ a: r.a, b: r.b, original: r.original, score: r.score, passages: json(r.passages), drift: json(r.drift) }));
  write('\n],\n"groups":[');
  first = true;
  // Keyset pages over (scope, slot), the groups' key.
  for (let after = { scope: '', slot: '' }; ; ) {
    const page = await db
      .selectFrom('fact_groups')
      .selectAll()
      .where(sql<boolean>`(scope, slot) > (${after.scope}, ${after.slot})`)
      .orderBy('scope')
      .orderBy('slot')
      .limit(PAGE)
      .execute();
    if (page.length === 0) break;
    after = page[page.length - 1]!;
    const articles = await db
      .selectFrom('fact_group_articles as ga')
      .innerJoin('articles as a', 'a.pk', 'ga.article_pk')
      .select(['ga.scope', 'ga.slot', 'a.id'])
      .where(sql<boolean>`(ga.scope, ga.slot) IN (${sql.join(page.map((g) => sql`(${g.scope}, ${g.slot})`))})`)
      .orderBy('a.pk')
      .execute();
    for (const g of page) {
      const mine = articles.filter((a) => a.scope === g.scope && a.slot === g.slot).map((a) => a.id);
      write(sep() + JSON.stringify({ scope: g.scope === STORE_SCOPE ? 'store' : g.scope, slot: g.slot, label: g.label, verdict: g.verdict, reason: g.reason, articles: mine }));
    }
  }
  write('\n],\n"claims":[');
  first = true;
  for await (const page of pages(
    (after) =>
      db
        .selectFrom('claims as c')
        .innerJoin('articles as a', 'a.pk', 'c.article_pk')
        .select(['c.id', 'a.id as article', 'c.story_id', 'c.slot', 'c.label', 'c.value', 'c.detail', 'c.hedged', 'c.published', 'c.evidence'])
        .where('c.id', '>', after)
        .orderBy('c.id')
        .limit(PAGE)
        .execute(),
    (r) => r.id,
  )) {
    for (const c of page) write(sep() + JSON.stringify({ article: c.article, story: c.story_id, slot: c.slot, label: c.label, value: c.value, detail: json(c.detail), hedged: c.hedged === 1, published: c.published, evidence: json(c.evidence) }));
  }
  write('\n],\n"knowledgeFlags":[');
  first = true;
  const flags = await db.selectFrom('knowledge_flags as k').innerJoin('articles as a', 'a.pk', 'k.article_pk').select(['a.id as article', 'k.kind', 'k.found', 'k.expected', 'k.message', 'k.evidence']).orderBy('k.id').execute();
  for (const f of flags) write(sep() + JSON.stringify({ ...f, evidence: json(f.evidence) }));
  write('\n]}\n');
}

interface FactExportRow {
  id: number;
  article: string;
  published: string | null;
  kind: string;
  ref: string;
  subject_id: string | null;
  subject_name: string | null;
  object_id: string | null;
  object_name: string | null;
  value: string | null;
  args: string;
  modality: string;
  time: string | null;
  time_precision: string | null;
  time_text: string | null;
  event_ref: string | null;
}

function factPages(db: Db) {
  return pages<FactExportRow>(
    (after) =>
      db
        .selectFrom('facts as f')
        .innerJoin('articles as a', 'a.pk', 'f.article_pk')
        .select(['f.id', 'a.id as article', 'f.published', 'f.kind', 'f.ref', 'f.subject_id', 'f.subject_name', 'f.object_id', 'f.object_name', 'f.value', 'f.args', 'f.modality', 'f.time', 'f.time_precision', 'f.time_text', 'f.event_ref'])
        .where('f.id', '>', after)
        .orderBy('f.id')
        .limit(PAGE)
        .execute(),
    (r) => r.id,
  );
}

async function evidenceFor(db: Db, ids: readonly number[]): Promise<Map<number, { start: number; end: number; rule: string | null }[]>> {
  const rows = ids.length === 0 ? [] : await db.selectFrom('evidence').select(['fact_id', 'start', 'end', 'rule']).where('fact_id', 'in', [...ids]).orderBy('fact_id').orderBy('start').execute();
  const out = new Map<number, { start: number; end: number; rule: string | null }[]>();
  for (const r of rows) out.set(r.fact_id, [...(out.get(r.fact_id) ?? []), { start: r.start, end: r.end, rule: r.rule }]);
  return out;
}

const CSV_COLUMNS = ['fact', 'article', 'published', 'kind', 'ref', 'subject', 'subject_id', 'object', 'object_id', 'value', 'modality', 'time', 'time_precision', 'time_text', 'event', 'evidence', 'rules'] as const;

/** One CSV field, quoted when it holds a comma, quote or line break (RFC 4180). */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  const s = String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

async function exportCsv(db: Db, write: (chunk: string) => void): Promise<void> {
  write(`${CSV_COLUMNS.join(',')}\r\n`);
  for await (const page of factPages(db)) {
    const evidence = await evidenceFor(db, page.map((f) => f.id));
    let out = '';
    for (const f of page) {
      const ev = evidence.get(f.id) ?? [];
      const row = [f.id, f.article, f.published, f.kind, f.ref, f.subject_name, f.subject_id, f.object_name, f.object_id, f.value, f.modality, f.time, f.time_precision, f.time_text, f.event_ref, ev.map((e) => `${e.start}-${e.end}`).join(' '), [...new Set(ev.map((e) => e.rule ?? ''))].join(' ')];
      out += `${row.map(csvField).join(',')}\r\n`;
    }
    write(out);
  }
}

const SCHEMA_TYPE: Record<string, string> = { person: 'Person', country: 'Country', organisation: 'Organization' };

async function exportJsonLd(db: Db, write: (chunk: string) => void): Promise<void> {
  write('{"@context":{"@vocab":"https://schema.org/","dossier":"urn:dossier:vocab:","evidence":"dossier:evidence","rule":"dossier:rule","modality":"dossier:modality","start":"dossier:start","end":"dossier:end"},\n"@graph":[');
  let first = true;
  const node = (value: unknown) => {
    write((first ? '\n' : ',\n') + JSON.stringify(value));
    first = false;
  };
  const ref = (id: string | null) => (id ? { '@id': id } : undefined);
  for await (const page of articlePages(db)) {
    for (const a of page) {
      node({ '@id': `article:${a.id}`, '@type': 'NewsArticle', headline: a.title, author: a.byline ?? undefined, datePublished: a.published ?? undefined, publisher: a.site_name ?? undefined, isBasedOn: a.source_credit ?? undefined, url: a.path ?? undefined, text: a.text });
    }
  }
  const entities = await db.selectFrom('entities').selectAll().orderBy('id').execute();
  const aliases = await db.selectFrom('entity_aliases').select(['entity_id', 'alias']).orderBy('entity_id').orderBy('alias').execute();
  const aliasesOf = new Map<string, string[]>();
  for (const a of aliases) aliasesOf.set(a.entity_id, [...(aliasesOf.get(a.entity_id) ?? []), a.alias]);
  for (const e of entities) {
    node({ '@id': e.id, '@type': SCHEMA_TYPE[e.kind] ?? 'Thing', name: e.name, alternateName: (aliasesOf.get(e.id) ?? []).filter((n) => n !== e.name), identifier: e.kb_id ?? undefined });
  }
  for await (const page of factPages(db)) {
    const evidence = await evidenceFor(db, page.map((f) => f.id));
    for (const f of page) {
      const cited = { isBasedOn: { '@id': `article:${f.article}` }, modality: f.modality, evidence: (evidence.get(f.id) ?? []).map((e) => ({ start: e.start, end: e.end, rule: e.rule })) };
      const args = json<Record<string, unknown>>(f.args);
      const id = `fact:${f.id}`;
      const event = f.event_ref ? { '@id': `event:${f.article}#${f.event_ref}` } : undefined;
      switch (f.kind) {
        case 'office':
          node({ '@id': id, '@type': 'Role', roleName: f.value, agent: ref(f.subject_id) ?? f.subject_name, memberOf: ref(f.object_id) ?? f.object_name, ...cited });
          break;
        case 'membership':
          node({ '@id': id, '@type': 'OrganizationRole', roleName: f.value, member: ref(f.subject_id) ?? f.subject_name, memberOf: ref(f.object_id) ?? f.object_name, startDate: f.time ?? undefined, ...cited });
          break;
        case 'event':
          node({ '@id': `event:${f.article}#${f.event_ref}`, '@type': 'Event', name: f.value, additionalType: args['kind'], location: args['place'] ?? undefined, startDate: f.time ?? undefined, organizer: ref(f.subject_id), ...cited });
          break;
        case 'attendance':
          node({ '@id': id, '@type': 'Role', roleName: 'attendee', attendee: ref(f.subject_id) ?? f.subject_name, superEvent: event, sponsor: ref(f.object_id) ?? f.object_name ?? undefined, ...cited });
          break;
        case 'delegate':
          node({ '@id': id, '@type': 'Role', roleName: 'delegate', attendee: ref(f.object_id) ?? f.object_name, sponsor: ref(f.subject_id) ?? f.subject_name, superEvent: event, description: args['instead_of'] ? `instead of ${String(args['instead_of'])}` : undefined, ...cited });
          break;
        case 'expected':
          node({ '@id': id, '@type': 'Role', roleName: 'expected attendee', attendee: ref(f.subject_id) ?? f.subject_name, superEvent: event, ...cited });
          break;
        case 'quote':
          node({ '@id': id, '@type': 'Quotation', text: f.value, creator: ref(f.subject_id) ?? f.subject_name ?? undefined, about: event, ...cited });
          break;
      }
    }
  }
  write('\n]}\n');
}
