import { statSync } from 'node:fs';
import { extract, toFacts } from '../../extract/extract.js';
import { read } from '../../read/read.js';
import { expandSources } from '../../read/sources.js';
import type { ExtractCommandOptions } from '../commands/extract.js';
import { EXIT, reportError } from '../errors.js';
import { describeFacts } from '../format/facts.js';
import type { CliState } from '../state.js';

/** Read and extract every source; print each facts view, report each failure and go on. */
export function runExtract(paths: readonly string[], options: ExtractCommandOptions, state: CliState): void {
  const { io } = state;
  const single = paths.length === 1 && (paths[0] === '-' || !isDirectory(paths[0] as string));
  let done = 0;
  for (const source of expandSources(paths, options.maxBytes, io.stdin)) {
    try {
      if ('error' in source) throw source.error;
      const article = read(source.bytes, { path: source.path, maxBytes: options.maxBytes });
      const doc = extract(article, options.published ? { published: options.published } : {});
      const facts = toFacts(doc);
      done++;
      if (options.json) io.out(`${JSON.stringify(facts, null, single ? 2 : undefined)}\n`);
      else io.out(describeFacts(facts, doc.article.text));
    } catch (error) {
      state.exitCode = Math.max(state.exitCode, reportError(io, error, state.debug));
    }
  }
  if (done === 0) state.exitCode = Math.max(state.exitCode, EXIT.data);
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
