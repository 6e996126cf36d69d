import type { Command } from 'commander';
import { DEFAULT_MAX_BYTES } from '../../read/limits.js';
import { DB_OPTION_HELP, DEFAULT_DB } from '../../store/defaults.js';
import { usageError } from '../errors.js';
import { parsePositiveInt } from '../options.js';
import type { CliState } from '../state.js';

/** The port `dossier serve` listens on by default (Vite's preview port: free on most machines). */
export const DEFAULT_PORT = 4173;
/** Loopback only unless asked: the API writes to the store and has no authentication. */
export const DEFAULT_HOST = '127.0.0.1';

/** Options of `dossier serve`. */
export interface ServeCommandOptions {
  db: string;
  port: number;
  host: string;
  maxBytes: number;
}

/** A TCP port, 0 (any free port) to 65535. */
export function parsePort(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isInteger(n) || n > 65535) throw usageError(`--port must be a port number 0-65535, got "${value}"`);
  return n;
}

/** A host name or address to listen on. */
export function parseHost(value: string): string {
  if (!/^[\w.:\-[\]%]+$/.test(value)) throw usageError(`--host must be a host name or an IP address, got "${value}"`);
  return value.replace(/^\[(.*)\]$/, '$1');
}

/** Declare `dossier serve`. */
export function registerServe(program: Command, state: CliState): void {
  program
    .command('serve')
    .description('serve the store over HTTP: the JSON API under /api and the web UI at /')
    .option('--db <path>', DB_OPTION_HELP, DEFAULT_DB)
    .option('--port <n>', 'the port to listen on (0: any free port)', parsePort, DEFAULT_PORT)
    .option('--host <host>', 'the address to listen on; anything but loopback lets other machines read and write the store', parseHost, DEFAULT_HOST)
    .option('--max-bytes <n>', 'largest request body (and posted article) in bytes', parsePositiveInt('--max-bytes'), DEFAULT_MAX_BYTES)
    .addHelpText('after', '\nPrints the URL, then serves until Ctrl-C. The API is described at /api/openapi.json.\nExit status: 0 stopped by Ctrl-C, 1 no store or the port is taken (PORT_IN_USE), 2 bad usage.')
    .action(async (options: ServeCommandOptions) => {
      const { runServe } = await import('../actions/serve.js');
      await runServe(options, state);
    });
}
