import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageManifest, packagePath, packageRoot } from './package-root.js';

describe('packageRoot', () => {
  it("finds dossier's own package.json above the module", () => {
    const manifest = JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { name: string };
    expect(manifest.name).toBe('dossier');
  });

  it('gives the manifest it found, read once', () => {
    const manifest = JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: string };
    expect(packageManifest().version).toBe(manifest.version);
    expect(packageManifest()).toBe(packageManifest());
  });

  it('resolves the package data from it', () => {
    expect(existsSync(packagePath('data', 'countries.json'))).toBe(true);
    expect(packagePath('data', 'x.json')).toBe(join(packageRoot(), 'data', 'x.json'));
  });
});
