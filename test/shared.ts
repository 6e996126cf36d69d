import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Where the shared material lives (seed samples, gold, public datasets): `$DOSSIER_SHARED`, else
 * `../shared` beside the repository. It is read in place, never copied into the project.
 */
export const SHARED_DIR = process.env['DOSSIER_SHARED'] ?? resolve(fileURLToPath(new URL('../../shared', import.meta.url)));

/** Whether the shared material is present; tests that need it are skipped (with a note) if not. */
export const HAS_SHARED = existsSync(resolve(SHARED_DIR, 'samples'));

if (!HAS_SHARED) console.warn(`note: ${SHARED_DIR} not found; tests on the seed articles are skipped (set DOSSIER_SHARED)`);

/** A path inside the shared folder. */
export const shared = (...parts: string[]) => resolve(SHARED_DIR, ...parts);
