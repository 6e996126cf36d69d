import { readFileSync, readdirSync, statSync, type Stats } from 'node:fs';
import { extname, join } from 'node:path';
import { DossierError } from '../core/errors.js';

/** File extensions read when a directory is given. */
export const ARTICLE_EXTENSIONS = ['.txt', '.html', '.htm', '.xhtml'] as const;

/** One input to read: its bytes, or the error met while getting them. */
export type Source = { readonly path: string; readonly bytes: Uint8Array } | { readonly path: string; readonly error: DossierError };

/**
 * Expand command-line paths into article sources: files as given, directories recursively (by
 * extension, hidden entries skipped, sorted for a stable order), `-` for standard input.
 * Each unreadable path becomes a source with an error so the rest of a batch still runs.
 */
export function* expandSources(paths: readonly string[], maxBytes: number, stdin: () => Uint8Array = readStdin): Generator<Source> {
  for (const path of paths) {
    if (path === '-') {
      yield sourceFrom(path, maxBytes, () => stdin());
      continue;
    }
    let stats: Stats;
    try {
      stats = statSync(path);
    } catch (cause) {
      yield { path, error: new DossierError('UNREADABLE_PATH', `cannot read ${path}: ${describeFsError(cause)}`, { path, cause }) };
      continue;
    }
    if (stats.isDirectory()) {
      const files = listArticleFiles(path);
      if (files.length === 0) {
        yield { path, error: new DossierError('NO_INPUTS', `no ${ARTICLE_EXTENSIONS.join('/')} files under ${path}`, { path }) };
      }
      for (const file of files) yield sourceFrom(file, maxBytes, () => readFileSync(file), statSync(file).size);
      continue;
    }
    yield sourceFrom(path, maxBytes, () => readFileSync(path), stats.size);
  }
}

function sourceFrom(path: string, maxBytes: number, load: () => Uint8Array, size?: number): Source {
  if (size !== undefined && size > maxBytes) {
    return { path, error: new DossierError('INPUT_TOO_LARGE', `${path} is ${size} bytes, over the limit of ${maxBytes} (raise it with --max-bytes)`, { path }) };
  }
  try {
    return { path, bytes: load() };
  } catch (cause) {
    return { path, error: new DossierError('UNREADABLE_PATH', `cannot read ${path}: ${describeFsError(cause)}`, { path, cause }) };
  }
}

/** Article files under a directory, recursively, sorted by path. */
export function listArticleFiles(dir: string): string[] {
  const out: string[] = [];
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listArticleFiles(full));
    else if ((ARTICLE_EXTENSIONS as readonly string[]).includes(extname(entry.name).toLowerCase())) out.push(full);
  }
  return out;
}

function readStdin(): Uint8Array {
  return readFileSync(0);
}

function describeFsError(cause: unknown): string {
  const code = (cause as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  return (cause as Error)?.message ?? String(cause);
}
