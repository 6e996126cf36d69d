/**
 * Reading gold files (`*.json` in the facts format). The check is structural: every list the
 * scorer walks must be there with the fields it compares, so a broken gold file is reported
 * once, by name, instead of failing somewhere inside the scorer.
 */
import { z } from 'zod';
import type { GoldFacts } from '../core/facts.js';
import { DossierError } from '../core/errors.js';

const nullableText = z.string().nullable();
const office = z.looseObject({ title: z.string(), of: nullableText });
const person = z.looseObject({ name: z.string(), mentions: z.array(z.string()), offices: z.array(office), in_boilerplate: z.boolean().optional() });
const organization = z.looseObject({ name: z.string(), mentions: z.array(z.string()), in_boilerplate: z.boolean().optional() });
const membership = z.looseObject({
  member: z.string(),
  organization: z.string(),
  status: z.string(),
  since: nullableText,
  hedged: z.boolean(),
  explicit: z.boolean().optional(),
});
const event = z.looseObject({
  id: z.string(),
  kind: z.string(),
  name: z.string(),
  place: nullableText,
  date: nullableText,
  date_text: nullableText,
  organization: nullableText,
  host: nullableText.optional(),
  attendees: z.array(z.looseObject({ person: z.string(), representing: nullableText })),
  represented_by_delegate: z.array(z.looseObject({ country: z.string(), delegate: z.string(), instead_of: nullableText })),
  expected_only: z.array(z.string()),
});
const quote = z.looseObject({ speaker: nullableText, text: z.string(), event: nullableText });

/** Schema of a gold file: a facts view, plus optional keys the scorer does not read. */
export const goldFileSchema = z.looseObject({
  id: z.string().min(1),
  published: nullableText,
  assume_published: z.string().optional(),
  title: nullableText,
  byline: nullableText,
  people: z.array(person),
  organizations: z.array(organization),
  memberships: z.array(membership),
  events: z.array(event),
  quotes: z.array(quote),
});

/**
 * Parse the text of a gold file.
 * @throws DossierError `BAD_GOLD` naming the file and every problem found.
 */
export function parseGold(text: string, path: string): GoldFacts {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new DossierError('BAD_GOLD', `not valid JSON: ${(error as Error).message}`, { path, cause: error });
  }
  const result = goldFileSchema.safeParse(raw);
  if (!result.success) throw new DossierError('BAD_GOLD', `not a facts gold file: ${z.prettifyError(result.error).replace(/\n\s*/g, '; ')}`, { path });
  return result.data as GoldFacts;
}
