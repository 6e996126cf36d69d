import type { Claim, ClaimDetail, FactGroup, KnowledgeFlag } from '../../reconcile/types.js';
import type { Evidence } from '../../core/facts.js';
import { chunks, json, type Db } from './db.js';

/**
 * Replace an article's claims.
 * @returns every slot the article had or now has (their groups need judging again).
 */
export async function replaceClaims(db: Db, articlePk: number, claims: readonly Claim[]): Promise<Set<string>> {
  const old = await db.selectFrom('claims').select('slot').distinct().where('article_pk', '=', articlePk).execute();
  await db.deleteFrom('claims').where('article_pk', '=', articlePk).execute();
  const rows = claims.map((c) => ({
    article_pk: articlePk,
    slot: c.slot,
    label: c.label,
    value: c.value,
    detail: JSON.stringify(c.detail),
    hedged: c.hedged ? 1 : 0,
    published: c.published,
    evidence: JSON.stringify(c.evidence),
  }));
  for (const part of chunks(rows, 300)) await db.insertInto('claims').values(part).execute();
  return new Set([...old.map((r) => r.slot), ...claims.map((c) => c.slot)]);
}

/** Every claim of a slot, in ingest order. */
export async function claimsOfSlot(db: Db, slot: string): Promise<Claim[]> {
  const rows = await db
    .selectFrom('claims as c')
    .innerJoin('articles as a', 'a.pk', 'c.article_pk')
    .select(['a.id as article_id', 'c.slot', 'c.label', 'c.value', 'c.detail', 'c.hedged', 'c.published', 'c.evidence'])
    .where('c.slot', '=', slot)
    .orderBy('c.id')
    .execute();
  return rows.map((r) => ({
    slot: r.slot,
    label: r.label,
    value: r.value,
    detail: json<ClaimDetail>(r.detail),
    hedged: r.hedged === 1,
    articleId: r.article_id,
    published: r.published,
    evidence: json<Evidence[]>(r.evidence),
  }));
}

/** The story a slot key is scoped to, when its event key carries one (`…|story:<id>|…`). */
export function storyOfSlot(slot: string): string | null {
  return /(?:^|\|)(story:[^|]+)/.exec(slot)?.[1] ?? null;
}

/** Save the verdict over a slot (or drop the group when the slot has no claims left). */
export async function saveGroup(db: Db, slot: string, group: FactGroup | null, pkOf: ReadonlyMap<string, number>): Promise<void> {
  await db.deleteFrom('fact_group_articles').where('slot', '=', slot).execute();
  if (!group) {
    await db.deleteFrom('fact_groups').where('slot', '=', slot).execute();
    return;
  }
  const row = { slot, label: group.label, verdict: group.verdict, reason: group.reason, article_count: group.articles.length, story_id: storyOfSlot(slot) };
  await db
    .insertInto('fact_groups')
    .values(row)
    .onConflict((oc) => oc.column('slot').doUpdateSet({ label: row.label, verdict: row.verdict, reason: row.reason, article_count: row.article_count, story_id: row.story_id }))
    .execute();
  const articles = [...new Set(group.articles)].flatMap((id) => {
    const pk = pkOf.get(id);
    return pk === undefined ? [] : [{ slot, article_pk: pk }];
  });
  for (const part of chunks(articles)) await db.insertInto('fact_group_articles').values(part).execute();
}

/** Replace an article's disagreements with the reference knowledge. */
export async function replaceFlags(db: Db, articlePk: number, flags: readonly KnowledgeFlag[]): Promise<void> {
  await db.deleteFrom('knowledge_flags').where('article_pk', '=', articlePk).execute();
  const rows = flags.map((f) => ({ article_pk: articlePk, kind: f.kind, found: f.found, expected: f.expected, message: f.message, evidence: JSON.stringify(f.evidence) }));
  for (const part of chunks(rows, 300)) await db.insertInto('knowledge_flags').values(part).execute();
}
