import type { Article } from '../core/article.js';
import type { FactsView } from '../core/facts.js';
import { read } from '../read/read.js';

/** Options for {@link extract}. */
export interface ExtractOptions {
  /** Reference date for relative dates (`YYYY-MM-DD`); default: the article's own date. */
  readonly published?: string;
  readonly id?: string;
  readonly path?: string;
}

/** The fully annotated document that extraction returns. (Stub: layers are being built.) */
export interface AnnotatedDoc {
  readonly article: Article;
  /** The reference date used for relative dates. */
  readonly published: string | null;
}

/**
 * Extract what one article states. Accepts raw input (read first) or an already read article.
 * Never throws on text; input that cannot be read throws a DossierError from `read`.
 */
export function extract(input: string | Uint8Array | Article, options: ExtractOptions = {}): AnnotatedDoc {
  const article = typeof input === 'string' || input instanceof Uint8Array ? read(input, { ...(options.id ? { id: options.id } : {}), ...(options.path ? { path: options.path } : {}) }) : input;
  return { article, published: options.published ?? article.published };
}

/** The per-article facts view of an annotated document (facts-format.md). */
export function toFacts(doc: AnnotatedDoc): FactsView {
  return { id: doc.article.id, published: doc.published, title: doc.article.title, byline: doc.article.byline, people: [], organizations: [], memberships: [], events: [], quotes: [] };
}
