import type { ApiContext } from '../context.js';
import { openApiDocument } from '../openapi.js';

/** `GET /api/openapi.json`: the OpenAPI 3.1 description of every route. */
export function openApiRoutes({ app }: ApiContext): void {
  const document = openApiDocument();
  app.get('/api/openapi.json', (c) => c.json(document));
}
