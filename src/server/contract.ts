/**
 * The HTTP contract of `dossier serve`: what every route of `/api` takes and answers. Type-only
 * (no runtime imports), so the web UI can `import type` from it without bundling the server.
 * The routes are listed in `docs/api.md` and described for machines at `/api/openapi.json`.
 */
import type { BoilerplateKind } from '../core/article.js';
import type { ErrorCode } from '../core/errors.js';
import type { FactKind } from '../store/schema.js';
import type { EntityKind } from '../reconcile/types.js';
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
export interface SpanRange {
  readonly start: number;
  readonly end: number;
}

/** Site chrome set aside by reading. */
export interface BoilerplateRange extends SpanRange {
  readonly kind: BoilerplateKind;
}

/** A name in the text and the entity it was resolved to (null: no entity took it). */
export interface MentionSpan extends SpanRange {
  readonly name: string;
  readonly type: EntityKind;
  readonly entity: string | null;
}

/** Words a fact rests on. */
export interface FactSpan extends SpanRange {
  /** The stored fact's id (one fact may cite several spans). */
  readonly factId: number;
  readonly kind: FactKind;
  /** A readable summary of the fact ("Kazakhstan member of SCO"). */
  readonly label: string;
  /** The extraction rule that read these words. */
  readonly rule: string | null;
  /**
   * The reconciliation slot the fact was judged in: the same key as `GroupView.slot` in the
   * story, so the UI can link this fact to the same fact in other articles. Null when none.
   */
  readonly slot: string | null;
  /** The verdict of that slot within the article's story, or null. */
  readonly verdict: 'agree' | 'contradict' | 'unique' | null;
}

/** `GET /api/articles/:id`: an article's text with every span the store knows in it. */
export interface ArticleView {
  readonly id: string;
  readonly title: string | null;
  readonly path: string | null;
  readonly byline: string | null;
  readonly siteName: string | null;
  readonly published: string | null;
  /** The story it belongs to, or null. */
  readonly story: string | null;
  readonly text: string;
  readonly spans: {
    readonly paragraphs: readonly SpanRange[];
    readonly boilerplate: readonly BoilerplateRange[];
    readonly mentions: readonly MentionSpan[];
    readonly facts: readonly FactSpan[];
  };
}

/** `GET /api/entities?q&limit` */
export interface EntitiesResponse {
  readonly entities: readonly EntitySummary[];
}

/** A node of an entity's neighbourhood graph. */
export interface GraphNode {
  readonly id: string;
  readonly label: string;
  readonly type: EntityKind | 'event';
}

/** An edge: a fact linking two nodes (`kind` is the fact kind, `label` its value). */
export interface GraphEdge {
  readonly source: string;
  readonly target: string;
  readonly kind: FactKind;
  readonly label: string;
}

/** `GET /api/entities/:id/graph`: the entity and what is around it, bounded in size. */
export interface GraphResponse {
  readonly nodes: readonly GraphNode[];
  readonly edges: readonly GraphEdge[];
  /** True when nodes or edges were left out to keep the graph small. */
  readonly truncated: boolean;
}

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
