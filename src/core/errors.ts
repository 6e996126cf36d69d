/**
 * The error catalogue: every error dossier reports has a stable code listed here.
 * Codes never change meaning once published; messages say how to fix the problem.
 */

/** How an error maps to the CLI exit status: data problems exit 1, usage problems exit 2. */
export type ErrorKind = 'data' | 'usage' | 'internal';

interface CatalogueEntry {
  readonly kind: ErrorKind;
  /** One-line description for docs and `--help` tables. */
  readonly summary: string;
}

/** Every stable error and warning code, with its kind and a summary. */
export const ERROR_CATALOGUE = {
  EMPTY_INPUT: { kind: 'data', summary: 'the input is empty or only whitespace' },
  BINARY_INPUT: { kind: 'data', summary: 'the input looks binary (NUL bytes or control characters), not text or HTML' },
  INPUT_TOO_LARGE: { kind: 'data', summary: 'the input is larger than --max-bytes' },
  UNREADABLE_PATH: { kind: 'data', summary: 'the path does not exist or cannot be read' },
  INVALID_ENCODING: { kind: 'data', summary: 'the bytes are neither valid UTF-8/UTF-16 nor plausible Windows-1252' },
  MALFORMED_HTML: { kind: 'data', summary: 'the HTML could not be parsed into a document' },
  NOT_AN_ARTICLE: { kind: 'data', summary: 'the page has no article body (Readability found nothing)' },
  NO_INPUTS: { kind: 'data', summary: 'a directory or glob matched no readable article files' },
  BAD_GOLD: { kind: 'data', summary: 'a gold facts file is not valid JSON in the facts format, or a gold directory holds none' },
  NOT_FOUND: { kind: 'data', summary: 'the reference knowledge has no country, organisation, office or person by this name' },
  STORE_CORRUPT: { kind: 'data', summary: 'the --db file is not a dossier store: not SQLite, damaged, or another program\'s database' },
  STORE_LOCKED: { kind: 'data', summary: 'another process is writing to the store; try again when it has finished' },
  STORE_UNWRITABLE: { kind: 'data', summary: 'the store file or its folder cannot be created or written (permissions, missing folder, read-only disk)' },
  STORE_MISSING: { kind: 'data', summary: 'no store at the --db path; run dossier ingest first' },
  STORE_TOO_NEW: { kind: 'data', summary: 'the store was written by a newer dossier (its schema version is unknown to this one)' },
  NOT_IN_STORE: { kind: 'data', summary: 'the store has no story, entity or organisation by this name or id' },
  AMBIGUOUS_NAME: { kind: 'data', summary: 'several entities in the store go by this name; give one of the ids listed' },
  PORT_IN_USE: { kind: 'data', summary: 'dossier serve: another program already listens on --port at --host; stop it or choose another port' },
  NOTHING_TO_SPLIT: { kind: 'data', summary: 'the entity has no merged names to split off; give the names to take out' },
  BAD_USAGE: { kind: 'usage', summary: 'the command line is not valid (unknown option, missing argument, bad value)' },
  INTERNAL: { kind: 'internal', summary: 'a bug in dossier; run again with --debug and report the trace' },
} as const satisfies Record<string, CatalogueEntry>;

/**
 * Warnings: the input was processed, but the user should know something about it.
 * They travel with the result (`warnings: [{ code, message }]`) and never change the exit status.
 */
export const WARNING_CATALOGUE = {
  DECODED_AS_WINDOWS_1252: 'the bytes were not valid UTF-8 and were decoded as Windows-1252',
  NO_TITLE: 'no title could be found',
  NO_BODY: 'no body text was found: everything looked like site chrome',
  NO_SENTENCES: 'the body holds no sentences to extract facts from',
} as const;

/** A stable warning code from {@link WARNING_CATALOGUE}. */
export type WarningCode = keyof typeof WARNING_CATALOGUE;

/** A warning attached to a result. */
export interface Warning {
  readonly code: WarningCode;
  readonly message: string;
}

/** Build a {@link Warning} with the catalogue's message, optionally with a detail appended. */
export function warning(code: WarningCode, detail?: string): Warning {
  return { code, message: detail ? `${WARNING_CATALOGUE[code]}: ${detail}` : WARNING_CATALOGUE[code] };
}

/** A stable error code from {@link ERROR_CATALOGUE}. */
export type ErrorCode = keyof typeof ERROR_CATALOGUE;

/**
 * An expected failure with a stable code. Thrown at the edges (reading files, parsing options);
 * stages never throw on odd text.
 */
export class DossierError extends Error {
  readonly code: ErrorCode;
  /** The file or input the error is about, when there is one. */
  readonly path: string | undefined;

  constructor(code: ErrorCode, message: string, options: { path?: string; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'DossierError';
    this.code = code;
    this.path = options.path;
  }

  /** Whether this error is about the data (exit 1) or the command line (exit 2). */
  get kind(): ErrorKind {
    return ERROR_CATALOGUE[this.code].kind;
  }
}

/** True when `value` is a {@link DossierError}. */
export function isDossierError(value: unknown): value is DossierError {
  return value instanceof DossierError;
}
