/**
 * Online story clustering. An article joins the existing story it is most similar to (TF-IDF
 * cosine over stemmed words and entity ids, damped by the distance in time and by a different
 * main organisation), or starts a new story. Assignments never move: the only change to an
 * existing story is a merge of two stories that a new article bridges with a clearly higher score
 * than joining needs, and whose own members are compatible.
 */
import { ENTITY_TERM } from './profile.js';
import { TfIdfScorer } from './tfidf.js';
import type { ArticleProfile, CorpusStats, StoryAssignment, StoryCandidate, StoryMerge } from './types.js';

/** An article joins a story when its similarity with some member reaches this. */
export const JOIN_THRESHOLD = 0.25;
/** A new article merges two stories when it reaches this with both, and they are compatible. */
export const MERGE_THRESHOLD = 0.5;
/** Two stories are compatible for a merge when some pair of their members reaches this. */
export const MERGE_SUPPORT = 0.2;
/** Articles this many days apart or less are "the same time". */
export const SAME_TIME_DAYS = 3;
/** Articles this many days apart or more are never the same story. */
export const MAX_DAYS = 14;
/** Entity terms count this much more than a word with the same TF-IDF. */
export const ENTITY_BOOST = 1.5;
/** A story is compared through its first member and its latest ones, at most this many in all. */
export const MAX_MEMBERS_COMPARED = 32;
/** Factor applied when both articles are mostly about different organisations. */
export const OTHER_ORGANISATION = 0.5;

function days(a: string, b: string): number {
  const t = (d: string) => Date.UTC(+d.slice(0, 4), d.length >= 7 ? +d.slice(5, 7) - 1 : 6, d.length >= 10 ? +d.slice(8, 10) : 15);
  return Math.abs(t(a) - t(b)) / 86_400_000;
}

/** How far apart in time two articles are, as a factor: 1 up to 3 days, 0 from 14 days, linear between. */
export function timeFactor(a: ArticleProfile, b: ArticleProfile): number {
  if (!a.date || !b.date) return 0.85;
  const d = days(a.date, b.date);
  if (d <= SAME_TIME_DAYS) return 1;
  if (d >= MAX_DAYS) return 0;
  return (MAX_DAYS - d) / (MAX_DAYS - SAME_TIME_DAYS);
}

/** Inverse document frequency, smoothed; the article itself counts as a document. */
export function idf(stats: CorpusStats, term: string): number {
  return Math.log((stats.docCount + 1) / (stats.df(term) + 1)) + 1;
}

type Vector = Map<string, number>;

/** The unit TF-IDF vector of a profile (sublinear term frequency). */
export function vectorOf(p: ArticleProfile, stats: CorpusStats): Vector {
  const v: Vector = new Map();
  let norm = 0;
  for (const [term, tf] of Object.entries(p.terms)) {
    const w = (1 + Math.log(tf)) * idf(stats, term) * (term.startsWith(ENTITY_TERM) ? ENTITY_BOOST : 1);
    v.set(term, w);
    norm += w * w;
  }
  norm = Math.sqrt(norm) || 1;
  for (const [t, w] of v) v.set(t, w / norm);
  return v;
}

function cosine(a: Vector, b: Vector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [t, w] of small) {
    const x = large.get(t);
    if (x !== undefined) dot += w * x;
  }
  return dot;
}

/** The similarity of two articles, 0..1, with the parts that made it (for reasons and tests). */
export function articleSimilarity(a: ArticleProfile, b: ArticleProfile, stats: CorpusStats, cache?: Map<string, Vector>): { score: number; cosine: number; time: number; organisation: number } {
  const vec = (p: ArticleProfile) => {
    if (!cache) return vectorOf(p, stats);
    let v = cache.get(p.id);
    if (!v) cache.set(p.id, (v = vectorOf(p, stats)));
    return v;
  };
  const time = timeFactor(a, b);
  const organisation = organisationFactor(a, b);
  const cos = cosine(vec(a), vec(b));
  return { score: cos * time * organisation, cosine: cos, time, organisation };
}

/**
 * 1, or {@link OTHER_ORGANISATION} when both articles are mostly about different organisations.
 * Different main organisations only count when neither article names the other's at all: a G20
 * report mostly about the African Union is still a G20 report.
 */
function organisationFactor(a: ArticleProfile, b: ArticleProfile): number {
  return a.organisation && b.organisation && a.organisation !== b.organisation && !a.entities.includes(b.organisation) && !b.entities.includes(a.organisation)
    ? OTHER_ORGANISATION
    : 1;
}

/**
 * A similarity can exceed time x organisation (its cosine's bound) only by rounding: with this
 * margin, a pair whose bound is below what it must beat is skipped without losing anything.
 */
const BOUND_MARGIN = 1 + 1e-9;

