import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { snippetParts } from './pages/search-page.js';

const SRC = fileURLToPath(new URL('.', import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : /\.tsx?$/.test(e.name) && !e.name.endsWith('.test.ts') ? [join(dir, e.name)] : []));
}

describe('the UI never writes HTML', () => {
  it('no source file sets HTML from strings (everything from input is rendered as text)', () => {
    const files = sources(SRC);
    expect(files.length).toBeGreaterThan(10);
    const offending = files.filter((f) => /dangerouslySetInnerHTML|innerHTML|outerHTML|insertAdjacentHTML|document\.write|createContextualFragment/.test(readFileSync(f, 'utf8')));
    expect(offending).toEqual([]);
  });

  it('splits search snippets into text parts, brackets marking matches', () => {
    expect(snippetParts('a [Khiva] summit <b>[x]</b>')).toEqual([
      { text: 'a ', hit: false },
      { text: 'Khiva', hit: true },
      { text: ' summit <b>', hit: false },
      { text: 'x', hit: true },
      { text: '</b>', hit: false },
    ]);
    expect(snippetParts('no match')).toEqual([{ text: 'no match', hit: false }]);
  });
});

describe('uploaded files', () => {
  it('are read as UTF-8, else as Windows-1252', async () => {
    const { decodeFile, looksLikeHtml } = await import('./pages/add-page.js');
    expect(decodeFile(new Uint8Array([0xef, 0xbb, 0xbf, 0x54, 0xc3, 0xbc, 0x72, 0x6b]))).toBe('Türk');
    // Bytes that are not UTF-8 (0xfc alone); Node's decoder maps 0x80–0x9f as Latin-1, browsers as Windows-1252, so those are left out.
    expect(decodeFile(new Uint8Array([0x54, 0xfc, 0x72, 0x6b, 0xe9]))).toBe('Türké');
    expect(looksLikeHtml('  <!DOCTYPE html><p>x', null)).toBe(true);
    expect(looksLikeHtml('<script>alert(1)</script> in a text', null)).toBe(false);
    expect(looksLikeHtml('<html>', 'notes.txt')).toBe(false);
    expect(looksLikeHtml('plain', 'page.htm')).toBe(true);
  });
});
