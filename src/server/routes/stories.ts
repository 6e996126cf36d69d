import { z } from 'zod';
import { getStory, listStories } from '../../store/queries/stories.js';
import type { StoriesResponse, StoryView } from '../contract.js';
import type { ApiContext } from '../context.js';
import { limitParam, offsetParam, paramOf, queryOf } from '../validate.js';

const listQuery = z.object({ limit: limitParam(50), offset: offsetParam });

/** `GET /api/stories` (most recent first, with contradiction counts) and `GET /api/stories/:id`. */
export function storyRoutes({ app, store }: ApiContext): void {
  app.get('/api/stories', async (c) => {
    const { limit, offset } = queryOf(c, listQuery);
    const body: StoriesResponse = await store.read((db) => listStories(db, { limit, offset }));
    return c.json(body);
  });

  app.get('/api/stories/:id', async (c) => {
    queryOf(c, z.object({}));
    const id = paramOf(c, 'id');
    const body: StoryView = await store.read((db) => getStory(db, id));
    return c.json(body);
  });
}
