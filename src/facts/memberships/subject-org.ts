/** The organisation a passive clause or an apposition is about, read backwards from its verb. */
import { isWord, type Item } from '../../recognise/items.js';
import type { MembershipContext } from './types.js';
import { ANAPHORS, NOT_JOINABLE } from './words.js';

/** An organisation id the reference data knows (not a body read from its shape only, not a news agency). */
export function knownOrgAt(ctx: MembershipContext, it: Item | undefined): string | null {
  if (it?.type !== 'ORG') return null;
  const id = it.chunk?.refs[0]?.id ?? 'x:';
  if (id.startsWith('x:') || NOT_JOINABLE.has(ctx.orgKind?.(id) ?? '')) return null;
  return id;
}

/**
 * "the bloc", "The 55-nation bloc", "this alliance": a definite body noun at `j` stands for the
 * organisation in focus. Null when no article or demonstrative comes a few words before it.
 */
export function anaphorAt(ctx: MembershipContext, j: number): string | null {
  const it = ctx.items[j];
  if (!ctx.focusOrg || it?.type !== 'TOKEN' || !ANAPHORS.has(it.lower)) return null;
  for (let b = j - 1; b >= Math.max(0, j - 4); b--) {
    const w = ctx.items[b] as Item;
    if (isWord(w, 'the', 'this', 'that')) return ctx.focusOrg;
    if (w.type !== 'TOKEN' || /^[,;:.()]$/.test(w.lower) || ANAPHORS.has(w.lower)) return null;
  }
  return null;
}

/**
 * The organisation a clause ending at `j` names as its subject: a known body or a definite body
 * noun right there, or the antecedent of ", which" ("the bloc, which was founded in 2001").
 * @returns the id and the index of the item that names it
 */
export function subjectOrgEndingAt(ctx: MembershipContext, j: number): { org: string; at: number } | null {
  let e = j;
  if (isWord(ctx.items[e], 'which', 'that') && isWord(ctx.items[e - 1], ',')) e -= 2;
  else if (isWord(ctx.items[e], 'which')) e -= 1;
  // "The Association of Southeast Asian Nations (ASEAN) was founded": the name before the acronym
  if (isWord(ctx.items[e], ')') && isWord(ctx.items[e - 2], '(')) e -= 3;
  const org = knownOrgAt(ctx, ctx.items[e]) ?? anaphorAt(ctx, e);
  return org ? { org, at: e } : null;
}

/** Index of the first comma or clause break after `k` (the end of a participle phrase), else the sentence's end. */
export function phraseEndAfter(items: readonly Item[], k: number): number {
  for (let j = k + 1; j < items.length; j++) if (isWord(items[j], ',', ';', ':', '.', '(', ')', 'which', 'who', 'while', 'but')) return j;
  return items.length;
}
