import type { Command } from 'commander';
import { DEFAULT_MAX_BYTES } from '../../read/limits.js';
import type { CliState } from '../state.js';
import { parseIsoDate, parsePositiveInt } from '../options.js';

/** Options of `dossier extract`, as commander parses them. */
export interface ExtractCommandOptions {
  json?: boolean;
  published?: string;
  maxBytes: number;
}

/** Declare `dossier extract FILE...`; the work is loaded only when the command runs. */
export function registerExtract(program: Command, state: CliState): void {
  program
    .command('extract')
    .description('extract the facts each article states (people, offices, organisations, memberships, events, quotes), each with its evidence')
    .argument('<paths...>', 'files, directories (read recursively) or - for standard input')
    .option('--json', 'print the facts view (facts-format.md): one object for a single file, JSON Lines for several')
    .option('--published <date>', 'publication date (YYYY-MM-DD) to resolve relative dates against, overriding the article', parseIsoDate('--published'))
    .option('--max-bytes <n>', 'largest input accepted, in bytes', parsePositiveInt('--max-bytes'), DEFAULT_MAX_BYTES)
    .addHelpText('after', '\nEvery item in --json output carries evidence: [{start, end, rule}], offsets into the article text (see `dossier read --json --text`).\nExit status: 0 all extracted, 1 some inputs could not be read (the others are still printed), 2 bad usage.')
    .action(async (paths: string[], options: ExtractCommandOptions) => {
      const { runExtract } = await import('../actions/extract.js');
      runExtract(paths, options, state);
    });
}
