import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, screenshot, startServer, type TestServer } from './harness.js';

/**
 * The story reader on the bundled examples: three reports of one summit, where the rewrite
 * site's "observer status" contradicts the others' "full member" (and its founding year theirs).
 */
describe('web UI: stories, a story, facts and entities', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  let problems: string[];

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    ({ page, problems } = await openPage(browser, server));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('lists the story with its article and contradiction counts, and opens it', async () => {
    await page.goto(server.url);
    const row = page.locator('table.stories tbody tr');
    await expect.poll(() => row.count()).toBe(1);
    const cells = await row.locator('td').allInnerTexts();
    expect(cells[1]).toBe('3');
    // Turkmenistan's status and the founding year, both planted in the examples
    expect(cells[3]).toBe('2');
    await screenshot(page, 'stories');
    await row.locator('a').click();
    await page.locator('.contradictions').waitFor();
    expect(page.url()).toContain('#/story/');
    expect(await page.title()).toBe(`${await page.locator('h1').innerText()} · dossier`);
  });

  it('shows the planted contradiction with both claims, and highlights it in every article', async () => {
    // the examples plant two: Turkmenistan's status and the organisation's founding year
    const panels = page.locator('.contradictions .contradiction');
    expect(await panels.count()).toBe(2);
    expect(await panels.filter({ hasText: 'founded in 2011' }).count()).toBe(1);
    const panel = page.locator('.contradictions .contradiction[data-slot^="membership|"]');
    expect(await panel.count()).toBe(1);
    const text = await panel.innerText();
    expect(text).toContain('Turkmenistan');
    expect(text).toContain('Organization of Turkic States');
    const values = await panel.locator('.claim-value strong').allInnerTexts();
    expect(values).toContain('observer');
    expect(values.some((v) => v.startsWith('member'))).toBe(true);

    await page.locator('.pane mark.fact').first().waitFor();
    const panes = page.locator('.pane[data-article]');
    expect(await panes.count()).toBe(3);
    // Every article marks its own statement of the contradicted membership in the contradiction colour.
    const slot = (await panel.getAttribute('data-slot'))!;
    for (let i = 0; i < 3; i++) {
      const marks = panes.nth(i).locator('mark.fact.v-contradict');
      expect(await marks.count()).toBeGreaterThan(0);
      const keys = await marks.evaluateAll((els) => els.map((e) => e.getAttribute('data-keys') ?? ''));
      expect(keys.some((k) => k.split(' ').includes(slot))).toBe(true);
    }
    const observer = page.locator('.pane mark.v-contradict', { hasText: 'observer status' });
    expect(await observer.count()).toBeGreaterThan(0);
    // The contradiction colour differs from an ordinary agreed fact's.
    const bg = (sel: string) => page.locator(sel).first().evaluate((e) => getComputedStyle(e).backgroundColor);
    expect(await bg('.pane mark.fact.v-contradict:not(.active)')).not.toBe(await bg('.pane mark.fact.v-agree:not(.active)'));
    await screenshot(page, 'story');
  });

  it('hovering a fact highlights the same fact in the other sources', async () => {
    const first = page.locator('.pane[data-article]').nth(0).locator('mark.fact.v-agree').first();
    const key = (await first.getAttribute('data-keys'))!.split(' ')[0]!;
    await first.hover();
    const active = page.locator('.pane[data-article] mark.fact.active');
    await expect.poll(() => active.count()).toBeGreaterThan(1);
    const articles = await active.evaluateAll((els) => [...new Set(els.map((e) => e.closest('[data-article]')?.getAttribute('data-article')))]);
    expect(articles.length).toBeGreaterThan(1);
    expect(await active.evaluateAll((els, k) => els.every((e) => (e.getAttribute('data-keys') ?? '').split(' ').includes(k)), key)).toBe(true);
    // The detail bar names the fact and its verdict.
    expect(await page.locator('.fact-detail').innerText()).toContain('sources agree');
    await page.mouse.move(0, 0);
    await expect.poll(() => active.count()).toBe(0);
  });

  it('follows a claim to its sentence: the words are highlighted and scrolled into view', async () => {
    const claim = page.locator('.contradictions .claim', { hasText: 'observer' }).first();
    const quoted = (await claim.locator('q.evidence').innerText()).replace(/[“”]/g, '');
    await claim.getByRole('button', { name: 'show in text' }).click();
    const focus = page.locator('.pane mark.focus');
    await expect.poll(() => focus.count()).toBeGreaterThan(0);
    const shown = (await focus.allInnerTexts()).join('');
    expect(shown).toBe(quoted);
    // In view within its pane.
    const inView = await focus.first().evaluate((el) => {
      const box = el.closest('.article-text')!.getBoundingClientRect();
      const r = el.getBoundingClientRect();
      return r.top >= box.top && r.bottom <= box.bottom && r.bottom <= innerHeight;
    });
    expect(inView).toBe(true);
    await screenshot(page, 'story-claim-followed');
  });

  it('selects facts from the keyboard', async () => {
    // A fact not selected yet (Enter toggles), found again by its place after re-rendering.
    const free = page.locator('.pane[data-article] mark.fact[tabindex="0"][aria-pressed="false"]').first();
    const article = await free.evaluate((e) => e.closest('[data-article]')!.getAttribute('data-article'));
    const start = await free.getAttribute('data-start');
    const stop = page.locator(`.pane[data-article="${article}"] mark.fact[tabindex="0"][data-start="${start}"]`);
    await stop.focus();
    await page.keyboard.press('Enter');
    expect(await stop.getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator('.fact-detail strong').first().innerText()).not.toBe('');
  });

  it('shows rewrite pairs with aligned passages, and fact groups by verdict', async () => {
    const rewrites = page.locator('.rewrite');
    expect(await rewrites.count()).toBeGreaterThan(0);
    expect(await rewrites.first().locator('h3').innerText()).toMatch(/score \d\.\d\d/);
    expect(await rewrites.first().locator('.passages tbody tr').count()).toBeGreaterThan(0);
    const columns = await page.locator('.group-column h3').allInnerTexts();
    expect(columns.map((c) => c.replace(/\s+\d+$/, ''))).toEqual(['Contradicted', 'Agreed', 'One source only']);
  });

  it('finds an entity with the search box, opens its page and follows a membership to the sentence it comes from', async () => {
    await page.getByRole('searchbox').fill('Turkmenistan');
    await page.getByRole('searchbox').press('Enter');
    await page.locator('section[aria-labelledby="ent-h"] a', { hasText: 'Turkmenistan' }).first().click();
    await page.locator('h1', { hasText: 'Turkmenistan' }).waitFor();
    const rows = page.locator('section[aria-labelledby="memberships-h"] tbody tr');
    expect(await rows.count()).toBeGreaterThan(0);
    expect(await rows.first().innerText()).toContain('Organization of Turkic States');
    await screenshot(page, 'entity');
    const source = rows.first().locator('a.source-link').first();
    const quoted = (await rows.first().locator('q.evidence').first().innerText()).replace(/[“”]/g, '');
    await source.click();
    const focus = page.locator('mark.focus');
    await expect.poll(() => focus.count()).toBeGreaterThan(0);
    // The list may clip long quotes with an ellipsis; the article shows the whole sentence.
    expect((await focus.allInnerTexts()).join('').startsWith(quoted.replace(/…$/, ''))).toBe(true);
    expect(await focus.first().isVisible()).toBe(true);
    expect(await focus.first().evaluate((el) => el.getBoundingClientRect().top >= 0 && el.getBoundingClientRect().bottom <= innerHeight)).toBe(true);
    await screenshot(page, 'article-cited-sentence');
  });

  it('shows the organisation page: members by status with since dates, and the timeline of joins', async () => {
    await page.goto(`${server.url}#/org/OTS`);
    const member = page.locator('.status-group', { has: page.locator('h3', { hasText: /^member\b/ }) });
    await member.first().waitFor();
    const row = member.first().locator('tr', { hasText: 'Turkmenistan' });
    expect(await row.locator('td').nth(1).innerText()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(Number(await row.locator('td').nth(2).innerText())).toBeGreaterThan(0);
    expect(await page.locator('ol.timeline li').count()).toBeGreaterThan(0);
    await screenshot(page, 'org');
  });

  it('draws the graph around an entity, whose nodes lead to their pages', async () => {
    await page.goto(`${server.url}#/graph/Turkmenistan`);
    await page.locator('.graph canvas').first().waitFor();
    const links = page.locator('details a');
    expect(await links.count()).toBeGreaterThan(0);
    await page.waitForTimeout(200);
    await screenshot(page, 'graph');
    // The entity sits in the middle of the drawing: a click on it opens its page.
    const box = (await page.locator('.graph').boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await expect.poll(() => page.url()).toMatch(/#\/entity\/country%3ATM$/);
    await page.locator('h2#memberships-h').waitFor();
  });

  it('searches names and words', async () => {
    await page.goto(server.url);
    await page.getByRole('searchbox').fill('Khiva');
    await page.getByRole('searchbox').press('Enter');
    await page.locator('.snippet mark').first().waitFor();
    expect((await page.locator('.snippet mark').first().innerText()).toLowerCase()).toBe('khiva');
  });

  it('stacks the articles on a narrow screen', async () => {
    const narrow = await openPage(browser, server, { width: 420, height: 860 });
    await narrow.page.goto(server.url);
    await narrow.page.locator('table.stories a').first().click();
    await narrow.page.locator('.pane[data-article] mark.fact').first().waitFor();
    const boxes = await narrow.page.locator('.pane[data-article]').evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).map((r) => ({ x: r.x, top: r.top, bottom: r.bottom, width: r.width })));
    expect(boxes).toHaveLength(3);
    for (let i = 1; i < boxes.length; i++) {
      expect(boxes[i]!.x).toBe(boxes[0]!.x);
      expect(boxes[i]!.top).toBeGreaterThanOrEqual(boxes[i - 1]!.bottom);
    }
    // Nothing wider than the screen.
    expect(await narrow.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(420);
    await narrow.page.mouse.move(0, 0);
    await screenshot(narrow.page, 'story-narrow');
    await narrow.page.context().close();
    expect(narrow.problems).toEqual([]);
  });

  it('ran without script errors, dialogs or requests leaving the server', () => {
    expect(problems).toEqual([]);
  });

  // Last: the 404 it provokes is logged by the browser as a failed resource.
  it('shows the API error code for an unknown story', async () => {
    await page.goto(`${server.url}#/story/no-such-story`);
    const error = page.locator('main [role="alert"]');
    await error.waitFor();
    expect(await error.innerText()).toMatch(/^NOT_(IN_STORE|FOUND): /);
  });
});
