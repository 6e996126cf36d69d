/**
 * Members suspended from an organisation: "Syria was suspended from the bloc in 2011", "Syria's
 * membership was suspended in 2012", "Mercosur suspended Venezuela in 2016", "the Commonwealth
 * suspended Fiji's membership", "Mali's suspension from the African Union", "the suspension of
 * Niger by ECOWAS". Suspension is no status of the facts view: it is kept as a fact of its own.
 */
import type { DateRef } from '../../core/doc.js';
import { isWord, type Item } from '../../recognise/items.js';
import { memberIdOf } from './clause.js';
import { knownOrgAt, phraseEndAfter, subjectOrgEndingAt } from './subject-org.js';
import type { MembershipContext, SuspensionFact } from './types.js';
import { ANAPHORS, HEDGES, NEGATORS, PASSIVE_BE } from './words.js';

// "its membership was suspended", "Russia's participation was suspended": what a member loses.
const MEMBERSHIP_NOUNS = new Set(['membership', 'participation', 'seat']);
// "lifted Fiji's suspension in 2014": the date is the lifting's, not the suspension's.
const ENDING = new Set(['lift', 'lifted', 'lifts', 'lifting', 'end', 'ended', 'ends', 'ending', 'revoked', 'revoke', 'after', 'until', 'over']);
// Words before a country that make it no subject: "flights to Niger were suspended".
const PREPOSITIONS = new Set(['to', 'from', 'with', 'for', 'in', 'on', 'at', 'of', 'by', 'into', 'between']);
// "threatened to suspend", "could be suspended": not done.
const NOT_DONE = new Set([...HEDGES, 'threatened', 'threatens', 'threaten', 'warned', 'warns', 'considering', 'consider', 'considers', 'calls', 'called', 'urged', 'urges', 'voted']);

/** The suspensions a sentence states (hedged and negated ones left out). */
export function findSuspensions(context: MembershipContext): SuspensionFact[] {
  const { items } = context;
  const orgKind = context.orgKind ?? (() => undefined);
  const out: SuspensionFact[] = [];
  for (let k = 0; k < items.length; k++) {
    const it = items[k] as Item;
    if (it.type !== 'TOKEN' || !it.lower.startsWith('suspen')) continue;
    if (notDone(items, k)) continue;
    const member = (j: number) => memberIdOf(items[j], orgKind);
    if (it.lower === 'suspended' && PASSIVE_BE.has(items[k - 1]?.lower ?? '')) readPassive(context, k, member, out);
    else if (it.lower === 'suspended' || it.lower === 'suspends') readActive(context, k, member, out);
    else if (it.lower === 'suspension') readNoun(context, k, member, out);
  }
  return out;
}

function notDone(items: readonly Item[], k: number): boolean {
  for (let j = Math.max(0, k - 4); j < k; j++) {
    const w = items[j]!;
    if (w.type === 'TOKEN' && (NEGATORS.has(w.lower) || NOT_DONE.has(w.lower) || (ENDING.has(w.lower) && j >= k - 3))) return true;
  }
  return false;
}

/** A member named at `j`: a country or member body, or "<member>'s membership" ending at `j`. */
function memberEndingAt(items: readonly Item[], j: number, member: (j: number) => string | null): { id: string; at: number } | null {
  if (MEMBERSHIP_NOUNS.has(items[j]?.lower ?? '') && items[j - 1]?.token?.kind === 'possessive') {
    const id = member(j - 2);
    return id ? { id, at: j - 2 } : null;
  }
  const id = member(j);
  if (!id || PREPOSITIONS.has(items[j - 1]?.lower ?? '') || items[j + 1]?.token?.kind === 'possessive') return null;
  return { id, at: j };
}

/** A member named at `j` going forwards: "Venezuela", "Fiji's membership". */
function memberStartingAt(items: readonly Item[], j: number, member: (j: number) => string | null): { id: string; last: number } | null {
  const id = member(j);
  if (!id) return null;
  if (items[j + 1]?.token?.kind === 'possessive') return MEMBERSHIP_NOUNS.has(items[j + 2]?.lower ?? '') ? { id, last: j + 2 } : null;
  return { id, last: j };
}

/**
 * The body a suspension is from: "from ORG" / "from the bloc" right after `j` (the bloc being the
 * body named before in the sentence, else the article's), else the body the sentence names, else
 * the article's. Null when "from" names something else ("from the Olympics").
 */
