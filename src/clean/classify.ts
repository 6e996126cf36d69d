import type { BoilerplateKind } from '../core/article.js';
import type { Block } from './blocks.js';
import { matchLineRule, REGION_OPENERS } from './boilerplate-rules.js';

/** What a block was found to be: chrome of some kind, or article text. */
export type BlockLabel = { readonly kind: BoilerplateKind; readonly rule: string } | null;

const HEADLINE_LIKE = (t: string) => t.length <= 160 && !/[.!?]["”’]?$/u.test(t);
const NAME_LINE = /^\p{Lu}[\p{L}'’.-]+(\s+(\p{Lu}[\p{L}'’.-]+|de|da|van|von|bin|al)){1,3}$/u;

/**
 * Label every block: the line rules first, then the structure of the page (HTML hints), then
 * regions that run on after a heading ("Related:", "Comments"), then bylines that only their
 * neighbours reveal (a bare name next to that person's bio).
 */
export function classifyBlocks(text: string, blocks: readonly Block[]): BlockLabel[] {
  const texts = blocks.map((b) => text.slice(b.start, b.end));
  const labels: BlockLabel[] = blocks.map((block, i) => {
    const rule = matchLineRule(texts[i] as string);
    if (rule) return { kind: rule.kind, rule: `boilerplate/${rule.name}` };
    if (block.hint?.role === 'outside') return { kind: block.hint.kind, rule: block.hint.rule };
    return null;
  });

  applyRegions(texts, labels);
  labelBylinesByNeighbours(texts, labels);
  labelSandwiched(texts, labels);
  return labels;
}

// A short fragment between two blocks of the same chrome is part of that chrome (a button
// label inside a newsletter box, a name inside a share bar).
function labelSandwiched(texts: readonly string[], labels: BlockLabel[]): void {
  for (let i = 1; i < texts.length - 1; i++) {
    const before = labels[i - 1];
    const after = labels[i + 1];
    if (labels[i] !== null || !before || !after || before.kind !== after.kind) continue;
    if (HEADLINE_LIKE(texts[i] as string) && (texts[i] as string).length <= 60) labels[i] = { kind: before.kind, rule: 'boilerplate/between-same-kind' };
  }
}

function applyRegions(texts: readonly string[], labels: BlockLabel[]): void {
  let seenBody = false;
  let region: BoilerplateKind | null = null;
  for (let i = 0; i < texts.length; i++) {
    const t = texts[i] as string;
    const opener = REGION_OPENERS.find((o) => o.test(t));
    if (opener && (opener.kind !== 'comments' || seenBody)) {
      region = opener.kind;
      labels[i] ??= { kind: opener.kind, rule: `region/${opener.kind}-heading` };
      continue;
    }
    if (region === 'related') {
      if (labels[i] === null && HEADLINE_LIKE(t)) {
        labels[i] = { kind: 'related', rule: 'region/related-item' };
        continue;
      }
      if (labels[i] === null) region = null;
    } else if (region === 'comments') {
      // A comment section runs to the end of the page, whatever its entries say.
      if (labels[i] === null) labels[i] = { kind: 'comments', rule: 'region/comment' };
      continue;
    }
    if (labels[i] === null) seenBody = true;
  }
}

function labelBylinesByNeighbours(texts: readonly string[], labels: BlockLabel[]): void {
  for (let i = 0; i < texts.length; i++) {
    const t = texts[i] as string;
    if (labels[i] !== null || !NAME_LINE.test(t)) continue;
    const neighbours = [i - 1, i + 1].filter((j) => j >= 0 && j < texts.length);
    const nextToBio = neighbours.some((j) => labels[j]?.kind === 'author-bio' && (texts[j] as string).includes(t));
    const nextToCredit = neighbours.some((j) => labels[j]?.kind === 'source-credit');
    if (nextToBio || nextToCredit) labels[i] = { kind: 'byline', rule: nextToBio ? 'byline/name-before-bio' : 'byline/name-by-credit' };
  }
}
