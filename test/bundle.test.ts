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
    // The first import is the module that sets the flags; ES imports run in order, before the body.
    const imports = [...main.matchAll(/^import (?:.* from )?"\.\/([^"]+)";$/gm)].map((m) => m[1]!);
    expect(imports.length).toBeGreaterThan(0);
    const first = readFileSync(join(BIN_DIR, imports[0]!), 'utf8');
    expect(first).toContain('setFlagsFromString(');
    // The CLI comes after, by a dynamic import: a static one would be evaluated first.
    expect(main).toContain('import("./program.js")');
    expect(imports).not.toContain('program.js');
  });

  it('gives the speed benchmark the same flag module as the bin', () => {
    // bench/speed/step-cli.ts imports tune-v8.js, then program.js, as main.js does.
    const entry = readFileSync(join(BIN_DIR, 'tune-v8.js'), 'utf8');
    const main = readFileSync(join(BIN_DIR, 'main.js'), 'utf8');
    const chunk = /^import "\.\/(tune-v8[^"]*)";$/m.exec(main)?.[1];
    expect(chunk).toBeDefined();
    expect(entry).toContain(`"./${chunk}"`);
  });
});
