import type { Command } from 'commander';
import { DEFAULT_MAX_BYTES } from '../../read/limits.js';
import type { CliState } from '../state.js';
import { parseChoice, parseIsoDate, parsePositiveInt } from '../options.js';

/** Options of `dossier read`, as commander parses them. */
export interface ReadCommandOptions {
  json?: boolean;
  text?: boolean;
  maxBytes: number;
  format: 'auto' | 'text' | 'html';
  published?: string;
}

/** Declare `dossier read FILE...`; the work is loaded only when the command runs. */
export function registerRead(program: Command, state: CliState): void {
  program
    .command('read')
    .description('read articles (text or HTML files, directories, - for stdin) and show title, byline, date, body and boilerplate')
    .argument('<paths...>', 'files, directories (read recursively) or - for standard input')
    .option('--json', 'print JSON: one object for a single file, JSON Lines for several files or a directory')
    .option('--text', 'include the article text in the JSON (offsets point into it)')
    .option('--max-bytes <n>', 'largest input accepted, in bytes', parsePositiveInt('--max-bytes'), DEFAULT_MAX_BYTES)
    .option('--format <format>', 'auto (detect HTML by content), text or html', parseChoice('--format', ['auto', 'text', 'html'] as const), 'auto')
    .option('--published <date>', 'publication date to assume (YYYY-MM-DD), overriding the page', parseIsoDate('--published'))
    .addHelpText('after', '\nExit status: 0 all read, 1 some inputs could not be read (the others are still printed), 2 bad usage.')
    .action(async (paths: string[], options: ReadCommandOptions) => {
      const { runRead } = await import('../actions/read.js');
      runRead(paths, options, state);
    });
}
