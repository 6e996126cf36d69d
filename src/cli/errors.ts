import { DossierError, ERROR_CATALOGUE, isDossierError } from '../core/errors.js';
import type { CliIo } from './io.js';

/** Exit statuses: 0 ok, 1 some data could not be processed, 2 bad usage. */
export const EXIT = { ok: 0, data: 1, usage: 2, internal: 70 } as const;

/**
 * Report an error as one line `dossier: CODE: message` (a trace only with --debug) and return the
 * exit status it calls for.
 */
export function reportError(io: CliIo, error: unknown, debug: boolean): number {
  const known = isDossierError(error) ? error : new DossierError('INTERNAL', error instanceof Error ? error.message : String(error), { cause: error });
  const where = known.path && !known.message.includes(known.path) ? `${known.path}: ` : '';
  io.err(`dossier: ${known.code}: ${where}${known.message}\n`);
  if (debug) io.err(`${(known.cause as Error | undefined)?.stack ?? known.stack ?? ''}\n`);
  const kind = ERROR_CATALOGUE[known.code].kind;
  return kind === 'usage' ? EXIT.usage : kind === 'data' ? EXIT.data : EXIT.internal;
}

/** A usage error (exit 2). */
export function usageError(message: string): DossierError {
  return new DossierError('BAD_USAGE', message);
}
