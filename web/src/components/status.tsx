import type { ComponentChildren, JSX } from 'preact';
import { ApiError } from '../lib/api.js';
import type { Loaded } from '../lib/use-api.js';

/** The error an API call ended with, code first (the same codes as the CLI). */
export function ErrorBox({ error }: { readonly error: Error }): JSX.Element {
  const code = error instanceof ApiError ? error.code : 'ERROR';
  return (
    <div class="error" role="alert">
      <strong>{code}</strong>: {error.message}
    </div>
  );
}

/** Render `children(data)` once loaded; a loading line or the error before that. */
export function Await<T>({ loaded, children }: { readonly loaded: Loaded<T>; readonly children: (data: T) => ComponentChildren }): JSX.Element {
  if (loaded.state === 'loading')
    return (
      <p class="loading" role="status">
        Loading…
      </p>
    );
  if (loaded.state === 'error') return <ErrorBox error={loaded.error} />;
  return <>{children(loaded.data)}</>;
}
