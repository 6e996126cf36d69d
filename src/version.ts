import { readFileSync } from 'node:fs';
import { packagePath } from './core/package-root.js';

/** The package version, read from its package.json. */
export const VERSION: string = (JSON.parse(readFileSync(packagePath('package.json'), 'utf8')) as { version: string }).version;
