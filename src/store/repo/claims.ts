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
 * Save the verdicts over slots of one scope, replacing what was there (groups left without claims
 * go). Written in bulk: a batch judges thousands of slots.
 */
export async function saveGroups(db: Db, scope: string, judged: readonly JudgedSlot[]): Promise<void> {
  // Deleting a group deletes its article rows too (ON DELETE CASCADE).
  for (const part of chunks(judged.map((j) => j.slot), 900)) {
    await run(db, `DELETE FROM fact_groups WHERE scope = ? AND slot IN (${marks(part.length)})`, [scope, ...part]);
  }
  const kept = judged.filter((j): j is JudgedSlot & { group: FactGroup } => j.group !== null);
  await insertRows(
    db,
    'fact_groups',
    kept.map((j) => ({ scope, slot: j.slot, label: j.group.label, verdict: j.group.verdict, reason: j.group.reason, article_count: j.group.articles.length, story_count: j.storyCount })),
  );
  await insertRows(
    db,
    'fact_group_articles',
    kept.flatMap((j) => [...new Set(j.articles)].map((pk) => ({ scope, slot: j.slot, article_pk: pk }))),
  );
}

/** Replace an article's disagreements with the reference knowledge. */
export async function replaceFlags(db: Db, articlePk: number, flags: readonly KnowledgeFlag[], options: { fresh?: boolean } = {}): Promise<void> {
  if (!options.fresh) await db.deleteFrom('knowledge_flags').where('article_pk', '=', articlePk).execute();
  const rows = flags.map((f) => ({ article_pk: articlePk, kind: f.kind, found: f.found, expected: f.expected, message: f.message, evidence: JSON.stringify(f.evidence) }));
  await insertRows(db, 'knowledge_flags', rows);
}
