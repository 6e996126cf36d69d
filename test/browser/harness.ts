/**
 * What every browser test needs: the bundled examples ingested into a temporary store, the HTTP
 * API with the built UI on a free port, and Debian's Chromium driven by playwright-core.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { chromium, type Browser, type Page } from 'playwright-core';
import { createApp } from '../../src/server/app.js';
import { ingest } from '../../src/store/ingest/ingest.js';
import { planIngest } from '../../src/store/ingest/tasks.js';
import { Store } from '../../src/store/store.js';
import { WEB_DIST } from './build-ui.js';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
/** Screenshots for a person to look at (git-ignored). */
export const SCREENSHOTS = join(ROOT, 'test-output', 'screenshots');
/** Debian's Chromium; never a browser downloaded by Playwright. */
export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** A running server over a temporary store holding `examples/`. */
export interface TestServer {
  readonly url: string;
  readonly store: Store;
  close(): Promise<void>;
}

/** Ingest `examples/` into a fresh store and serve it with the built UI on 127.0.0.1, port 0. */
export async function startServer(): Promise<TestServer> {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-browser-'));
  const store = Store.open(join(dir, 'test.db'), { create: true });
  const plan = planIngest([join(ROOT, 'examples')], () => new Uint8Array());
  await ingest(store, plan.tasks, { jobs: 1 });
  const app = createApp(store, { webRoot: WEB_DIST, log: () => {} });
  const server = await new Promise<ReturnType<typeof serve>>((ok) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => ok(s));
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    store,
    async close() {
      await new Promise<void>((ok) => server.close(() => ok()));
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** One headless Chromium per test file. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

/**
 * A page that records what must never happen: script errors, dialogs (`alert` from a payload),
 * and failed requests to anything but the test server (the UI works offline).
 */
export async function openPage(browser: Browser, server: TestServer, options: { width?: number; height?: number; bypassCSP?: boolean } = {}): Promise<{ page: Page; problems: string[] }> {
  const context = await browser.newContext({ viewport: { width: options.width ?? 1400, height: options.height ?? 900 }, reducedMotion: 'reduce', bypassCSP: options.bypassCSP ?? false });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('dialog', (d) => {
    problems.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('request', (r) => {
    if (!r.url().startsWith(server.url) && !r.url().startsWith('data:')) problems.push(`outside request: ${r.url()}`);
  });
  return { page, problems };
}

/** Save a screenshot as `test-output/screenshots/<name>.png`. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: false });
}
