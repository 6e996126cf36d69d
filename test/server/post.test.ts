import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hono } from 'hono';
import type { ApiError, ArticleView, PostArticleResponse, StoriesResponse } from '../../src/server/contract.js';
import type { Store } from '../../src/store/store.js';
import { examplesApp, postJson } from './helpers.js';

let app: Hono;
let store: Store;

beforeAll(async () => {
  ({ app, store } = await examplesApp());
});
afterAll(async () => {
  await store.close();
});

// An invented report (no real outlet's words): enough for reading, extraction and a story.
const REPORT = [
  'Delegates gather in Velmora for coastal states forum',
  '',
  'VELMORA, March 3 — Foreign ministers of the Nordic Council met in Velmora on Tuesday to discuss fisheries and shipping lanes.',
  '',
  'Iceland is a member of the Nordic Council, officials said, and its minister chaired the first session.',
].join('\n');

async function post(body: unknown, init: Record<string, string> = {}) {
  const res = await app.request('/api/articles', postJson(body, init));
  return { status: res.status, body: (await res.json()) as PostArticleResponse & ApiError, headers: res.headers };
}

describe('POST /api/articles', () => {
  it('stores a new article (201), then knows the same text (200, same id), changing nothing', async () => {
    const before = ((await (await app.request('/api/stories')).json()) as StoriesResponse).total;
    const first = await post({ text: REPORT, name: 'velmora-forum.txt', published: '2025-03-04' });
    expect(first.status).toBe(201);
    expect(first.body.status).toBe('new');
    expect(first.body.id).toBe('velmora-forum');
    expect(first.body.story).toMatch(/^story:/);
    const second = await post({ text: REPORT, name: 'another-name.txt' });
    expect(second.status).toBe(200);
    expect(second.body).toEqual({ ...first.body, status: 'known' });
    const after = ((await (await app.request('/api/stories')).json()) as StoriesResponse).total;
    expect(after).toBe(before + 1);
    const article = (await (await app.request(`/api/articles/${first.body.id}`)).json()) as ArticleView;
    expect(article.text).toBe(REPORT);
    expect(article.published).toBe('2025-03-04');
    expect(article.spans.paragraphs.length).toBeGreaterThan(1);
  });

  it('gives an article without a name a content-derived id', async () => {
    const { status, body } = await post({ text: `${REPORT}\n\nThe forum closes on Wednesday.` });
    expect(status).toBe(201);
    expect(body.id).toMatch(/^article-[0-9a-f]{12}$/);
  });

  it('reads posted HTML as HTML, and reports the contradiction an article brings', async () => {
    const html = `<!doctype html><html><head><title>Turkmenistan stays observer</title></head><body>
      <nav><a href="/">Home</a> <a href="/world">World</a></nav>
      <article><h1>Turkmenistan stays an observer of Turkic States group</h1>
      <p>KHIVA, Nov 14 — Leaders of the Organization of Turkic States met in Khiva on Friday.</p>
      <p>Turkmenistan, which holds observer status, is expected to join later, officials said.</p>
      <p>The leaders spent most of the day on transport corridors across the Caspian Sea, customs rules at shared borders and a common fund for small businesses, according to a statement issued after the talks.</p>
      <p>Officials said a working group would report on the corridors before the next meeting, and that ministers of finance would meet in the spring to settle the size of the fund.</p></article>
      <footer>© An invented outlet</footer></body></html>`;
    const { status, body } = await post({ html, name: 'observer-page.html', published: '2025-11-14' });
    expect(status).toBe(201);
    expect(body.contradictions.some((s) => s.startsWith('membership|country:TM|'))).toBe(true);
    const article = (await (await app.request(`/api/articles/${body.id}`)).json()) as ArticleView;
    expect(article.text).not.toContain('<p>');
    expect(article.spans.boilerplate.length).toBeGreaterThan(0);
  });

  it('returns an article holding <script> as plain JSON text, under a CSP that forbids inline script', async () => {
    const text = `Leaders meet in Velmora again\n\nVELMORA, March 5 — <script>alert("owned")</script> The ministers met again on Thursday.\n\n<img src=x onerror=alert(1)> Iceland chaired the meeting.`;
    const { status, body } = await post({ text, name: 'script-inside.txt' });
    expect(status).toBe(201);
    const res = await app.request(`/api/articles/${body.id}`);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
    expect(res.headers.get('content-security-policy')).not.toContain('unsafe-inline');
    const article = (await res.json()) as ArticleView;
    // Posted as text, it stays text: the tags are characters of the article, not markup.
    expect(article.text).toBe(text);
  });

  it('stores articles posted at the same time one after the other', async () => {
    const bodies = [1, 2, 3].map((n) => ({ text: `Forum day ${n} in Velmora\n\nVELMORA, March ${n + 5} — The coastal states forum met for day ${n} on Tuesday. Iceland spoke first.`, name: `day-${n}.txt` }));
    const results = await Promise.all(bodies.map((b) => post(b)));
    expect(results.map((r) => r.status)).toEqual([201, 201, 201]);
    expect(results.map((r) => r.body.id)).toEqual(['day-1', 'day-2', 'day-3']);
  });
});

describe('POST /api/articles errors', () => {
  it.each([
    ['empty text', { text: '  \n ' }, 422, 'EMPTY_INPUT'],
    ['a page with no article', { html: '<html><body><nav><a href="/">Home</a> <a href="/a">A</a></nav><p>Hi.</p></body></html>' }, 422, 'NOT_AN_ARTICLE'],
    ['binary text', { text: 'abc\u0000\u0001\u0002\u0003def' }, 422, 'BINARY_INPUT'],
    ['both text and html', { text: 'a', html: '<p>a</p>' }, 400, 'BAD_REQUEST'],
    ['neither text nor html', { name: 'x' }, 400, 'BAD_REQUEST'],
    ['an unknown field', { text: 'a', url: 'http://example.org' }, 400, 'BAD_REQUEST'],
    ['a date that does not exist', { text: REPORT, published: '2025-02-30' }, 400, 'BAD_REQUEST'],
    ['a name with a slash', { text: REPORT, name: '../../etc/passwd' }, 400, 'BAD_REQUEST'],
    ['not an object', [1, 2], 400, 'BAD_REQUEST'],
    ['invalid JSON', '{"text": ', 400, 'BAD_REQUEST'],
  ])('%s → %i %s', async (_, body, status, code) => {
    const res = await post(body);
    expect(res.status).toBe(status);
    expect(res.body.error.code).toBe(code);
  });

  it('refuses a body that is not JSON with 415', async () => {
    const res = await app.request('/api/articles', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: REPORT });
    expect(res.status).toBe(415);
    expect(((await res.json()) as ApiError).error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('refuses a body over the 5 MB default with 413, before reading it', async () => {
    const big = JSON.stringify({ text: 'word '.repeat(1_100_000) });
    expect(big.length).toBeGreaterThan(5 * 1024 * 1024);
    const res = await app.request('/api/articles', postJson(big));
    expect(res.status).toBe(413);
    expect(((await res.json()) as ApiError).error.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('stored nothing for the refused requests', async () => {
    const { total } = (await (await app.request('/api/stories?limit=500')).json()) as StoriesResponse;
    const count = await store.read((db) => db.selectFrom('articles').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow());
    expect(total).toBeGreaterThan(0);
    expect(Number(count.n)).toBe(3 + 7); // the examples and the articles the tests above stored
  });
});
