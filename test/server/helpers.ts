import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp, type AppOptions } from '../../src/server/app.js';
import { ingest } from '../../src/store/ingest/ingest.js';
import { planIngest } from '../../src/store/ingest/tasks.js';
import { Store } from '../../src/store/store.js';

/** The project's own example articles (three reports of one invented summit). */
export const EXAMPLES = new URL('../../examples', import.meta.url).pathname;

/** A fresh store holding the examples, and an app over it (no UI, errors logged into `logged`). */
export async function examplesApp(options: AppOptions = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-api-'));
  const path = join(dir, 'store.db');
  const store = Store.open(path, { create: true });
  const summary = await ingest(store, planIngest([EXAMPLES], () => new Uint8Array()).tasks, { jobs: 1 });
  if (summary.added.length !== 3) throw new Error(`expected the 3 examples to be stored, got ${summary.added.length}`);
  const logged: string[] = [];
  const app = createApp(store, { webRoot: null, log: (line) => logged.push(line), ...options });
  return { app, store, path, dir, logged };
}

/** A request with a JSON body. */
export function postJson(body: unknown, headers: Record<string, string> = {}): RequestInit {
  return { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) };
}
