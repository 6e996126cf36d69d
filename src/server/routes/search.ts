import { z } from 'zod';
import type { SearchResponse } from '../contract.js';
import type { ApiContext } from '../context.js';
import { limitParam, queryOf } from '../validate.js';

const searchQuery = z.object({ q: z.string().trim().min(1).max(1000), limit: limitParam(20) });

/** `GET /api/search?q&limit`: full-text search over titles and texts, best matches first. */
export function searchRoutes({ app, store }: ApiContext): void {
  app.get('/api/search', async (c) => {
    const { q, limit } = queryOf(c, searchQuery);
    const body: SearchResponse = { hits: await store.search(q, limit) };
    return c.json(body);
  });
}
