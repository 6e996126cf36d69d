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
