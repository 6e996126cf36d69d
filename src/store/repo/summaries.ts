import { sql } from 'kysely';
import type { FactRow } from '../derive.js';
import type { FactKind, Modality } from '../schema.js';
import { insertRows } from './bulk.js';
import { chunks, json, type Db } from './db.js';

/** Fact ids kept per summary: the sources a query shows. */
export const SUMMARY_SAMPLES = 5;

/** Kinds summarised: statements many articles repeat. Quotes and events are each their own. */
const SUMMARISED: ReadonlySet<FactKind> = new Set(['office', 'membership', 'attendance', 'delegate', 'expected']);

/** What a batch adds to one summary. */
export interface SummaryDelta {
  readonly kind: FactKind;
  readonly subjectKey: string;
  readonly objectKey: string;
  readonly value: string;
  readonly modality: Modality;
  subjectName: string | null;
  objectName: string | null;
  n: number;
  firstAt: string | null;
  lastAt: string | null;
  minTime: string | null;
  /** New fact ids, oldest first. */
  readonly ids: number[];
}

/** The key of an entity side of a fact: its id, or `?` and the name when no entity took it. */
export function sideKey(id: string | null, name: string | null): string {
  return id ?? `?${name ?? ''}`;
}

const minOf = (a: string | null, b: string | null) => (a === null ? b : b === null ? a : a < b ? a : b);
const maxOf = (a: string | null, b: string | null) => (a === null ? b : b === null ? a : a > b ? a : b);

/**
 * Add an article's facts (with the ids they were stored under, in order from `firstId`) to the
 * batch's summary deltas.
 */
export function addToSummaries(deltas: Map<string, SummaryDelta>, facts: readonly FactRow[], firstId: number, published: string | null): void {
  facts.forEach((f, i) => {
    if (!SUMMARISED.has(f.kind)) return;
    const subjectKey = sideKey(f.subjectId, f.subjectName);
    const objectKey = sideKey(f.objectId, f.objectName);
    const value = f.value ?? '';
    const key = `${f.kind}\u0000${subjectKey}\u0000${objectKey}\u0000${value}\u0000${f.modality}`;
    const at = f.time ?? published;
    const d = deltas.get(key);
    if (d) {
      d.n++;
      d.firstAt = minOf(d.firstAt, at);
      d.lastAt = maxOf(d.lastAt, at);
      d.minTime = minOf(d.minTime, f.time);
      d.subjectName = f.subjectName ?? d.subjectName;
      d.objectName = f.objectName ?? d.objectName;
      d.ids.push(firstId + i);
    } else {
      deltas.set(key, { kind: f.kind, subjectKey, objectKey, value, modality: f.modality, subjectName: f.subjectName, objectName: f.objectName, n: 1, firstAt: at, lastAt: at, minTime: f.time, ids: [firstId + i] });
    }
  });
}

/** Add the deltas of `from` (one article's) to `into` (the batch's). */
export function mergeSummaries(into: Map<string, SummaryDelta>, from: ReadonlyMap<string, SummaryDelta>): void {
  for (const [key, d] of from) {
    const e = into.get(key);
    if (!e) {
      into.set(key, { ...d, ids: [...d.ids] });
      continue;
    }
    e.n += d.n;
    e.firstAt = minOf(e.firstAt, d.firstAt);
    e.lastAt = maxOf(e.lastAt, d.lastAt);
    e.minTime = minOf(e.minTime, d.minTime);
    e.subjectName = d.subjectName ?? e.subjectName;
    e.objectName = d.objectName ?? e.objectName;
    e.ids.push(...d.ids);
  }
}

/** Merge the batch's deltas into the stored summaries (read, combine, replace, in bulk). */
export async function flushSummaries(db: Db, deltas: ReadonlyMap<string, SummaryDelta>): Promise<void> {
  const all = [...deltas.values()];
  for (const part of chunks(all, 150)) {
    const keys = sql.join(part.map((d) => sql`(${d.kind}, ${d.subjectKey}, ${d.objectKey}, ${d.value}, ${d.modality})`));
    const stored = await db
      .selectFrom('fact_summaries')
      .selectAll()
      .where(sql<boolean>`(kind, subject_key, object_key, value, modality) IN (VALUES ${keys})`)
      .execute();
    const byKey = new Map(stored.map((s) => [`${s.kind}\u0000${s.subject_key}\u0000${s.object_key}\u0000${s.value}\u0000${s.modality}`, s]));
    if (stored.length > 0) await db.deleteFrom('fact_summaries').where(sql<boolean>`(kind, subject_key, object_key, value, modality) IN (VALUES ${keys})`).execute();
    await insertRows(
      db,
      'fact_summaries',
      part.map((d) => {
        const old = byKey.get(`${d.kind}\u0000${d.subjectKey}\u0000${d.objectKey}\u0000${d.value}\u0000${d.modality}`);
        const samples = [...[...d.ids].reverse(), ...(old ? json<number[]>(old.samples) : [])].slice(0, SUMMARY_SAMPLES);
        return {
          kind: d.kind,
          subject_key: d.subjectKey,
          object_key: d.objectKey,
          value: d.value,
          modality: d.modality,
          subject_name: d.subjectName ?? old?.subject_name ?? null,
          object_name: d.objectName ?? old?.object_name ?? null,
          n: d.n + (old?.n ?? 0),
          first_at: minOf(d.firstAt, old?.first_at ?? null),
          last_at: maxOf(d.lastAt, old?.last_at ?? null),
          min_time: minOf(d.minTime, old?.min_time ?? null),
          samples: JSON.stringify(samples),
        };
      }),
    );
  }
}

/**
 * Recount the summaries that name any of these entities from their facts (after a merge or a
 * split moved facts between entities). The recount keeps only the latest fact as a sample.
 */
export async function rebuildSummaries(db: Db, entityIds: readonly string[]): Promise<void> {
  const ids = [...new Set(entityIds)];
  if (ids.length === 0) return;
  await db.deleteFrom('fact_summaries').where((eb) => eb.or([eb('subject_key', 'in', ids), eb('object_key', 'in', ids)])).execute();
  const kinds = [...SUMMARISED];
  // Facts naming one of the entities on either side, grouped the way ingest counts them.
  await sql`
    INSERT INTO fact_summaries (kind, subject_key, object_key, value, modality, subject_name, object_name, n, first_at, last_at, min_time, samples)
    SELECT kind, coalesce(subject_id, '?' || coalesce(subject_name, '')), coalesce(object_id, '?' || coalesce(object_name, '')), coalesce(value, ''), modality,
           max(subject_name), max(object_name), count(*), min(at), max(at), min(time), json_array(max(id))
      FROM facts
     WHERE kind IN (${sql.join(kinds)}) AND (subject_id IN (${sql.join(ids)}) OR object_id IN (${sql.join(ids)}))
     GROUP BY 1, 2, 3, 4, 5`.execute(db);
}
