/**
 * When an organisation was founded, whoever founded it: "X was founded in 1967", "the bloc,
 * founded in 2002 as …", "the league, which was established in 1945", "Founded in 1991, Mercosur
 * …", "since the founding of NATO in 1949", "Mercosur's creation in 1991". Active founding by
 * countries ("A and B founded the group in 2009") is read as founding memberships instead.
 */
import type { DateRef } from '../../core/doc.js';
import { isWord, type Item } from '../../recognise/items.js';
import { anaphorAt, knownOrgAt, phraseEndAfter, subjectOrgEndingAt } from './subject-org.js';
import type { FoundingFact, MembershipContext } from './types.js';
import { isNegatedAt } from './clause.js';
import { FOUND_VERBS, PASSIVE_BE } from './words.js';

const FOUNDING_NOUNS = new Set(['founding', 'creation', 'establishment', 'inception', 'formation']);

/** The foundings a sentence states, with a date at year precision or finer. */
export function findFoundings(ctx: MembershipContext): FoundingFact[] {
  const { items } = ctx;
  if (ctx.dates.length === 0) return [];
  const out: FoundingFact[] = [];
  for (let k = 0; k < items.length; k++) {
    const w = (items[k] as Item).lower;
    if (items[k]!.type !== 'TOKEN') continue;
    const setUp = w === 'set' && isWord(items[k + 1], 'up');
    if (FOUND_VERBS.has(w) || setUp) readPassiveFounding(ctx, k, setUp ? k + 1 : k, out);
    else if (FOUNDING_NOUNS.has(w)) readFoundingNoun(ctx, k, out);
  }
  return out;
}

/** The first resolved date in items `from` (inclusive) to `to` (exclusive). */
function dateBetween(ctx: MembershipContext, from: number, to: number): DateRef | null {
  const start = ctx.items[from]?.start ?? Infinity;
  const end = ctx.items[to]?.start ?? Infinity;
  return ctx.dates.find((d) => d.value !== null && /^\d{4}/.test(d.value) && d.start >= start && d.start < end) ?? null;
}

function readPassiveFounding(ctx: MembershipContext, k: number, last: number, out: FoundingFact[]): void {
  const { items } = ctx;
  if (isNegatedAt(items, k)) return;
  const end = phraseEndAfter(items, last);
  const date = dateBetween(ctx, last + 1, end);
  if (!date) return;
  let subject: { org: string; at: number } | null = null;
  if (PASSIVE_BE.has(items[k - 1]?.lower ?? '') && items[k - 1]!.type === 'TOKEN') {
    // "was founded", "has been established", "which was set up"
    let b = k - 2;
    if (isWord(items[b], 'has', 'had', 'have')) b--;
    subject = subjectOrgEndingAt(ctx, b);
  } else if (isWord(items[k - 1], ',')) {
    // "The bloc, founded in 2002 as …"
    subject = subjectOrgEndingAt(ctx, k - 2);
  } else if (k === 0) {
    // "Founded in 1967 by Indonesia, Malaysia and Thailand, the Association of Southeast Asian
    // Nations now counts …": the subject follows the participle phrase (which may hold a list)
    subject = subjectAfterPhrase(ctx, k);
  }
  if (!subject) return;
  const from = Math.min(items[subject.at]!.start, items[k]!.start);
  out.push({ org: subject.org, date, start: from, end: Math.max(date.end, items[subject.at]!.end), rule: 'founding/passive' });
}

/** The body named right after a comma that closes a sentence-opening participle phrase. */
function subjectAfterPhrase(ctx: MembershipContext, k: number): { org: string; at: number } | null {
  const { items } = ctx;
  for (let j = k + 1; j < Math.min(items.length, k + 30); j++) {
    if (isWord(items[j], ';', ':', '.', 'which', 'who')) return null;
    if (!isWord(items[j], ',')) continue;
    const after = isWord(items[j + 1], 'the') ? j + 2 : j + 1;
    const org = knownOrgAt(ctx, items[after]) ?? anaphorAt(ctx, after);
    if (org) return { org, at: after };
  }
  return null;
}

/** "since the founding of NATO in 1949", "Mercosur's creation in 1991": the date right after the noun. */
function readFoundingNoun(ctx: MembershipContext, k: number, out: FoundingFact[]): void {
  const { items } = ctx;
  let org: string | null = null;
  let at = k;
  let after = k + 1;
  if (isWord(items[k - 1], 'the') && isWord(items[k + 1], 'of')) {
    at = isWord(items[k + 2], 'the') ? k + 3 : k + 2;
    org = knownOrgAt(ctx, items[at]);
    after = at + 1;
  } else if (items[k - 1]?.token?.kind === 'possessive') {
    at = k - 2;
    org = knownOrgAt(ctx, items[at]) ?? anaphorAt(ctx, at);
  }
  if (!org) return;
  // the date opens the words after the noun: "in 1949", "on 8 August 1967"
  const date = dateBetween(ctx, after, Math.min(items.length, after + 2));
  if (!date) return;
  out.push({ org, date, start: Math.min(items[at]!.start, items[k]!.start), end: date.end, rule: 'founding/noun' });
}
