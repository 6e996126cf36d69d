import { Command, CommanderError } from 'commander';
import { registerContradictions } from './commands/contradictions.js';
import { registerEntity } from './commands/entity.js';
import { registerEval } from './commands/eval.js';
import { registerExport } from './commands/export.js';
import { registerIngest } from './commands/ingest.js';
import { registerExtract } from './commands/extract.js';
import { registerKb } from './commands/kb.js';
import { registerOrg } from './commands/org.js';
import { registerRead } from './commands/read.js';
import { registerSearch } from './commands/search.js';
import { registerServe } from './commands/serve.js';
import { registerStories } from './commands/stories.js';
import { registerStory } from './commands/story.js';
import { registerTimeline } from './commands/timeline.js';
import { EXIT, reportError, usageError } from './errors.js';
import type { CliIo } from './io.js';
import type { CliState } from './state.js';
import { VERSION } from '../version.js';

/**
 * Run the CLI with the given arguments (without `node` and the script) and return the exit
 * status. Never throws and never prints a stack trace unless `--debug` is given.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const state: CliState = { io, exitCode: EXIT.ok, debug: argv.includes('--debug') };
  const program = new Command('dossier')
    .description('Read news articles and rebuild the world they describe as a source-linked knowledge graph.')
    .version(VERSION, '-V, --version', 'print the version')
    .option('--debug', 'print stack traces for errors')
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err, outputError: () => {} });
  program.addHelpText('after', '\nExit status: 0 ok, 1 some inputs could not be processed, 2 bad usage.\nRun `dossier <command> --help` for a command\'s options.');

  registerRead(program, state);
  registerExtract(program, state);
  registerEval(program, state);
  registerKb(program, state);
  registerIngest(program, state);
  registerStories(program, state);
  registerStory(program, state);
  registerEntity(program, state);
  registerOrg(program, state);
  registerContradictions(program, state);
  registerTimeline(program, state);
  registerSearch(program, state);
  registerExport(program, state);
  registerServe(program, state);

  for (const command of program.commands) command.exitOverride().configureOutput({ writeOut: io.out, writeErr: io.err, outputError: () => {} });

  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.exitCode === 0 || error.code === 'commander.helpDisplayed' || error.code === 'commander.version') return EXIT.ok;
      if (error.code === 'commander.help') return EXIT.usage; // help shown because a command was missing
      return reportError(io, usageError(error.message.replace(/^error: /, '')), state.debug);
    }
    return reportError(io, error, state.debug);
  }
  return state.exitCode;
}
