import { readFileSync } from 'node:fs';
import { packagePath } from '../core/package-root.js';

/**
 * Read one of the reference-knowledge files in `data/` as parsed JSON.
 * The folder is found from the package root, so this holds in `src/`, `dist/` and the bundled CLI.
 * @example const raw = readDataFile('countries.json');
 */
export function readDataFile(name: string): unknown {
  return JSON.parse(readFileSync(packagePath('data', name), 'utf8')) as unknown;
}
