import type { Command } from 'commander';
import { DB_OPTION_HELP, DEFAULT_DB } from '../../store/defaults.js';
import type { CliState } from '../state.js';

/** Options of `dossier story`. */
export interface StoryCommandOptions {
  db: string;
  json?: boolean;
  all?: boolean;
}

/** Declare `dossier story ID`. */
export function registerStory(program: Command, state: CliState): void {
  program
    .command('story')
    .description("show one story: its articles, rewrite links, and fact groups by verdict (contradict, agree, unique), each claim citing its words")
    .argument('<id>', 'the story id as `dossier stories` lists it (with or without the story: prefix)')
    .option('--db <path>', DB_OPTION_HELP, DEFAULT_DB)
    .option('--all', 'list every agreeing and unique group, not only their count')
    .option('--json', 'print JSON: { id, title, articles, rewrites, groups: { contradict, agree, unique } }')
    .addHelpText('after', '\nExit status: 0 ok, 1 no such story (NOT_IN_STORE) or no store, 2 bad usage.')
    .action(async (id: string, options: StoryCommandOptions) => {
      const { runStory } = await import('../actions/story.js');
      await runStory(id, options, state);
    });
}
