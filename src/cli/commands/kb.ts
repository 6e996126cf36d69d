import type { Command } from 'commander';
import type { CliState } from '../state.js';
import { parseIsoDate } from '../options.js';

/** Options of `dossier kb`, as commander parses them. */
export interface KbCommandOptions {
  json?: boolean;
  at?: string;
}

/** Declare `dossier kb NAME`; the reference data is loaded only when the command runs. */
export function registerKb(program: Command, state: CliState): void {
  program
    .command('kb')
    .description('show what the reference knowledge says about a name: countries, organisations, office titles, office holders, news media')
    .argument('<name...>', 'the name, acronym, adjective, title or spelling to look up (several words are joined by spaces)')
    .option('--json', 'print JSON: { query, matches: [{ type, ...record }] }')
    .option('--at <date>', 'date (YYYY-MM-DD) at which memberships are read; default: the date the data was checked', parseIsoDate('--at'))
    .addHelpText('after', '\nExit status: 0 found, 1 nothing is known by that name (NOT_FOUND), 2 bad usage.')
    .action(async (words: string[], options: KbCommandOptions) => {
      const { runKb } = await import('../actions/kb.js');
      runKb(words.join(' '), options, state);
    });
}
