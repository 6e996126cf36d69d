/** The membership rules: founding, joining, admission, status statements and lists. */
import type { DateRef } from '../../core/doc.js';
import type { MembershipStatus } from '../../core/facts.js';
import { isWord, type Item } from '../../recognise/items.js';
import { clauseEnd, dateAfter, fact, hasCommaBefore, hasWordAfter, isHedged, listAfter, orgFor, subjectCountries } from './clause.js';
import type { Ctx, MembershipFact } from './types.js';
import { ANAPHORS, CLAUSE_BREAK, LIST_CUES, LIST_VERBS, READMIT_VERBS, STATUS_NOUNS } from './words.js';

/** Active voice: "the bloc admitted Argentina, Egypt and Iran as full members", "invited six countries to join". */
const NOT_FOUNDERS = new Set(['proposal', 'initiative', 'idea', 'suggestion', 'request', 'call', 'invitation', 'pressure', 'order', 'decree']);

export function readAdmitted(ctx: Ctx, k: number, out: MembershipFact[]): void {
  const { items } = ctx;
  const list = listAfter(items, ctx.ids, k + 1);
  if (list.ids.length === 0) return;
  // "invited Comoros President X to take his seat" is no membership: the list must be admitted
  // "as members", "to join", "to become …", "into" something
  const after = items.findIndex((it, j) => j > k && it.end > list.end);
  const readmits = READMIT_VERBS.has(items[k]!.lower);
  if (!readmits && (after === -1 || !(isWord(items[after], 'as', 'into') || (isWord(items[after], 'to') && isWord(items[after + 1], 'join', 'become'))))) return;
  const org = orgFor(ctx, k);
  if (!org) return;
  const end = clauseEnd(items, k);
  // an invitation is not yet membership; "admitted … as observers" gives that status
  const hedged = items[k]!.lower === 'invited' || isHedged(items, Math.max(0, k - 5), k);
  const status: MembershipStatus = hasWordAfter(items, k, ['observer', 'observers'], 12) ? 'observer' : 'member';
  const since = dateAfter(ctx, Math.max(0, k - 3), end) ?? null;
  for (const id of list.ids.filter((x) => x !== `org:${org}`)) out.push(fact(id, org, status, since, hedged, items[k]!.start, list.end, items[k]!.lower === 'invited' ? 'membership/invited' : 'membership/admitted'));
}

/** "Hungary, which has held observer status in the organisation since 2018", "X holds partner status". */
export function readStatusHeld(ctx: Ctx, k: number, out: MembershipFact[]): void {
  const { items } = ctx;
  const kind = items[k - 1]!.lower;
  const held: MembershipStatus = kind === 'observer' ? 'observer' : kind === 'partner' ? (isWord(items[k - 2], 'dialogue') ? 'dialogue partner' : 'partner country') : kind === 'candidate' ? 'candidate' : 'member';
  // "applied for observer status": an application, not the status
  const applied = items.slice(Math.max(0, k - 5), k).some((it) => isWord(it, 'applied', 'applies', 'applying', 'seeks', 'seeking', 'sought', 'requested', 'requests'));
  const status: MembershipStatus = applied ? 'applicant' : held;
  const subject = subjectCountries(items, ctx.ids, k - (isWord(items[k - 2], 'dialogue') ? 2 : 1), true);
  if (subject.ids.length === 0) return;
  const org = orgFor(ctx, k);
  if (!org) return;
  const end = clauseEnd(items, k);
  const hedged = isHedged(items, subject.from, k - 1);
  // "which held observer status until 2020", "had observer status": told of the past ("has held" is not)
  const verb = items.slice(Math.max(subject.from, k - 5), k).findIndex((it) => isWord(it, 'held', 'had'));
  const at = verb === -1 ? -1 : Math.max(subject.from, k - 5) + verb;
  const past = at !== -1 && !isWord(items[at - 1], 'has', 'have');
  const { since, before } = status === 'applicant' ? { since: dateAfter(ctx, k, end), before: null } : pastOrSince(ctx, k, end, past);
  for (const id of subject.ids.filter((x) => x !== `org:${org}`)) out.push({ ...fact(id, org, status, since, hedged, items[subject.from]!.start, end, 'membership/status-held'), ...(before ? { before } : {}) });
}

/** "is an observer", "had been the continent's only member", "was a founding member": the status noun after a copula. */
export function statusNounAfter(items: readonly Item[], k: number): { status: MembershipStatus; at: number } | null {
  for (let j = k + 1; j < Math.min(items.length, k + 9); j++) {
    const it = items[j] as Item;
    if (it.type !== 'TOKEN') return null;
    const status = STATUS_NOUNS[it.lower];
    if (status) {
      if (isWord(items[j - 1], 'founding')) return { status: 'founding member', at: j };
      if (status === 'dialogue partner' && !isWord(items[j - 1], 'dialogue')) return isWord(items[j - 1], 'partner') ? null : { status: 'partner country', at: j };
      return { status, at: j };
    }
    if (CLAUSE_BREAK.has(it.lower) || it.lower === 'not') return null;
  }
  return null;
}

