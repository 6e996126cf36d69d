import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences.js';
import { tokenize, tokenizeAround, type Token } from './tokenize.js';

// The token definition the scanner implements, as a regular expression: the reference it is held to.
const TOKEN = /(?:\p{L}\.){2,}|[\p{L}\p{N}]+(?:[-‐‑'’][\p{L}\p{N}]+)*\+?|\S/gu;
const POSSESSIVE = /^(.+?)(['’]s)$/u;

function reference(text: string, start = 0, end = text.length): Token[] {
  const make = (t: string, s: number, kind: Token['kind']): Token => ({ text: t, start: s, end: s + t.length, kind, upper: /^\p{Lu}/u.test(t) });
  const out: Token[] = [];
  TOKEN.lastIndex = start;
  for (let m = TOKEN.exec(text); m && m.index < end; m = TOKEN.exec(text)) {
    const word = m.index + m[0].length > end ? m[0].slice(0, end - m.index) : m[0];
    const possessive = word.length > 2 ? POSSESSIVE.exec(word) : null;
    if (possessive && /\p{L}/u.test(word[0] as string)) {
      out.push(make(possessive[1] as string, m.index, 'word'), make(possessive[2] as string, m.index + (possessive[1] as string).length, 'possessive'));
    } else out.push(make(word, m.index, /[\p{L}\p{N}]/u.test(word) ? 'word' : 'punct'));
  }
  return out;
}

// Pieces that exercise every branch: abbreviations, joiners, possessives, a trailing +, digits of
// other scripts, astral letters and emoji (surrogate pairs), lone surrogates, Unicode spaces.
const PIECES = ['U.S.', 'a.b', "Russia's", 'it’s', "'s", 'Kassym-Jomart', 'al‑Sisi', 'OPEC+', 'x-', '٣٤', 'Ⅻ', 'ǅ', 'Éa', '𝐀𝐚', '😀', '\ud800', '\udc00', ' ', '\u00a0', '\u3000', '\n', '.', ',', '“', '"', 'ß', '12.5', '2024-07-04'];

function seeded(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
}

describe('tokenize (scanner)', () => {
  it('gives the tokens of its regular-expression definition, for whole texts and for ranges', () => {
    const rnd = seeded(42);
    for (let n = 0; n < 3000; n++) {
      let text = '';
      const length = Math.floor(rnd() * 12);
      for (let k = 0; k < length; k++) text += PIECES[Math.floor(rnd() * PIECES.length)];
      const a = Math.floor(rnd() * (text.length + 1));
      const b = a + Math.floor(rnd() * (text.length - a + 1));
      expect(tokenize(text)).toEqual(reference(text));
      expect(tokenize(text, a, b)).toEqual(reference(text, a, b));
    }
  });
});

describe('tokenizeAround', () => {
  const text = 'Summit opens\n\nASTANA — Leaders met on Monday. “We agreed,” he said.\n\nShare this: Facebook | X';

  it('reuses the tokens of sentences set off by white space and equals tokenizing the whole text', () => {
    const sentences = splitSentences(text, [{ start: 14, end: 67 }]);
    const known: Token[] = [];
    const ranges = sentences.map((s) => {
      const from = known.length;
      known.push(...tokenize(text, s.start, s.end));
      return { start: s.start, end: s.end, from, to: known.length };
    });
    const tokens = tokenizeAround(text, ranges, known);
    expect(tokens).toEqual(tokenize(text));
    // the sentences' own token objects are kept, not made again
    expect(tokens).toContain(known[0]);
  });

  it('tokenizes the whole text again when a range is not set off by white space', () => {
    const known = tokenize(text, 16, 30);
    const tokens = tokenizeAround(text, [{ start: 16, end: 30, from: 0, to: known.length }], known);
    expect(tokens).toEqual(tokenize(text));
    expect(tokens).not.toContain(known[0]);
  });
});
