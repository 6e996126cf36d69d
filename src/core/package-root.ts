import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: { readonly root: string; readonly manifest: PackageManifest } | undefined;

/** What dossier reads of its own package.json. */
export interface PackageManifest {
  readonly name: string;
  readonly version: string;
}

/**
 * The folder of dossier's own `package.json`: found by walking up from this module, so that it
 * holds wherever the code sits (`src/…` in tests, `dist/…` for the library, the bundled CLI in
 * `dist/bin/`). The package's data (`data/`, `dist/web`) is read relative to it.
 * @throws Error when no such package.json is above this module (a broken install).
 */
export function packageRoot(): string {
  return found().root;
}

/** dossier's own package.json, read once (with the search for the root). */
export function packageManifest(): PackageManifest {
  return found().manifest;
}

function found(): NonNullable<typeof cached> {
  if (cached !== undefined) return cached;
  for (let dir = dirname(fileURLToPath(import.meta.url)); ; ) {
    const path = join(dir, 'package.json');
    const manifest = existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as PackageManifest) : null;
    if (manifest?.name === 'dossier') return (cached = { root: dir, manifest });
    const up = dirname(dir);
    if (up === dir) throw new Error(`dossier's package.json was not found above ${fileURLToPath(import.meta.url)}`);
    dir = up;
  }
}

/** A path inside the package, e.g. `packagePath('data', 'countries.json')`. */
export function packagePath(...parts: string[]): string {
  return join(packageRoot(), ...parts);
}
