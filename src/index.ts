/**
 * dossier's public API.
 * @example
 * import { read } from 'dossier';
 * const article = read(bytes, { path: 'story.html' });
 */
export { read, DEFAULT_MAX_BYTES } from './read/read.js';
export type { ReadOptions } from './read/read.js';
export { expandSources, listArticleFiles, ARTICLE_EXTENSIONS } from './read/sources.js';
export type { Source } from './read/sources.js';
export { DossierError, isDossierError, ERROR_CATALOGUE, WARNING_CATALOGUE } from './core/errors.js';
export type { ErrorCode, WarningCode, Warning } from './core/errors.js';
export { BOILERPLATE_KINDS, spanText } from './core/article.js';
export type { Article, Span, BoilerplateSpan, BoilerplateKind, Dateline, PublishedSource } from './core/article.js';
export { extract, toFacts } from './extract/extract.js';
export type { AnnotatedDoc, ExtractOptions } from './extract/extract.js';
export type { FactsView, FactsPerson, FactsOffice, FactsOrganization, FactsMembership, FactsEvent, FactsAttendee, FactsDelegate, FactsQuote, Evidence, GoldFacts } from './core/facts.js';
export { MEMBERSHIP_STATUSES, EVENT_KINDS } from './core/facts.js';
export { runEval } from './eval/run-eval.js';
export { normaliseName } from './knowledge/normalise.js';
export { lookupName } from './knowledge/lookup.js';
export { Store } from './store/store.js';
export type { OpenStoreOptions } from './store/store.js';
export { DEFAULT_DB } from './store/defaults.js';
export { ingest, DEFAULT_BATCH_SIZE } from './store/ingest/ingest.js';
export type { IngestOptions, IngestProgress, IngestSummary } from './store/ingest/ingest.js';
export { planIngest } from './store/ingest/tasks.js';
export type { IngestPlan } from './store/ingest/tasks.js';
export type { IngestTask, ExtractFailure } from './store/ingest/extract-one.js';
export type { Reconciler } from './store/ingest/reconciler.js';
export { listStories, getStory } from './store/queries/stories.js';
export type { StoryListItem, StoryView, GroupView, GroupClaim, RewriteView } from './store/queries/stories.js';
export { getEntity } from './store/queries/entity.js';
export type { EntityView, OfficeItem, MembershipItem, EventItem, QuoteItem, Total } from './store/queries/entity.js';
export { findEntity } from './store/queries/find-entity.js';
export type { EntitySummary } from './store/queries/find-entity.js';
export { getOrg } from './store/queries/org.js';
export type { OrgView, MemberItem, ArticleMembers } from './store/queries/org.js';
export { listContradictions } from './store/queries/contradictions.js';
export type { ContradictionView } from './store/queries/contradictions.js';
export { getTimeline } from './store/queries/timeline.js';
export type { TimelineView, TimelineItem, TimelineOptions } from './store/queries/timeline.js';
export { exportStore, EXPORT_FORMATS } from './store/queries/export.js';
export type { ExportFormat } from './store/queries/export.js';
export { mergeEntities, splitEntity } from './store/queries/overrides.js';
export type { OverrideOptions, OverrideResult } from './store/queries/overrides.js';
export type { CitedSpan, Source as StatementSource } from './store/queries/sources.js';
export type { SearchHit } from './store/sqlite/search.js';
export { VERSION } from './version.js';
