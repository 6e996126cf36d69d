import { z } from 'zod';
import { VERSION } from '../version.js';
import { postArticleBody } from './routes/articles.js';

/** A JSON Schema object (OpenAPI 3.1 schemas are JSON Schema 2020-12). */
type Schema = Record<string, unknown>;

const str = { type: 'string' };
const int = { type: 'integer' };
const nullable = (schema: Schema): Schema => ({ oneOf: [schema, { type: 'null' }] });
const obj = (properties: Record<string, Schema>, description?: string): Schema => ({ type: 'object', properties, required: Object.keys(properties), ...(description ? { description } : {}) });
const array = (items: Schema): Schema => ({ type: 'array', items });
const ref = (name: string): Schema => ({ $ref: `#/components/schemas/${name}` });
const span = { start: int, end: int };

/** Response schemas; the views the CLI's `--json` prints are described, not spelt out field by field. */
const SCHEMAS: Record<string, Schema> = {
  Error: obj({ error: obj({ code: { ...str, description: 'stable code (docs/api.md, README error codes)' }, message: str }) }),
  StoryListItem: obj({ id: str, title: nullable(str), articles: int, firstPublished: nullable(str), lastPublished: nullable(str), contradictions: int }),
  StoriesResponse: obj({ total: int, stories: array(ref('StoryListItem')) }),
  StoryView: { type: 'object', description: 'as `dossier story ID --json`: { id, title, firstPublished, lastPublished, articles, rewrites, groups: { contradict, agree, unique } }', required: ['id', 'articles', 'rewrites', 'groups'] },
  ArticleView: obj({
    id: str,
    title: nullable(str),
    path: nullable(str),
    byline: nullable(str),
    siteName: nullable(str),
    published: nullable(str),
    story: nullable(str),
    text: { ...str, description: 'offsets of every span are UTF-16 code units into this text' },
    spans: obj({
      paragraphs: array(obj(span)),
      boilerplate: array(obj({ ...span, kind: str })),
      mentions: array(obj({ ...span, name: str, type: { enum: ['person', 'country', 'organisation'] }, entity: nullable(str) })),
      facts: array(obj({ ...span, factId: int, kind: str, label: str, rule: nullable(str), slot: nullable(str), verdict: nullable({ enum: ['agree', 'contradict', 'unique'] }) })),
    }),
  }),
  EntitySummary: obj({ id: str, kind: { enum: ['person', 'country', 'organisation'] }, name: str, kbId: nullable(str), aliases: array(str) }),
  EntitiesResponse: obj({ entities: array(ref('EntitySummary')) }),
  EntityView: { type: 'object', description: 'as `dossier entity NAME --json`: { entity, articles, offices, memberships, events, quotes }', required: ['entity', 'offices', 'memberships', 'events', 'quotes'] },
  GraphResponse: obj({
    nodes: array(obj({ id: str, label: str, type: { enum: ['person', 'country', 'organisation', 'event'] } })),
    edges: array(obj({ source: str, target: str, kind: str, label: str })),
    truncated: { type: 'boolean' },
  }),
  OrgView: { type: 'object', description: 'as `dossier org NAME --json`: { organisation, statuses, articles }', required: ['organisation', 'statuses', 'articles'] },
  TimelineView: { type: 'object', description: 'as `dossier timeline NAME --json`: { entity, total, items }', required: ['entity', 'total', 'items'] },
  ContradictionsResponse: { type: 'object', description: 'as `dossier contradictions --json`', properties: { total: int, contradictions: { type: 'array', items: { type: 'object' } } }, required: ['total', 'contradictions'] },
  SearchResponse: obj({ hits: array(obj({ id: str, title: nullable(str), published: nullable(str), path: nullable(str), snippet: str })) }),
  PostArticleResponse: obj({ id: str, status: { enum: ['new', 'known'] }, story: nullable(str), contradictions: array(str) }),
};

type Param = { name: string; in: 'path' | 'query'; required: boolean; description: string; schema: Schema };
const idPath = (what: string): Param => ({ name: 'id', in: 'path', required: true, description: what, schema: str });
const query = (name: string, description: string, schema: Schema = str, required = false): Param => ({ name, in: 'query', required, description, schema });
const limit = (fallback: number) => query('limit', `items at most (default ${fallback})`, { type: 'integer', minimum: 1, maximum: 500, default: fallback });
const offset = query('offset', 'items to skip', { type: 'integer', minimum: 0, default: 0 });

const errors = (...statuses: number[]) =>
  Object.fromEntries(statuses.map((s) => [String(s), { description: ERROR_MEANINGS[s] ?? 'error', content: { 'application/json': { schema: ref('Error') } } }]));
