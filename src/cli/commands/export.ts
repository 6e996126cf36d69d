import type { Command } from 'commander';
import { DB_OPTION_HELP, DEFAULT_DB } from '../../store/defaults.js';
import type { CliState } from '../state.js';
import { parseChoice } from '../options.js';

/** Options of `dossier export`. */
export interface ExportCommandOptions {
  db: string;
  format: 'json' | 'jsonld' | 'csv';
}

/** Declare `dossier export`. */
export function registerExport(program: Command, state: CliState): void {
  program
    .command('export')
    .description('write the whole store to standard output: json (articles, entities, stories, groups), jsonld (schema.org graph) or csv (one row per fact)')
    .option('--db <path>', DB_OPTION_HELP, DEFAULT_DB)
    .option('--format <format>', 'json, jsonld or csv', parseChoice('--format', ['json', 'jsonld', 'csv'] as const), 'json')
    .addHelpText('after', '\nExit status: 0 ok, 1 no store, 2 bad usage.')
    .action(async (options: ExportCommandOptions) => {
      const { runExport } = await import('../actions/export.js');
      await runExport(options, state);
    });
}
