import { availableParallelism } from 'node:os';
import type { Command } from 'commander';
import { DEFAULT_MAX_BYTES } from '../../read/limits.js';
import { DB_OPTION_HELP, DEFAULT_DB } from '../../store/defaults.js';
import type { CliState } from '../state.js';
import { parseIsoDate, parsePositiveInt } from '../options.js';

/** Options of `dossier ingest`, as commander parses them. */
export interface IngestCommandOptions {
  db: string;
  published?: string;
  jobs: number;
  batch: number;
  maxBytes: number;
  json?: boolean;
}

/** Declare `dossier ingest PATH...`; the store and extraction load only when it runs. */
export function registerIngest(program: Command, state: CliState): void {
  program
    .command('ingest')
    .description('read, extract, store and reconcile articles: stories, rewrites, agreeing and contradicting facts')
    .argument('<paths...>', 'files, directories (read recursively) or - for standard input')
    .option('--db <path>', DB_OPTION_HELP, DEFAULT_DB)
    .option('--published <date>', 'publication date to assume for every article (YYYY-MM-DD), overriding the pages', parseIsoDate('--published'))
    .option('--jobs <n>', 'threads to use: one writes, the others extract (default: the number of cores)', parsePositiveInt('--jobs'), availableParallelism())
    .option('--batch <n>', 'articles per transaction: a crash loses at most the batch being written, never half of one', parsePositiveInt('--batch'), 200)
    .option('--max-bytes <n>', 'largest input accepted, in bytes', parsePositiveInt('--max-bytes'), DEFAULT_MAX_BYTES)
    .option('--json', 'print the summary as JSON')
    .addHelpText('after', '\nThe same content ingested twice is stored once ("already known").\nExit status: 0 all stored, 1 some inputs failed (each reported with its code; the rest are stored), 2 bad usage.')
    .action(async (paths: string[], options: IngestCommandOptions) => {
      // The extraction threads start loading now, while this thread loads the store and
      // reconciliation (with the settings ingest gives them: the CLI's reconciler is the default).
      const { extractSettings, prestartWorkers, releasePrestarted } = await import('../../store/ingest/prestart.js');
      prestartWorkers(extractSettings(options, true), options.jobs - 1);
      try {
        const { runIngest } = await import('../actions/ingest.js');
        await runIngest(paths, options, state);
      } finally {
        await releasePrestarted();
      }
    });
}
