import type { BoilerplateKind, BoilerplateSpan, Span } from '../../core/article.js';
import { DossierError } from '../../core/errors.js';
import type { FactsView } from '../../core/facts.js';
import { splitTextBlocks } from '../../clean/blocks.js';
import { read } from '../../read/read.js';
import { slotType } from '../../reconcile/claims.js';
import type { EntityKind, Verdict } from '../../reconcile/types.js';
import { json, type Db } from '../repo/db.js';
import type { FactKind } from '../schema.js';
import { describe } from './timeline.js';

/** Site chrome set aside by reading, with its kind. */
export interface ArticleBoilerplate extends Span {
  readonly kind: BoilerplateKind;
}

/** A name in an article and the entity it was resolved to (null: none took it). */
export interface ArticleMention extends Span {
  readonly name: string;
  readonly type: EntityKind;
  readonly entity: string | null;
}

/** Words a stored fact rests on, with the reconciliation slot and verdict of the fact. */
export interface ArticleFactSpan extends Span {
  readonly factId: number;
  readonly kind: FactKind;
  readonly label: string;
  readonly rule: string | null;
  /** The slot key the story's fact groups use, or null when no claim cites these words. */
  readonly slot: string | null;
  readonly verdict: Verdict | null;
}

/** An article with its text and every span the store knows in it. */
export interface ArticleView {
  readonly id: string;
  readonly title: string | null;
  readonly path: string | null;
  readonly byline: string | null;
  readonly siteName: string | null;
  readonly published: string | null;
  readonly story: string | null;
  readonly text: string;
  readonly spans: {
    readonly paragraphs: readonly Span[];
    readonly boilerplate: readonly ArticleBoilerplate[];
    readonly mentions: readonly ArticleMention[];
    readonly facts: readonly ArticleFactSpan[];
  };
}

/** Slot types a fact of each kind is judged under (see reconcile/claims.ts), best first. */
const SLOT_TYPES: Record<FactKind, readonly string[]> = {
  office: ['office'],
  membership: ['membership', 'founded'],
  event: ['event-date', 'event-place', 'event-host'],
  attendance: ['attendance', 'representation'],
  delegate: ['delegate', 'attendance'],
  expected: ['attendance'],
  quote: [],
};
const VERDICT_RANK: Record<Verdict, number> = { contradict: 0, agree: 1, unique: 2 };

/**
 * One article as the reading view needs it: text, paragraphs, site chrome, the names resolved to
 * entities, and every fact's words with the slot and verdict reconciliation gave it within the
 * article's story. Paragraphs are not stored: they are found again in the stored text.
 * @throws DossierError NOT_IN_STORE
 */
export async function getArticle(db: Db, id: string): Promise<ArticleView> {
  const article = await db.selectFrom('articles').select(['pk', 'id', 'title', 'path', 'byline', 'site_name', 'published', 'format', 'text', 'boilerplate', 'facts']).where('id', '=', id.trim()).executeTakeFirst();
  if (!article) throw new DossierError('NOT_IN_STORE', `the store has no article "${id}" (see \`dossier search\` or a story's articles)`);
  const pk = article.pk;
  const [storyRow, links, factRows, evidenceRows, claimRows] = await Promise.all([
    db.selectFrom('story_articles').select('story_id').where('article_pk', '=', pk).executeTakeFirst(),
    db.selectFrom('entity_links as l').leftJoin('entities as e', 'e.id', 'l.entity_id').select(['l.kind', 'l.name', 'l.entity_id', 'e.kind as entityKind']).where('l.article_pk', '=', pk).execute(),
    db.selectFrom('facts').select(['id', 'kind', 'subject_name', 'object_name', 'value', 'args']).where('article_pk', '=', pk).orderBy('id').execute(),
    db.selectFrom('evidence').select(['fact_id', 'start', 'end', 'rule']).where('article_pk', '=', pk).orderBy('start').orderBy('fact_id').execute(),
    db.selectFrom('claims').select(['slot', 'story_id', 'evidence']).where('article_pk', '=', pk).orderBy('id').execute(),
  ]);
  const story = storyRow?.story_id ?? null;
  const verdicts = story === null || claimRows.length === 0 ? [] : await db.selectFrom('fact_groups').select(['slot', 'verdict']).where('scope', '=', story).where('slot', 'in', [...new Set(claimRows.map((c) => c.slot))]).execute();
  const verdictOf = new Map(verdicts.map((v) => [v.slot, v.verdict]));

  // Claims cite the words of the facts they come from: a fact's span finds its claims.
  const claimsAt = new Map<string, { slot: string; verdict: Verdict | null }[]>();
  for (const c of claimRows) {
    const verdict = c.story_id === story ? (verdictOf.get(c.slot) ?? null) : null;
    for (const e of json<{ start: number; end: number }[]>(c.evidence)) {
      const key = `${e.start}:${e.end}`;
      const list = claimsAt.get(key) ?? [];
      list.push({ slot: c.slot, verdict });
      claimsAt.set(key, list);
    }
  }
  const factById = new Map(factRows.map((f) => [f.id, f]));
  const facts: ArticleFactSpan[] = evidenceRows.flatMap((e) => {
    const f = factById.get(e.fact_id);
    if (!f) return [];
    const claim = bestClaim(claimsAt.get(`${e.start}:${e.end}`) ?? [], f.kind);
    return [{ start: e.start, end: e.end, factId: f.id, kind: f.kind, label: describe(f.kind, f.subject_name, f.object_name, f.value, json<Record<string, unknown>>(f.args)), rule: e.rule, slot: claim?.slot ?? null, verdict: claim?.verdict ?? null }];
  });

  const boilerplate = json<BoilerplateSpan[]>(article.boilerplate);
  return {
    id: article.id,
    title: article.title,
    path: article.path,
    byline: article.byline,
    siteName: article.site_name,
    published: article.published,
    story,
    text: article.text,
    spans: {
      paragraphs: paragraphsOf(article.text, article.format, article.title, boilerplate, article.published),
      boilerplate: boilerplate.map((b) => ({ start: b.start, end: b.end, kind: b.kind })),
      mentions: mentionsOf(json<FactsView>(article.facts), links),
      facts,
    },
  };
}

