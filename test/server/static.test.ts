import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/server/app.js';
import { Store } from '../../src/store/store.js';

// A stand-in for dist/web, beside a file that must never be served.
const dir = mkdtempSync(join(tmpdir(), 'dossier-static-'));
const web = join(dir, 'web');
mkdirSync(join(web, 'assets'), { recursive: true });
writeFileSync(join(web, 'index.html'), '<!doctype html><title>ui</title><script type="module" src="/assets/app-1234.js"></script>');
writeFileSync(join(web, 'assets', 'app-1234.js'), 'console.log("ui");');
writeFileSync(join(web, 'assets', 'app-1234.css'), 'body { color: black; }');
writeFileSync(join(web, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
writeFileSync(join(dir, 'secret.txt'), 'not for the web');

let store: Store;
beforeAll(() => {
  store = Store.open(join(dir, 'store.db'), { create: true });
});
afterAll(async () => {
  await store.close();
});

describe('the built UI', () => {
  const app = () => createApp(store, { webRoot: web });

  it.each([
    ['/', 'text/html', '<title>ui</title>'],
    ['/assets/app-1234.js', 'text/javascript', 'console.log'],
    ['/assets/app-1234.css', 'text/css', 'color: black'],
    ['/favicon.svg', 'image/svg+xml', '<svg'],
    ['/stories/story:broadcaster', 'text/html', '<title>ui</title>'], // the UI's own route
    ['/entities/Turkey%20x', 'text/html', '<title>ui</title>'],
  ])('GET %s is %s', async (path, type, content) => {
    const res = await app().request(path);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain(type);
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(await res.text()).toContain(content);
  });

  it('caches hashed assets for good and index.html never', async () => {
    expect((await app().request('/assets/app-1234.js')).headers.get('cache-control')).toContain('immutable');
    expect((await app().request('/')).headers.get('cache-control')).toBe('no-cache');
  });

  it('answers a missing file with 404, and never the UI for /api paths', async () => {
    expect((await app().request('/assets/missing.js')).status).toBe(404);
    const api = await app().request('/api/nothing/here');
    expect(api.status).toBe(404);
    expect(api.headers.get('content-type')).toMatch(/^application\/json/);
  });

  it.each(['/../secret.txt', '/..%2fsecret.txt', '/assets/..%2f..%2fsecret.txt', '/%2e%2e/secret.txt', '/assets/%2e%2e/%2e%2e/secret.txt', '/..\\secret.txt'])('never leaves its folder: %s', async (path) => {
    const res = await app().request(path);
    expect(res.status).toBe(404);
    expect(await res.text()).not.toContain('not for the web');
  });

  it('refuses broken percent-encoding', async () => {
    expect((await app().request('/%E0%A4%A')).status).toBe(400);
  });

  it('says the UI was not built when there is none, and the API still works', async () => {
    for (const root of [null, join(dir, 'no-such-folder')]) {
      const bare = createApp(store, { webRoot: root });
      const res = await bare.request('/');
      expect(res.status).toBe(200);
      expect(await res.text()).toContain('not built');
      expect((await bare.request('/api/stories')).status).toBe(200);
    }
  });
});
