import type { Hono } from 'hono';
import type { Store } from '../store/store.js';
import type { WriteQueue } from './write-queue.js';

/** Settings of the API, with their defaults filled in. */
export interface ApiSettings {
  /** Largest request body, in bytes (the article limit of `dossier read --max-bytes`). */
  readonly maxBytes: number;
  /** The built web UI's folder, or null to serve none. */
  readonly webRoot: string | null;
  /** Where server-side errors are written (never into responses). */
  readonly log: (line: string) => void;
  /** The time recorded on stored articles (ISO); tests pin it. */
  readonly now: () => string;
}

/** What every route file registers its routes with. */
export interface ApiContext {
  readonly app: Hono;
  readonly store: Store;
  readonly settings: ApiSettings;
  /** Store writes, one at a time (SQLite has one writer). */
  readonly writes: WriteQueue;
}
