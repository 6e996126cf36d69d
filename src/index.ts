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
export { VERSION } from './version.js';
