import type { Warning } from './errors.js';

/** A half-open range `[start, end)` of UTF-16 code units in an article's `text`. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** The kinds of site chrome that reading sets aside (never deletes). */
export const BOILERPLATE_KINDS = [
  'navigation',
  'share',
  'comments',
  'author-bio',
  'byline',
  'source-credit',
  'related',
  'newsletter',
  'cookie-notice',
  'photo-credit',
  'tags',
  'advertisement',
  'footer',
  'mobile-chrome',
  'metadata',
  'other',
] as const;

/** One kind of site chrome. `metadata` is a publication-date or reading-time line; `other` is
 * HTML outside the article that no rule names more precisely. */
export type BoilerplateKind = (typeof BOILERPLATE_KINDS)[number];

/** A span of site chrome, with its kind and the rule that recognised it. */
export interface BoilerplateSpan extends Span {
  readonly kind: BoilerplateKind;
  readonly rule: string;
}

/** The dateline that opens wire copy: `GENEVA, March 3 (Reuters) -`. */
export interface Dateline extends Span {
  /** The place as written (`ASTANÁ`). */
  readonly place: string;
  /** The date it carries: ISO `YYYY-MM-DD`, or `--MM-DD` when it gives no year. */
  readonly date: string | null;
  /** The agency in parentheses, if any (`Reuters`). */
  readonly agency: string | null;
}

/** Where the publication date came from. */
export type PublishedSource = 'text' | 'dateline' | 'meta' | 'json-ld' | 'time-element' | 'given';

/**
 * A read article: the text as the user has it (decoded, line endings normalised; for HTML the text
 * of the page's blocks) and every part of it located by offsets into that text.
 */
export interface Article {
  /** The file stem, or a content-derived id for stdin. */
  readonly id: string;
  readonly path: string | null;
  readonly format: 'text' | 'html';
  readonly encoding: string;
  /** SHA-256 of `text`, hex: the identity of the content. */
  readonly hash: string;
  readonly text: string;
  readonly title: string | null;
  readonly titleSpan: Span | null;
  readonly byline: string | null;
  /** The agency or outlet the article credits (`AP` for "Source: With information from AP"). */
  readonly sourceCredit: string | null;
  readonly siteName: string | null;
  /** ISO date `YYYY-MM-DD`, or null when the article does not say. */
  readonly published: string | null;
  readonly publishedSource: PublishedSource | null;
  readonly dateline: Dateline | null;
  /** ISO 639-1 code guessed from function words, or `und`. */
  readonly language: string;
  /** From the start of the first body paragraph to the end of the last; null when there is none. */
  readonly body: Span | null;
  readonly paragraphs: readonly Span[];
  readonly boilerplate: readonly BoilerplateSpan[];
  readonly warnings: readonly Warning[];
}

/** The text covered by a span. */
export function spanText(text: string, span: Span): string {
  return text.slice(span.start, span.end);
}
