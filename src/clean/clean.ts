import type { Article, BoilerplateSpan, PublishedSource, Span } from '../core/article.js';
import { warning, type Warning } from '../core/errors.js';
import type { Block } from './blocks.js';
import { classifyBlocks, type BlockLabel } from './classify.js';
import { bylineAgency, bylineName, creditedSource } from './credits.js';
import { findDateline } from './dateline.js';
import { guessLanguage } from './language.js';
import { parsePublishedLine } from './published.js';

/** What an HTML page's metadata says, to be preferred over guesses from the text. */
export interface PageMetadata {
  readonly title?: string | null;
  readonly byline?: string | null;
  readonly siteName?: string | null;
  readonly published?: string | null;
  readonly publishedSource?: PublishedSource | null;
}

/** The parts of an {@link Article} that cleaning finds. */
export type CleanedParts = Pick<
  Article,
  | 'title'
  | 'titleSpan'
  | 'byline'
  | 'sourceCredit'
  | 'siteName'
  | 'published'
  | 'publishedSource'
  | 'dateline'
  | 'language'
  | 'body'
  | 'paragraphs'
  | 'boilerplate'
  | 'warnings'
>;

// A title is a line, not a paragraph.
const TITLE_MAX = 200;
// A publication-date line is short.
const DATE_LINE_MAX = 80;

/**
 * Find title, byline, credit, publication date, dateline and body in a text split into blocks,
 * and set site chrome aside as boilerplate spans with their kind. Nothing is removed: every part
 * is a span of `text`.
 */
export function cleanBlocks(text: string, blocks: readonly Block[], meta: PageMetadata = {}): CleanedParts {
  const labels = classifyBlocks(text, blocks);
  const blockText = (i: number) => text.slice((blocks[i] as Block).start, (blocks[i] as Block).end);
  const warnings: Warning[] = [];

  let published: string | null = meta.published ?? null;
  let publishedSource: PublishedSource | null = published ? (meta.publishedSource ?? 'meta') : null;
  for (let i = 0; i < blocks.length; i++) {
    if (labels[i] !== null || blockText(i).length > DATE_LINE_MAX) continue;
    const date = parsePublishedLine(blockText(i));
    if (date === null) continue;
    labels[i] = { kind: 'metadata', rule: 'metadata/published-line' };
    if (!published) {
      published = date;
      publishedSource = 'text';
    }
  }

  const titleIndex = findTitle(blocks, labels, blockText, meta.title ?? null);
  const title = meta.title ?? (titleIndex === -1 ? null : blockText(titleIndex));
  if (!title) warnings.push(warning('NO_TITLE'));

  const paragraphs: Span[] = [];
  const boilerplate: BoilerplateSpan[] = [];
  blocks.forEach((block, i) => {
    const label = labels[i];
    if (i === titleIndex) return;
    if (label) boilerplate.push({ start: block.start, end: block.end, kind: label.kind, rule: label.rule });
    else paragraphs.push({ start: block.start, end: block.end });
  });
  const first = paragraphs[0];
  const last = paragraphs[paragraphs.length - 1];
  const body = first && last ? { start: first.start, end: last.end } : null;
  if (!body) warnings.push(warning('NO_BODY'));

  // The dateline opens the first paragraph of the story; a stand-first or kicker may come before it.
  let dateline = null;
  for (const p of paragraphs.slice(0, 3)) {
    dateline = findDateline(text.slice(p.start, p.end), p.start);
    if (dateline) break;
  }
  if (!published && dateline?.date && !dateline.date.startsWith('--')) {
    published = dateline.date;
    publishedSource = 'dateline';
  }

  const bylineIndex = labels.findIndex((l) => l?.kind === 'byline');
  const bylineLine = bylineIndex === -1 ? null : blockText(bylineIndex);
  const byline = meta.byline ?? (bylineLine === null ? null : bylineName(bylineLine));
  const creditIndex = labels.findIndex((l) => l?.kind === 'source-credit');
  const sourceCredit =
    (creditIndex === -1 ? null : creditedSource(blockText(creditIndex))) ??
    (bylineLine === null ? null : bylineAgency(bylineLine)) ??
    dateline?.agency ??
    null;

  const bodyText = paragraphs.map((p) => text.slice(p.start, p.end)).join('\n');
  return {
    title,
    titleSpan: titleIndex === -1 ? null : { start: (blocks[titleIndex] as Block).start, end: (blocks[titleIndex] as Block).end },
    byline,
    sourceCredit,
    siteName: meta.siteName ?? null,
    published,
    publishedSource,
    dateline,
    language: guessLanguage(bodyText || text),
    body,
    paragraphs,
    boilerplate,
    warnings,
  };
}

function findTitle(blocks: readonly Block[], labels: readonly BlockLabel[], blockText: (i: number) => string, metaTitle: string | null): number {
  if (metaTitle) {
    const wanted = squash(metaTitle);
    // The page's own heading, when it repeats the metadata title (often with a site suffix cut).
    const limit = Math.min(blocks.length, 40);
    for (let i = 0; i < limit; i++) {
      const t = squash(blockText(i));
      if (t && (t === wanted || (t.length > 20 && wanted.startsWith(t)) || (wanted.length > 20 && t.startsWith(wanted)))) return i;
    }
    return -1;
  }
  const first = labels.findIndex((l, i) => l === null && (blocks[i] as Block).hint?.role !== 'outside');
  if (first === -1) return -1;
  const t = blockText(first);
  const isParagraph = t.length > TITLE_MAX || findDateline(t, 0) !== null || /[.!?]["”’]?\s+\p{Lu}/u.test(t);
  // A lone first line is only a title when an article follows it.
  const hasMore = labels.some((l, i) => i > first && l === null);
  return isParagraph || !hasMore ? -1 : first;
}

function squash(s: string): string {
  return s.toLowerCase().replace(/\s+/g, ' ').trim();
}
