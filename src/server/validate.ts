import type { Context } from 'hono';
import { z } from 'zod';
import { HttpError } from './errors.js';

/** Largest page a listing answers with; larger limits are refused rather than silently cut. */
export const MAX_LIMIT = 500;

/** `limit`: a whole number 1..{@link MAX_LIMIT} given as a query string. */
export const limitParam = (fallback: number) => z.coerce.number().int().min(1).max(MAX_LIMIT).default(fallback);
/** `offset`: a whole number ≥ 0. */
export const offsetParam = z.coerce.number().int().min(0).max(1_000_000_000).default(0);
/** An id or a name in the path: not empty, and not a novel. */
export const idParam = z.string().trim().min(1).max(500);
/** A `YYYY-MM-DD` date that exists. */
export const isoDate = z.iso.date();

/** "limit: Too big: expected number to be <=500" from a zod error: the first issues, one line. */
function describe(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((i) => (i.path.length > 0 ? `${i.path.join('.')}: ${i.message}` : i.message))
    .join('; ');
}

/** Parse a value with a schema, or throw a 400 BAD_REQUEST naming what is wrong. */
export function parseOr400<S extends z.ZodType>(schema: S, value: unknown, what: string): z.infer<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw new HttpError(400, 'BAD_REQUEST', `bad ${what}: ${describe(result.error)}`);
  return result.data;
}

/** The request's query string parsed with a (strict) object schema: unknown parameters are refused. */
export function queryOf<S extends z.ZodObject>(c: Context, schema: S): z.infer<S> {
  return parseOr400(schema.strict(), c.req.query(), 'query') as z.infer<S>;
}

/** A path parameter, checked. */
export function paramOf(c: Context, name: string): string {
  return parseOr400(idParam, c.req.param(name), `path parameter ${name}`);
}
