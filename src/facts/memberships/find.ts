/** Reading the memberships one sentence states. */
import { isWord, type Item } from '../../recognise/items.js';
import { becomesMember, dedupe, hasWordAfter, isNegatedAt, memberIdOf } from './clause.js';
import { COMPOSE_VERBS, CUE_STARTS, listCueAt, readAdmitted, readComposition, readFounding, readJoining, readList, readStatus, readStatusHeld, statusNounAfter } from './rules.js';
import type { Ctx, MembershipContext, MembershipFact } from './types.js';
import { ADMIT_VERBS, ANAPHORS, APPLY, COPULAS, FOUND_VERBS, JOIN_VERBS } from './words.js';

/**
 * Read the memberships a sentence states: founding ("formed the group in 2001", "founded by A and
 * B"), joining ("later joined", "joined the group on Thursday", "was admitted", "became a full
 * member"), lists under a status ("observer states and dialogue partners include …", "includes
 * members like …"), applications, and hedged forms ("soon to become a full member", "is expected
 * to join", "will become a member") marked hedged.
 */
export function findMemberships(context: MembershipContext): MembershipFact[] {
  // Most sentences hold none of the words a rule starts at: they are done with one pass.
  if (!context.items.some((it) => it.type === 'TOKEN' && TRIGGERS.has(it.lower))) return [];
  const orgKind = context.orgKind ?? (() => undefined);
  const ctx: Ctx = { ...context, ids: context.items.map((it) => memberIdOf(it, orgKind)) };
  const out: MembershipFact[] = [];
  const { items } = ctx;
  for (let k = 0; k < items.length; k++) {
    const item = items[k] as Item;
    if (item.type !== 'TOKEN') continue;
    const w = item.lower;
    if (!TRIGGERS.has(w)) continue;
    if (isNegatedAt(items, k)) continue;
    // "applied to join" is an application, read at "applied"
    if (JOIN_VERBS.has(w) && isWord(items[k - 1], 'to') && APPLY.has(items[k - 2]?.lower ?? '')) continue;
    if (FOUND_VERBS.has(w) || ((w === 'set' || w === 'setting') && isWord(items[k + 1], 'up'))) readFounding(ctx, w === 'set' || w === 'setting' ? k + 1 : k, out);
    else if ((w === 'brought' || w === 'let') && isWord(items[k + 1], 'in', 'into')) readJoining(ctx, k, out);
    else if (w === 'added' && addedAsMember(ctx, k)) readJoining(ctx, k, out);
    else if (ADMIT_VERBS.has(w) && (ctx.ids[k + 1] ?? ctx.ids[k + 2])) readAdmitted(ctx, k, out);
    else if (w === 'status' && isWord(items[k - 1], 'observer', 'partner', 'candidate', 'membership')) readStatusHeld(ctx, k, out);
    else if (COPULAS.has(w) && statusNounAfter(items, k)) readStatus(ctx, k, out);
    else if (JOIN_VERBS.has(w) || (w === 'become' || w === 'became' || w === 'becomes' || w === 'becoming') && becomesMember(items, k)) readJoining(ctx, k, out);
    else if (APPLY.has(w) && (hasWordAfter(items, k, ['to', 'for', 'join', 'membership'], 3) || appliedInRelativeClause(items, k))) readJoining(ctx, k, out, 'applicant');
    if (COMPOSE_VERBS.has(w) || (w === 'brings' && isWord(items[k + 1], 'together')) || ((w === 'consists' || w === 'made') && isWord(items[k + 1], 'of', 'up'))) readComposition(ctx, k, out);
    const cue = listCueAt(items, k);
    if (cue) {
      readList(ctx, k, cue, out);
      k += cue.words.length - 1; // "dialogue partners" inside "observer states and dialogue partners" is the same cue
    }
  }
  return dedupe(out);
}

// Every word at which a branch above can read something (the verbs, "set up", "brought in",
// "status", copulas, "become", applications, list cues): any other token is skipped.
const TRIGGERS: ReadonlySet<string> = new Set([
  ...FOUND_VERBS,
  'set',
  'setting',
  'brought',
  'let',
  'added',
  ...ADMIT_VERBS,
  'status',
  ...COPULAS,
  ...JOIN_VERBS,
  'become',
  'became',
  'becomes',
  'becoming',
  ...APPLY,
  ...CUE_STARTS,
  ...COMPOSE_VERBS,
  'brings',
  'consists',
  'made',
]);

/**
 * "South Africa was added the following year", "Croatia was added to the bloc in 2013", "were
 * added as members": a passive "added" whose complement is a body, a status or a date ("he
 * added", "was added to the sanctions list" are not memberships).
 */
function addedAsMember(ctx: Ctx, k: number): boolean {
  const { items } = ctx;
  if (!isWord(items[k - 1], 'was', 'were', 'been', 'be', 'being')) return false;
  const next = items[k + 1];
  if (!next) return false;
  if (ctx.dates.some((d) => d.start === next.start || (isWord(next, 'in', 'on') && d.start <= next.start && d.end > next.end))) return true;
  if (isWord(next, 'as')) return hasWordAfter(items, k + 1, ['member', 'members', 'observer', 'observers'], 3);
  if (!isWord(next, 'to')) return false;
  // "to NATO", "to the bloc", "to the grouping of emerging economies"
  for (let j = k + 2; j < Math.min(items.length, k + 5); j++) {
    const it = items[j] as Item;
    if (it.type === 'ORG') return true;
    if (it.type === 'TOKEN' && ANAPHORS.has(it.lower)) return true;
    if (!isWord(it, 'the', 'its', 'their')) return false;
  }
  return false;
}

// Words after "applied" that leave it without an object: "which applied in May", "all of which have applied,".
const AFTER_BARE_APPLY = new Set([',', '.', ';', 'in', 'last', 'earlier', 'this', 'on', 'formally', 'too', 'as']);

/**
 * "Sweden, which applied in May last year, …", "A, B and C, all of which have applied, …": in a
 * relative clause about the countries before it, a bare "applied" is an application to the body
 * the article is about ("applied sanctions" has an object and is not).
 */
function appliedInRelativeClause(items: readonly Item[], k: number): boolean {
  if (!['applied', 'applies'].includes(items[k]!.lower)) return false;
  let j = k - 1;
  if (isWord(items[j], 'also', 'already', 'formally')) j--;
  if (isWord(items[j], 'has', 'have', 'had')) j--;
  if (!isWord(items[j], 'which', 'who')) return false;
  const next = items[k + 1];
  return !next || (next.type === 'TOKEN' && AFTER_BARE_APPLY.has(next.lower));
}
