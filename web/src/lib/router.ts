/**
 * Hash routing: `#/story/<id>`, `#/entity/<id>`… Hash routes need nothing from the server, so a
 * bookmark works whatever path the UI is served under, and the API's paths never clash with them.
 */
import { useEffect, useState } from 'preact/hooks';

/** A parsed location: the page, its id (decoded) and its query parameters. */
export interface Route {
  readonly page: string;
  readonly id: string | null;
  readonly params: URLSearchParams;
}

/** Parse `#/page/id?query` (every part optional). */
export function parseHash(hash: string): Route {
  const raw = hash.replace(/^#\/?/, '');
  const qAt = raw.indexOf('?');
  const path = qAt < 0 ? raw : raw.slice(0, qAt);
  const params = new URLSearchParams(qAt < 0 ? '' : raw.slice(qAt + 1));
  const slash = path.indexOf('/');
  const page = slash < 0 ? path : path.slice(0, slash);
  let id: string | null = null;
  if (slash >= 0 && slash < path.length - 1) {
    try {
      id = decodeURIComponent(path.slice(slash + 1));
    } catch {
      id = path.slice(slash + 1);
    }
  }
  return { page, id, params };
}

/** The current route, updated on every hash change. */
export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseHash(location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseHash(location.hash));
    addEventListener('hashchange', onChange);
    return () => removeEventListener('hashchange', onChange);
  }, []);
  return route;
}

/** A span of an article to scroll to and highlight, written `start-end` in links. */
export interface At {
  readonly start: number;
  readonly end: number;
}

/** Read an `at=start-end` parameter (null when absent or malformed). */
export function parseAt(value: string | null): At | null {
  const m = /^(\d+)-(\d+)$/.exec(value ?? '');
  if (!m) return null;
  const start = Number(m[1]);
  const end = Number(m[2]);
  return end > start ? { start, end } : null;
}

function link(page: string, id?: string, params: Record<string, string | undefined> = {}): string {
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined) search.set(k, v);
  const s = search.toString();
  return `#/${page}${id === undefined ? '' : `/${encodeURIComponent(id)}`}${s ? `?${s}` : ''}`;
}

const atParam = (at?: At | null) => (at ? `${at.start}-${at.end}` : undefined);

/** Links to every page, so no page builds a URL by hand. */
export const href = {
  stories: () => '#/',
  story: (id: string, focus?: { article: string; at: At }) => link('story', id, { article: focus?.article, at: atParam(focus?.at) }),
  article: (id: string, at?: At | null) => link('article', id, { at: atParam(at) }),
  entity: (id: string) => link('entity', id),
  org: (id: string) => link('org', id),
  graph: (id: string) => link('graph', id),
  timeline: (id: string) => link('timeline', id),
  search: (query: string) => link('search', undefined, { q: query }),
  add: () => '#/add',
  contradictions: () => '#/contradictions',
  /** An entity's own page: organisations have their members page. */
  entityOf: (id: string, kind?: string | null) => (kind === 'organisation' || (!kind && id.startsWith('org:')) ? link('org', id) : link('entity', id)),
};
