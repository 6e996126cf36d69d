import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences.js';
import { tokenize } from './tokenize.js';

describe('tokenize', () => {
  it('keeps hyphenated names, abbreviations and splits possessives with offsets', () => {
    const text = "Kazakh President Kassym-Jomart Tokayev met U.N. chief Guterres in Russia's capital.";
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.text)).toEqual(['Kazakh', 'President', 'Kassym-Jomart', 'Tokayev', 'met', 'U.N.', 'chief', 'Guterres', 'in', 'Russia', "'s", 'capital', '.']);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(tokens.find((t) => t.text === "'s")?.kind).toBe('possessive');
  });

  it('tokenizes a range of the text', () => {
    const text = 'One two. Three four.';
    expect(tokenize(text, 9, 19).map((t) => t.text)).toEqual(['Three', 'four']);
  });
});

describe('splitSentences', () => {
  it('splits on sentence ends, not on abbreviations or initials, and keeps quotes with their sentence', () => {
    const text = 'Mr. Smith met Gen. Lee on Jan. 5 in the U.S. capital. “We agreed,” he said. S. Jaishankar attended! Was it enough? Yes.';
    const sentences = splitSentences(text, [{ start: 0, end: text.length }]).map((s) => text.slice(s.start, s.end));
    expect(sentences).toEqual(['Mr. Smith met Gen. Lee on Jan. 5 in the U.S. capital.', '“We agreed,” he said.', 'S. Jaishankar attended!', 'Was it enough?', 'Yes.']);
  });

  it('never crosses a paragraph boundary', () => {
    const text = 'First paragraph without a stop\nSecond one.';
    const s = splitSentences(text, [{ start: 0, end: 30 }, { start: 31, end: 42 }]);
    expect(s.map((x) => x.paragraph)).toEqual([0, 1]);
  });
});
