import type { Hono } from 'hono';

/** `/api/stories/:id` as a pattern matching `/api/stories/anything`. */
function pattern(path: string): RegExp {
  const segments = path.split('/').map((s) => (s.startsWith(':') ? '[^/]+' : s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  return new RegExp(`^${segments.join('/')}$`);
}

/**
 * The methods the app's `/api` routes answer on a path (empty: no such route). A request with
 * another method gets 405 and these in `Allow`, rather than a 404 that suggests the path is wrong.
 */
export function allowedMethods(app: Hono): (path: string) => string[] {
  const routes = app.routes.filter((r) => r.method !== 'ALL' && r.path.startsWith('/api/')).map((r) => ({ method: r.method, pattern: pattern(r.path) }));
  return (path) => [...new Set(routes.filter((r) => r.pattern.test(path)).map((r) => r.method))].sort();
}
