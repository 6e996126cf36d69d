import { readFileSync } from 'node:fs';

/**
 * Read one of the reference-knowledge files in `data/` as parsed JSON.
 * The path is resolved from this module, which sits two levels below the package root both in
 * `src/knowledge/` (tests) and in `dist/knowledge/` (the built package), so it works in both.
 * @example const raw = readDataFile('countries.json');
 */
export function readDataFile(name: string): unknown {
  const url = new URL(`../../data/${name}`, import.meta.url);
  return JSON.parse(readFileSync(url, 'utf8')) as unknown;
}
