import { DossierError, isDossierError } from '../../core/errors.js';

/** SQLite result codes (better-sqlite3 puts them on `error.code`) and what they mean to a user. */
const CORRUPT = new Set(['SQLITE_NOTADB', 'SQLITE_CORRUPT', 'SQLITE_CORRUPT_VTAB', 'SQLITE_CORRUPT_INDEX', 'SQLITE_CORRUPT_SEQUENCE']);
const LOCKED = new Set(['SQLITE_BUSY', 'SQLITE_BUSY_SNAPSHOT', 'SQLITE_BUSY_RECOVERY', 'SQLITE_BUSY_TIMEOUT', 'SQLITE_LOCKED', 'SQLITE_LOCKED_SHAREDCACHE']);
const UNWRITABLE = /^SQLITE_(CANTOPEN|READONLY|PERM|FULL|IOERR|AUTH)/;

/**
 * Translate an error met while using the store into a DossierError with a stable code; errors
 * that are already DossierErrors pass through, and anything unknown stays as it is (a bug).
 */
export function storeError(error: unknown, path: string): unknown {
  if (isDossierError(error)) return error;
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return error;
  const detail = (error as Error).message;
  if (CORRUPT.has(code)) {
    return new DossierError('STORE_CORRUPT', `${path} is not a readable dossier store (${detail}); give another --db path or restore the file from a backup`, { path, cause: error });
  }
  if (LOCKED.has(code)) {
    return new DossierError('STORE_LOCKED', `${path} is locked by another process (${detail}); try again when it has finished`, { path, cause: error });
  }
  if (UNWRITABLE.test(code)) {
    return new DossierError('STORE_UNWRITABLE', `cannot write the store ${path} (${detail})`, { path, cause: error });
  }
  return error;
}
