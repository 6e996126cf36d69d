import type { Command } from 'commander';
import type { CliState } from '../state.js';

/** Options of `dossier eval`, as commander parses them. */
export interface EvalCommandOptions {
  gold: string;
  articles: string;
  json?: boolean;
}

/** Declare `dossier eval`; the scorer and the extractor are loaded only when the command runs. */
export function registerEval(program: Command, state: CliState): void {
  program
    .command('eval')
    .description('extract facts from articles and score them against gold files (docs/scoring.md)')
    .requiredOption('--gold <dir>', 'directory of gold facts files (*.json)')
    .requiredOption('--articles <dir>', 'directory of the articles, named like the gold files (.txt, .html or .htm)')
    .option('--json', 'print the full report as JSON')
    .addHelpText('after', '\nExit status: 0 every gold file scored, 1 some could not be (no article, bad gold file) or a directory is unreadable, 2 bad usage.')
    .action(async (options: EvalCommandOptions) => {
      const { runEvalCommand } = await import('../actions/eval.js');
      await runEvalCommand(options, state);
    });
}
