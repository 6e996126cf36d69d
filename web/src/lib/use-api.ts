import { useEffect, useState } from 'preact/hooks';

/** What a page knows about one request: still loading, failed, or answered. */
export type Loaded<T> = { readonly state: 'loading' } | { readonly state: 'error'; readonly error: Error } | { readonly state: 'done'; readonly data: T };

/**
 * Run `load` whenever `key` changes and keep only the latest answer: a page left before its
 * request answers aborts it, so a slow answer never overwrites the page shown after it.
 */
export function useApi<T>(key: string, load: (signal: AbortSignal) => Promise<T>): Loaded<T> {
  const [value, setValue] = useState<{ key: string; loaded: Loaded<T> }>({ key, loaded: { state: 'loading' } });
  useEffect(() => {
    const ctrl = new AbortController();
    setValue({ key, loaded: { state: 'loading' } });
    load(ctrl.signal).then(
      (data) => ctrl.signal.aborted || setValue({ key, loaded: { state: 'done', data } }),
      (error: unknown) => ctrl.signal.aborted || setValue({ key, loaded: { state: 'error', error: error instanceof Error ? error : new Error(String(error)) } }),
    );
    return () => ctrl.abort();
  }, [key]);
  // Between a key change and the effect, the old answer must not show under the new key.
  return value.key === key ? value.loaded : { state: 'loading' };
}