const PLURAL_COPULAS = new Set(['are', 'were']);

export function readStatus(ctx: Ctx, k: number, out: MembershipFact[]): void {
  const { items } = ctx;
  const noun = statusNounAfter(items, k);
  if (!noun) return;
  // "Hungary was the last member to ratify" talks about members without stating one: need the subject right before
  const nearest = subjectCountries(items, ctx.ids, k, true);
  if (nearest.ids.length === 0 || nearest.from < k - 3) return;
  // "Japan, South Korea, Australia and New Zealand are partner countries": a plural verb takes the whole list
  const subject = PLURAL_COPULAS.has(items[k]!.lower) ? subjectCountries(items, ctx.ids, k, false) : nearest;
  const org = orgFor(ctx, noun.at);
  if (!org || subject.ids.includes(`org:${org}`)) return;
  const end = clauseEnd(items, k);
  // "is now expected to become the alliance's newest member": the hedge may sit after the copula
  const hedged = isHedged(items, subject.from, noun.at);
  const { since, before } = pastOrSince(ctx, k, end, isPastCopula(items, k) && !participleBetween(items, k, noun.at));
  for (const id of subject.ids) out.push({ ...fact(id, org, noun.status, since, hedged, items[subject.from]!.start, end, 'membership/status-statement'), ...(before ? { before } : {}) });
}

/** "was", "were", "had been": a status stated in the past ("has been", "is" are not). */
function isPastCopula(items: readonly Item[], k: number): boolean {
  const w = items[k]!.lower;
  return w === 'was' || w === 'were' || (w === 'been' && isWord(items[k - 1], 'had'));
}

// Participles that make "was … member" an event that began a status ("was admitted as the 32nd
// member", "was made a permanent member", "was granted observer status"), not a past state.
const PARTICIPLES = new Set(['made', 'given', 'chosen', 'taken', 'won', 'become', 'brought', 'let']);

function participleBetween(items: readonly Item[], k: number, at: number): boolean {
  return items.slice(k + 1, at).some((it) => it.type === 'TOKEN' && (PARTICIPLES.has(it.lower) || (it.lower.endsWith('ed') && it.lower.length > 3)));
}

const UNTIL = /^(?:until|till|up\s+to)\b/i;

/**
 * The start of a status, and when it is told of the past, the date it held before: "until
 * Friday, A and B were observers" holds before Friday; "was an observer until 2020" before 2020
 * (not since 2020); a bare past tense before publication.
 */
function pastOrSince(ctx: Ctx, k: number, end: number, past: boolean): { since: DateRef | null; before: DateRef | 'published' | null } {
  const until = ctx.dates.find((d) => UNTIL.test(d.text) && d.end <= end);
  const after = dateAfter(ctx, k, end);
  const since = after && until === after ? null : after;
  if (until) return { since, before: until };
  return { since, before: past ? 'published' : null };
}

export function readFounding(ctx: Ctx, k: number, out: MembershipFact[]): void {
  const { items } = ctx;
  const org = orgFor(ctx, k);
  if (!org) return;
  const end = clauseEnd(items, k);
  const since = dateAfter(ctx, k, end);
  // passive: "a group founded by China and Russia in 2001", "Founded in 1967 by Indonesia, …"
  // "founded in Baghdad in 1960 by …", "founded in 2009 as the Turkic Council by …"
  const by = items.findIndex((it, j) => j > k && j <= k + 9 && isWord(it, 'by'));
  // "created on a proposal by Kazakhstan" names who proposed it, not who founded it
  if (by !== -1 && items.slice(k + 1, by).every((it) => !(it.type === 'TOKEN' && (CLAUSE_BREAK.has(it.lower) || it.lower === ',' || NOT_FOUNDERS.has(it.lower))) && it.type !== 'COUNTRY')) {
    const list = listAfter(items, ctx.ids, by + 1);
    for (const id of list.ids) out.push(fact(id, org, 'founding member', since, false, items[k]!.start, list.end, 'membership/founded-by'));
    return;
  }
  const subject = subjectCountries(items, ctx.ids, k, false);
  for (const id of subject.ids.filter((x) => x !== `org:${org}`)) out.push(fact(id, org, 'founding member', since, false, items[subject.from]!.start, end, 'membership/formed'));
  // "… founded the league in 1945, together with Egypt, Iraq and Jordan"
  for (let j = k + 1; j < items.length - 1; j++) {
    if (isWord(items[j], 'together', 'along') && isWord(items[j + 1], 'with')) {
      const list = listAfter(items, ctx.ids, j + 2);
      for (const id of list.ids) out.push(fact(id, org, 'founding member', since, false, items[k]!.start, list.end, 'membership/founded-together-with'));
      break;
    }
  }
}