/** The claim a fact's words belong to: of a slot type its kind is judged under, contradictions first. */
function bestClaim<T extends { slot: string; verdict: Verdict | null }>(claims: readonly T[], kind: FactKind): T | null {
  const types = SLOT_TYPES[kind];
  const fitting = claims.filter((c) => types.includes(slotType(c.slot)));
  if (fitting.length === 0) return null;
  const rank = (c: T) => types.indexOf(slotType(c.slot)) + (c.verdict === null ? 3 : VERDICT_RANK[c.verdict]) * types.length;
  return [...fitting].sort((a, b) => rank(a) - rank(b) || (a.slot < b.slot ? -1 : a.slot > b.slot ? 1 : 0))[0]!;
}

/**
 * Paragraphs of the stored text. A plain-text article is read again (reading is deterministic, so
 * these are the paragraphs it had); an HTML page's text is its blocks joined by blank lines, so
 * its paragraphs are the blocks outside the site chrome, the title apart.
 */
function paragraphsOf(text: string, format: string, title: string | null, boilerplate: readonly Span[], published: string | null): Span[] {
  if (format === 'text') {
    try {
      return [...read(text, { format: 'text', maxBytes: Number.MAX_SAFE_INTEGER, ...(published ? { published } : {}) }).paragraphs];
    } catch {
      // Stored text always reads; should it not, the block split below still gives a layout.
    }
  }
  const inChrome = (b: Span) => boilerplate.some((s) => b.start < s.end && s.start < b.end);
  return splitTextBlocks(text)
    .filter((b) => !inChrome(b) && text.slice(b.start, b.end) !== title)
    .map((b) => ({ start: b.start, end: b.end }));
}

/**
 * Names of people and organisations in the text (the facts view's spans of them), each with the
 * entity the article's name was linked to. Organisation names may be countries ("Türkiye" as a
 * member): the linked entity's kind says which.
 */
function mentionsOf(facts: FactsView, links: readonly { kind: string; name: string; entity_id: string; entityKind: string | null }[]): ArticleMention[] {
  const linkOf = (name: string, kinds: readonly string[]) => {
    for (const kind of kinds) {
      const l = links.find((x) => x.kind === kind && x.name === name);
      if (l) return l;
    }
    return null;
  };
  const out: ArticleMention[] = [];
  for (const p of facts.people) {
    const l = linkOf(p.name, ['person']);
    for (const e of p.evidence ?? []) out.push({ start: e.start, end: e.end, name: p.name, type: 'person', entity: l?.entity_id ?? null });
  }
  for (const o of facts.organizations) {
    const l = linkOf(o.name, ['organisation', 'country']);
    const type = (l?.entityKind ?? l?.kind ?? 'organisation') as EntityKind;
    for (const e of o.evidence ?? []) out.push({ start: e.start, end: e.end, name: o.name, type, entity: l?.entity_id ?? null });
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}
