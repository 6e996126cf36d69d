/**
 * The whole online flow in memory: what the store does per article (see `types.ts`), with maps
 * in place of tables. Used by tests, by benchmarks, and as the reference for the store.
 */
import { claimsOf, isStoryEventSlot } from './claims.js';
import { judgeAll } from './judge.js';
import { checkKnowledge } from './knowledge-check.js';
import { applyOverrides } from './overrides.js';
import { profileArticle } from './profile.js';
import { prepareNames, resolveEntities } from './resolve-entities.js';
import { findRewrites, rewriteFingerprints } from './rewrites.js';
import { assignStory, storyKeys } from './stories.js';
import type {
  ArticleInput,
  ArticleProfile,
  Claim,
  EntityLink,
  EntityMerge,
  EntityOverrides,
  EntityRecord,
  FactGroup,
  KnowledgeFlag,
  ReconcileResult,
  RewriteInput,
  RewriteLink,
  StoryAssignment,
  StoryCandidate,
  StoryRecord,
} from './types.js';

const NO_OVERRIDES: EntityOverrides = { merges: [], splits: [] };
/** Rewrite candidates: the latest story mates… */
export const REWRITE_STORY_MATES = 20;
/** …and the articles sharing the most fingerprints (at least this many). */
export const MIN_SHARED_FINGERPRINTS = 2;
export const REWRITE_FINGERPRINT_CANDIDATES = 10;

function addTo<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
}

/**
 * Reconcile articles in the given (ingest) order. Articles whose id was seen before are skipped,
 * so feeding the same list twice gives the same result.
 */
