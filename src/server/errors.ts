import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { isDossierError, type ErrorCode } from '../core/errors.js';
import type { ApiError, ApiErrorCode } from './contract.js';

/**
 * An error a route answers with on purpose: a status and a stable code. Routes throw it; the
 * app's error handler turns it (and every DossierError) into `{ error: { code, message } }`.
 */
export class HttpError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: ApiErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

/** Codes that say the posted article cannot be read as one (the reader's own codes). */
const UNREADABLE: readonly ErrorCode[] = ['EMPTY_INPUT', 'BINARY_INPUT', 'INVALID_ENCODING', 'MALFORMED_HTML', 'NOT_AN_ARTICLE'];

/**
 * The HTTP status of a catalogue code: the client's fault (4xx) when the request or the article
 * is at fault, 503 when the store is busy (retrying helps), 500 for the store itself or a bug.
 */
export function statusOfCode(code: ErrorCode): ContentfulStatusCode {
  if (UNREADABLE.includes(code)) return 422;
  switch (code) {
    case 'NOT_IN_STORE':
    case 'NOT_FOUND':
      return 404;
    case 'AMBIGUOUS_NAME':
    case 'BAD_USAGE':
      return 400;
    case 'INPUT_TOO_LARGE':
      return 413;
    case 'STORE_LOCKED':
      return 503;
    default:
      return 500;
  }
}

/** The error body every failing route answers with. */
export function errorBody(code: ApiErrorCode, message: string): ApiError {
  return { error: { code, message } };
}

/**
 * Answer an error thrown by a route: known errors with their status and code, anything else as a
 * 500 INTERNAL whose message hides the internals (the stack goes to `log`, never to the client).
 */
export function respondError(c: Context, error: unknown, log: (line: string) => void): Response {
  if (error instanceof HttpError) return c.json(errorBody(error.code, error.message), error.status);
  if (isDossierError(error)) {
    const status = statusOfCode(error.code);
    if (status === 500) log(`${error.code}: ${error.message}`);
    return c.json(errorBody(error.code, status === 500 && error.code === 'INTERNAL' ? 'internal error' : error.message), status);
  }
  log(`INTERNAL: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  return c.json(errorBody('INTERNAL', 'internal error; the server log has the details'), 500);
}
