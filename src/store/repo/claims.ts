import type { Evidence } from '../../core/facts.js';
import type { Claim, ClaimDetail, FactGroup, KnowledgeFlag } from '../../reconcile/types.js';
import { STORE_SCOPE } from '../schema.js';
import { insertRows } from './bulk.js';
import { chunks, json, type Db } from './db.js';
import { marks, run } from './prepared.js';

/** A slot within a scope: a story id, or {@link STORE_SCOPE}. */
export interface ScopedSlot {
  readonly scope: string;
  readonly slot: string;
}

/**
 * Replace an article's claims (made within its story); a `fresh` article has none to replace.
 * `text` is the article's, to keep the words each claim cites beside their offsets.
 * @returns every (story, slot) the article had or now has: their groups need judging again.
 */
export async function replaceClaims(db: Db, articlePk: number, storyId: string | null, claims: readonly Claim[], text: string, options: { fresh?: boolean } = {}): Promise<ScopedSlot[]> {
  const old = options.fresh ? [] : await db.selectFrom('claims').select(['story_id', 'slot']).distinct().where('article_pk', '=', articlePk).execute();
  if (!options.fresh) await db.deleteFrom('claims').where('article_pk', '=', articlePk).execute();
  const rows = claims.map((c) => ({
    article_pk: articlePk,
    story_id: storyId,
    slot: c.slot,
    label: c.label,
    value: c.value,
    detail: JSON.stringify(c.detail),
    hedged: c.hedged ? 1 : 0,
    published: c.published,
    // The words go with the offsets: showing a claim then needs no article text.
    evidence: JSON.stringify(c.evidence.map((e) => ({ start: e.start, end: e.end, rule: e.rule ?? null, text: text.slice(e.start, e.end) }))),
  }));
  await insertRows(db, 'claims', rows);
  return [...old.map((r) => ({ scope: r.story_id ?? STORE_SCOPE, slot: r.slot })), ...claims.map((c) => ({ scope: storyId ?? STORE_SCOPE, slot: c.slot }))];
}

/**
 * The claims of a slot within a story, or store-wide (the most recent `limit` claims: judging
 * compares claims pairwise, so a slot stated by thousands of articles is judged on its latest).
 */
export async function claimsOf(db: Db, scope: string, slot: string, limit: number): Promise<Claim[]> {
  let q = db
    .selectFrom('claims as c')
    .innerJoin('articles as a', 'a.pk', 'c.article_pk')
    .select(['c.id', 'a.id as article_id', 'c.slot', 'c.label', 'c.value', 'c.detail', 'c.hedged', 'c.published', 'c.evidence'])
    .where('c.slot', '=', slot);
  if (scope !== STORE_SCOPE) q = q.where('c.story_id', '=', scope);
  const rows = await q.orderBy('c.id', 'desc').limit(limit).execute();
  return rows.reverse().map(claimOfRow);
}

/** A stored claim row as reconciliation's claim. */
function claimOfRow(r: Omit<ClaimRow, 'id'>): Claim {
  return {
    slot: r.slot,
    label: r.label,
    value: r.value,
    detail: json<ClaimDetail>(r.detail),
    hedged: r.hedged === 1,
    articleId: r.article_id,
    published: r.published,
    evidence: json<Evidence[]>(r.evidence),
  };
}

/**
 * The claims of several slots of one scope, by slot (see {@link claimsOf}): one query for the
 * slots of a story; for store-wide slots, one query for those with few claims and one per slot
 * with more than `limit`.
 */
export async function claimsOfSlots(db: Db, scope: string, slots: readonly string[], limit: number): Promise<Map<string, Claim[]>> {
  const out = new Map<string, Claim[]>();
  let small = [...slots];
  if (scope === STORE_SCOPE) {
    const big = new Set<string>();
    for (const part of chunks(slots, 900)) {
      const counts = await run<{ slot: string; n: number }>(db, `SELECT slot, count(*) AS n FROM claims WHERE slot IN (${marks(part.length)}) GROUP BY slot`, part);
      for (const c of counts) if (Number(c.n) > limit) big.add(c.slot);
    }
    for (const slot of big) out.set(slot, await claimsOf(db, scope, slot, limit));
    small = slots.filter((s) => !big.has(s));
  }
  for (const part of chunks(small, 900)) {
    const story = scope === STORE_SCOPE ? '' : ' AND c.story_id = ?';
    const rows = await run<ClaimRow>(
      db,
      `SELECT c.id, a.id AS article_id, c.slot, c.label, c.value, c.detail, c.hedged, c.published, c.evidence FROM claims c INNER JOIN articles a ON a.pk = c.article_pk
        WHERE c.slot IN (${marks(part.length)})${story} ORDER BY c.id`,
      scope === STORE_SCOPE ? part : [...part, scope],
    );
    for (const r of rows) {
      const claim = claimOfRow(r);
      const list = out.get(r.slot);
      if (list) list.push(claim);
      else out.set(r.slot, [claim]);
    }
  }
  return out;
}

