import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * Where the public evaluation datasets live: `$DOSSIER_SHARED/datasets`, else `../shared/datasets`
 * beside the repository (the benchmarks run from the package root, as npm scripts do). They are
 * research releases read in place: nothing from them is ever copied into the project.
 */
export const DATASETS_DIR = resolve(process.env['DOSSIER_SHARED'] ?? resolve(process.cwd(), '..', 'shared'), 'datasets');

/** A path inside one dataset's folder. */
export const datasetPath = (...parts: string[]): string => resolve(DATASETS_DIR, ...parts);

/** Whether a dataset file is present; a missing one is reported, not fatal. */
export const hasDataset = (...parts: string[]): boolean => existsSync(datasetPath(...parts));
