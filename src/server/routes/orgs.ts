import { z } from 'zod';
import { getOrg } from '../../store/queries/org.js';
import type { OrgView } from '../contract.js';
import type { ApiContext } from '../context.js';
import { paramOf, queryOf } from '../validate.js';

/** `GET /api/orgs/:id`: an organisation's members by status (id or any of its names). */
export function orgRoutes({ app, store }: ApiContext): void {
  app.get('/api/orgs/:id', async (c) => {
    queryOf(c, z.object({}));
    const id = paramOf(c, 'id');
    const body: OrgView = await store.read((db) => getOrg(db, id));
    return c.json(body);
  });
}
