import type { Command } from 'commander';
import { DB_OPTION_HELP, DEFAULT_DB } from '../../store/defaults.js';
import type { CliState } from '../state.js';

/** Options of `dossier entity` and its subcommands. */
export interface EntityCommandOptions {
  db: string;
  json?: boolean;
}

// Commander gives options a parent declares to the parent wherever they appear, so the
// subcommands share `entity`'s --db and --json instead of declaring their own.
const SHARED_OPTIONS = `\nOptions: --db <path> (${DB_OPTION_HELP}; default ${DEFAULT_DB}) and --json (print the result as JSON), as for \`dossier entity\`.`;

/** Declare `dossier entity NAME`, `dossier entity merge A B` and `dossier entity split ID [NAME...]`. */
export function registerEntity(program: Command, state: CliState): void {
  const entity = program
    .command('entity')
    .description('show what the store says about a person, country or organisation: offices over time, memberships, events, quotes, each with sources; merge or split entities')
    .argument('<name...>', 'a name or alias in any spelling ("Türkiye", "Putin"), or an entity id (person:…, country:TR, org:SCO)')
    .option('--db <path>', DB_OPTION_HELP, DEFAULT_DB)
    .option('--json', 'print JSON: { entity, articles, offices, memberships, events, quotes }')
    .addHelpText('after', '\nExit status: 0 ok, 1 not in the store (NOT_IN_STORE), ambiguous (AMBIGUOUS_NAME) or no store, 2 bad usage.')
    .action(async (words: string[], options: EntityCommandOptions) => {
      const { runEntity } = await import('../actions/entity.js');
      await runEntity(words.join(' '), options, state);
    });
  entity
    .command('merge')
    .description('tell dossier that two entities are one: B is folded into A, now and in every later ingest')
    .argument('<a>', 'the entity to keep (id or name)')
    .argument('<b>', 'the entity to fold into it (id or name)')
    .addHelpText('after', SHARED_OPTIONS)
    .action(async (a: string, b: string) => {
      const { runEntityMerge } = await import('../actions/entity.js');
      await runEntityMerge(a, b, entity.opts<EntityCommandOptions>(), state);
    });
  entity
    .command('split')
    .description('tell dossier that some names of an entity are someone else: they move to a new entity, now and in every later ingest')
    .argument('<id>', 'the entity (id or name)')
    .argument('[names...]', 'the names to take out (default: the names earlier merges brought in)')
    .addHelpText('after', `${SHARED_OPTIONS}\nExit status: 0 ok, 1 nothing to split (NOTHING_TO_SPLIT), not in the store, or no store, 2 bad usage.`)
    .action(async (id: string, names: string[]) => {
      const { runEntitySplit } = await import('../actions/entity.js');
      await runEntitySplit(id, names, entity.opts<EntityCommandOptions>(), state);
    });
}