const ERROR_MEANINGS: Record<number, string> = {
  400: 'bad input (BAD_REQUEST: query or body; AMBIGUOUS_NAME: several entities go by the name)',
  404: 'no such id or name (NOT_IN_STORE) or route (NOT_FOUND)',
  413: 'body over the limit (PAYLOAD_TOO_LARGE) or article too large (INPUT_TOO_LARGE)',
  415: 'the body is not application/json (UNSUPPORTED_MEDIA_TYPE)',
  422: "the article cannot be read as one: the reader's code (EMPTY_INPUT, BINARY_INPUT, INVALID_ENCODING, MALFORMED_HTML, NOT_AN_ARTICLE)",
  500: 'store or internal error',
  503: 'the store is locked by another writer (STORE_LOCKED); try again',
};
const ok = (schema: string, description = 'ok') => ({ '200': { description, content: { 'application/json': { schema: ref(schema) } } } });
const get = (summary: string, parameters: Param[], schema: string, ...statuses: number[]) => ({ get: { summary, parameters, responses: { ...ok(schema), ...errors(...statuses) } } });

/**
 * The OpenAPI 3.1 description of the API, served at `/api/openapi.json`. Paths use `{id}` where
 * the routes use `:id`; a test checks that every route of the app is described here.
 */
export function openApiDocument(): Record<string, unknown> {
  const { $schema: _, ...body } = z.toJSONSchema(postArticleBody, { io: 'input', unrepresentable: 'any' }) as Schema;
  return {
    openapi: '3.1.0',
    info: { title: 'dossier', version: VERSION, description: 'The store of `dossier ingest` over HTTP (`dossier serve`). Errors are `{ error: { code, message } }`.' },
    paths: {
      '/api/stories': get('Stories, most recently published first, with contradiction counts', [limit(50), offset], 'StoriesResponse', 400, 500),
      '/api/stories/{id}': get('One story: articles, rewrite links with aligned passages, fact groups by verdict', [idPath('story id, with or without `story:`')], 'StoryView', 404, 500),
      '/api/articles': {
        post: {
          summary: 'Read, extract, store and reconcile one article (the same text twice: `known`)',
          requestBody: { required: true, content: { 'application/json': { schema: { ...body, description: 'exactly one of `text` and `html`' } } } },
          responses: {
            '201': { description: 'stored as new', content: { 'application/json': { schema: ref('PostArticleResponse') } } },
            '200': { description: 'the store already held this text', content: { 'application/json': { schema: ref('PostArticleResponse') } } },
            ...errors(400, 413, 415, 422, 500, 503),
          },
        },
      },
      '/api/articles/{id}': get('One article: text, paragraphs, boilerplate, mentions and fact spans with their slot and verdict', [idPath('article id')], 'ArticleView', 404, 500),
      '/api/entities': get('Entities whose names or aliases contain the words (an empty q lists them by name)', [query('q', 'words of a name (case and accents ignored)'), query('kind', 'only this kind', { enum: ['person', 'country', 'organisation'] }), limit(20)], 'EntitiesResponse', 400, 500),
      '/api/entities/{id}': get('What the store says about an entity: offices, memberships, events, quotes, with sources', [idPath('entity id or any name')], 'EntityView', 400, 404, 500),
      '/api/entities/{id}/graph': get('The people, countries, organisations and events around an entity (bounded)', [idPath('entity id or any name'), limit(60)], 'GraphResponse', 400, 404, 500),
      '/api/orgs/{id}': get("An organisation's members by status, with since dates and sources", [idPath('organisation id or any name')], 'OrgView', 400, 404, 500),
      '/api/timeline/{id}': get('Everything stated about an entity, in date order', [idPath('entity id or any name'), query('from', 'YYYY-MM-DD', { type: 'string', format: 'date' }), query('to', 'YYYY-MM-DD', { type: 'string', format: 'date' }), limit(200)], 'TimelineView', 400, 404, 500),
      '/api/contradictions': get('Facts on which sources contradict each other', [limit(50), offset, query('story', 'only within this story')], 'ContradictionsResponse', 400, 500),
      '/api/search': get('Full-text search over titles and texts', [query('q', 'words; "quoted phrases" stay together', str, true), limit(20)], 'SearchResponse', 400, 500),
      '/api/openapi.json': { get: { summary: 'This document', responses: { '200': { description: 'OpenAPI 3.1', content: { 'application/json': { schema: { type: 'object' } } } } } } },
    },
    components: { schemas: SCHEMAS },
  };
}
