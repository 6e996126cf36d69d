/**
 * The seam between the store and reconciliation: the pure functions of `src/reconcile/` that
 * ingest calls, gathered in one object so tests can hand in simpler ones.
 */
import type { FactsView } from '../../core/facts.js';
import * as reconcile from '../../reconcile/index.js';
import type {
  ApplyOverridesFn,
  AssignStoryFn,
  CheckKnowledgeFn,
  ClaimsOfFn,
  EntityKeysFn,
  EntityMention,
  FindRewritesFn,
  JudgeSlotFn,
  ProfileArticleFn,
  ResolveEntitiesFn,
  RewriteFingerprintsFn,
  StoryKeysFn,
} from '../../reconcile/types.js';

/** Everything ingest asks of reconciliation, in the order of the flow in `reconcile/types.ts`. */
export interface Reconciler {
  /** The names of an article's facts view (people, organisations, countries). */
  readonly articleNames: (facts: FactsView) => readonly EntityMention[];
  readonly entityKeys: EntityKeysFn;
  readonly resolveEntities: ResolveEntitiesFn;
  readonly applyOverrides: ApplyOverridesFn;
  readonly profileArticle: ProfileArticleFn;
  readonly storyKeys: StoryKeysFn;
  readonly assignStory: AssignStoryFn;
  readonly rewriteFingerprints: RewriteFingerprintsFn;
  readonly findRewrites: FindRewritesFn;
  readonly claimsOf: ClaimsOfFn;
  readonly judgeSlot: JudgeSlotFn;
  readonly checkKnowledge: CheckKnowledgeFn;
  /** Load what the functions above read (reference knowledge) ahead of the first article; optional. */
  readonly warm?: () => void;
}

/** Reconciliation as `src/reconcile/` implements it. */
export const defaultReconciler: Reconciler = {
  articleNames: reconcile.articleNames,
  entityKeys: reconcile.entityKeys,
  resolveEntities: reconcile.resolveEntities,
  applyOverrides: reconcile.applyOverrides,
  profileArticle: reconcile.profileArticle,
  storyKeys: reconcile.storyKeys,
  assignStory: reconcile.assignStory,
  rewriteFingerprints: reconcile.rewriteFingerprints,
  findRewrites: reconcile.findRewrites,
  claimsOf: reconcile.claimsOf,
  judgeSlot: reconcile.judgeSlot,
  checkKnowledge: reconcile.checkKnowledge,
  warm: reconcile.warmKnowledge,
};
