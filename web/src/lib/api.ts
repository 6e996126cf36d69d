/**
 * Typed calls to dossier's HTTP API. The types come from the server's contract (type-only imports,
 * erased at build time), so a change of the API shows up here as a type error.
 */
import type {
  ApiError as ApiErrorBody,
  ArticleView,
  ContradictionsResponse,
  EntitiesResponse,
  EntityView,
  GraphResponse,
  OrgView,
  PostArticleRequest,
  PostArticleResponse,
  SearchResponse,
  StoriesResponse,
  StoryView,
  TimelineView,
} from '../../../src/server/contract.js';

/** An answer other than 2xx, with the API's stable error code. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** The API's root, relative to the page so the UI works under any path the server mounts it at. */
const ROOT = 'api';

async function call<T>(path: string, init?: RequestInit): Promise<T> {
  let res: Response;
  try {
    res = await fetch(`${ROOT}${path}`, { ...init, headers: { accept: 'application/json', ...init?.headers } });
  } catch (err) {
    if (err instanceof DOMException && err.name === 'AbortError') throw err;
    throw new ApiError(0, 'NETWORK', 'the server did not answer (is `dossier serve` running?)');
  }
  const body: unknown = await res.json().catch(() => null);
  if (!res.ok) {
    const error = (body as Partial<ApiErrorBody> | null)?.error;
    throw new ApiError(res.status, error?.code ?? `HTTP_${res.status}`, error?.message ?? res.statusText);
  }
  return body as T;
}

const q = (params: Record<string, string | number | undefined>): string => {
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') search.set(k, String(v));
  const s = search.toString();
  return s ? `?${s}` : '';
};
const id = encodeURIComponent;

/** Signals let a page drop the answer to a request it no longer needs. */
type Opt = { signal?: AbortSignal };

export const api = {
  stories: (p: { limit?: number; offset?: number } = {}, o: Opt = {}) => call<StoriesResponse>(`/stories${q(p)}`, o),
  story: (storyId: string, o: Opt = {}) => call<StoryView>(`/stories/${id(storyId)}`, o),
  article: (articleId: string, o: Opt = {}) => call<ArticleView>(`/articles/${id(articleId)}`, o),
  entities: (query: string, limit = 20, o: Opt = {}) => call<EntitiesResponse>(`/entities${q({ q: query, limit })}`, o),
  entity: (entityId: string, o: Opt = {}) => call<EntityView>(`/entities/${id(entityId)}`, o),
  graph: (entityId: string, o: Opt = {}) => call<GraphResponse>(`/entities/${id(entityId)}/graph`, o),
  org: (orgId: string, o: Opt = {}) => call<OrgView>(`/orgs/${id(orgId)}`, o),
  timeline: (entityId: string, o: Opt = {}) => call<TimelineView>(`/timeline/${id(entityId)}`, o),
  contradictions: (p: { limit?: number; offset?: number; story?: string } = {}, o: Opt = {}) => call<ContradictionsResponse>(`/contradictions${q(p)}`, o),
  search: (query: string, limit = 20, o: Opt = {}) => call<SearchResponse>(`/search${q({ q: query, limit })}`, o),
  addArticle: (body: PostArticleRequest) =>
    call<PostArticleResponse>('/articles', { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json' } }),
};
