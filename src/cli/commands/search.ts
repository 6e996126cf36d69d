import type { Command } from 'commander';
import { DB_OPTION_HELP, DEFAULT_DB } from '../../store/defaults.js';
import type { CliState } from '../state.js';
import { parsePositiveInt } from '../options.js';

/** Options of `dossier search`. */
export interface SearchCommandOptions {
  db: string;
  limit: number;
  json?: boolean;
}

/** Declare `dossier search TEXT`. */
export function registerSearch(program: Command, state: CliState): void {
  program
    .command('search')
    .description('full-text search over the stored articles (every word must occur; "quoted phrases" stay together)')
    .argument('<text...>', 'the words to find (case and accents ignored)')
    .option('--db <path>', DB_OPTION_HELP, DEFAULT_DB)
    .option('--limit <n>', 'articles to show', parsePositiveInt('--limit'), 20)
    .option('--json', 'print JSON: { query, hits: [{ id, title, published, path, snippet }] }')
    .addHelpText('after', '\nExit status: 0 ok (also when nothing matches), 1 no store, 2 bad usage.')
    .action(async (words: string[], options: SearchCommandOptions) => {
      const { runSearch } = await import('../actions/search.js');
      await runSearch(words.join(' '), options, state);
    });
}
