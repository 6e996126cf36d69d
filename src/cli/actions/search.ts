import type { SearchCommandOptions } from '../commands/search.js';
import type { CliState } from '../state.js';
import { clip, jsonText, withStore } from './with-store.js';

/** Full-text search. */
export async function runSearch(text: string, options: SearchCommandOptions, state: CliState): Promise<void> {
  const hits = await withStore(options.db, (store) => store.search(text, options.limit));
  if (options.json) {
    state.io.out(jsonText({ query: text, hits }));
    return;
  }
  if (hits.length === 0) {
    state.io.out(`no article matches "${text}"\n`);
    return;
  }
  const lines = hits.map((h) => `${h.id}  ${h.published ?? 'undated'}  ${clip(h.title ?? '(untitled)', 70)}\n    ${clip(h.snippet, 110)}`);
  state.io.out(`${lines.join('\n')}\n`);
}
