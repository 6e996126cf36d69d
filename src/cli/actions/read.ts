import { statSync } from 'node:fs';
import type { Article } from '../../core/article.js';
import { read } from '../../read/read.js';
import { expandSources } from '../../read/sources.js';
import type { ReadCommandOptions } from '../commands/read.js';
import { EXIT, reportError } from '../errors.js';
import { articleJson, describeArticle } from '../format/article.js';
import type { CliState } from '../state.js';

/** Read every source, print each article, report each failure and go on. */
export function runRead(paths: readonly string[], options: ReadCommandOptions, state: CliState): void {
  const { io } = state;
  // One pretty object for one file; JSON Lines as soon as a batch is possible, so scripts can rely on it.
  const single = paths.length === 1 && (paths[0] === '-' || !isDirectory(paths[0] as string));
  let read_ = 0;
  for (const source of expandSources(paths, options.maxBytes, io.stdin)) {
    let article: Article;
    try {
      if ('error' in source) throw source.error;
      article = read(source.bytes, {
        path: source.path,
        format: options.format,
        maxBytes: options.maxBytes,
        ...(options.published ? { published: options.published } : {}),
      });
    } catch (error) {
      state.exitCode = Math.max(state.exitCode, reportError(io, error, state.debug));
      continue;
    }
    read_++;
    if (!options.json) io.out(describeArticle(article));
    else io.out(`${JSON.stringify(articleJson(article, { text: options.text === true }), null, single ? 2 : undefined)}\n`);
  }
  if (read_ === 0) state.exitCode = Math.max(state.exitCode, EXIT.data);
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
