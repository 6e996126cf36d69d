import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBin } from './bin.js';

// These tests run the built CLI (npm test builds first), as a user would.
const run = runBin;

const dir = mkdtempSync(join(tmpdir(), 'dossier-cli-'));
const article = 'Summit ends with joint statement\n\nGENEVA — Ministers from twelve countries agreed on Friday to a joint statement on water security, officials said.\n\nThe text will be signed next month.\n';
writeFileSync(join(dir, 'good.txt'), article);
writeFileSync(join(dir, 'empty.txt'), '');
writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x00, 0x00, 0x01]));
writeFileSync(join(dir, 'latin.txt'), Buffer.from([0x41, 0x81, 0xe9, 0x0a]));
writeFileSync(join(dir, 'big.txt'), 'word '.repeat(400));
mkdirSync(join(dir, 'nested', 'deeper'), { recursive: true });
writeFileSync(join(dir, 'nested', 'deeper', 'one.html'), `<html><body><article><h1>Title</h1>${'<p>A paragraph of an article about a meeting of ministers in Geneva that went on for a long time.</p>'.repeat(4)}</article></body></html>`);
writeFileSync(join(dir, 'nested', 'skip.json'), '{}');

describe('dossier CLI', () => {
  it('prints its version and help for every command', () => {
    expect(run(['--version']).out.trim()).toMatch(/^\d+\.\d+\.\d+/);
    const help = run(['--help']);
    expect(help.code).toBe(0);
    const commands = [...help.out.matchAll(/^ {2}([a-z]+) /gm)].map((m) => m[1]).filter((c) => c !== 'help');
    expect(commands).toContain('read');
    for (const command of commands) {
      const r = run([command!, '--help']);
      expect(r.code, command).toBe(0);
      expect(r.out).toContain(`Usage: dossier ${command}`);
    }
  });

  it('reads a file and prints JSON with offsets', () => {
    const r = run(['read', join(dir, 'good.txt'), '--json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json).toMatchObject({ id: 'good', title: 'Summit ends with joint statement', dateline: { place: 'GENEVA' } });
    expect(article.slice(json.body.start, json.body.start + 6)).toBe('GENEVA');
  });

  it('reads standard input with -', () => {
    const r = run(['read', '-', '--json'], article);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).title).toBe('Summit ends with joint statement');
  });

  it('reads directories recursively by extension, one JSON line per article', () => {
    const r = run(['read', join(dir, 'nested'), '--json']);
    expect(r.code).toBe(0);
    const lines = r.out.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!).format).toBe('html');
  });

  it('reports each bad input with its own code and still reads the others (exit 1)', () => {
    const r = run(['read', join(dir, 'empty.txt'), join(dir, 'binary.txt'), join(dir, 'latin.txt'), join(dir, 'missing.txt'), join(dir, 'big.txt'), join(dir, 'good.txt'), '--max-bytes', '1000', '--json']);
    expect(r.code).toBe(1);
    const codes = r.err.trim().split('\n').map((l) => /^dossier: ([A-Z_]+): /.exec(l)?.[1]);
    expect(codes).toEqual(['EMPTY_INPUT', 'BINARY_INPUT', 'INVALID_ENCODING', 'UNREADABLE_PATH', 'INPUT_TOO_LARGE']);
    expect(JSON.parse(r.out).id).toBe('good');
    expect(r.err).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('prints a stack trace only with --debug', () => {
    expect(run(['read', join(dir, 'missing.txt'), '--debug']).err).toMatch(/\n\s+at /);
  });

  it('exits 2 with one line for bad usage', () => {
    for (const args of [['read', '--bogus', 'x'], ['frobnicate'], ['read'], ['read', 'x', '--max-bytes', 'lots'], ['read', 'x', '--published', '2024-02-30']]) {
      const r = run(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err, args.join(' ')).toMatch(/^dossier: BAD_USAGE: .+\n$/);
    }
  });
});
