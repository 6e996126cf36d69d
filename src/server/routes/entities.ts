import { z } from 'zod';
import { getEntity } from '../../store/queries/entity.js';
import { searchEntities } from '../../store/queries/entity-search.js';
import { entityGraph } from '../../store/queries/graph.js';
import { getTimeline } from '../../store/queries/timeline.js';
import type { EntitiesResponse, EntityView, GraphResponse, TimelineView } from '../contract.js';
import type { ApiContext } from '../context.js';
import { isoDate, limitParam, paramOf, queryOf } from '../validate.js';

const KINDS = ['person', 'country', 'organisation'] as const;
const listQuery = z.object({ q: z.string().trim().max(200).optional(), kind: z.enum(KINDS).optional(), limit: limitParam(20) });
const graphQuery = z.object({ limit: limitParam(60) });
const timelineQuery = z.object({ from: isoDate.optional(), to: isoDate.optional(), limit: limitParam(200) });

/**
 * `GET /api/entities?q&kind&limit` (names, variants and aliases), `GET /api/entities/:id`,
 * `GET /api/entities/:id/graph` and `GET /api/timeline/:id`; ids or names wherever the CLI takes them.
 */
export function entityRoutes({ app, store }: ApiContext): void {
  app.get('/api/entities', async (c) => {
    const { q, kind, limit } = queryOf(c, listQuery);
    const body: EntitiesResponse = { entities: await store.read((db) => searchEntities(db, q ?? '', { limit, ...(kind ? { kind } : {}) })) };
    return c.json(body);
  });

  app.get('/api/entities/:id', async (c) => {
    queryOf(c, z.object({}));
    const id = paramOf(c, 'id');
    const body: EntityView = await store.read((db) => getEntity(db, id));
    return c.json(body);
  });

  app.get('/api/entities/:id/graph', async (c) => {
    const { limit } = queryOf(c, graphQuery);
    const id = paramOf(c, 'id');
    const body: GraphResponse = await store.read((db) => entityGraph(db, id, { maxNodes: limit }));
    return c.json(body);
  });

  app.get('/api/timeline/:id', async (c) => {
    const { from, to, limit } = queryOf(c, timelineQuery);
    const id = paramOf(c, 'id');
    const body: TimelineView = await store.read((db) => getTimeline(db, id, { limit, ...(from ? { from } : {}), ...(to ? { to } : {}) }));
    return c.json(body);
  });
}
