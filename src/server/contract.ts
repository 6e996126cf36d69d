/**
 * The HTTP contract of `dossier serve`: what every route of `/api` takes and answers. Type-only
 * (no runtime imports), so the web UI can `import type` from it without bundling the server.
 * The routes are listed in `docs/api.md` and described for machines at `/api/openapi.json`.
 */
import type { ErrorCode } from '../core/errors.js';
import type { EntitySummary } from '../store/queries/find-entity.js';
import type { StoryListItem } from '../store/queries/stories.js';
import type { ContradictionView } from '../store/queries/contradictions.js';
import type { SearchHit } from '../store/sqlite/search.js';

export type { StoryListItem, StoryView, GroupView, GroupClaim, RewriteView } from '../store/queries/stories.js';
export type { EntityView, OfficeItem, MembershipItem, EventItem, QuoteItem, Total } from '../store/queries/entity.js';
export type { EntitySummary } from '../store/queries/find-entity.js';
export type { OrgView, MemberItem, ArticleMembers } from '../store/queries/org.js';
export type { TimelineView, TimelineItem } from '../store/queries/timeline.js';
export type { ContradictionView } from '../store/queries/contradictions.js';
export type { CitedSpan, Source } from '../store/queries/sources.js';
export type { SearchHit } from '../store/sqlite/search.js';
export type { AlignedPassage, ClaimDetail, FactDrift, Verdict, EntityKind } from '../reconcile/types.js';
export type { BoilerplateKind } from '../core/article.js';
export type { FactKind } from '../store/schema.js';

/**
 * Error codes the API answers with: the CLI's catalogue, plus the HTTP-only ones (a route or an
 * id that does not exist, a body that is not JSON or too large, a method the route lacks).
 */
export type ApiErrorCode = ErrorCode | 'NOT_FOUND' | 'BAD_REQUEST' | 'PAYLOAD_TOO_LARGE' | 'UNSUPPORTED_MEDIA_TYPE' | 'METHOD_NOT_ALLOWED';

/**
 * Every error response: `{ error: { code, message } }` with the matching HTTP status: 400
 * BAD_REQUEST or AMBIGUOUS_NAME, 404 NOT_IN_STORE (unknown id or name) or NOT_FOUND (unknown
 * route or file), 405 METHOD_NOT_ALLOWED, 413 PAYLOAD_TOO_LARGE, 415 UNSUPPORTED_MEDIA_TYPE, 422 the reader's code
 * (EMPTY_INPUT, BINARY_INPUT, NOT_AN_ARTICLE…), 500 INTERNAL or a store code, 503 STORE_LOCKED.
 */
export interface ApiError {
  readonly error: { readonly code: ApiErrorCode; readonly message: string };
}

/** `GET /api/stories?limit&offset` */
export interface StoriesResponse {
  readonly total: number;
  readonly stories: readonly StoryListItem[];
}

/** A `[start, end)` range of UTF-16 code units in an article's `text`. */
export type { Span as SpanRange } from '../core/article.js';
/** Site chrome set aside by reading, a name with its entity, the words a fact rests on (slot: the story's `GroupView.slot`), and the article with all of them. */
export type { ArticleBoilerplate as BoilerplateRange, ArticleMention as MentionSpan, ArticleFactSpan as FactSpan, ArticleView } from '../store/queries/article.js';

/** `GET /api/entities?q&limit` */
export interface EntitiesResponse {
  readonly entities: readonly EntitySummary[];
}

/** `GET /api/entities/:id/graph`: the entity and what is around it, bounded in size (`truncated` when nodes were left out). */
export type { GraphNode, GraphEdge, GraphView as GraphResponse } from '../store/queries/graph.js';

/** `GET /api/contradictions?limit&offset&story` */
export interface ContradictionsResponse {
  readonly total: number;
  readonly contradictions: readonly ContradictionView[];
}

/** `GET /api/search?q&limit` */
export interface SearchResponse {
  readonly hits: readonly SearchHit[];
}

/** `POST /api/articles` body: exactly one of `text` and `html`. */
export interface PostArticleRequest {
  readonly text?: string;
  readonly html?: string;
  /** A name for the article (its id when free), like a file name. */
  readonly name?: string;
  /** Publication date to assume, `YYYY-MM-DD`. */
  readonly published?: string;
}

/** `POST /api/articles` answer (201 when new, 200 when the store already held the same text). */
export interface PostArticleResponse {
  readonly id: string;
  readonly status: 'new' | 'known';
  readonly story: string | null;
  /** Slots that contradict after this article (sorted). */
  readonly contradictions: readonly string[];
}
