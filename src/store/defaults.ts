/**
 * Store defaults, in a module of their own so that declaring CLI options does not load SQLite.
 */

/** The default store file, in the working directory. */
export const DEFAULT_DB = 'dossier.db';

/** Help text of every command's `--db` option. */
export const DB_OPTION_HELP = 'the store file (SQLite; created by ingest)';
