import { listContradictions, type ContradictionView } from '../../store/queries/contradictions.js';
import type { ContradictionsCommandOptions } from '../commands/contradictions.js';
import type { CliState } from '../state.js';
import { formatGroup } from './story.js';
import { jsonText, withStore } from './with-store.js';

/** List the contradictions. */
export async function runContradictions(options: ContradictionsCommandOptions, state: CliState): Promise<void> {
  const result = await withStore(options.db, (store) => listContradictions(store.db, { limit: options.limit, offset: options.offset ?? 0, ...(options.story ? { story: options.story } : {}) }));
  state.io.out(options.json ? jsonText(result) : formatContradictions(result.total, result.contradictions));
}

/** Each contradiction with its stories and claims. */
export function formatContradictions(total: number, list: readonly ContradictionView[]): string {
  if (total === 0) return 'no contradictions found\n';
  const out: string[] = [];
  for (const c of list) {
    out.push(...formatGroup(c).map((l) => l.slice(2)));
    out.push(`  stories: ${c.stories.join(', ') || 'none'}`, '');
  }
  out.push(list.length < total ? `${list.length} of ${total} contradictions (--limit, --offset for more)` : `${total} contradiction${total === 1 ? '' : 's'}`);
  return `${out.join('\n')}\n`;
}
