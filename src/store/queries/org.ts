import { MEMBERSHIP_STATUSES } from '../../core/facts.js';
import type { Db } from '../repo/db.js';
import { withSources, type Grouped } from './entity.js';
import { findEntity, type EntitySummary } from './find-entity.js';
import { sourcesOf, type CitedSpan } from './sources.js';

/** Sources listed per member and status. */
const SOURCES_PER_MEMBER = 2;
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
  /** The latest articles stating members (`more`: older ones exist). */
  readonly articles: { readonly items: readonly ArticleMembers[]; readonly more: boolean };
}

/**
 * Members of an organisation by status (founding member, member, observer…; hedged statements
 * apart), each with the earliest since date given and its latest sources; then what each of the
 * latest articles states. Read from the fact summaries and one ordered scan, so an organisation
 * in every article answers as fast as a rare one.
 * @throws DossierError NOT_IN_STORE, AMBIGUOUS_NAME
 */
export async function getOrg(db: Db, query: string): Promise<OrgView> {
  const org = await findEntity(db, query, ['organisation']);
  const rows = await db.selectFrom('fact_summaries').selectAll().where('object_key', '=', org.id).where('kind', '=', 'membership').execute();
  const order = (status: string) => {
    const i = (MEMBERSHIP_STATUSES as readonly string[]).indexOf(status);
    return i < 0 ? MEMBERSHIP_STATUSES.length : i;
  };
  rows.sort((a, b) => order(a.value) - order(b.value) || a.value.localeCompare(b.value) || Number(a.modality !== 'stated') - Number(b.modality !== 'stated') || (a.subject_name ?? '').localeCompare(b.subject_name ?? ''));
  const statuses: { status: string; members: MemberItem[] }[] = [];
  for (const r of await withSources(db, rows, SOURCES_PER_MEMBER)) {
    const status = r.modality === 'stated' ? r.value : `${r.value} (hedged)`;
    let bucket = statuses.find((s) => s.status === status);
    if (!bucket) statuses.push((bucket = { status, members: [] }));
    bucket.members.push({
      member: r.subject_name,
      memberId: r.subject_key.startsWith('?') ? null : r.subject_key,
      hedged: r.modality !== 'stated',
      since: r.min_time,
      count: r.n,
      first: r.first_at,
      last: r.last_at,
      sources: r.sources,
    });
  }
  return { organisation: org, statuses, articles: await latestArticles(db, org.id) };
}

/** The latest articles stating members of the organisation, with what each states. */
async function latestArticles(db: Db, orgId: string): Promise<{ items: ArticleMembers[]; more: boolean }> {
  // Walk the newest membership facts (an index range, newest first) until enough articles are seen.
  const pks: number[] = [];
  let more = false;
  for (let offset = 0, page = ARTICLES_SHOWN * 8; ; offset += page) {
    const rows = await db.selectFrom('facts').select('article_pk').where('object_id', '=', orgId).where('kind', '=', 'membership').orderBy('at', 'desc').orderBy('id', 'desc').limit(page).offset(offset).execute();
    for (const r of rows) {
      if (pks.includes(r.article_pk)) continue;
      if (pks.length === ARTICLES_SHOWN) {
        more = true;
        break;
      }
      pks.push(r.article_pk);
    }
    if (more || rows.length < page) break;
  }
  if (pks.length === 0) return { items: [], more: false };
  const facts = await db
    .selectFrom('facts')
    .select(['id', 'article_pk', 'subject_id', 'subject_name', 'value', 'modality', 'time'])
    .where('object_id', '=', orgId)
    .where('kind', '=', 'membership')
    .where('article_pk', 'in', pks)
    .orderBy('id')
    .execute();
  const sources = await sourcesOf(db, facts);
  const items = pks.map((pk): ArticleMembers => {
    const mine = facts.filter((f) => f.article_pk === pk);
    const first = sources.get(mine[0]!.id)!;
    return {
      article: first.article,
      title: first.title,
      published: first.published,
      members: mine.map((f) => ({ member: f.subject_name, memberId: f.subject_id, status: f.value ?? '', hedged: f.modality !== 'stated', since: f.time, evidence: sources.get(f.id)?.evidence ?? [] })),
    };
  });
  return { items, more };
}
