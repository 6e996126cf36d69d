import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The bundled `dossier` command (rolldown.config.ts; npm test builds it first).
const BIN_DIR = new URL('../dist/bin', import.meta.url).pathname;

describe('the bundled CLI', () => {
  it('has the extraction worker beside the chunk that starts it', () => {
    // prestart.ts looks for ./worker.js next to itself; without it ingest silently extracts in
    // the writing thread, which every other test would still pass.
    const starters = readdirSync(BIN_DIR).filter((f) => f.endsWith('.js') && readFileSync(join(BIN_DIR, f), 'utf8').includes('new URL("./worker.js", import.meta.url)'));
    expect(starters.length).toBeGreaterThan(0);
    expect(existsSync(join(BIN_DIR, 'worker.js'))).toBe(true);
    expect(readFileSync(join(BIN_DIR, 'worker.js'), 'utf8')).toContain('parentPort');
  });

  it('sets V8 flags before it loads the CLI', () => {
    const main = readFileSync(join(BIN_DIR, 'main.js'), 'utf8');
    const flags = main.indexOf('setFlagsFromString(');
    const cli = main.indexOf('import("./program.js")');
    expect(flags).toBeGreaterThan(0);
    expect(cli).toBeGreaterThan(flags);
    // No static import of the CLI either: it would be evaluated before the flags are set.
    expect(main).not.toMatch(/^import .*program\.js/m);
  });
});
