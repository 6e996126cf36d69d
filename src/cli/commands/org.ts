import type { Command } from 'commander';
import { DB_OPTION_HELP, DEFAULT_DB } from '../../store/defaults.js';
import type { CliState } from '../state.js';

/** Options of `dossier org`. */
export interface OrgCommandOptions {
  db: string;
  json?: boolean;
}

/** Declare `dossier org NAME`. */
export function registerOrg(program: Command, state: CliState): void {
  program
    .command('org')
    .description("show an organisation's members by status as the articles state them, with since dates and the sources for each")
    .argument('<name...>', 'the organisation: name, acronym or id ("SCO", "Shanghai Cooperation Organisation", org:SCO)')
    .option('--db <path>', DB_OPTION_HELP, DEFAULT_DB)
    .option('--json', 'print JSON: { organisation, statuses: [{ status, members }], articles }')
    .addHelpText('after', '\nExit status: 0 ok, 1 not in the store (NOT_IN_STORE) or no store, 2 bad usage.')
    .action(async (words: string[], options: OrgCommandOptions) => {
      const { runOrg } = await import('../actions/org.js');
      await runOrg(words.join(' '), options, state);
    });
}
