import { sql } from 'kysely';
import { DossierError } from '../../core/errors.js';
import type { AlignedPassage, ClaimDetail, FactDrift, Verdict } from '../../reconcile/types.js';
import { chunks, json, type Db } from '../repo/db.js';
import { STORE_SCOPE } from '../schema.js';
import { articleInfo, type CitedSpan } from './sources.js';

/** A story in a listing. */
export interface StoryListItem {
  readonly id: string;
  readonly title: string | null;
  readonly articles: number;
  readonly firstPublished: string | null;
  readonly lastPublished: string | null;
  readonly contradictions: number;
}

/** The stories, most recently published first (undated ones last). */
export async function listStories(db: Db, options: { limit?: number; offset?: number } = {}): Promise<{ total: number; stories: StoryListItem[] }> {
  const total = await db.selectFrom('stories').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst();
  // Two range scans of the stories_last index (dated, then undated) instead of sorting every story.
  const limit = options.limit ?? 50;
  const offset = options.offset ?? 0;
  const rows = await db
    .selectFrom('stories')
    .selectAll()
    .orderBy(sql`last_published IS NULL`)
    .orderBy('last_published', 'desc')
    .orderBy('id')
    .limit(limit)
    .offset(offset)
    .execute();
  return {
    total: Number(total?.n ?? 0),
    stories: rows.map((r) => ({ id: r.id, title: r.title, articles: r.article_count, firstPublished: r.first_published, lastPublished: r.last_published, contradictions: r.contradiction_count })),
  };
}

/** One article's statement in a fact group. */
export interface GroupClaim {
  readonly article: string;
  readonly published: string | null;
  readonly value: string;
  readonly detail: ClaimDetail;
  readonly hedged: boolean;
  readonly evidence: readonly CitedSpan[];
}

/** A fact group with its claims. */
export interface GroupView {
  /** The story the claims were judged within, or `store` for a store-wide judgement. */
  readonly scope: string;
  readonly slot: string;
  readonly label: string;
  readonly verdict: Verdict;
  readonly reason: string;
  readonly articles: number;
  readonly claims: readonly GroupClaim[];
}

/** A rewrite link between two articles. */
export interface RewriteView {
  readonly a: string;
  readonly b: string;
  readonly score: number;
  readonly original: string | null;
  readonly passages: readonly AlignedPassage[];
  readonly drift: readonly FactDrift[];
}

/** One story in full. */
export interface StoryView {
  readonly id: string;
  readonly title: string | null;
  readonly firstPublished: string | null;
  readonly lastPublished: string | null;
  readonly articles: readonly { readonly id: string; readonly title: string | null; readonly published: string | null; readonly path: string | null; readonly score: number; readonly reason: string }[];
  readonly rewrites: readonly RewriteView[];
  readonly groups: { readonly contradict: readonly GroupView[]; readonly agree: readonly GroupView[]; readonly unique: readonly GroupView[] };
}

/** Claims shown per group at most (a store-wide group may gather thousands; the first are shown). */
const CLAIMS_PER_GROUP = 50;

/**
 * A story with its articles, rewrite links and the fact groups its articles take part in, by verdict.
 * @throws DossierError NOT_IN_STORE
 */
export async function getStory(db: Db, query: string): Promise<StoryView> {
  const id = query.startsWith('story:') ? query : `story:${query}`;
  const story = await db.selectFrom('stories').selectAll().where('id', 'in', [query, id]).executeTakeFirst();
  if (!story) throw new DossierError('NOT_IN_STORE', `the store has no story "${query}" (see \`dossier stories\`)`);
  const members = await db
    .selectFrom('story_articles as s')
    .innerJoin('articles as a', 'a.pk', 's.article_pk')
    .select(['a.pk', 'a.id', 'a.title', 'a.published', 'a.path', 's.score', 's.reason'])
    .where('s.story_id', '=', story.id)
    .orderBy('s.position')
    .execute();
  const pks = members.map((m) => m.pk);
  const idOf = new Map(members.map((m) => [m.pk, m.id]));

  const rewriteRows = pks.length === 0 ? [] : await db.selectFrom('rewrites').selectAll().where((eb) => eb.or([eb('a_pk', 'in', pks), eb('b_pk', 'in', pks)])).orderBy('a_pk').orderBy('b_pk').execute();
  const outside = rewriteRows.flatMap((r) => [r.a_pk, r.b_pk, ...(r.original_pk === null ? [] : [r.original_pk])]).filter((pk) => !idOf.has(pk));
  if (outside.length > 0) for (const [pk, a] of await articleInfo(db, outside)) idOf.set(pk, a.id);
  const rewrites = rewriteRows.map((r) => ({
    a: idOf.get(r.a_pk)!,
    b: idOf.get(r.b_pk)!,
    score: r.score,
    original: r.original_pk === null ? null : (idOf.get(r.original_pk) ?? null),
    passages: json<AlignedPassage[]>(r.passages),
    drift: json<FactDrift[]>(r.drift),
  }));

  const slots = await db.selectFrom('fact_groups').select('slot').where('scope', '=', story.id).execute();
  const groups = await groupViews(db, story.id, slots.map((s) => s.slot));
  const by = (v: Verdict) => groups.filter((g) => g.verdict === v);
  return {
    id: story.id,
    title: story.title,
    firstPublished: story.first_published,
    lastPublished: story.last_published,
    articles: members.map((m) => ({ id: m.id, title: m.title, published: m.published, path: m.path, score: m.score, reason: m.reason })),
    rewrites,
    groups: { contradict: by('contradict'), agree: by('agree'), unique: by('unique') },
  };
}

