import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { DEFAULT_MAX_BYTES } from '../read/limits.js';
import type { Store } from '../store/store.js';
import type { ApiContext, ApiSettings } from './context.js';
import { errorBody, respondError } from './errors.js';
import { allowedMethods } from './method-not-allowed.js';
import { articleRoutes } from './routes/articles.js';
import { contradictionRoutes } from './routes/contradictions.js';
import { entityRoutes } from './routes/entities.js';
import { openApiRoutes } from './routes/openapi.js';
import { orgRoutes } from './routes/orgs.js';
import { searchRoutes } from './routes/search.js';
import { staticRoutes } from './routes/static.js';
import { storyRoutes } from './routes/stories.js';
import { securityHeaders } from './security.js';
import { WriteQueue } from './write-queue.js';

/** Options for {@link createApp}. */
export interface AppOptions {
  /** Largest request body in bytes; default 5 MB, as `dossier read --max-bytes`. */
  readonly maxBytes?: number;
  /** Folder of the built web UI (`dist/web`); null or absent: `/` says the UI was not built. */
  readonly webRoot?: string | null;
  /** Where server errors are logged; default: standard error. */
  readonly log?: (line: string) => void;
  /** Clock for stored articles' ingest time (ISO). */
  readonly now?: () => string;
}

/**
 * The HTTP API over an open store, as a Hono app: JSON routes under `/api`, the web UI elsewhere.
 * It opens no port (`app.request()` drives it in tests; `dossier serve` binds it) and does not
 * close the store.
 * @example
 * const app = createApp(Store.open('dossier.db'));
 * const res = await app.request('/api/stories');
 */
export function createApp(store: Store, options: AppOptions = {}): Hono {
  const settings: ApiSettings = {
    maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES,
    webRoot: options.webRoot ?? null,
    log: options.log ?? ((line) => void process.stderr.write(`dossier serve: ${line}\n`)),
    now: options.now ?? (() => new Date().toISOString()),
  };
  const app = new Hono();
  const context: ApiContext = { app, store, settings, writes: new WriteQueue() };

  app.use('*', securityHeaders());
  app.use(
    '/api/*',
    bodyLimit({
      maxSize: settings.maxBytes,
      onError: (c) => c.json(errorBody('PAYLOAD_TOO_LARGE', `the request body is over the limit of ${settings.maxBytes} bytes`), 413),
    }),
  );

  storyRoutes(context);
  articleRoutes(context);
  entityRoutes(context);
  orgRoutes(context);
  contradictionRoutes(context);
  searchRoutes(context);
  openApiRoutes(context);
  // Last: everything the API does not answer is the UI's.
  staticRoutes(context);

  const allowed = allowedMethods(app);
  app.notFound((c) => {
    const methods = allowed(c.req.path);
    if (methods.length === 0) return c.json(errorBody('NOT_FOUND', `no route ${c.req.method} ${c.req.path}`), 404);
    c.header('Allow', methods.join(', '));
    return c.json(errorBody('METHOD_NOT_ALLOWED', `${c.req.path} answers ${methods.join(', ')}, not ${c.req.method}`), 405);
  });
  app.onError((error, c) => respondError(c, error, settings.log));
  return app;
}
