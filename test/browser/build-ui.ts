import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
/** The web UI's sources and the folder `npm run build` writes it to. */
export const WEB_DIR = join(ROOT, 'web');
export const WEB_DIST = join(ROOT, 'dist', 'web');

function newest(dir: string): number {
  let t = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    t = Math.max(t, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return t;
}

/** Whether `dist/web` is missing or older than a file of `web/`. */
export function uiIsStale(): boolean {
  try {
    return statSync(join(WEB_DIST, 'index.html')).mtimeMs < newest(WEB_DIR);
  } catch {
    return true;
  }
}

/**
 * Vitest global setup of the browser tests: build the UI once for every test file, unless
 * `npm run build` just did (so `npm test` does not build it twice).
 */
export default async function setup(): Promise<void> {
  if (!uiIsStale()) return;
  const { build } = await import('vite');
  await build({ configFile: join(WEB_DIR, 'vite.config.ts'), logLevel: 'error' });
}
