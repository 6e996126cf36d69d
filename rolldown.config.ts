import { defineConfig } from 'rolldown';

/**
 * The `dossier` command as a bundle (`dist/bin/`), built from tsc's output in `dist/`.
 *
 * Why: loaded as some 200 separate ES modules, the CLI spent a third of a second of every run
 * resolving, reading and compiling them, on the writing thread and again on each extraction
 * thread. Bundled, a command loads its entry and a dozen or so chunks (what commands load lazily
 * stays in chunks of its own).
 * The library (`dist/index.js`) stays unbundled. better-sqlite3 is native and stays outside;
 * linkedom and Readability are required at run time, on the first HTML page (see read-html.ts).
 */
export default defineConfig({
  input: {
    main: 'dist/cli/main.js',
    // runCli without the bin's own process handling, and the V8 flags the bin sets first: the
    // speed benchmark runs the CLI in-process with the two, as main.js does.
    program: 'dist/cli/program.js',
    'tune-v8': 'dist/cli/tune-v8.js',
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
