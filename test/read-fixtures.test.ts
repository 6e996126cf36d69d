import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { read } from '../src/read/read.js';

// Golden cases: test/fixtures/read/<slug>/{source.txt|source.html, expected.json}; see the README there.
const ROOT = new URL('./fixtures/read/', import.meta.url);

interface Expected {
  title?: string | null;
  byline?: string | null;
  sourceCredit?: string | null;
  siteName?: string | null;
  published?: string | null;
  dateline?: string | null;
  bodyStartsWith?: string;
  bodyEndsWith?: string;
  paragraphCount?: number;
  boilerplate?: { text: string; kind: string }[];
  bodyMustNotContain?: string[];
  error?: string;
}

const slugs = existsSync(ROOT) ? readdirSync(ROOT, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort() : [];

describe('reading fixtures', () => {
  it('has at least 12 cases', () => {
    expect(slugs.length).toBeGreaterThanOrEqual(12);
  });

  for (const slug of slugs) {
    const dir = new URL(`${slug}/`, ROOT);
    const sourceName = readdirSync(dir).find((f) => f.startsWith('source.'));
    const expected = JSON.parse(readFileSync(new URL('expected.json', dir), 'utf8')) as Expected;

    it(slug, () => {
      expect(sourceName, 'source file').toBeDefined();
      const bytes = readFileSync(new URL(sourceName!, dir));
      if (expected.error) {
        let code: string | undefined;
        try {
          read(bytes, { path: sourceName! });
        } catch (e) {
          code = (e as { code?: string }).code;
        }
        expect(code).toBe(expected.error);
        return;
      }
      const a = read(bytes, { path: sourceName! });
      const text = (s: { start: number; end: number }) => a.text.slice(s.start, s.end);
      for (const key of ['title', 'byline', 'sourceCredit', 'siteName', 'published'] as const) {
        if (key in expected) expect(a[key], key).toBe(expected[key]);
      }
      if ('dateline' in expected) expect(a.dateline?.place ?? null, 'dateline').toBe(expected.dateline);
      const body = a.body ? text(a.body) : '';
      if (expected.bodyStartsWith) expect(body.startsWith(expected.bodyStartsWith), `body starts "${body.slice(0, 60)}"`).toBe(true);
      if (expected.bodyEndsWith) expect(body.endsWith(expected.bodyEndsWith), `body ends "${body.slice(-60)}"`).toBe(true);
      if (expected.paragraphCount !== undefined) expect(a.paragraphs.length, 'paragraphs').toBe(expected.paragraphCount);
      for (const b of expected.boilerplate ?? []) {
        const found = a.boilerplate.filter((s) => text(s).includes(b.text));
        expect(found.map((s) => s.kind), `boilerplate "${b.text}"`).toContain(b.kind);
      }
      const forbidden = [...(expected.boilerplate ?? []).map((b) => b.text), ...(expected.bodyMustNotContain ?? [])];
      for (const p of a.paragraphs) {
        for (const f of forbidden) expect(text(p).includes(f), `paragraph holds "${f}"`).toBe(false);
      }
    });
  }
});
