import { readFile, stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import type { Context } from 'hono';
import type { ApiContext } from '../context.js';
import { errorBody } from '../errors.js';

/** Content types of the files a Vite build holds. */
const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/** Shown at `/` when there is no built UI: the API works without it. */
const NOT_BUILT = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>dossier</title></head>
<body><h1>dossier</h1>
<p>The web UI was not built (no <code>dist/web/index.html</code>); run <code>npm run build</code>, or use the API:
<a href="/api/stories">/api/stories</a>, described at <a href="/api/openapi.json">/api/openapi.json</a>.</p>
</body></html>
`;

/**
 * Everything outside `/api`: files of the built UI, and `index.html` for other paths without a
 * file extension (the UI routes them itself). Paths never leave the UI's folder.
 */
export function staticRoutes({ app, settings }: ApiContext): void {
  const root = settings.webRoot === null ? null : resolve(settings.webRoot);
  app.get('*', async (c) => {
    // The app's not-found handler answers /api paths in JSON (404, or 405 for a known path).
    if (c.req.path === '/api' || c.req.path.startsWith('/api/')) return c.notFound();
    if (root === null) return c.html(NOT_BUILT);
    let path: string;
    try {
      path = decodeURIComponent(c.req.path);
    } catch {
      return c.json(errorBody('BAD_REQUEST', 'the path is not valid percent-encoding'), 400);
    }
    if (path.includes('\0')) return c.json(errorBody('BAD_REQUEST', 'the path holds a NUL character'), 400);
    const file = resolve(root, `.${path}`);
    // resolve() folds `..` away: anything that lands outside the root was an escape attempt.
    if (file !== root && !file.startsWith(root + sep)) return c.json(errorBody('NOT_FOUND', `no file ${c.req.path}`), 404);
    const served = await serveFile(c, file, path.startsWith('/assets/'));
    if (served) return served;
    if (extname(path) !== '') return c.json(errorBody('NOT_FOUND', `no file ${c.req.path}`), 404);
    return (await serveFile(c, resolve(root, 'index.html'), false)) ?? c.html(NOT_BUILT);
  });
}

/** A file with its content type, or null when there is no such file (directories are not listed). */
async function serveFile(c: Context, file: string, immutable: boolean): Promise<Response | null> {
  try {
    if (!(await stat(file)).isFile()) return null;
    const bytes = await readFile(file);
    c.header('Content-Type', CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream');
    // Vite names assets by content hash: they never change; index.html must be asked for again.
    c.header('Cache-Control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
    return c.body(bytes);
  } catch {
    return null;
  }
}
