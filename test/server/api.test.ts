import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hono } from 'hono';
import type { ArticleView, ContradictionsResponse, EntitiesResponse, EntityView, GraphResponse, OrgView, SearchResponse, StoriesResponse, StoryView, TimelineView } from '../../src/server/contract.js';
import type { Store } from '../../src/store/store.js';
import { examplesApp } from './helpers.js';

let app: Hono;
let store: Store;
let logged: string[];

beforeAll(async () => {
  ({ app, store, logged } = await examplesApp());
});
afterAll(async () => {
  await store.close();
});

async function get<T>(path: string, status = 200): Promise<T> {
  const res = await app.request(path);
  const body = (await res.json()) as T;
  expect(res.status, JSON.stringify(body).slice(0, 300)).toBe(status);
  expect(res.headers.get('content-type')).toMatch(/^application\/json/);
  return body;
}

describe('read routes over the examples', () => {
  it('lists the one story with its contradiction count, and answers with security headers', async () => {
    const res = await app.request('/api/stories');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    const body = (await res.json()) as StoriesResponse;
    expect(body.total).toBe(1);
    expect(body.stories[0]!.articles).toBe(3);
    expect(body.stories[0]!.contradictions).toBeGreaterThanOrEqual(1);
    expect((await get<StoriesResponse>('/api/stories?offset=1')).stories).toEqual([]);
  });

  it('shows a story by id, with or without the story: prefix', async () => {
    const { stories } = await get<StoriesResponse>('/api/stories');
    const id = stories[0]!.id;
    const story = await get<StoryView>(`/api/stories/${encodeURIComponent(id)}`);
    expect(story.articles.map((a) => a.id).sort()).toEqual(['broadcaster', 'rewrite-site', 'wire-agency']);
    expect(story.groups.contradict.length).toBeGreaterThanOrEqual(1);
    expect((await get<StoryView>(`/api/stories/${encodeURIComponent(id.replace(/^story:/, ''))}`)).id).toBe(id);
  });

  it('gives each article its text and spans inside it, facts linked to the story\'s fact groups', async () => {
    const story = await get<StoryView>(`/api/stories/${encodeURIComponent((await get<StoriesResponse>('/api/stories')).stories[0]!.id)}`);
    const groupSlots = new Set([...story.groups.contradict, ...story.groups.agree, ...story.groups.unique].map((g) => g.slot));
    const contradicted = new Set(story.groups.contradict.map((g) => g.slot));
    const verdicts = new Set<string>();
    for (const { id } of story.articles) {
      const article = await get<ArticleView>(`/api/articles/${id}`);
      expect(article.id).toBe(id);
      expect(article.story).toBe(story.id);
      const all = [...article.spans.paragraphs, ...article.spans.boilerplate, ...article.spans.mentions, ...article.spans.facts];
      for (const s of all) expect(0 <= s.start && s.start < s.end && s.end <= article.text.length, `${id} [${s.start}, ${s.end})`).toBe(true);
      expect(article.spans.paragraphs.length).toBeGreaterThan(1);
      // Paragraphs never overlap the site chrome set aside.
      for (const p of article.spans.paragraphs) for (const b of article.spans.boilerplate) expect(p.end <= b.start || b.end <= p.start).toBe(true);
      expect(article.spans.mentions.some((m) => m.entity !== null && article.text.slice(m.start, m.end).length > 0)).toBe(true);
      for (const f of article.spans.facts) {
        if (f.slot !== null && f.verdict !== null) expect(groupSlots.has(f.slot), f.slot).toBe(true);
        if (f.verdict) verdicts.add(f.verdict);
        if (f.slot !== null && contradicted.has(f.slot)) expect(f.verdict).toBe('contradict');
      }
    }
    expect(verdicts.has('contradict')).toBe(true);
    const html = await get<ArticleView>('/api/articles/broadcaster');
    expect(html.spans.boilerplate.length).toBeGreaterThan(0);
    expect(html.spans.boilerplate.every((b) => typeof b.kind === 'string')).toBe(true);
  });

  it('finds entities by any part of a name, folded, and filters by kind', async () => {
    const { entities } = await get<EntitiesResponse>('/api/entities?q=TURKMEN');
    expect(entities[0]?.id).toBe('country:TM');
    const orgs = await get<EntitiesResponse>('/api/entities?q=turk&kind=organisation');
    expect(orgs.entities.length).toBeGreaterThan(0);
    expect(orgs.entities.every((e) => e.kind === 'organisation')).toBe(true);
    expect((await get<EntitiesResponse>('/api/entities?q=zzqqxx')).entities).toEqual([]);
    expect((await get<EntitiesResponse>('/api/entities?limit=2')).entities).toHaveLength(2);
  });

  it('shows an entity by id or name, its timeline and an organisation by any of its names', async () => {
    const byName = await get<EntityView>('/api/entities/Turkmenistan');
    expect(byName.entity.id).toBe('country:TM');
    expect(byName.memberships.length).toBeGreaterThan(0);
    expect((await get<EntityView>('/api/entities/country%3ATM')).entity.name).toBe('Turkmenistan');
    const timeline = await get<TimelineView>('/api/timeline/Turkmenistan?limit=2');
    expect(timeline.items.length).toBeLessThanOrEqual(2);
    expect(timeline.total.count).toBeGreaterThanOrEqual(timeline.items.length);
    const org = await get<OrgView>(`/api/orgs/${encodeURIComponent('Organization of Turkic States')}`);
    expect(org.statuses.flatMap((s) => s.members.map((m) => m.memberId))).toContain('country:TM');
  });

  it('draws a bounded graph around an entity, every edge between listed nodes', async () => {
    const graph = await get<GraphResponse>('/api/entities/Turkmenistan/graph');
    expect(graph.nodes[0]!.id).toBe('country:TM');
    const ids = new Set(graph.nodes.map((n) => n.id));
    expect(ids.size).toBe(graph.nodes.length);
    expect(graph.edges.length).toBeGreaterThan(0);
    for (const e of graph.edges) expect(ids.has(e.source) && ids.has(e.target), `${e.source} -> ${e.target}`).toBe(true);
    expect(graph.nodes.some((n) => n.type === 'event')).toBe(true);
    const small = await get<GraphResponse>('/api/entities/Turkmenistan/graph?limit=2');
    expect(small.nodes.length).toBe(2);
    expect(small.truncated).toBe(true);
  });

  it('lists the contradiction of the examples, also by story', async () => {
    const all = await get<ContradictionsResponse>('/api/contradictions');
    expect(all.total).toBeGreaterThanOrEqual(1);
    const membership = all.contradictions.find((c) => c.slot.startsWith('membership|country:TM|'));
    expect(membership, JSON.stringify(all.contradictions.map((c) => c.slot))).toBeDefined();
    expect(new Set(membership!.claims.map((c) => c.article))).toEqual(new Set(['broadcaster', 'rewrite-site', 'wire-agency']));
    const story = (await get<StoriesResponse>('/api/stories')).stories[0]!.id;
    expect((await get<ContradictionsResponse>(`/api/contradictions?story=${encodeURIComponent(story)}`)).total).toBeGreaterThanOrEqual(1);
    expect((await get<ContradictionsResponse>('/api/contradictions?story=nothing')).total).toBe(0);
  });

  it('searches titles and texts', async () => {
    const { hits } = await get<SearchResponse>('/api/search?q=Khiva');
    expect(hits.map((h) => h.id).sort()).toEqual(['broadcaster', 'rewrite-site', 'wire-agency']);
    expect(hits[0]!.snippet).toContain('[Khiva]');
    expect((await get<SearchResponse>('/api/search?q=zzqqxx')).hits).toEqual([]);
  });
});

