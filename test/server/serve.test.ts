import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/cli/actions/serve.js';
import { ingest } from '../../src/store/ingest/ingest.js';
import { planIngest } from '../../src/store/ingest/tasks.js';
import { Store } from '../../src/store/store.js';
import { isDossierError } from '../../src/core/errors.js';
import type { StoriesResponse } from '../../src/server/contract.js';
import { BIN } from '../bin.js';
import { EXAMPLES } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'dossier-serve-'));
const db = join(dir, 'store.db');
const options = { db, port: 0, host: '127.0.0.1', maxBytes: 5 * 1024 * 1024, webRoot: null };
let server: RunningServer;

beforeAll(async () => {
  const store = Store.open(db, { create: true });
  await ingest(store, planIngest([EXAMPLES], () => new Uint8Array()).tasks, { jobs: 1 });
  await store.close();
  server = await startServer(options);
});
afterAll(async () => {
  await server.close();
});

describe('dossier serve', () => {
  it('listens on a free port of the loopback and answers /api/stories', async () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/`);
    expect(server.port).toBeGreaterThan(0);
    const res = await fetch(`${server.url}api/stories`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as StoriesResponse;
    expect(body.total).toBe(1);
  });

  it('says PORT_IN_USE when the port is taken', async () => {
    const error = await startServer({ ...options, port: server.port }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(isDossierError(error) && error.code).toBe('PORT_IN_USE');
  });

  it('says STORE_MISSING for a store that does not exist, and creates none', async () => {
    const error = await startServer({ ...options, db: join(dir, 'missing.db') }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(isDossierError(error) && error.code).toBe('STORE_MISSING');
  });

  it('stops answering once closed', async () => {
    const other = await startServer(options);
    expect((await fetch(`${other.url}api/stories`)).status).toBe(200);
    await other.close();
    await expect(fetch(`${other.url}api/stories`)).rejects.toThrow();
  });
});

describe('dossier serve on the command line (built CLI)', () => {
  it('prints its URL, serves, and exits 0 on Ctrl-C (SIGINT)', async () => {
    const { spawn } = await import('node:child_process');
    const child = spawn(process.execPath, [BIN, 'serve', '--db', db, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        const m = /http:\/\/127\.0\.0\.1:\d+\//.exec(out);
        if (m) resolve(m[0]);
      });
      child.once('exit', (code) => reject(new Error(`exited ${code} before listening: ${err}`)));
    });
    expect((await fetch(`${url}api/stories`)).status).toBe(200);
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill('SIGINT');
    expect(await exited).toBe(0);
    expect(err).toContain('stopped');
    expect(err).not.toMatch(/\bat .*\.js:\d+/);
  });

  it.each([
    [['--port', '70000'], 2, 'BAD_USAGE'],
    [['--port', 'http'], 2, 'BAD_USAGE'],
    [['--host', 'a b'], 2, 'BAD_USAGE'],
    [['--db', join(dir, 'nothing.db')], 1, 'STORE_MISSING'],
  ])('serve %j exits %i with %s', async (args, code, name) => {
    const { spawnSync } = await import('node:child_process');
    const r = spawnSync(process.execPath, [BIN, 'serve', '--db', db, ...args], { encoding: 'utf8', timeout: 20_000 });
    expect(r.status).toBe(code);
    expect(r.stderr).toMatch(new RegExp(`^dossier: ${name}: `));
  });
});