export function reconcileCorpus(articles: readonly ArticleInput[], overrides: EntityOverrides = NO_OVERRIDES): ReconcileResult {
  const entities = new Map<string, EntityRecord>();
  const entityIndex = new Map<string, Set<string>>();
  const autoMerges: EntityMerge[] = [];
  const rawLinks = new Map<string, readonly EntityLink[]>();

  const profiles = new Map<string, ArticleProfile>();
  const df = new Map<string, number>();
  let docCount = 0;
  const stories = new Map<string, string[]>();
  const storyOf = new Map<string, string>();
  const storyIndex = new Map<string, Set<string>>();
  const assignments: StoryAssignment[] = [];

  const inputs = new Map<string, ArticleInput>();
  const fingerprintIndex = new Map<string, Set<string>>();
  const rewrites = new Map<string, RewriteLink>();

  for (const article of articles) {
    if (inputs.has(article.id)) continue;
    inputs.set(article.id, article);
    const facts = { ...article.facts, id: article.id };

    // 1. Entities.
    const prepared = prepareNames(facts);
    const keys = prepared.flatMap((n) => n.keys);
    const candidateIds = new Set<string>();
    for (const k of keys) for (const id of entityIndex.get(k) ?? []) candidateIds.add(id);
    const candidates = [...candidateIds].map((id) => entities.get(id)).filter((e): e is EntityRecord => e !== undefined);
    const resolution = resolveEntities(facts, candidates, overrides, prepared);
    for (const m of resolution.merges) {
      entities.delete(m.from);
      autoMerges.push(m);
    }
    for (const e of resolution.upserts) {
      entities.set(e.id, e);
      for (const k of e.keys) addTo(entityIndex, k, e.id);
    }
    rawLinks.set(article.id, resolution.links);
    const links = applyOverrides(resolution.links, overrides, autoMerges);

    // 2. Story.
    const profile = profileArticle({ ...article, facts }, links);
    profiles.set(article.id, profile);
    const skeys = storyKeys(profile);
    const near = new Set<string>();
    for (const k of skeys) for (const id of storyIndex.get(k) ?? []) near.add(storyOf.get(id)!);
    const storyCandidates: StoryCandidate[] = [...near].sort().map((sid) => ({
      story: { id: sid, articles: stories.get(sid)! },
      members: stories.get(sid)!.map((id) => profiles.get(id)!),
    }));
    const assignment = assignStory(profile, storyCandidates, { docCount, df: (t) => df.get(t) ?? 0 });
    assignments.push(assignment);
    for (const t of Object.keys(profile.terms)) df.set(t, (df.get(t) ?? 0) + 1);
    docCount++;
    if (!stories.has(assignment.storyId)) stories.set(assignment.storyId, []);
    stories.get(assignment.storyId)!.push(article.id);
    storyOf.set(article.id, assignment.storyId);
    for (const m of assignment.merges) {
      const moved = stories.get(m.from) ?? [];
      stories.get(m.into)!.push(...moved);
      for (const id of moved) storyOf.set(id, m.into);
      stories.delete(m.from);
    }
    for (const k of skeys) addTo(storyIndex, k, article.id);

    // 3. Rewrites: articles sharing a fingerprint, and the article's story mates.
    const fps = rewriteFingerprints(article.text, article.boilerplate ?? []);
    const mates = new Set<string>((stories.get(assignment.storyId) ?? []).slice(-REWRITE_STORY_MATES));
    const sharedCount = new Map<string, number>();
    for (const fp of fps) for (const id of fingerprintIndex.get(fp) ?? []) sharedCount.set(id, (sharedCount.get(id) ?? 0) + 1);
    const byShared = [...sharedCount].filter(([, n]) => n >= MIN_SHARED_FINGERPRINTS).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    for (const [id] of byShared.slice(0, REWRITE_FINGERPRINT_CANDIDATES)) mates.add(id);
    mates.delete(article.id);
    const asInput = (a: ArticleInput): RewriteInput => ({
      id: a.id,
      text: a.text,
      published: a.facts.published,
      facts: { ...a.facts, id: a.id },
      links: applyOverrides(rawLinks.get(a.id) ?? [], overrides, autoMerges),
      ...(a.boilerplate ? { boilerplate: a.boilerplate } : {}),
    });
    for (const link of findRewrites(asInput(article), [...mates].sort().map((id) => asInput(inputs.get(id)!)), { docCount, df: (t) => df.get(t) ?? 0 })) {
      rewrites.set(`${link.a}|${link.b}`, link);
    }
    for (const fp of fps) addTo(fingerprintIndex, fp, article.id);
  }

  // 4. Claims, judged per story and store-wide, with the final links and stories; 5. knowledge.
  const links: EntityLink[] = [];
  const claimsByStory = new Map<string, Claim[]>();
  const allClaims: Claim[] = [];
  const knowledgeFlags: KnowledgeFlag[] = [];
  for (const id of inputs.keys()) {
    const article = inputs.get(id)!;
    const facts = { ...article.facts, id };
    const final = applyOverrides(rawLinks.get(id) ?? [], overrides, autoMerges);
    links.push(...final);
    const story = storyOf.get(id)!;
    const claims = claimsOf(facts, final, story);
    if (!claimsByStory.has(story)) claimsByStory.set(story, []);
    claimsByStory.get(story)!.push(...claims);
    allClaims.push(...claims);
    knowledgeFlags.push(...checkKnowledge(facts, final));
  }
  const groups: FactGroup[] = [];
  for (const story of [...claimsByStory.keys()].sort()) {
    for (const g of judgeAll(claimsByStory.get(story)!)) groups.push({ ...g, scope: story });
  }

  const storyRecords: StoryRecord[] = [...stories.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([id, arts]) => ({ id, articles: arts }));
  return {
    entities: [...entities.values()].sort((a, b) => (a.id < b.id ? -1 : 1)),
    links,
    entityMerges: autoMerges,
    stories: storyRecords,
    assignments,
    rewrites: [...rewrites.values()].sort((a, b) => (a.a + a.b < b.a + b.b ? -1 : 1)),
    groups,
    storeGroups: judgeAll(allClaims.filter((c) => !isStoryEventSlot(c.slot))),
    knowledgeFlags,
  };
}
