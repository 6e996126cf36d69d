import type { Article } from '../core/article.js';
import type { SentenceLayer } from '../core/doc.js';
import { chunkSentence, tokenKeys } from '../recognise/chunk.js';
import type { Lexicon } from '../recognise/lexicon.js';
import { splitSentences } from '../nlp/sentences.js';
import { tokenize, type Token } from '../nlp/tokenize.js';

/** Tokens, sentences with their chunks, and the document's lower-case vocabulary. */
export interface Segmented {
  readonly tokens: Token[];
  readonly sentences: SentenceLayer[];
}

/**
 * Segment the article body (boilerplate never reaches extraction) and chunk every sentence.
 * The headline is left out: headlines restate the body in a telegraphic style that patterns misread.
 */
export function segmentAndChunk(article: Article, lexicon: Lexicon): Segmented {
  const text = article.text;
  const sentences = splitSentences(text, article.paragraphs);
  const tokens: Token[] = [];
  const ranges: { from: number; to: number }[] = [];
  for (const s of sentences) {
    const from = tokens.length;
    tokenize(text, s.start, s.end, tokens);
    ranges.push({ from, to: tokens.length });
  }
  const keys = tokenKeys(tokens);
  const written = tokens.map((t) => t.text);
  const lowercase = new Set<string>();
  for (const t of tokens) if (t.kind === 'word' && !t.upper) lowercase.add(t.text);
  const layers = sentences.map((s, i) => {
    const { from, to } = ranges[i]!;
    // spelled out rather than spread: this runs once per sentence of every article
    return { start: s.start, end: s.end, paragraph: s.paragraph, from, to, chunks: chunkSentence(text, tokens, keys, written, from, to, lexicon, lowercase) };
  });
  return { tokens, sentences: layers };
}
