import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));

/**
 * The web UI's build: `web/` → `dist/web/`, which `dossier serve` hands out. Preact's JSX through
 * Vite's own transformer (oxc), so no framework plugin is needed. In development (`npx vite web`)
 * `/api` goes to a `dossier serve` running on its default port.
 */
export default defineConfig({
  root: here,
  base: './',
  publicDir: false,
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir: fileURLToPath(new URL('../dist/web', import.meta.url)),
    emptyOutDir: true,
    // The bundle is served from the local machine: the warning about large chunks (Cytoscape) is noise.
    chunkSizeWarningLimit: 1024,
  },
  server: { proxy: { '/api': 'http://127.0.0.1:4173' } },
  logLevel: 'warn',
});
