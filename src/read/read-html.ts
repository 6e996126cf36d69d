import { createRequire } from 'node:module';
import type { Readability as ReadabilityClass } from '@mozilla/readability';
import type { parseHTML as ParseHtml } from 'linkedom';
import type { Block } from '../clean/blocks.js';
import { cleanBlocks, type CleanedParts } from '../clean/clean.js';
import { DossierError } from '../core/errors.js';
import { collectBlocks, isCaption, structuralKind, type HtmlBlock } from './html-blocks.js';
import { readPageMetadata } from './html-metadata.js';

const BLOCK_ID = 'data-dossier-block';
// The HTML parser and Readability are loaded on the first HTML page, not with the module: most
// runs read plain text, and loading linkedom took a fifth of a second on every extraction thread.
const require = createRequire(import.meta.url);
let tools: { parseHTML: typeof ParseHtml; Readability: typeof ReadabilityClass } | undefined;

function htmlTools(): NonNullable<typeof tools> {
  tools ??= {
    parseHTML: (require('linkedom') as { parseHTML: typeof ParseHtml }).parseHTML,
    Readability: (require('@mozilla/readability') as { Readability: typeof ReadabilityClass }).Readability,
  };
  return tools;
}

// Below this much body text, what Readability found is a page of links, not an article.
const MIN_ARTICLE_CHARS = 200;
const MIN_PARAGRAPH_CHARS = 80;

/** An HTML page turned into text (its blocks joined by blank lines) and cleaned. */
export interface HtmlArticle extends CleanedParts {
  readonly text: string;
}

/**
 * Read a saved HTML page: metadata from meta tags and JSON-LD, the article located by
 * Readability, and every other block of the page kept as boilerplate with the kind its place in
 * the page suggests. Throws MALFORMED_HTML or NOT_AN_ARTICLE.
 */
export function readHtml(html: string, path?: string): HtmlArticle {
  const where = path === undefined ? {} : { path };
  let document: Document;
  try {
    document = htmlTools().parseHTML(html).document as unknown as Document;
  } catch (cause) {
    throw new DossierError('MALFORMED_HTML', 'the HTML could not be parsed', { ...where, cause });
  }
  const root = document.body ?? document.documentElement;
  if (!root) throw new DossierError('MALFORMED_HTML', 'the HTML has no document element', where);

  const meta = readPageMetadata(document);
  const htmlBlocks = collectBlocks(root);
  if (htmlBlocks.length === 0) {
    throw new DossierError('MALFORMED_HTML', 'the HTML has no visible text: it may be truncated or not a web page', where);
  }
  htmlBlocks.forEach((b, i) => {
    if (!b.element.hasAttribute(BLOCK_ID)) b.element.setAttribute(BLOCK_ID, String(i));
  });

  const inArticle = locateArticle(document, htmlBlocks);
  const structure = htmlBlocks.map((b) => structuralKind(b.element));
  const article = recoverDroppedParagraphs(
    htmlBlocks.map((b, i) => inArticle(b, i) && !isCaption(b.element)),
    htmlBlocks.map((b, i) => structure[i]?.kind === 'other' && !isCaption(b.element) && PARAGRAPH_LIKE.test(b.text)),
  );
  let text = '';
  const blocks: Block[] = htmlBlocks.map((b, i) => {
    if (i > 0) text += '\n\n';
    const start = text.length;
    text += b.text;
    return { start, end: text.length, hint: article[i] ? { role: 'article' } : { role: 'outside', ...(structure[i] as ReturnType<typeof structuralKind>) } };
  });

  const parts = cleanBlocks(text, blocks, meta);
  const bodyChars = parts.paragraphs.reduce((n, p) => n + (p.end - p.start), 0);
  const hasRealParagraph = parts.paragraphs.some((p) => p.end - p.start >= MIN_PARAGRAPH_CHARS);
  if (bodyChars < MIN_ARTICLE_CHARS || !hasRealParagraph) {
    throw new DossierError('NOT_AN_ARTICLE', `no article body found (${bodyChars} characters of body text): the page looks like a menu, a list of links or a form`, where);
  }
  return { ...parts, text };
}

const PARAGRAPH_LIKE = /^.{80,}[.!?"”’)]$/su;

/**
 * Readability drops paragraphs that broken markup pushed out of the article's element. A block
 * that reads like a paragraph, that no chrome markup claims, and that touches the article is
 * taken back into it (repeatedly, so a run of such paragraphs comes back whole).
 */
function recoverDroppedParagraphs(inArticle: boolean[], paragraphLike: readonly boolean[]): boolean[] {
  const out = [...inArticle];
  if (!out.some(Boolean)) return out;
  for (let changed = true; changed; ) {
    changed = false;
    for (let i = 0; i < out.length; i++) {
      if (out[i] || !paragraphLike[i] || !(out[i - 1] || out[i + 1])) continue;
      out[i] = true;
      changed = true;
    }
  }
  return out;
}

/** Run Readability and return a test telling whether a block belongs to the article it found. */
function locateArticle(document: Document, blocks: readonly HtmlBlock[]): (block: HtmlBlock, index: number) => boolean {
  let content: string | null | undefined = null;
  try {
    // Readability changes the document it reads; the blocks were collected before.
    content = new (htmlTools().Readability)(document, { keepClasses: false, charThreshold: 200 }).parse()?.content;
  } catch {
    content = null; // treated like "no article found"
  }
  if (!content) return () => false;
  const articleDoc = htmlTools().parseHTML(`<!doctype html><html><body>${content}</body></html>`).document as unknown as Document;
  const ids = new Set<string>();
  for (const el of Array.from(articleDoc.querySelectorAll(`[${BLOCK_ID}]`))) ids.add(el.getAttribute(BLOCK_ID) as string);
  // Readability wraps loose text in new <p> elements without our id: match those by their text.
  const texts = new Set(collectBlocks(articleDoc.body).map((b) => b.text));
  return (block) => {
    const id = block.element.getAttribute(BLOCK_ID);
    return (id !== null && ids.has(id) && texts.has(block.text)) || texts.has(block.text);
  };
}
