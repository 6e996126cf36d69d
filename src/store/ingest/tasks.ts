import { statSync } from 'node:fs';
import { ARTICLE_EXTENSIONS, listArticleFiles } from '../../read/sources.js';
import type { ExtractFailure, IngestTask } from './extract-one.js';

/** The inputs of an ingest run, and the paths that gave none. */
export interface IngestPlan {
  readonly tasks: IngestTask[];
  readonly failures: ExtractFailure[];
}

/**
 * Expand command-line paths into tasks: files as given, directories recursively (by extension,
 * hidden entries skipped, sorted), `-` for standard input. Files are not read here (the workers
 * read them), so the plan is cheap and gives the total for the progress bar.
 */
export function planIngest(paths: readonly string[], stdin: () => Uint8Array): IngestPlan {
  const tasks: IngestTask[] = [];
  const failures: ExtractFailure[] = [];
  for (const path of paths) {
    if (path === '-') {
      tasks.push({ path, bytes: stdin() });
      continue;
    }
    let isDirectory: boolean;
    try {
      isDirectory = statSync(path).isDirectory();
    } catch (cause) {
      const code = (cause as NodeJS.ErrnoException).code;
      failures.push({ path, code: 'UNREADABLE_PATH', message: `cannot read ${path}: ${code === 'ENOENT' ? 'no such file or directory' : code === 'EACCES' ? 'permission denied' : (cause as Error).message}` });
      continue;
    }
    if (!isDirectory) {
      tasks.push({ path });
      continue;
    }
    let files: string[];
    try {
      files = listArticleFiles(path);
    } catch (cause) {
      failures.push({ path, code: 'UNREADABLE_PATH', message: `cannot list ${path}: ${(cause as Error).message}` });
      continue;
    }
    if (files.length === 0) failures.push({ path, code: 'NO_INPUTS', message: `no ${ARTICLE_EXTENSIONS.join('/')} files under ${path}` });
    for (const file of files) tasks.push({ path: file });
  }
  return { tasks, failures };
}
