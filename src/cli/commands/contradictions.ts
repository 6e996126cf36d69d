import type { Command } from 'commander';
import { DB_OPTION_HELP, DEFAULT_DB } from '../../store/defaults.js';
import type { CliState } from '../state.js';
import { parsePositiveInt } from '../options.js';

/** Options of `dossier contradictions`. */
export interface ContradictionsCommandOptions {
  db: string;
  story?: string;
  limit: number;
  offset?: number;
  json?: boolean;
}

/** Declare `dossier contradictions`. */
export function registerContradictions(program: Command, state: CliState): void {
  program
    .command('contradictions')
    .description('list the facts on which sources contradict each other, each claim citing its article and words')
    .option('--db <path>', DB_OPTION_HELP, DEFAULT_DB)
    .option('--story <id>', 'only those involving this story')
    .option('--limit <n>', 'contradictions to show', parsePositiveInt('--limit'), 50)
    .option('--offset <n>', 'contradictions to skip (for paging)', parsePositiveInt('--offset'))
    .option('--json', 'print JSON: { total, contradictions: [{ slot, label, reason, stories, claims }] }')
    .addHelpText('after', '\nExit status: 0 ok, 1 no store, 2 bad usage.')
    .action(async (options: ContradictionsCommandOptions) => {
      const { runContradictions } = await import('../actions/contradictions.js');
      await runContradictions(options, state);
    });
}
