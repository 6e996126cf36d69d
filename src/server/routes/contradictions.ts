import { z } from 'zod';
import { listContradictions } from '../../store/queries/contradictions.js';
import type { ContradictionsResponse } from '../contract.js';
import type { ApiContext } from '../context.js';
import { idParam, limitParam, offsetParam, queryOf } from '../validate.js';

const listQuery = z.object({ limit: limitParam(50), offset: offsetParam, story: idParam.optional() });

/** `GET /api/contradictions?limit&offset&story`: facts on which sources contradict each other. */
export function contradictionRoutes({ app, store }: ApiContext): void {
  app.get('/api/contradictions', async (c) => {
    const { limit, offset, story } = queryOf(c, listQuery);
    const body: ContradictionsResponse = await store.read((db) => listContradictions(db, { limit, offset, ...(story ? { story } : {}) }));
    return c.json(body);
  });
}
