import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, screenshot, startServer, type TestServer } from './harness.js';

/** Markup an article may carry in its text: each would run something if put into the page as HTML. */
const PAYLOADS = ['<script>window.__pwned = "script"</script>', '<img src=x onerror="window.__pwned = \'img\'; alert(1)">', '<svg onload="window.__pwned = \'svg\'">'];

const ARTICLE = [
  `Ministers meet in Vilnius to discuss <b>grid</b> links ${PAYLOADS[0]}`,
  `VILNIUS, March 3 - Energy ministers of the Baltic states met in Vilnius on Monday to discuss new links between their power grids, officials said. ${PAYLOADS[1]}`,
  `"We have agreed on the next steps," the Lithuanian minister told reporters after the meeting. ${PAYLOADS[2]}`,
  'The ministers are expected to meet again in Riga in the autumn, when the first line is due to open.',
].join('\n\n');

/**
 * Article text is third-party input: a posted article carrying script payloads must show them as
 * text and run nothing. The page is opened with the server's Content-Security-Policy bypassed, so
 * the UI itself is tested, not only the header that would otherwise block inline scripts.
 */
describe('web UI: articles with script payloads', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  let problems: string[];

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    ({ page, problems } = await openPage(browser, server, { bypassCSP: true }));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const pwned = () => page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned);

  it('posts pasted text through the add page, which links to the article and its story', async () => {
    await page.goto(`${server.url}#/add`);
    await page.getByLabel('Text or HTML').fill(ARTICLE);
    await page.getByLabel('Read as').selectOption('text');
    await page.getByLabel('Name (optional)').fill('payload-text');
    await page.getByLabel('Published (optional)').fill('2026-03-03');
    await page.getByRole('button', { name: 'Add article' }).click();
    const result = page.locator('section.result');
    await result.waitFor();
    expect(await result.locator('h2').innerText()).toBe('Added');
    expect(await result.locator('a').first().getAttribute('href')).toMatch(/^#\/article\//);
    await screenshot(page, 'add-article');
    await result.locator('a').first().click();
    await page.locator('.article-text').waitFor();
  });

  it('shows the payloads literally and runs none of them', async () => {
    const text = await page.locator('.article-text').innerText();
    for (const p of PAYLOADS) expect(text).toContain(p);
    expect(await page.locator('h1').innerText()).toContain('<script>');
    // Nothing from the article became an element.
    expect(await page.locator('main script, main img, main svg, main b').count()).toBe(0);
    expect(await pwned()).toBeUndefined();
    await screenshot(page, 'payload-article');
  });

  it('keeps an HTML page’s escaped markup as text, in the article and in the story list', async () => {
    const paragraphs = [
      'BERLIN, May 5 - Leaders of the Group of Seven met in Berlin on Tuesday for two days of talks on trade, energy and the war in Ukraine, officials said, and the first session went on late into the evening.',
      "One delegate wrote &lt;script&gt;window.__pwned = 'escaped'&lt;/script&gt; on a whiteboard during a break, the agency reported, to the amusement of the technical staff who were setting up the hall.",
      'The chancellor, who chaired the meeting, told reporters that the leaders had agreed to coordinate their support for grid projects and to meet their ministers again before the end of the year.',
      'Officials from the host country said the final statement would be published on Wednesday, after the leaders had reviewed a draft prepared by their negotiators over the past three weeks.',
      'The leaders are expected to meet again in the autumn, officials said on Tuesday, when the presidency passes to the next member of the group.',
    ];
    const html = `<!doctype html><html><head><title>Summit &lt;img src=x onerror=alert(2)&gt; report</title>
      <script>window.__pwned = 'head'</script></head><body><article><h1>Summit &lt;img src=x onerror=alert(2)&gt; report</h1>
      ${paragraphs.map((p, i) => (i === 2 ? `<p onclick="window.__pwned = 'attr'">${p}</p>` : `<p>${p}</p>`)).join('\n')}</article></body></html>`;
    const res = await page.request.post(`${server.url}api/articles`, { data: { html, name: 'payload-html', published: '2026-05-05' } });
    expect(res.status()).toBe(201);
    const { id } = (await res.json()) as { id: string };
    await page.goto(`${server.url}#/article/${encodeURIComponent(id)}`);
    await page.locator('.article-text').waitFor();
    const text = await page.locator('.article-text').innerText();
    expect(text).toContain("<script>window.__pwned = 'escaped'</script>");
    expect(text).toContain('<img src=x onerror=alert(2)>');
    expect(await page.locator('main img, main script').count()).toBe(0);
    await page.goto(server.url);
    await page.locator('table.stories').waitFor();
    expect(await page.locator('table.stories').innerText()).toContain('<img src=x onerror=alert(2)>');
    expect(await page.locator('main img').count()).toBe(0);
    expect(await pwned()).toBeUndefined();
  });

  it('search snippets stay text too', async () => {
    await page.goto(`${server.url}#/search?q=${encodeURIComponent('whiteboard')}`);
    await page.locator('.snippet').first().waitFor();
    expect(await page.locator('main .snippet script, main .snippet img').count()).toBe(0);
    expect(await pwned()).toBeUndefined();
  });

  it('fired no dialog and no script error', () => {
    expect(problems).toEqual([]);
  });
});
