import type { Command } from 'commander';
import { DB_OPTION_HELP, DEFAULT_DB } from '../../store/defaults.js';
import type { CliState } from '../state.js';
import { parseIsoDate, parsePositiveInt } from '../options.js';

/** Options of `dossier timeline`. */
export interface TimelineCommandOptions {
  db: string;
  from?: string;
  to?: string;
  limit: number;
  json?: boolean;
}

/** Declare `dossier timeline NAME`. */
export function registerTimeline(program: Command, state: CliState): void {
  program
    .command('timeline')
    .description('everything the store says about an entity in date order (the fact\'s own date, else its article\'s), with sources')
    .argument('<name...>', 'a name, alias or entity id')
    .option('--db <path>', DB_OPTION_HELP, DEFAULT_DB)
    .option('--from <date>', 'from this date (YYYY-MM-DD)', parseIsoDate('--from'))
    .option('--to <date>', 'up to this date (YYYY-MM-DD)', parseIsoDate('--to'))
    .option('--limit <n>', 'entries to show', parsePositiveInt('--limit'), 200)
    .option('--json', 'print JSON: { entity, total, items: [{ date, dated, kind, summary, hedged, source }] }')
    .addHelpText('after', '\nExit status: 0 ok, 1 not in the store (NOT_IN_STORE) or no store, 2 bad usage.')
    .action(async (words: string[], options: TimelineCommandOptions) => {
      const { runTimeline } = await import('../actions/timeline.js');
      await runTimeline(words.join(' '), options, state);
    });
}
