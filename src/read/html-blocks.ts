import type { BoilerplateKind } from '../core/article.js';

/** A block of visible page text and the element that holds it. */
export interface HtmlBlock {
  readonly text: string;
  readonly element: Element;
}

const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav',
  'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'th', 'thead', 'tfoot', 'tr', 'ul', 'caption', 'center',
]);
const SKIP_TAGS = new Set(['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'head', 'select', 'option', 'input', 'textarea', 'canvas', 'video', 'audio', 'object', 'embed', 'map']);

/**
 * Collect the page's visible text as blocks: the text of each block element, with inline runs
 * around nested blocks as blocks of their own. Whitespace inside a block is collapsed.
 */
export function collectBlocks(root: Element): HtmlBlock[] {
  const blocks: HtmlBlock[] = [];
  const walk = (el: Element): void => {
    let buffer = '';
    const flush = () => {
      const text = buffer.replace(/\s+/g, ' ').trim();
      if (text) blocks.push({ text, element: el });
      buffer = '';
    };
    const inline = (node: Node): string => {
      if (node.nodeType === 3) return node.textContent ?? '';
      if (node.nodeType !== 1) return '';
      const child = node as Element;
      const tag = child.localName;
      if (SKIP_TAGS.has(tag) || child.hasAttribute('hidden')) return '';
      if (tag === 'br') return ' ';
      return Array.from(child.childNodes).map(inline).join('');
    };
    for (const node of Array.from(el.childNodes)) {
      if (node.nodeType === 1) {
        const child = node as Element;
        const tag = child.localName;
        if (SKIP_TAGS.has(tag) || child.hasAttribute('hidden')) continue;
        if (BLOCK_TAGS.has(tag) || containsBlock(child)) {
          flush();
          walk(child);
          continue;
        }
      }
      buffer += inline(node);
    }
    flush();
  };
  walk(root);
  return blocks;
}

function containsBlock(el: Element): boolean {
  for (const child of Array.from(el.children)) {
    if (BLOCK_TAGS.has(child.localName) || containsBlock(child)) return true;
  }
  return false;
}

// Class and id words that name site chrome; checked on the element and its ancestors.
const CHROME_HINTS: readonly [RegExp, BoilerplateKind][] = [
  [/(^|[-_\s])(cookie|cookies|consent|gdpr)([-_\s]|$)/i, 'cookie-notice'],
  [/(^|[-_\s])(comments?|disqus|respond|reply|replies)([-_\s]|$)/i, 'comments'],
  [/(^|[-_\s])(newsletter|subscribe|subscription|signup|sign-up)([-_\s]|$)/i, 'newsletter'],
  [/(^|[-_\s])(share|sharing|social|sharebar)([-_\s]|$)/i, 'share'],
  [/(^|[-_\s])(breadcrumbs?|menu|navbar|nav|navigation)([-_\s]|$)/i, 'navigation'],
  [/(^|[-_\s])(tags?|tag-list|topics|keywords)([-_\s]|$)/i, 'tags'],
  [/(^|[-_\s])(ad|ads|advert|advertisement|sponsor|sponsored|promo)([-_\s]|$)/i, 'advertisement'],
  [/(^|[-_\s])(related|recommended|more-stories|read-more|most-read|popular|trending)([-_\s]|$)/i, 'related'],
  [/(^|[-_\s])(caption|credit|photo-credit)([-_\s]|$)/i, 'photo-credit'],
  [/(^|[-_\s])(author-bio|bio|about-author|author-info)([-_\s]|$)/i, 'author-bio'],
  [/(^|[-_\s])(byline|author|authors)([-_\s]|$)/i, 'byline'],
  [/(^|[-_\s])(footer|copyright)([-_\s]|$)/i, 'footer'],
];

const TAG_HINTS: Record<string, BoilerplateKind> = { nav: 'navigation', footer: 'footer', aside: 'related', figcaption: 'photo-credit' };
const ROLE_HINTS: Record<string, BoilerplateKind> = { navigation: 'navigation', contentinfo: 'footer', complementary: 'related', banner: 'navigation' };

/**
 * What the page structure says a block outside the article is: the nearest element whose tag,
 * ARIA role, class or id names a kind of chrome. `other` when nothing does.
 */
export function structuralKind(element: Element): { kind: BoilerplateKind; rule: string } {
  for (let el: Element | null = element; el && el.localName !== 'body'; el = el.parentElement) {
    const tagKind = TAG_HINTS[el.localName];
    if (tagKind) return { kind: tagKind, rule: `html/${el.localName}` };
    const role = el.getAttribute('role');
    if (role && ROLE_HINTS[role]) return { kind: ROLE_HINTS[role] as BoilerplateKind, rule: `html/role-${role}` };
    if (el.localName === 'header' && el.parentElement?.localName === 'body') return { kind: 'navigation', rule: 'html/site-header' };
    const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    for (const [re, kind] of CHROME_HINTS) if (re.test(names)) return { kind, rule: `html/class-${kind}` };
  }
  return { kind: 'other', rule: 'html/outside-article' };
}

/** True when the element is a caption, which is never body text even inside the article. */
export function isCaption(element: Element): boolean {
  for (let el: Element | null = element; el && el.localName !== 'body'; el = el.parentElement) {
    if (el.localName === 'figcaption') return true;
  }
  return false;
}
