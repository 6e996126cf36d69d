import { tokenize } from '../nlp/tokenize.js';
import { normaliseName } from './normalise.js';

/** One phrase to recognise and what it stands for. */
export interface GazetteerEntry<T> {
  readonly phrase: string;
  readonly value: T;
  /** Match only as written (acronyms: "WHO" but not "who"). */
  readonly exactCase?: boolean;
}

/** A match of a phrase over a token sequence: tokens `[from, to)`. */
export interface GazetteerMatch<T> {
  readonly from: number;
  readonly to: number;
  readonly values: readonly T[];
}

interface TrieNode<T> {
  readonly next: Map<string, TrieNode<T>>;
  values: T[];
  exactValues: Map<string, T[]>;
}

const newNode = <T>(): TrieNode<T> => ({ next: new Map(), values: [], exactValues: new Map() });

/**
 * Split a phrase into the keys the trie walks: one per word token of the same tokenizer the text
 * goes through (so "Secretary-General" is one key, as it is one token), normalised; punctuation
 * and possessives dropped.
 */
export function phraseKeys(phrase: string): string[] {
  return tokenize(phrase)
    .filter((t) => t.kind === 'word')
    .map((t) => normaliseName(t.text))
    .filter((k) => k !== '');
}

/** The key of one word token (see {@link phraseKeys}). */
export function wordKey(word: string): string {
  return normaliseName(word);
}

/**
 * A token trie over normalised words: built once from the reference data, then finds the longest
 * phrase starting at each token in one pass over a sentence.
 */
export class Gazetteer<T> {
  readonly #root = newNode<T>();
  #size = 0;

  constructor(entries: Iterable<GazetteerEntry<T>> = []) {
    for (const e of entries) this.add(e);
  }

  /** Number of phrases added. */
  get size(): number {
    return this.#size;
  }

  add(entry: GazetteerEntry<T>): void {
    const keys = phraseKeys(entry.phrase);
    if (keys.length === 0) return;
    let node = this.#root;
    for (const key of keys) {
      let child = node.next.get(key);
      if (!child) node.next.set(key, (child = newNode<T>()));
      node = child;
    }
    if (entry.exactCase) {
      const written = entry.phrase.replace(/\s+/g, ' ');
      node.exactValues.set(written, [...(node.exactValues.get(written) ?? []), entry.value]);
    } else if (!node.values.includes(entry.value)) {
      node.values.push(entry.value);
    }
    this.#size++;
  }

  /**
   * Find the longest phrase starting at token `from`.
   * @param keys normalised keys of the tokens (see {@link phraseKeys}); empty for punctuation
   * @param written the tokens as written, for exact-case entries
   * @param limit index after the last token a phrase may use (a sentence end)
   */
  matchAt(keys: readonly string[], written: readonly string[], from: number, limit = keys.length): GazetteerMatch<T> | null {
    let node: TrieNode<T> | undefined = this.#root;
    let best: GazetteerMatch<T> | null = null;
    for (let i = from; i < limit && node; i++) {
      const key = keys[i] as string;
      if (key === '') break;
      node = node.next.get(key);
      if (!node) break;
      const exact = node.exactValues.size ? node.exactValues.get(written.slice(from, i + 1).join(' ')) : undefined;
      const values = exact ? [...node.values, ...exact] : node.values;
      if (values.length) best = { from, to: i + 1, values };
    }
    return best;
  }

  /** All longest, non-overlapping matches, left to right. */
  matchAll(keys: readonly string[], written: readonly string[]): GazetteerMatch<T>[] {
    const out: GazetteerMatch<T>[] = [];
    for (let i = 0; i < keys.length; ) {
      const m = this.matchAt(keys, written, i);
      if (m) {
        out.push(m);
        i = m.to;
      } else i++;
    }
    return out;
  }
}
