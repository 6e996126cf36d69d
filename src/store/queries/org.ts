import { MEMBERSHIP_STATUSES } from '../../core/facts.js';
import type { Db } from '../repo/db.js';
import { recent, type Grouped } from './entity.js';
import { findEntity, type EntitySummary } from './find-entity.js';
import { sourcesOf, type CitedSpan } from './sources.js';

/** Sources listed per member and status. */
const SOURCES_PER_MEMBER = 3;
/** Articles listed in "what each article states", newest first. */
const ARTICLES_SHOWN = 20;

/** One member with one status, as the sources state it. */
export interface MemberItem extends Grouped {
  readonly member: string | null;
  readonly memberId: string | null;
  readonly hedged: boolean;
  /** The earliest `since` a source gives, or null. */
  readonly since: string | null;
}

/** What one article states about the organisation's members. */
export interface ArticleMembers {
  readonly article: string;
  readonly title: string | null;
  readonly published: string | null;
  readonly members: readonly { readonly member: string | null; readonly memberId: string | null; readonly status: string; readonly hedged: boolean; readonly since: string | null; readonly evidence: readonly CitedSpan[] }[];
}

/** An organisation's members by status, with since dates and sources. */
export interface OrgView {
  readonly organisation: EntitySummary;
  readonly statuses: readonly { readonly status: string; readonly members: readonly MemberItem[] }[];
  readonly articles: { readonly total: number; readonly items: readonly ArticleMembers[] };
}

/**
 * Members of an organisation by status (founding member, member, observer…; hedged statements
 * apart), each with the earliest since date given and its sources; then what each article states.
 * @throws DossierError NOT_IN_STORE, AMBIGUOUS_NAME
 */
export async function getOrg(db: Db, query: string): Promise<OrgView> {
  const org = await findEntity(db, query, ['organisation']);
  const groups = await db
    .selectFrom('facts')
    .select((eb) => [
      'subject_id',
      'value',
      'modality',
      eb.fn.max('subject_name').as('subject_name'),
      eb.fn.countAll<number>().as('n'),
      eb.fn.min('published').as('first'),
      eb.fn.max('published').as('last'),
      eb.fn.min('time').as('since'),
    ])
    .where('object_id', '=', org.id)
    .where('kind', '=', 'membership')
    .groupBy(['subject_id', 'value', 'modality'])
    .execute();
  const order = (status: string) => {
    const i = (MEMBERSHIP_STATUSES as readonly string[]).indexOf(status);
    return i < 0 ? MEMBERSHIP_STATUSES.length : i;
  };
  groups.sort((a, b) => order(a.value ?? '') - order(b.value ?? '') || (a.value ?? '').localeCompare(b.value ?? '') || Number(a.modality !== 'stated') - Number(b.modality !== 'stated') || (a.subject_name ?? '').localeCompare(b.subject_name ?? ''));
  const statuses: { status: string; members: MemberItem[] }[] = [];
  for (const g of groups) {
    const status = g.modality === 'stated' ? (g.value ?? '') : `${g.value ?? ''} (hedged)`;
    let bucket = statuses.find((s) => s.status === status);
    if (!bucket) statuses.push((bucket = { status, members: [] }));
    const sources = await recent(db, 'membership', 'object_id', org.id, (q) => q.where('subject_id', 'is', g.subject_id).where('value', '=', g.value).where('modality', '=', g.modality), SOURCES_PER_MEMBER);
    bucket.members.push({ member: g.subject_name, memberId: g.subject_id, hedged: g.modality !== 'stated', since: g.since, count: Number(g.n), first: g.first, last: g.last, sources });
  }

  const total = await db.selectFrom('facts').select((eb) => eb.fn.count<number>('article_pk').distinct().as('n')).where('object_id', '=', org.id).where('kind', '=', 'membership').executeTakeFirst();
  const latest = await db
    .selectFrom('facts')
    .select('article_pk')
    .select((eb) => eb.fn.max('at').as('at'))
    .where('object_id', '=', org.id)
    .where('kind', '=', 'membership')
    .groupBy('article_pk')
    .orderBy('at', 'desc')
    .orderBy('article_pk', 'desc')
    .limit(ARTICLES_SHOWN)
    .execute();
  const facts = latest.length === 0 ? [] : await db
    .selectFrom('facts')
    .select(['id', 'article_pk', 'subject_id', 'subject_name', 'value', 'modality', 'time'])
    .where('object_id', '=', org.id)
    .where('kind', '=', 'membership')
    .where('article_pk', 'in', latest.map((l) => l.article_pk))
    .orderBy('id')
    .execute();
  const sources = await sourcesOf(db, facts);
  const items = latest.map((l): ArticleMembers => {
    const mine = facts.filter((f) => f.article_pk === l.article_pk);
    const first = sources.get(mine[0]!.id)!;
    return {
      article: first.article,
      title: first.title,
      published: first.published,
      members: mine.map((f) => ({ member: f.subject_name, memberId: f.subject_id, status: f.value ?? '', hedged: f.modality !== 'stated', since: f.time, evidence: sources.get(f.id)?.evidence ?? [] })),
    };
  });
  return { organisation: org, statuses, articles: { total: Number(total?.n ?? 0), items } };
}
