import { listStories, type StoryListItem } from '../../store/queries/stories.js';
import type { StoriesCommandOptions } from '../commands/stories.js';
import type { CliState } from '../state.js';
import { clip, jsonText, withStore } from './with-store.js';

/** List the stories. */
export async function runStories(options: StoriesCommandOptions, state: CliState): Promise<void> {
  const result = await withStore(options.db, (store) => listStories(store.db, { limit: options.limit, offset: options.offset ?? 0 }));
  state.io.out(options.json ? jsonText(result) : formatStories(result.total, result.stories, options.offset ?? 0));
}

/** One line per story: id, dates, article and contradiction counts, title. */
export function formatStories(total: number, stories: readonly StoryListItem[], offset: number): string {
  if (total === 0) return 'no stories yet: run `dossier ingest PATH` first\n';
  const idWidth = Math.max(...stories.map((s) => s.id.length), 2);
  const lines = stories.map((s) => {
    const dates = s.firstPublished === s.lastPublished ? (s.firstPublished ?? 'undated') : `${s.firstPublished ?? '?'}..${s.lastPublished ?? '?'}`;
    const counts = `${s.articles} article${s.articles === 1 ? '' : 's'}${s.contradictions ? `, ${s.contradictions} contradiction${s.contradictions === 1 ? '' : 's'}` : ''}`;
    return `${s.id.padEnd(idWidth)}  ${dates.padEnd(22)}  ${counts.padEnd(30)}  ${clip(s.title ?? '(untitled)', 70)}`;
  });
  const shown = stories.length < total ? `\n${offset + 1}-${offset + stories.length} of ${total} stories (--limit, --offset for more)` : `\n${total} stor${total === 1 ? 'y' : 'ies'}`;
  return `${lines.join('\n')}${shown}\n`;
}
