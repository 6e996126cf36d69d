import { packageManifest } from './core/package-root.js';

/** The package version, from its package.json. */
export const VERSION: string = packageManifest().version;
