import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createAdaptorServer } from '@hono/node-server';
import { DossierError } from '../../core/errors.js';
import { packagePath } from '../../core/package-root.js';
import { createApp } from '../../server/app.js';
import { Store } from '../../store/store.js';
import type { ServeCommandOptions } from '../commands/serve.js';
import type { CliState } from '../state.js';

/** The built web UI: `dist/web` of this package. */
export const WEB_ROOT = packagePath('dist', 'web');

/** A running server. */
export interface RunningServer {
  /** Where it answers, e.g. `http://127.0.0.1:4173/`. */
  readonly url: string;
  readonly port: number;
  /** Stop accepting requests, end open connections, close the store. */
  readonly close: () => Promise<void>;
}

/** Options for {@link startServer}: the command's, plus where the UI is and where to log. */
export interface StartOptions extends ServeCommandOptions {
  readonly webRoot?: string | null;
  readonly log?: (line: string) => void;
}

/**
 * Open the store and listen. The store must exist (STORE_MISSING otherwise: serving an empty
 * store that ingest never made is more likely a wrong --db than a wish).
 * @throws DossierError STORE_MISSING, STORE_CORRUPT…, PORT_IN_USE, BAD_USAGE (a host that is not
 * this machine's, a port that needs privileges)
 */
export async function startServer(options: StartOptions): Promise<RunningServer> {
  const store = Store.open(options.db);
  const app = createApp(store, { maxBytes: options.maxBytes, webRoot: options.webRoot === undefined ? WEB_ROOT : options.webRoot, ...(options.log ? { log: options.log } : {}) });
  const server = createAdaptorServer({ fetch: app.fetch }) as Server;
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port, options.host, () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (error) {
    await store.close();
    throw listenError(error, options);
  }
  const port = (server.address() as AddressInfo).port;
  let closing: Promise<void> | null = null;
  return {
    url: `http://${options.host.includes(':') ? `[${options.host}]` : options.host}:${port}/`,
    port,
    close: () =>
      (closing ??= (async () => {
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeAllConnections();
        });
        await store.close();
      })()),
  };
}

/** The stable error for a failed listen. */
function listenError(error: unknown, options: ServeCommandOptions): unknown {
  const code = (error as NodeJS.ErrnoException).code;
  const where = `${options.host}:${options.port}`;
  if (code === 'EADDRINUSE') return new DossierError('PORT_IN_USE', `${where} is already in use; stop what listens there or choose another --port`);
  if (code === 'EACCES') return new DossierError('BAD_USAGE', `not allowed to listen on ${where} (ports below 1024 need privileges); choose another --port`);
  if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND' || code === 'EAI_AGAIN') return new DossierError('BAD_USAGE', `cannot listen on --host ${options.host}: not an address of this machine`);
  return error;
}

/** `dossier serve`: listen, print the URL, serve until Ctrl-C (or SIGTERM), then close cleanly. */
export async function runServe(options: ServeCommandOptions, state: CliState): Promise<void> {
  const server = await startServer({ ...options, log: (line) => state.io.err(`dossier serve: ${line}\n`) });
  state.io.out(`dossier serve: ${server.url} (store ${options.db}); Ctrl-C stops\n`);
  if (!['127.0.0.1', 'localhost', '::1'].includes(options.host)) state.io.err(`dossier serve: listening on ${options.host}: other machines can read and write this store (there is no authentication)\n`);
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  await server.close();
  state.io.err('dossier serve: stopped\n');
}
