import { defineConfig } from 'rolldown';

/**
 * The `dossier` command as a bundle (`dist/bin/`), built from tsc's output in `dist/`.
 *
 * Why: loaded as some 200 separate ES modules, the CLI spent a third of a second of every run
 * resolving, reading and compiling them, on the writing thread and again on each extraction
 * thread. One file per entry (and a few shared chunks for what commands load lazily) cut that.
 * The library (`dist/index.js`) stays unbundled. better-sqlite3 is native and stays outside;
 * linkedom and Readability are required at run time, on the first HTML page (see read-html.ts).
 */
export default defineConfig({
  input: {
    main: 'dist/cli/main.js',
    // runCli without the bin's own process handling, for the speed benchmark.
    program: 'dist/cli/program.js',
    // Next to the chunk that starts it: prestart.ts looks for `./worker.js` beside itself.
    worker: 'dist/store/ingest/worker.js',
  },
  platform: 'node',
  external: ['better-sqlite3'],
  output: {
    dir: 'dist/bin',
    format: 'esm',
    cleanDir: true,
    entryFileNames: '[name].js',
    chunkFileNames: '[name]-[hash].js',
  },
});