/** Fact groups of one scope (a story id, or the store) with their claims and the words each cites. */
export async function groupViews(db: Db, scope: string, slots: readonly string[]): Promise<GroupView[]> {
  return scopedGroupViews(db, slots.map((slot) => ({ scope, slot })));
}

/**
 * Fact groups by (scope, slot), in the order given, with their claims (at most
 * {@link CLAIMS_PER_GROUP} each) and the words every claim cites, read in a few queries.
 */
export async function scopedGroupViews(db: Db, keys: readonly { scope: string; slot: string }[]): Promise<GroupView[]> {
  if (keys.length === 0) return [];
  const groups: FactGroupRow[] = [];
  const claims: ClaimRow[] = [];
  for (const part of chunks(keys, 200)) {
    const pairs = sql.join(part.map((k) => sql`(${k.scope}, ${k.slot})`));
    groups.push(...(await db.selectFrom('fact_groups').selectAll().where(sql<boolean>`(scope, slot) IN (VALUES ${pairs})`).execute()));
    // Claims of a story's group are those made within the story; a store-wide group takes all.
    const storyPairs = part.filter((k) => k.scope !== STORE_SCOPE);
    if (storyPairs.length > 0) {
      claims.push(
        ...(await db
          .selectFrom('claims as c')
          .innerJoin('articles as a', 'a.pk', 'c.article_pk')
          .select(['c.id', 'c.story_id', 'c.slot', 'a.id as article', 'c.value', 'c.detail', 'c.hedged', 'c.published', 'c.evidence'])
          .where(sql<boolean>`(c.story_id, c.slot) IN (VALUES ${sql.join(storyPairs.map((k) => sql`(${k.scope}, ${k.slot})`))})`)
          .orderBy('c.id')
          .execute()),
      );
    }
    const storeSlots = part.filter((k) => k.scope === STORE_SCOPE).map((k) => k.slot);
    for (const slot of storeSlots) {
      const rows = await db
        .selectFrom('claims as c')
        .innerJoin('articles as a', 'a.pk', 'c.article_pk')
        .select(['c.id', 'c.story_id', 'c.slot', 'a.id as article', 'c.value', 'c.detail', 'c.hedged', 'c.published', 'c.evidence'])
        .where('c.slot', '=', slot)
        .orderBy('c.id')
        .limit(CLAIMS_PER_GROUP)
        .execute();
      claims.push(...rows.map((r) => ({ ...r, story_id: STORE_SCOPE })));
    }
  }
  const byKey = new Map<string, ClaimRow[]>();
  for (const c of claims) {
    const key = `${c.story_id ?? STORE_SCOPE}\u0000${c.slot}`;
    const list = byKey.get(key) ?? [];
    if (list.length < CLAIMS_PER_GROUP) list.push(c);
    byKey.set(key, list);
  }
  const groupOf = new Map(groups.map((g) => [`${g.scope}\u0000${g.slot}`, g]));
  return keys.flatMap((k) => {
    const g = groupOf.get(`${k.scope}\u0000${k.slot}`);
    if (!g) return [];
    return [
      {
        scope: g.scope === STORE_SCOPE ? 'store' : g.scope,
        slot: g.slot,
        label: g.label,
        verdict: g.verdict,
        reason: g.reason,
        articles: g.article_count,
        claims: (byKey.get(`${k.scope}\u0000${k.slot}`) ?? []).map((c) => ({
          article: c.article,
          published: c.published,
          value: c.value,
          detail: json<ClaimDetail>(c.detail),
          hedged: c.hedged === 1,
          evidence: json<{ start: number; end: number; rule?: string | null; text?: string }[]>(c.evidence).map((e) => ({ start: e.start, end: e.end, text: e.text ?? '', rule: e.rule ?? null })),
        })),
      },
    ];
  });
}

interface FactGroupRow {
  scope: string;
  slot: string;
  label: string;
  verdict: Verdict;
  reason: string;
  article_count: number;
}

interface ClaimRow {
  id: number;
  story_id: string | null;
  slot: string;
  article: string;
  value: string;
  detail: string;
  hedged: number;
  published: string | null;
  evidence: string;
}
