/**
 * Cross-source reconciliation: entity resolution, stories, rewrites, agreement, knowledge check.
 * Every export is pure; see `types.ts` for the flow the store follows.
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

export type * from './types.js';

const todo = (name: string) => () => {
  throw new Error(`reconcile: ${name} is not implemented yet`);
};

export const entityKeys: EntityKeysFn = todo('entityKeys');
export const resolveEntities: ResolveEntitiesFn = todo('resolveEntities');
export const applyOverrides: ApplyOverridesFn = todo('applyOverrides');
export const profileArticle: ProfileArticleFn = todo('profileArticle');
export const storyKeys: StoryKeysFn = todo('storyKeys');
export const assignStory: AssignStoryFn = todo('assignStory');
export const rewriteFingerprints: RewriteFingerprintsFn = todo('rewriteFingerprints');
export const findRewrites: FindRewritesFn = todo('findRewrites');
export const claimsOf: ClaimsOfFn = todo('claimsOf');
export const judgeSlot: JudgeSlotFn = todo('judgeSlot');
export const checkKnowledge: CheckKnowledgeFn = todo('checkKnowledge');
export const reconcileCorpus: ReconcileCorpusFn = todo('reconcileCorpus');