interface ClaimRow {
  readonly id: number;
  readonly article_id: string;
  readonly slot: string;
  readonly label: string;
  readonly value: string;
  readonly detail: string;
  readonly hedged: number;
  readonly published: string | null;
  readonly evidence: string;
}

/** A judged slot ready to save: its verdict (null when no claim is left) and its articles. */
export interface JudgedSlot {
  readonly slot: string;
  readonly group: FactGroup | null;
  /** Pks of the group's articles. */
  readonly articles: readonly number[];
  readonly storyCount: number;
}

/**
 * Save the verdicts over slots of one scope: groups left without claims go, the others are
 * written only where they changed. A slot many articles state is judged again at every batch
 * that adds to it, and rewriting all its article rows each time (hundreds for a popular slot)
 * was most of the cost of the batch's end; now only the articles it gained or lost are written.
 */
export async function saveGroups(db: Db, scope: string, judged: readonly JudgedSlot[]): Promise<void> {
  const slots = judged.map((j) => j.slot);
  const before = new Map<string, { label: string; verdict: string; reason: string; article_count: number; story_count: number }>();
  const members = new Map<string, Set<number>>();
  for (const part of chunks(slots, 900)) {
    const at = [scope, ...part];
    for (const g of await run<{ slot: string; label: string; verdict: string; reason: string; article_count: number; story_count: number }>(db, `SELECT slot, label, verdict, reason, article_count, story_count FROM fact_groups WHERE scope = ? AND slot IN (${marks(part.length)})`, at)) before.set(g.slot, g);
    for (const r of await run<{ slot: string; article_pk: number }>(db, `SELECT slot, article_pk FROM fact_group_articles WHERE scope = ? AND slot IN (${marks(part.length)})`, at)) {
      const set = members.get(r.slot);
      if (set) set.add(r.article_pk);
      else members.set(r.slot, new Set([r.article_pk]));
    }
  }
  const gone: string[] = [];
  const added: { scope: string; slot: string; label: string; verdict: FactGroup['verdict']; reason: string; article_count: number; story_count: number }[] = [];
  const joined: { scope: string; slot: string; article_pk: number }[] = [];
  for (const j of judged) {
    const old = before.get(j.slot);
    if (j.group === null) {
      // Deleting a group deletes its article rows too (ON DELETE CASCADE).
      if (old) gone.push(j.slot);
      continue;
    }
    const row = { label: j.group.label, verdict: j.group.verdict, reason: j.group.reason, article_count: j.group.articles.length, story_count: j.storyCount };
    if (!old) added.push({ scope, slot: j.slot, ...row });
    else if (old.label !== row.label || old.verdict !== row.verdict || old.reason !== row.reason || Number(old.article_count) !== row.article_count || Number(old.story_count) !== row.story_count) {
      await run(db, 'UPDATE fact_groups SET label = ?, verdict = ?, reason = ?, article_count = ?, story_count = ? WHERE scope = ? AND slot = ?', [row.label, row.verdict, row.reason, row.article_count, row.story_count, scope, j.slot]);
    }
    const had = members.get(j.slot) ?? new Set<number>();
    const now = new Set(j.articles);
    for (const pk of now) if (!had.has(pk)) joined.push({ scope, slot: j.slot, article_pk: pk });
    const left = [...had].filter((pk) => !now.has(pk));
    if (left.length > 0) await run(db, `DELETE FROM fact_group_articles WHERE scope = ? AND slot = ? AND article_pk IN (${marks(left.length)})`, [scope, j.slot, ...left]);
  }
  for (const part of chunks(gone, 900)) await run(db, `DELETE FROM fact_groups WHERE scope = ? AND slot IN (${marks(part.length)})`, [scope, ...part]);
  await insertRows(db, 'fact_groups', added);
  await insertRows(db, 'fact_group_articles', joined);
}

/** Replace an article's disagreements with the reference knowledge. */
export async function replaceFlags(db: Db, articlePk: number, flags: readonly KnowledgeFlag[], options: { fresh?: boolean } = {}): Promise<void> {
  if (!options.fresh) await db.deleteFrom('knowledge_flags').where('article_pk', '=', articlePk).execute();
  const rows = flags.map((f) => ({ article_pk: articlePk, kind: f.kind, found: f.found, expected: f.expected, message: f.message, evidence: JSON.stringify(f.evidence) }));
  await insertRows(db, 'knowledge_flags', rows);
}
