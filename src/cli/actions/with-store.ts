import { Store } from '../../store/store.js';

/**
 * Open an existing store, run a query, close it. Errors come out with store codes
 * (STORE_MISSING, STORE_CORRUPT, STORE_LOCKED…), which the program prints as one line.
 */
export async function withStore<T>(path: string, work: (store: Store) => Promise<T>): Promise<T> {
  const store = Store.open(path);
  try {
    return await store.read(() => work(store));
  } finally {
    await store.close();
  }
}

/** Pretty JSON with a final newline. */
export function jsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** `text` cut to `width` characters with an ellipsis, on one line. */
export function clip(text: string, width: number): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length <= width ? one : `${one.slice(0, width - 1)}…`;
}

/** "Belarus" in article 000 [1839-1846] → `000 [1839-1846] "words"` lines for evidence. */
export function spans(evidence: readonly { start: number; end: number; text: string }[], width = 90): string {
  return evidence.map((e) => `[${e.start}-${e.end}] "${clip(e.text, width)}"`).join(' ');
}
