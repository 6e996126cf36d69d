import { createHash } from 'node:crypto';
import { basename, extname } from 'node:path';
import type { Article } from '../core/article.js';
import { DossierError, type Warning } from '../core/errors.js';
import { splitTextBlocks } from '../clean/blocks.js';
import { cleanBlocks } from '../clean/clean.js';
import { decode } from './decode.js';
import { readHtml } from './read-html.js';
import { DEFAULT_MAX_BYTES } from './limits.js';
import { looksLikeHtml } from './sniff-html.js';

export { DEFAULT_MAX_BYTES };

/** Options for {@link read}. */
export interface ReadOptions {
  /** Article id; default: the file stem of `path`, else `article-` and the first hash digits. */
  readonly id?: string;
  /** Where the input came from, for ids and error messages. */
  readonly path?: string;
  /** `auto` (default) decides from the content whether the input is HTML. */
  readonly format?: 'auto' | 'text' | 'html';
  /** Largest input accepted, in bytes (default {@link DEFAULT_MAX_BYTES}). */
  readonly maxBytes?: number;
  /** A publication date given by the user (`YYYY-MM-DD`); it wins over what the page says. */
  readonly published?: string;
}

/**
 * Read one article from bytes (decoded as UTF-8, UTF-16 with BOM, or Windows-1252) or from a
 * string: detect HTML, find title, byline, credit, date, dateline and body, and keep site chrome
 * as boilerplate spans. Throws {@link DossierError} for input that is not an article.
 * @example
 * const article = read('Summit opens\n\nGENEVA — Leaders met on Monday...');
 * article.title; // "Summit opens"
 */
export function read(input: string | Uint8Array, options: ReadOptions = {}): Article {
  const where = options.path === undefined ? {} : { path: options.path };
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const size = typeof input === 'string' ? Buffer.byteLength(input) : input.length;
  if (size > maxBytes) {
    throw new DossierError('INPUT_TOO_LARGE', `the input is ${size} bytes, over the limit of ${maxBytes} (raise it with --max-bytes)`, where);
  }
  const decoded =
    typeof input === 'string'
      ? { text: input.replace(/^\uFEFF/, ''), encoding: 'utf-16' as const, warnings: [] as Warning[] }
      : decode(input, options.path);
  const text = decoded.text.replace(/\r\n?/g, '\n');
  if (text.trim() === '') throw new DossierError('EMPTY_INPUT', 'the input holds no text', where);

  const isHtml = options.format === 'html' || (options.format !== 'text' && looksLikeHtml(text));
  const parts = isHtml ? readHtml(text, options.path) : { ...cleanBlocks(text, splitTextBlocks(text)), text };
  const hash = createHash('sha256').update(parts.text).digest('hex');
  const published = options.published ?? parts.published;
  return {
    id: options.id ?? (options.path && options.path !== '-' ? basename(options.path, extname(options.path)) : `article-${hash.slice(0, 12)}`),
    path: options.path ?? null,
    format: isHtml ? 'html' : 'text',
    encoding: decoded.encoding,
    hash,
    ...parts,
    published,
    publishedSource: options.published ? 'given' : parts.publishedSource,
    warnings: [...decoded.warnings, ...parts.warnings],
  };
}
