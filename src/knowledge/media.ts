import { z } from 'zod';
import { readDataFile } from './data-file.js';

const mediaSchema = z.strictObject({
  id: z.string().regex(/^[A-Z][A-Z0-9_]*$/),
  name: z.string().min(1),
  names: z.array(z.string().min(1)),
  acronyms: z.array(z.string().min(1)),
  country: z.string().regex(/^[A-Z]{2}$/),
});
const mediaFileSchema = z.strictObject({ about: z.object({ description: z.string(), sources: z.array(z.string()), policy: z.string() }), media: z.array(mediaSchema) });

/** A news agency or broadcaster that articles credit or quote. */
export type MediaOutlet = z.infer<typeof mediaSchema>;

let cached: MediaOutlet[] | undefined;

/** Load and validate `data/media.json` once. */
export function loadMedia(): MediaOutlet[] {
  cached ??= mediaFileSchema.parse(readDataFile('media.json')).media;
  return cached;
}

const institutionsFileSchema = z.strictObject({ about: mediaFileSchema.shape.about, institutions: z.array(mediaSchema) });
let cachedInstitutions: MediaOutlet[] | undefined;

/** Load and validate `data/institutions.json` once: government seats named as actors ("the Kremlin"). */
export function loadInstitutions(): MediaOutlet[] {
  cachedInstitutions ??= institutionsFileSchema.parse(readDataFile('institutions.json')).institutions;
  return cachedInstitutions;
}
