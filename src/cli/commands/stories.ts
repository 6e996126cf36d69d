import type { Command } from 'commander';
import { DB_OPTION_HELP, DEFAULT_DB } from '../../store/defaults.js';
import type { CliState } from '../state.js';
import { parsePositiveInt } from '../options.js';

/** Options of `dossier stories`. */
export interface StoriesCommandOptions {
  db: string;
  limit: number;
  offset?: number;
  json?: boolean;
}

/** Declare `dossier stories`. */
export function registerStories(program: Command, state: CliState): void {
  program
    .command('stories')
    .description('list the stories in the store (articles reporting the same event), most recent first')
    .option('--db <path>', DB_OPTION_HELP, DEFAULT_DB)
    .option('--limit <n>', 'stories to show', parsePositiveInt('--limit'), 50)
    .option('--offset <n>', 'stories to skip (for paging)', parsePositiveInt('--offset'))
    .option('--json', 'print JSON: { total, stories: [{ id, title, articles, firstPublished, lastPublished, contradictions }] }')
    .addHelpText('after', '\nExit status: 0 ok, 1 the store is missing or unreadable, 2 bad usage.')
    .action(async (options: StoriesCommandOptions) => {
      const { runStories } = await import('../actions/stories.js');
      await runStories(options, state);
    });
}
