import type { Chunk, SentenceLayer } from '../core/doc.js';
import { lowerCase } from '../nlp/char-class.js';
import type { Token } from '../nlp/tokenize.js';

/** One step of a sentence as patterns see it: a chunk, or a plain token. */
export interface Item {
  readonly chunk: Chunk | null;
  readonly token: Token | null;
  /** Chunk type, or `TOKEN`. */
  readonly type: Chunk['type'] | 'TOKEN';
  /** Lower-cased text, for matching cue words. */
  readonly lower: string;
  readonly start: number;
  readonly end: number;
}

/** The sentence as a sequence of chunks and the tokens between them. */
export function sentenceItems(sentence: SentenceLayer, tokens: readonly Token[]): Item[] {
  const items: Item[] = [];
  let c = 0;
  const chunks = sentence.chunks;
  for (let i = sentence.from; i < sentence.to; ) {
    const chunk = chunks[c];
    if (chunk && chunk.from === i) {
      items.push({ chunk, token: null, type: chunk.type, lower: chunk.text.toLowerCase(), start: chunk.start, end: chunk.end });
      i = chunk.to;
      c++;
      continue;
    }
    const t = tokens[i] as Token;
    items.push({ chunk: null, token: t, type: 'TOKEN', lower: lowerCase(t.text), start: t.start, end: t.end });
    i++;
  }
  return items;
}

/** Whether an item is a plain token with one of the given lower-case texts. */
export function isWord(item: Item | undefined, ...words: string[]): boolean {
  return !!item && item.type === 'TOKEN' && words.includes(item.lower);
}

/** Whether an item is a person-name slot: a NAME candidate or a known person. */
export function isNameSlot(item: Item | undefined): boolean {
  return !!item && (item.type === 'NAME' || item.type === 'PERSON');
}