function bodyAfter(ctx: MembershipContext, j: number, k: number): { org: string | null; next: number } {
  const { items } = ctx;
  const named = items.map((it) => knownOrgAt(ctx, it));
  const before = named.slice(0, k).filter((x): x is string => x !== null).at(-1) ?? null;
  const fallback = ctx.focusOrg ?? (ctx.eventOrg && !ctx.eventOrg.startsWith('x:') ? ctx.eventOrg : null);
  if (isWord(items[j], 'from', 'by')) {
    const at = isWord(items[j + 1], 'the') ? j + 2 : j + 1;
    if (named[at]) return { org: named[at]!, next: at + 1 };
    // "from the bloc", "from the 22-member league"
    for (let a = at; a < Math.min(items.length, at + 3); a++) {
      const it = items[a] as Item;
      if (it.type === 'TOKEN' && ANAPHORS.has(it.lower)) return { org: before ?? fallback, next: a + 1 };
      if (it.type !== 'TOKEN' || /^[,;:.]$/.test(it.lower)) break;
    }
    return { org: null, next: j };
  }
  const distinct = [...new Set(named.filter((x): x is string => x !== null))];
  return { org: distinct.length === 1 ? distinct[0]! : distinct.length === 0 ? fallback : null, next: j };
}

function dateIn(ctx: MembershipContext, from: number, to: number): DateRef | null {
  const start = ctx.items[from]?.start ?? Infinity;
  const end = ctx.items[to]?.start ?? Infinity;
  return ctx.dates.find((d) => d.start >= start && d.start < end) ?? null;
}

function push(ctx: MembershipContext, out: SuspensionFact[], member: string, org: string | null, from: number, k: number, rule: string): void {
  if (!org || member === `org:${org}`) return;
  const end = phraseEndAfter(ctx.items, k);
  const since = dateIn(ctx, k + 1, end);
  const last = ctx.items[Math.min(end, ctx.items.length) - 1]!;
  out.push({ member, org, since, start: ctx.items[from]!.start, end: Math.max(last.end, since?.end ?? 0), rule });
}

/** "Syria was suspended from the bloc in 2011", "Syria's membership was suspended", "Fiji, which was suspended in 2009". */
function readPassive(ctx: MembershipContext, k: number, member: (j: number) => string | null, out: SuspensionFact[]): void {
  const { items } = ctx;
  let b = k - 2;
  if (isWord(items[b], 'has', 'had', 'have')) b--;
  if (isWord(items[b], 'which') && isWord(items[b - 1], ',')) b -= 2;
  // "Fiji's membership of the Commonwealth was suspended": the body sits inside the subject
  let inSubject: string | null = null;
  const of = isWord(items[b - 1], 'the') ? b - 2 : b - 1;
  if (knownOrgAt(ctx, items[b]) && isWord(items[of], 'of', 'in') && MEMBERSHIP_NOUNS.has(items[of - 1]?.lower ?? '')) {
    inSubject = knownOrgAt(ctx, items[b]);
    b = of - 1;
  }
  const subject = memberEndingAt(items, b, member);
  if (!subject) return;
  const body = inSubject ? { org: inSubject } : bodyAfter(ctx, k + 1, k);
  push(ctx, out, subject.id, body.org, subject.at, k, 'suspension/passive');
}

/** "Mercosur suspended Venezuela in 2016", "the bloc has suspended Mali's membership". */
function readActive(ctx: MembershipContext, k: number, member: (j: number) => string | null, out: SuspensionFact[]): void {
  const { items } = ctx;
  let b = k - 1;
  if (isWord(items[b], 'has', 'had', 'have')) b--;
  const subject = subjectOrgEndingAt(ctx, b);
  if (!subject) return;
  const object = memberStartingAt(items, k + 1, member);
  if (!object) return;
  push(ctx, out, object.id, subject.org, subject.at, k, 'suspension/active');
}

/** "Mali's suspension from the African Union in 2021", "the suspension of Niger by ECOWAS". */
function readNoun(ctx: MembershipContext, k: number, member: (j: number) => string | null, out: SuspensionFact[]): void {
  const { items } = ctx;
  let who: { id: string; at: number } | null = null;
  let after = k + 1;
  if (items[k - 1]?.token?.kind === 'possessive') {
    const id = member(k - 2);
    if (id) who = { id, at: k - 2 };
  } else if (isWord(items[k - 1], 'the') && isWord(items[k + 1], 'of')) {
    const id = member(k + 2);
    if (id && items[k + 3]?.token?.kind !== 'possessive') who = { id, at: k - 1 };
    after = k + 3;
  }
  if (!who) return;
  const body = bodyAfter(ctx, after, k);
  // the date must follow at once: "Mali's suspension in 2021 ended …", not any date of the sentence
  const since = dateIn(ctx, body.next, Math.min(items.length, body.next + 2));
  if (!body.org || who.id === `org:${body.org}`) return;
  out.push({ member: who.id, org: body.org, since, start: items[who.at]!.start, end: Math.max(items[k]!.end, since?.end ?? 0), rule: 'suspension/noun' });
}
