import type { Article } from '../../core/article.js';

/** The `--json` shape of a read article: parts as offsets into the text. */
export function articleJson(article: Article, options: { text: boolean }): Record<string, unknown> {
  return {
    id: article.id,
    path: article.path,
    format: article.format,
    encoding: article.encoding,
    hash: article.hash,
    title: article.title,
    titleSpan: article.titleSpan,
    byline: article.byline,
    sourceCredit: article.sourceCredit,
    siteName: article.siteName,
    published: article.published,
    publishedSource: article.publishedSource,
    dateline: article.dateline,
    language: article.language,
    body: article.body,
    paragraphs: article.paragraphs,
    boilerplate: article.boilerplate,
    warnings: article.warnings,
    ...(options.text ? { text: article.text } : {}),
  };
}

const clip = (s: string, n = 70) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** A readable summary of a read article, for terminals. */
export function describeArticle(a: Article): string {
  const lines = [
    `${a.id}  (${a.format}, ${a.encoding}, ${a.text.length} characters${a.path ? `, ${a.path}` : ''})`,
    `  title        ${a.title ?? '—'}`,
    `  byline       ${a.byline ?? '—'}`,
    `  credit       ${a.sourceCredit ?? '—'}`,
    `  published    ${a.published ?? '—'}${a.publishedSource ? ` (from ${a.publishedSource})` : ''}`,
    `  dateline     ${a.dateline ? `${a.dateline.place}${a.dateline.date ? `, ${a.dateline.date}` : ''}` : '—'}`,
    `  language     ${a.language}`,
    a.body
      ? `  body         ${a.paragraphs.length} paragraphs, ${a.body.end - a.body.start} characters: "${clip(a.text.slice(a.body.start, a.body.end).replace(/\s+/g, ' '), 60)}"`
      : '  body         —',
    `  boilerplate  ${a.boilerplate.length === 0 ? '—' : ''}`,
    ...a.boilerplate.map((b) => `    ${b.kind.padEnd(14)} "${clip(a.text.slice(b.start, b.end).replace(/\s+/g, ' '))}"`),
    ...a.warnings.map((w) => `  warning      ${w.code}: ${w.message}`),
    '',
  ];
  return `${lines.join('\n')}\n`;
}
