import type { FactRow, MentionRow } from '../derive.js';
import { insertRows } from './bulk.js';
import { chunks, type Db } from './db.js';

/**
 * Store an article's facts with their evidence, and its mentions. Fact ids are allocated here
 * (the writer holds the write lock for the whole batch), so evidence rows can be written in bulk
 * without reading ids back one by one. Give the `nextId` the previous call returned to save a
 * query; null reads it from the table.
 * @returns the id of the first fact stored (the others follow in order) and the next free id.
 */
export async function insertFacts(db: Db, articlePk: number, published: string | null, facts: readonly FactRow[], mentions: readonly MentionRow[], nextId: number | null = null): Promise<{ firstId: number; nextId: number }> {
  let id = nextId === null ? ((await db.selectFrom('facts').select((eb) => eb.fn.max('id').as('id')).executeTakeFirst())?.id ?? 0) : nextId - 1;
  const firstId = id + 1;
  if (facts.length > 0) {
    const rows = facts.map((f) => ({
      id: ++id,
      article_pk: articlePk,
      kind: f.kind,
      ref: f.ref,
      subject_id: f.subjectId,
      subject_name: f.subjectName,
      object_id: f.objectId,
      object_name: f.objectName,
      value: f.value,
      args: JSON.stringify(f.args),
      modality: f.modality,
      time: f.time,
      time_precision: f.timePrecision,
      time_text: f.timeText,
      event_ref: f.eventRef,
      published,
      at: f.time ?? published,
    }));
    await insertRows(db, 'facts', rows);
    const evidence = facts.flatMap((f, i) => f.evidence.map((e) => ({ fact_id: rows[i]!.id, article_pk: articlePk, start: e.start, end: e.end, rule: e.rule ?? null })));
    await insertRows(db, 'evidence', evidence);
  }
  const mentionValues = mentions.map((m) => ({ article_pk: articlePk, entity_id: m.entityId, start: m.start, end: m.end, text: m.text, rule: m.rule }));
  await insertRows(db, 'mentions', mentionValues);
  return { firstId, nextId: id + 1 };
}

/** Replace the entity ids of an article's facts and mentions after its links changed. */
export async function relinkFacts(db: Db, articlePk: number, rows: readonly FactRow[], mentions: readonly MentionRow[]): Promise<void> {
  const stored = await db.selectFrom('facts').select(['id', 'ref']).where('article_pk', '=', articlePk).execute();
  const byRef = new Map(rows.map((r) => [r.ref, r]));
  for (const s of stored) {
    const row = byRef.get(s.ref);
    if (row) await db.updateTable('facts').set({ subject_id: row.subjectId, object_id: row.objectId }).where('id', '=', s.id).execute();
  }
  await db.deleteFrom('mentions').where('article_pk', '=', articlePk).execute();
  const mentionValues = mentions.map((m) => ({ article_pk: articlePk, entity_id: m.entityId, start: m.start, end: m.end, text: m.text, rule: m.rule }));
  for (const part of chunks(mentionValues, 500)) await db.insertInto('mentions').values(part).execute();
}
