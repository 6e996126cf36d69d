import { readFileSync } from 'node:fs';
import type { BoilerplateSpan } from '../../core/article.js';
import { DossierError, isDossierError, type ErrorCode } from '../../core/errors.js';
import type { FactsView } from '../../core/facts.js';
import { extract, toFacts } from '../../extract/extract.js';
import { read } from '../../read/read.js';
import { prepareNames, rewriteFingerprints, wordCounts, type PreparedName } from '../../reconcile/index.js';

/** One input to ingest: a file to read, or bytes already in hand (standard input). */
export interface IngestTask {
  readonly path: string;
  readonly bytes?: Uint8Array;
  /** Read the bytes as this format instead of deciding from the content (the API knows it). */
  readonly format?: 'text' | 'html';
}

/** Options every task of a run shares. */
export interface ExtractSettings {
  readonly maxBytes: number;
  /** Publication date to assume (`--published`), overriding the page's. */
  readonly published?: string;
  /**
   * Compute what reconciliation reads of the article alone here too: rewrite fingerprints, the
   * names with their knowledge persons and blocking keys, and the profile's word counts. They
   * depend on the article (and the reference knowledge) only, and computing them on the
   * extraction threads takes that work off the thread that writes.
   */
  readonly precompute?: boolean;
}

/** An article read and extracted, with everything the store keeps of it. */
export interface ExtractedArticle {
  /** The id reading gave it (file stem, or content-derived for stdin). */
  readonly sourceId: string;
  readonly path: string | null;
  readonly hash: string;
  readonly format: string;
  readonly title: string | null;
  readonly byline: string | null;
  readonly sourceCredit: string | null;
  readonly siteName: string | null;
  readonly published: string | null;
  readonly publishedSource: string | null;
  readonly language: string;
  readonly text: string;
  /** Site chrome set aside by reading. */
  readonly boilerplate: readonly BoilerplateSpan[];
  readonly facts: FactsView;
  /** Rewrite fingerprints of the text, when computed beside extraction (on the worker). */
  readonly fingerprints?: readonly string[];
  /** The article's names with their knowledge person and blocking keys (`prepareNames`), likewise. */
  readonly names?: readonly PreparedName[];
  /** The word terms of its profile (`wordCounts`), likewise. */
  readonly wordCounts?: readonly (readonly [string, number])[];
}

/** A failed input: its stable code and message (plain data, so it crosses worker threads). */
export interface ExtractFailure {
  readonly path: string;
  readonly code: ErrorCode;
  readonly message: string;
  readonly stack?: string;
}

/** What extracting one task gives. */
export type ExtractOutcome = { readonly ok: true; readonly article: ExtractedArticle } | { readonly ok: false; readonly failure: ExtractFailure };

/**
 * Read and extract one input. Never throws: a file that cannot be read or an article that cannot
 * be extracted comes back as a failure with its code, so one bad input never stops a batch.
 */
export function extractOne(task: IngestTask, settings: ExtractSettings): ExtractOutcome {
  try {
    const bytes = task.bytes ?? readInput(task.path, settings.maxBytes);
    const article = read(bytes, { ...(task.path === '-' ? {} : { path: task.path }), maxBytes: settings.maxBytes, ...(task.format ? { format: task.format } : {}), ...(settings.published ? { published: settings.published } : {}) });
    const facts = toFacts(extract(article, settings.published ? { published: settings.published } : {}));
    return {
      ok: true,
      article: {
        sourceId: article.id,
        path: article.path,
        hash: article.hash,
        format: article.format,
        title: article.title,
        byline: article.byline,
        sourceCredit: article.sourceCredit,
        siteName: article.siteName,
        published: facts.published,
        publishedSource: article.publishedSource,
        language: article.language,
        text: article.text,
        boilerplate: article.boilerplate,
        facts,
        ...(settings.precompute
          ? {
              fingerprints: rewriteFingerprints(article.text, article.boilerplate),
              names: prepareNames(facts),
              wordCounts: wordCounts(article.text, article.boilerplate),
            }
          : {}),
      },
    };
  } catch (error) {
    const known = isDossierError(error) ? error : new DossierError('INTERNAL', `extraction failed: ${error instanceof Error ? error.message : String(error)}`, { path: task.path, cause: error });
    const stack = (known.cause as Error | undefined)?.stack ?? known.stack;
    return { ok: false, failure: { path: task.path, code: known.code, message: known.message, ...(stack ? { stack } : {}) } };
  }
}

function readInput(path: string, maxBytes: number): Uint8Array {
  try {
    const bytes = readFileSync(path);
    if (bytes.length > maxBytes) throw new DossierError('INPUT_TOO_LARGE', `${path} is ${bytes.length} bytes, over the limit of ${maxBytes} (raise it with --max-bytes)`, { path });
    return bytes;
  } catch (cause) {
    if (isDossierError(cause)) throw cause;
    const code = (cause as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file or directory' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'EISDIR' ? 'is a directory' : (cause as Error).message;
    throw new DossierError('UNREADABLE_PATH', `cannot read ${path}: ${why}`, { path, cause });
  }
}