export function readJoining(ctx: Ctx, k: number, out: MembershipFact[], status: MembershipStatus = 'member'): void {
  const { items } = ctx;
  const apposition = isWord(items[k - 1], 'to') && isWord(items[k - 2], 'soon', 'set', 'due', 'expected', 'poised') && isWord(items[k - 3], ',');
  const subject = subjectCountries(items, ctx.ids, k, apposition || hasCommaBefore(items, k));
  if (subject.ids.length === 0) return;
  const org = orgFor(ctx, k);
  if (!org) return;
  const end = clauseEnd(items, k);
  const ids = subject.ids.filter((id) => id !== `org:${org}`);
  if (ids.length === 0) return;
  subject.ids.splice(0, subject.ids.length, ...ids);
  const hedged = status !== 'applicant' && isHedged(items, subject.from, k);
  // "join the CIS as an observer"
  const observer = hasWordAfter(items, k, ['observer'], 5) ? 'observer' : hasWordAfter(items, k, ['partner'], 5) ? 'partner country' : status;
  const since = dateAfter(ctx, k, end);
  for (const id of subject.ids) out.push(fact(id, org, observer, since, hedged, items[subject.from]!.start, end, hedged ? 'membership/hedged-join' : `membership/${status === 'applicant' ? 'applied' : 'joined'}`));
}

/** The first words of the list cues: no cue starts anywhere else. */
export const CUE_STARTS: ReadonlySet<string> = new Set(LIST_CUES.map((c) => c.words[0] as string));

export function listCueAt(items: readonly Item[], k: number): (typeof LIST_CUES)[number] | null {
  if (!CUE_STARTS.has((items[k] as Item).lower)) return null; // most words start no cue
  for (const cue of LIST_CUES) {
    if (cue.words.every((w, i) => isWord(items[k + i], w))) {
      // "Observers of the Arctic Council include …": the body may sit between cue and verb
      let a = k + cue.words.length;
      if (isWord(items[a], 'of', 'in', 'at') && (items[a + 1]?.type === 'ORG' || (isWord(items[a + 1], 'the') && items[a + 2]?.type === 'ORG'))) a += isWord(items[a + 1], 'the') ? 3 : 2;
      if (isWord(items[a], ...LIST_VERBS)) return cue;
    }
  }
  return null;
}

export function readList(ctx: Ctx, k: number, cue: (typeof LIST_CUES)[number], out: MembershipFact[]): void {
  const { items } = ctx;
  let j = k + cue.words.length;
  while (isWord(items[j], ...LIST_VERBS, 'as', 'of', 'in', 'at', 'the') || items[j]?.type === 'ORG') j++;
  const list = listAfter(items, ctx.ids, j);
  if (list.ids.length === 0) return;
  const org = orgFor(ctx, k);
  if (!org) return;
  for (const id of list.ids) out.push(fact(id, org, cue.status, null, false, items[k]!.start, list.end, `membership/list-${cue.status.replace(/ /g, '-')}`));
}

/** Verbs by which a body names its members: "The G7 groups the United States, Japan, …". */
export const COMPOSE_VERBS: ReadonlySet<string> = new Set(['groups', 'comprises', 'comprise', 'unites', 'includes', 'include']);

/**
 * "The G7, formed in 1975, groups the United States, Japan, …", "The bloc comprises Brazil, …",
 * "brings together", "consists of", "is made up of": the body as the subject of the clause, its
 * members as the list after the verb.
 */
export function readComposition(ctx: Ctx, k: number, out: MembershipFact[]): void {
  const { items } = ctx;
  // the subject: a body named at most a short aside before the verb, or "the bloc"
  let subject: string | null = null;
  let inAside = false;
  for (let j = k - 1; j >= Math.max(0, k - 10); j--) {
    const it = items[j] as Item;
    if (isWord(it, ',')) {
      inAside = !inAside;
      continue;
    }
    if (inAside) continue;
    const id = it.type === 'ORG' ? (it.chunk?.refs[0]?.id ?? null) : null;
    if (id && !id.startsWith('x:')) {
      subject = id;
      break;
    }
    if (it.type === 'TOKEN' && ANAPHORS.has(it.lower) && isWord(items[j - 1], 'the')) {
      subject = ctx.focusOrg;
      break;
    }
    if (!isWord(it, 'now', 'also', 'currently', 'today', 'is', 'the')) return;
  }
  if (!subject) return;
  let start = k + 1;
  if (isWord(items[start], 'together', 'of', 'up')) start++;
  if (isWord(items[start], 'of')) start++;
  const list = listAfter(items, ctx.ids, start);
  // a list of two or more: "includes Egypt" alone is too often something else ("includes Egypt's bid")
  if (list.ids.length < 2) return;
  for (const id of list.ids.filter((x) => x !== `org:${subject}`)) out.push(fact(id, subject, 'member', null, false, items[k]!.start, list.end, 'membership/composition'));
}