describe('errors', () => {
  it.each([
    ['/api/stories/nothing', 404, 'NOT_IN_STORE'],
    ['/api/articles/nothing', 404, 'NOT_IN_STORE'],
    ['/api/entities/Atlantis', 404, 'NOT_IN_STORE'],
    ['/api/orgs/Turkmenistan', 404, 'NOT_IN_STORE'],
    ['/api/timeline/Atlantis', 404, 'NOT_IN_STORE'],
    ['/api/no-such-route', 404, 'NOT_FOUND'],
    ['/api/stories?limit=0', 400, 'BAD_REQUEST'],
    ['/api/stories?limit=abc', 400, 'BAD_REQUEST'],
    ['/api/stories?limit=100000', 400, 'BAD_REQUEST'],
    ['/api/stories?offset=-1', 400, 'BAD_REQUEST'],
    ['/api/stories?sort=title', 400, 'BAD_REQUEST'],
    ['/api/search', 400, 'BAD_REQUEST'],
    ['/api/search?q=%20%20', 400, 'BAD_REQUEST'],
    ['/api/timeline/Turkmenistan?from=2025-13-01', 400, 'BAD_REQUEST'],
    ['/api/entities?kind=planet', 400, 'BAD_REQUEST'],
  ])('GET %s → %i %s', async (path, status, code) => {
    const body = await get<{ error: { code: string; message: string } }>(path, status);
    expect(body.error.code).toBe(code);
    expect(body.error.message.length).toBeGreaterThan(0);
    expect(JSON.stringify(body)).not.toMatch(/\bat .*\.[jt]s:\d+/); // no stack trace
  });

  it.each([
    ['POST', '/api/stories', 'GET'],
    ['DELETE', '/api/articles/broadcaster', 'GET'],
    ['GET', '/api/articles', 'POST'],
    ['PUT', '/api/entities/Turkey/graph', 'GET'],
  ])('%s %s → 405 METHOD_NOT_ALLOWED, Allow: %s', async (method, path, allow) => {
    const res = await app.request(path, { method });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe(allow);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('METHOD_NOT_ALLOWED');
  });

  it('answers an unexpected failure as a 500 INTERNAL without its details, and logs them', async () => {
    const { createApp } = await import('../../src/server/app.js');
    const lines: string[] = [];
    const broken = createApp({ read: () => Promise.reject(new Error('disk on fire at /secret/path')) } as unknown as Store, { log: (l) => lines.push(l) });
    const res = await broken.request('/api/stories');
    expect(res.status).toBe(500);
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('INTERNAL');
    expect(body.error.message).not.toContain('/secret/path');
    expect(lines.join('\n')).toContain('disk on fire');
    expect(logged).toEqual([]); // the examples' app met no such error
  });
});

describe('OpenAPI', () => {
  it('describes every route of the app', async () => {
    const doc = await get<{ openapi: string; paths: Record<string, Record<string, unknown>> }>('/api/openapi.json');
    expect(doc.openapi).toBe('3.1.0');
    const routes = app.routes.filter((r) => r.method !== 'ALL' && r.path.startsWith('/api/'));
    expect(routes.length).toBeGreaterThanOrEqual(12);
    for (const r of routes) {
      const path = r.path.replace(/:(\w+)/g, '{$1}');
      expect(doc.paths[path]?.[r.method.toLowerCase()], `${r.method} ${r.path}`).toBeDefined();
    }
    // And nothing is described that the app does not serve.
    const served = new Set(routes.map((r) => `${r.method.toLowerCase()} ${r.path.replace(/:(\w+)/g, '{$1}')}`));
    for (const [path, ops] of Object.entries(doc.paths)) for (const method of Object.keys(ops)) expect(served.has(`${method} ${path}`), `${method} ${path}`).toBe(true);
  });
});