/** Blocking keys of a profile: its entities (not countries, too common) within a month bucket. */
export function storyKeys(profile: ArticleProfile): string[] {
  const buckets = monthBuckets(profile.date);
  const ids = profile.entities.filter((e) => !e.startsWith('country:'));
  if (profile.organisation) ids.push(profile.organisation);
  if (ids.length === 0) ids.push('none');
  const keys = new Set<string>();
  for (const id of ids) for (const b of buckets) keys.add(`${id}@${b}`);
  // An undated article (a rewrite site rarely prints a date) must still meet the dated reports of
  // its story: both carry one key on the main organisation that ignores time; the time factor of
  // the similarity still keeps far-apart stories apart.
  if (profile.organisation) keys.add(`${profile.organisation}@any-date`);
  return [...keys].sort();
}

/**
 * The month of a date and the neighbouring month on its nearer side: two dates at most two weeks
 * apart always share a bucket. Undated articles share the bucket `undated`.
 */
export function monthBuckets(date: string | null): string[] {
  if (!date || date.length < 7) return [date && date.length === 4 ? date : 'undated'];
  const y = +date.slice(0, 4);
  const m = +date.slice(5, 7);
  const d = date.length >= 10 ? +date.slice(8, 10) : 15;
  const shift = d <= 15 ? -1 : 1;
  const n = y * 12 + (m - 1) + shift;
  const other = `${Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, '0')}`;
  return [date.slice(0, 7), other].sort();
}

/**
 * Assign an article to a story. Re-assigning an article already in a candidate story returns
 * that story unchanged. Ties go to the story with the smaller id.
 */
export function assignStory(profile: ArticleProfile, candidates: readonly StoryCandidate[], stats: CorpusStats): StoryAssignment {
  const sorted = [...candidates].sort((a, b) => (a.story.id < b.story.id ? -1 : a.story.id > b.story.id ? 1 : 0));
  for (const c of sorted) {
    if (c.story.articles.includes(profile.id)) {
      return { articleId: profile.id, storyId: c.story.id, created: false, score: 1, reason: 'already assigned', merges: [] };
    }
  }
  const scorer = new TfIdfScorer(stats, ENTITY_BOOST, idf);
  const scored = sorted
    .map((c) => {
      let best = { score: 0, with: '', cosine: 0 };
      // Single link over a bounded set keeps assignment near-linear in large stories.
      const members = c.members.length <= MAX_MEMBERS_COMPARED ? c.members : [c.members[0]!, ...c.members.slice(-(MAX_MEMBERS_COMPARED - 1))];
      for (const m of members) {
        // A member that cannot reach the join threshold or beat the best so far, whatever its
        // cosine, needs no vector (members weeks apart, say).
        const time = timeFactor(profile, m);
        const organisation = organisationFactor(profile, m);
        const bound = time * organisation * BOUND_MARGIN;
        if (bound < JOIN_THRESHOLD || bound <= best.score) continue;
        const cos = scorer.cosine(profile, m);
        const score = cos * time * organisation;
        if (score > best.score) best = { score, with: m.id, cosine: cos };
      }
      return { c, ...best };
    })
    .filter((x) => x.score >= JOIN_THRESHOLD)
    .sort((a, b) => b.score - a.score);
  if (scored.length === 0) {
    return { articleId: profile.id, storyId: `story:${profile.id}`, created: true, score: 0, reason: 'no story similar enough', merges: [] };
  }
  const top = scored[0]!;
  const merges: StoryMerge[] = [];
  for (const other of scored.slice(1)) {
    if (top.score < MERGE_THRESHOLD || other.score < MERGE_THRESHOLD) break;
    if (!compatible(top.c, other.c, scorer)) continue;
    merges.push({
      into: top.c.story.id,
      from: other.c.story.id,
      score: other.score,
      reason: `${profile.id} is similar to both (${top.score.toFixed(2)} with ${top.with}, ${other.score.toFixed(2)} with ${other.with})`,
    });
  }
  return {
    articleId: profile.id,
    storyId: top.c.story.id,
    created: false,
    score: top.score,
    reason: `similar to ${top.with} (${top.score.toFixed(2)}; text and entities ${top.cosine.toFixed(2)})`,
    merges,
  };
}

// Two stories may merge only if they could have been one: some pair of members is similar and
// no pair is far apart in time or about different organisations.
function compatible(a: StoryCandidate, b: StoryCandidate, scorer: TfIdfScorer): boolean {
  // Every pair must pass the time and organisation tests; only then do cosines matter.
  for (const x of a.members) {
    for (const y of b.members) if (timeFactor(x, y) === 0 || organisationFactor(x, y) < 1) return false;
  }
  for (const x of a.members) {
    for (const y of b.members) {
      if (scorer.cosine(x, y) * timeFactor(x, y) * organisationFactor(x, y) >= MERGE_SUPPORT) return true;
    }
  }
  return false;
}
