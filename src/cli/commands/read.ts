import type { Command } from 'commander';
import type { Article } from '../../core/article.js';
import { DEFAULT_MAX_BYTES, read } from '../../read/read.js';
import { expandSources } from '../../read/sources.js';
import { EXIT, reportError } from '../errors.js';
import type { CliIo } from '../io.js';
import { parseChoice, parseIsoDate, parsePositiveInt } from '../options.js';
import { articleJson, describeArticle } from '../format/article.js';

interface ReadOptions {
  json?: boolean;
  text?: boolean;
  maxBytes: number;
  format: 'auto' | 'text' | 'html';
  published?: string;
}

/** `dossier read FILE...`: read articles and show what was found in them. */
export function registerRead(program: Command, io: CliIo, state: { exitCode: number; debug: () => boolean }): void {
  program
    .command('read')
    .description('read articles (text or HTML files, directories, - for stdin) and show title, byline, date, body and boilerplate')
    .argument('<paths...>', 'files, directories (read recursively) or - for standard input')
    .option('--json', 'print JSON: one object for one article, JSON Lines for several')
    .option('--text', 'include the article text in the JSON (offsets point into it)')
    .option('--max-bytes <n>', 'largest input accepted, in bytes', parsePositiveInt('--max-bytes'), DEFAULT_MAX_BYTES)
    .option('--format <format>', 'auto (detect HTML by content), text or html', parseChoice('--format', ['auto', 'text', 'html'] as const), 'auto')
    .option('--published <date>', 'publication date to assume (YYYY-MM-DD), overriding the page', parseIsoDate('--published'))
    .addHelpText('after', '\nExit status: 0 all read, 1 some inputs could not be read (the others are still printed), 2 bad usage.')
    .action((paths: string[], options: ReadOptions) => {
      const articles: Article[] = [];
      for (const source of expandSources(paths, options.maxBytes, io.stdin)) {
        try {
          if ('error' in source) throw source.error;
          const article = read(source.bytes, {
            path: source.path,
            format: options.format,
            maxBytes: options.maxBytes,
            ...(options.published ? { published: options.published } : {}),
          });
          articles.push(article);
          // Stream human output as we go; JSON waits to know whether it is one object or many.
          if (!options.json) io.out(describeArticle(article));
        } catch (error) {
          state.exitCode = Math.max(state.exitCode, reportError(io, error, state.debug()));
        }
      }
      if (options.json) {
        const objects = articles.map((a) => articleJson(a, { text: options.text === true }));
        if (objects.length === 1) io.out(`${JSON.stringify(objects[0], null, 2)}\n`);
        else for (const o of objects) io.out(`${JSON.stringify(o)}\n`);
      }
      if (articles.length === 0 && state.exitCode === EXIT.ok) state.exitCode = EXIT.data;
    });
}
