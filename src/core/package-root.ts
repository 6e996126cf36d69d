import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: string | undefined;

/**
 * The folder of dossier's own `package.json`: found by walking up from this module, so that it
 * holds wherever the code sits (`src/…` in tests, `dist/…` for the library, the bundled CLI in
 * `dist/bin/`). The package's data (`data/`, `dist/web`) is read relative to it.
 * @throws Error when no such package.json is above this module (a broken install).
 */
export function packageRoot(): string {
  if (cached !== undefined) return cached;
  for (let dir = dirname(fileURLToPath(import.meta.url)); ; ) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: unknown }).name === 'dossier') return (cached = dir);
    const up = dirname(dir);
    if (up === dir) throw new Error(`dossier's package.json was not found above ${fileURLToPath(import.meta.url)}`);
    dir = up;
  }
}

/** A path inside the package, e.g. `packagePath('data', 'countries.json')`. */
export function packagePath(...parts: string[]): string {
  return join(packageRoot(), ...parts);
}
