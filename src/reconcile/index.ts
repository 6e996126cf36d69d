/**
 * Cross-source reconciliation: entity resolution, stories, rewrites, agreement, knowledge check.
 * Every export is pure (no database, clock or network); `types.ts` describes the flow the store
 * follows, and `reconcileCorpus` runs it in memory.
 */
import type {
  ApplyOverridesFn,
  AssignStoryFn,
  CheckKnowledgeFn,
  ClaimsOfFn,
  EntityKeysFn,
  FindRewritesFn,
  JudgeSlotFn,
  ProfileArticleFn,
  ReconcileCorpusFn,
  ResolveEntitiesFn,
  RewriteFingerprintsFn,
  StoryKeysFn,
} from './types.js';
import { articleNames as articleNamesImpl } from './article-names.js';
import { claimsOf as claimsOfImpl } from './claims.js';
import { reconcileCorpus as reconcileCorpusImpl } from './corpus.js';
import { judgeAll as judgeAllImpl, judgeSlot as judgeSlotImpl } from './judge.js';
import { checkKnowledge as checkKnowledgeImpl } from './knowledge-check.js';
import { applyOverrides as applyOverridesImpl } from './overrides.js';
import { profileArticle as profileArticleImpl, wordCounts as wordCountsImpl } from './profile.js';
import { entityKeys as entityKeysImpl, prepareNames as prepareNamesImpl, resolveEntities as resolveEntitiesImpl } from './resolve-entities.js';
import {
  findRewrites as findRewritesImpl,
  rewriteFingerprints as rewriteFingerprintsImpl,
} from './rewrites.js';
import { assignStory as assignStoryImpl, storyKeys as storyKeysImpl } from './stories.js';
import { warmKnowledgeIds } from './knowledge-ids.js';

export type * from './types.js';

/** The people, organisations and countries an article's facts view names, once per kind. */
export const articleNames = articleNamesImpl;
/** Blocking keys under which to look for the entities a name may be. */
export const entityKeys: EntityKeysFn = entityKeysImpl;
/** An article's names with their knowledge person and blocking keys (computable ahead: it needs the facts view only). */
export const prepareNames = prepareNamesImpl;
/** Link an article's names to store entities (candidates found through `entityKeys`). */
export const resolveEntities: ResolveEntitiesFn = resolveEntitiesImpl;
/** Final links under the user's forced merges and splits. */
export const applyOverrides: ApplyOverridesFn = applyOverridesImpl;
/** An article's profile for story clustering. */
export const profileArticle: ProfileArticleFn = profileArticleImpl;
/** The word terms of a text's profile, counted (computable ahead: it needs the text only). */
export const wordCounts = wordCountsImpl;
/** Blocking keys of a profile (entities within a month bucket). */
export const storyKeys: StoryKeysFn = storyKeysImpl;
/** Put an article in a story (online; never moves earlier articles except by a story merge). */
export const assignStory: AssignStoryFn = assignStoryImpl;
/** Fingerprints of a text for the rewrite index. */
export const rewriteFingerprints: RewriteFingerprintsFn = rewriteFingerprintsImpl;
/** Rewrite links between an article and candidates, with passages, original and drift. */
export const findRewrites: FindRewritesFn = findRewritesImpl;
/** An article's claims under slot keys. */
export const claimsOf: ClaimsOfFn = claimsOfImpl;
/** Judge the claims of one slot: agree, contradict or unique. */
export const judgeSlot: JudgeSlotFn = judgeSlotImpl;
/** Group claims by slot and judge every group. */
export const judgeAll = judgeAllImpl;
/** An article's disagreements with the reference knowledge. */
export const checkKnowledge: CheckKnowledgeFn = checkKnowledgeImpl;
/** Build the reference-knowledge indexes reconciliation reads now, rather than at the first article. */
export const warmKnowledge: () => void = warmKnowledgeIds;
/** The whole online flow in memory over articles in ingest order. */
export const reconcileCorpus: ReconcileCorpusFn = reconcileCorpusImpl;
