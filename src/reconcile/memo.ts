/**
 * A bounded memo for pure functions of one string: the same names and texts come back many times
 * in one ingest (every candidate entity's aliases, every candidate article's text), and folding
 * them is the bulk of reconciliation's time. Results must be treated as read-only.
 */
export function memoise<T>(fn: (key: string) => T, limit = 4096): (key: string) => T {
  let cache = new Map<string, T>();
  return (key: string) => {
    const hit = cache.get(key);
    if (hit !== undefined || cache.has(key)) return hit as T;
    const value = fn(key);
    // Dropping everything at the limit keeps memory bounded without bookkeeping per entry.
    if (cache.size >= limit) cache = new Map();
    cache.set(key, value);
    return value;
  };
}
