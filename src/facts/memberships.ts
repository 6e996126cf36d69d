import type { DateRef } from '../core/doc.js';
import type { MembershipStatus } from '../core/facts.js';
import { isWord, type Item } from '../recognise/items.js';

/** A membership the text states, with the words that state it. */
export interface MembershipFact {
  readonly member: string; // country id
  readonly org: string; // organisation id
  readonly status: MembershipStatus;
  readonly since: DateRef | null;
  readonly hedged: boolean;
  readonly start: number;
  readonly end: number;
  readonly rule: string;
}

/** What a sentence offers a membership rule: its items, its dates, and the organisation in focus. */
export interface MembershipContext {
  readonly items: readonly Item[];
  readonly dates: readonly DateRef[];
  /** The organisation "the group"/"the bloc" refers to: the one the article is about so far. */
  readonly focusOrg: string | null;
  /** The organisation whose summit the article reports, when known: the default for "a member". */
  readonly eventOrg?: string | null;
  /** The kind of an organisation id (organisations that can be members of others are intergovernmental). */
  readonly orgKind?: (id: string) => string | undefined;
}

const ANAPHORS = new Set(['group', 'bloc', 'grouping', 'organisation', 'organization', 'alliance', 'union', 'club', 'body', 'forum', 'league', 'community']);
const FOUND_VERBS = new Set(['formed', 'founded', 'created', 'established', 'launched', 'co-founded', 'cofounded']);
const JOIN_VERBS = new Set(['joined', 'join', 'joins', 'joining', 'admitted', 'acceded', 'accede', 'accedes']);
const HEDGES = new Set(['should', 'must', 'whether', 'how', 'expected', 'will', 'set', 'soon', 'plans', 'planned', 'plan', 'poised', 'likely', 'could', 'may', 'might', 'would', 'invited', 'hopes', 'hoping', 'due', 'aims', 'seeking', 'seeks', 'wants', 'bid']);
const APPLY = new Set(['applied', 'applies', 'apply', 'applying', 'application']);
const CLAUSE_BREAK = new Set([';', ':', '.', '?', '!', '(', ')', 'which', 'who', 'while', 'whereas', 'but', 'although']);

// List cues: the words before a list of countries, and the status they give.
const LIST_CUES: readonly { readonly words: readonly string[]; readonly status: MembershipStatus }[] = [
  { words: ['observer', 'states', 'and', 'dialogue', 'partners'], status: 'observer or dialogue partner' },
  { words: ['observers', 'and', 'dialogue', 'partners'], status: 'observer or dialogue partner' },
  { words: ['observer', 'countries', 'and', 'dialogue', 'partners'], status: 'observer or dialogue partner' },
  { words: ['dialogue', 'partners'], status: 'dialogue partner' },
  { words: ['observer', 'states'], status: 'observer' },
  { words: ['observer', 'countries'], status: 'observer' },
  { words: ['observers'], status: 'observer' },
  { words: ['partner', 'countries'], status: 'partner country' },
  { words: ['partner', 'states'], status: 'partner country' },
  { words: ['founding', 'members'], status: 'founding member' },
  { words: ['candidate', 'countries'], status: 'candidate' },
  { words: ['candidates'], status: 'candidate' },
  { words: ['member', 'states'], status: 'member' },
  { words: ['member', 'countries'], status: 'member' },
  { words: ['members'], status: 'member' },
];
const LIST_VERBS = new Set(['include', 'includes', 'including', 'included', 'like', 'are', 'were', 'comprise', 'comprises', 'such']);

// Members are countries, or organisations that sit in another ("the African Union became a member of the G20"): `org:<ID>`.
// Bodies nobody joins: news agencies quoted as sources, government offices.
const NOT_JOINABLE = new Set(['news-agency', 'government-body']);
const MEMBER_ORG_KINDS = new Set(['intergovernmental', 'grouping', 'alliance', 'union', 'regional', 'supranational']);
let orgKindOf: (id: string) => string | undefined = () => undefined;
const countryId = (item: Item | undefined) => {
  if (item?.type === 'COUNTRY') return item.chunk?.refs[0]?.id ?? null;
  const org = item?.type === 'ORG' ? item.chunk?.refs[0]?.id : undefined;
  // news agencies in a dateline are never members of anything
  return org && MEMBER_ORG_KINDS.has(orgKindOf(org) ?? '') ? `org:${org}` : null;
};

/**
 * Read the memberships a sentence states: founding ("formed the group in 2001", "founded by A and
 * B"), joining ("later joined", "joined the group on Thursday", "was admitted", "became a full
 * member"), lists under a status ("observer states and dialogue partners include …", "includes
 * members like …"), applications, and hedged forms ("soon to become a full member", "is expected
 * to join", "will become a member") marked hedged.
 */
export function findMemberships(ctx: MembershipContext): MembershipFact[] {
  orgKindOf = ctx.orgKind ?? (() => undefined);
  const out: MembershipFact[] = [];
  const { items } = ctx;
  for (let k = 0; k < items.length; k++) {
    const item = items[k] as Item;
    if (item.type !== 'TOKEN') continue;
    const w = item.lower;
    if (isNegatedAt(items, k)) continue;
    if (FOUND_VERBS.has(w) || ((w === 'set' || w === 'setting') && isWord(items[k + 1], 'up'))) readFounding(ctx, w === 'set' || w === 'setting' ? k + 1 : k, out);
    else if ((w === 'brought' || w === 'let') && isWord(items[k + 1], 'in', 'into')) readJoining(ctx, k, out);
    else if (ADMIT_VERBS.has(w) && countryId(items[k + 1] ?? items[k + 2])) readAdmitted(ctx, k, out);
    else if (w === 'status' && isWord(items[k - 1], 'observer', 'partner', 'candidate', 'membership')) readStatusHeld(ctx, k, out);
    else if (COPULAS.has(w) && statusNounAfter(items, k)) readStatus(ctx, k, out);
    else if (JOIN_VERBS.has(w) || (w === 'become' || w === 'became' || w === 'becomes' || w === 'becoming') && becomesMember(items, k)) readJoining(ctx, k, out);
    else if (APPLY.has(w) && hasWordAfter(items, k, ['to', 'for', 'join', 'membership'], 3)) readJoining(ctx, k, out, 'applicant');
    const cue = listCueAt(items, k);
    if (cue) {
      readList(ctx, k, cue, out);
      k += cue.words.length - 1; // "dialogue partners" inside "observer states and dialogue partners" is the same cue
    }
  }
  return dedupe(out);
}

// "abandons plans to join", "opposes Ukraine joining", "did not join": no membership is stated.
const NEGATORS = new Set(['none', 'no', 'neither', 'nor', 'not', "n't", 'never', 'abandon', 'abandons', 'abandoned', 'drop', 'drops', 'dropped', 'scrap', 'scraps', 'scrapped', 'renounce', 'renounces', 'renounced', 'against', 'oppose', 'opposes', 'opposed', 'block', 'blocks', 'blocked', 'veto', 'vetoed', 'refuse', 'refuses', 'refused', 'reject', 'rejects', 'rejected', 'without']);

function isNegatedAt(items: readonly Item[], k: number): boolean {
  for (let j = Math.max(0, k - 4); j < k; j++) if (items[j]?.type === 'TOKEN' && NEGATORS.has(items[j]!.lower)) return true;
  return false;
}

/** Active voice: "the bloc admitted Argentina, Egypt and Iran as full members", "invited six countries to join". */
function readAdmitted(ctx: MembershipContext, k: number, out: MembershipFact[]): void {
  const { items } = ctx;
  const list = listAfter(items, k + 1);
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

const READMIT_VERBS = new Set(['readmit', 'readmitted', 'readmits', 'reinstate', 'reinstated', 'reinstates']);
const ADMIT_VERBS = new Set(['admitted', 'admit', 'admits', 'invited', 'welcomed', 'accepted', ...READMIT_VERBS]);

/** "Hungary, which has held observer status in the organisation since 2018", "X holds partner status". */
function readStatusHeld(ctx: MembershipContext, k: number, out: MembershipFact[]): void {
  const { items } = ctx;
  const kind = items[k - 1]!.lower;
  const status: MembershipStatus = kind === 'observer' ? 'observer' : kind === 'partner' ? (isWord(items[k - 2], 'dialogue') ? 'dialogue partner' : 'partner country') : kind === 'candidate' ? 'candidate' : 'member';
  const subject = subjectCountries(items, k - (isWord(items[k - 2], 'dialogue') ? 2 : 1), true);
  if (subject.ids.length === 0) return;
  const org = orgFor(ctx, k);
  if (!org) return;
  const end = clauseEnd(items, k);
  const hedged = isHedged(items, subject.from, k - 1);
  for (const id of subject.ids.filter((x) => x !== `org:${org}`)) out.push(fact(id, org, status, dateAfter(ctx, k, end), hedged, items[subject.from]!.start, end, 'membership/status-held'));
}

const COPULAS = new Set(['is', 'was', 'are', 'were', 'been', 'remains', 'remained']);
const STATUS_NOUNS: Record<string, MembershipStatus> = { member: 'member', members: 'member', observer: 'observer', observers: 'observer', candidate: 'candidate', applicant: 'applicant', partner: 'dialogue partner' };

/** "is an observer", "had been the continent's only member", "was a founding member": the status noun after a copula. */
function statusNounAfter(items: readonly Item[], k: number): { status: MembershipStatus; at: number } | null {
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

function readStatus(ctx: MembershipContext, k: number, out: MembershipFact[]): void {
  const { items } = ctx;
  const noun = statusNounAfter(items, k);
  if (!noun) return;
  // "Hungary was the last member to ratify" talks about members without stating one: need the subject right before
  const subject = subjectCountries(items, k, true);
  if (subject.ids.length === 0 || subject.from < k - 3) return;
  const org = orgFor(ctx, noun.at);
  if (!org || subject.ids.includes(`org:${org}`)) return;
  const end = clauseEnd(items, k);
  const hedged = isHedged(items, subject.from, k + 1);
  for (const id of subject.ids) out.push(fact(id, org, noun.status, dateAfter(ctx, k, end), hedged, items[subject.from]!.start, end, 'membership/status-statement'));
}

function becomesMember(items: readonly Item[], k: number): boolean {
  for (let j = k + 1; j < Math.min(items.length, k + 5); j++) {
    if (isWord(items[j], 'member', 'members', 'observer', 'partner')) return true;
  }
  return false;
}

function hasWordAfter(items: readonly Item[], k: number, words: string[], within: number): boolean {
  for (let j = k + 1; j <= k + within && j < items.length; j++) if (isWord(items[j], ...words)) return true;
  return false;
}

/** The organisation a membership verb at `k` is about: its object, an anaphor, or the sentence's or article's focus. */
function orgFor(ctx: MembershipContext, k: number): string | null {
  const { items } = ctx;
  // bodies read from their shape only ("x:") are too uncertain to take members
  const joinable = (it: Item) => it.type === 'ORG' && !(it.chunk?.refs[0]?.id ?? 'x:').startsWith('x:') && !NOT_JOINABLE.has(orgKindOf(it.chunk?.refs[0]?.id ?? '') ?? '');
  for (let j = k + 1; j < Math.min(items.length, k + 8); j++) {
    const it = items[j] as Item;
    if (joinable(it)) return it.chunk?.refs[0]?.id ?? null;
    if (it.type === 'TOKEN' && ANAPHORS.has(it.lower) && ctx.focusOrg) return ctx.focusOrg;
    if (it.type === 'TOKEN' && CLAUSE_BREAK.has(it.lower)) break;
  }
  for (let j = k - 1; j >= 0; j--) {
    const it = items[j] as Item;
    if (joinable(it)) return it.chunk?.refs[0]?.id ?? null;
  }
  return ctx.eventOrg ?? ctx.focusOrg;
}

/** Countries of the clause before `k`: list members, not possessors ("Russia's ally Belarus"). */
function subjectCountries(items: readonly Item[], k: number, nearestOnly: boolean): { ids: string[]; from: number } {
  const ids: string[] = [];
  let from = k;
  for (let j = k - 1; j >= 0; j--) {
    const it = items[j] as Item;
    if (it.type === 'TOKEN' && CLAUSE_BREAK.has(it.lower)) {
      // "Algeria and Bangladesh, which have applied", "A, B and C, all of which joined": the
      // relative pronoun's antecedent is the list before the comma
      if (ids.length === 0 && (it.lower === 'which' || it.lower === 'who')) {
        let b = j - 1;
        if (isWord(items[b], 'of') && isWord(items[b - 1], 'all', 'both', 'each', 'some', 'most')) b -= 2;
        if (isWord(items[b], ',')) {
          const list = listBefore(items, b - 1);
          if (list.ids.length) return list;
        }
      }
      break;
    }
    const id = countryId(it);
    if (!id) continue;
    if (items[j + 1]?.token?.kind === 'possessive') continue;
    // "President X of Kazakhstan" names where a person is from, not a member
    ids.unshift(id);
    from = j;
    if (nearestOnly) break;
  }
  return { ids, from };
}

function isHedged(items: readonly Item[], from: number, k: number): boolean {
  for (let j = Math.max(from, k - 5); j < k; j++) {
    const it = items[j];
    if (it?.type === 'TOKEN' && HEDGES.has(it.lower)) return true;
  }
  return false;
}

function dateAfter(ctx: MembershipContext, k: number, end: number): DateRef | null {
  const start = (ctx.items[k] as Item).start;
  return ctx.dates.find((d) => d.start >= start && d.start <= end) ?? null;
}

function clauseEnd(items: readonly Item[], k: number): number {
  let j = k + 1;
  while (j < items.length && !(items[j]?.type === 'TOKEN' && CLAUSE_BREAK.has((items[j] as Item).lower))) j++;
  return (items[Math.min(j, items.length) - 1] as Item).end;
}

function readFounding(ctx: MembershipContext, k: number, out: MembershipFact[]): void {
  const { items } = ctx;
  const org = orgFor(ctx, k);
  if (!org) return;
  const end = clauseEnd(items, k);
  const since = dateAfter(ctx, k, end);
  // passive: "a group founded by China and Russia in 2001", "Founded in 1967 by Indonesia, …"
  // "founded in Baghdad in 1960 by …", "founded in 2009 as the Turkic Council by …"
  const by = items.findIndex((it, j) => j > k && j <= k + 9 && isWord(it, 'by'));
  if (by !== -1 && items.slice(k + 1, by).every((it) => !(it.type === 'TOKEN' && (CLAUSE_BREAK.has(it.lower) || it.lower === ',')) && it.type !== 'COUNTRY')) {
    const list = listAfter(items, by + 1);
    for (const id of list.ids) out.push(fact(id, org, 'founding member', since, false, items[k]!.start, list.end, 'membership/founded-by'));
    return;
  }
  const subject = subjectCountries(items, k, false);
  for (const id of subject.ids.filter((x) => x !== `org:${org}`)) out.push(fact(id, org, 'founding member', since, false, items[subject.from]!.start, end, 'membership/formed'));
  // "… founded the league in 1945, together with Egypt, Iraq and Jordan"
  for (let j = k + 1; j < items.length - 1; j++) {
    if (isWord(items[j], 'together', 'along') && isWord(items[j + 1], 'with')) {
      const list = listAfter(items, j + 2);
      for (const id of list.ids) out.push(fact(id, org, 'founding member', since, false, items[k]!.start, list.end, 'membership/founded-together-with'));
      break;
    }
  }
}

function readJoining(ctx: MembershipContext, k: number, out: MembershipFact[], status: MembershipStatus = 'member'): void {
  const { items } = ctx;
  const apposition = isWord(items[k - 1], 'to') && isWord(items[k - 2], 'soon', 'set', 'due', 'expected', 'poised') && isWord(items[k - 3], ',');
  const subject = subjectCountries(items, k, apposition || hasCommaBefore(items, k));
  if (subject.ids.length === 0) return;
  const org = orgFor(ctx, k);
  if (!org) return;
  const end = clauseEnd(items, k);
  const ids = subject.ids.filter((id) => id !== `org:${org}`);
  if (ids.length === 0) return;
  subject.ids.splice(0, subject.ids.length, ...ids);
  const hedged = status !== 'applicant' && isHedged(items, subject.from, k);
  const observer = hasWordAfter(items, k, ['observer'], 4) ? 'observer' : hasWordAfter(items, k, ['partner'], 4) ? 'partner country' : status;
  const since = dateAfter(ctx, k, end);
  for (const id of subject.ids) out.push(fact(id, org, observer, since, hedged, items[subject.from]!.start, end, hedged ? 'membership/hedged-join' : `membership/${status === 'applicant' ? 'applied' : 'joined'}`));
}

// "X, soon to become a member" / "X, which joined": the subject is the nearest country only.
function hasCommaBefore(items: readonly Item[], k: number): boolean {
  for (let j = k - 1; j >= Math.max(0, k - 4); j--) {
    if (isWord(items[j], ',')) return items.slice(j + 1, k).every((it) => it.type === 'TOKEN');
    if (items[j]?.type !== 'TOKEN') return false;
  }
  return false;
}

function listCueAt(items: readonly Item[], k: number): (typeof LIST_CUES)[number] | null {
  for (const cue of LIST_CUES) {
    if (cue.words.every((w, i) => isWord(items[k + i], w))) {
      const after = items[k + cue.words.length];
      if (isWord(after, ...LIST_VERBS)) return cue;
    }
  }
  return null;
}

function readList(ctx: MembershipContext, k: number, cue: (typeof LIST_CUES)[number], out: MembershipFact[]): void {
  const { items } = ctx;
  let j = k + cue.words.length;
  while (isWord(items[j], ...LIST_VERBS, 'as', 'of')) j++;
  const list = listAfter(items, j);
  if (list.ids.length === 0) return;
  const org = orgFor(ctx, k);
  if (!org) return;
  for (const id of list.ids) out.push(fact(id, org, cue.status, null, false, items[k]!.start, list.end, `membership/list-${cue.status.replace(/ /g, '-')}`));
}

/** A list of countries ending at `j`: "A, B, and C" read backwards. */
function listBefore(items: readonly Item[], j: number): { ids: string[]; from: number } {
  const ids: string[] = [];
  let from = j;
  for (let i = j; i >= 0; i--) {
    const it = items[i] as Item;
    const id = countryId(it);
    if (id) {
      if (items[i + 1]?.token?.kind === 'possessive') break;
      ids.unshift(id);
      from = i;
      continue;
    }
    if (isWord(it, ',', 'and', 'the')) continue;
    break;
  }
  return { ids, from };
}

/** A list of countries starting at `j`: "A, B, and C", "A and B", "A; B". */
function listAfter(items: readonly Item[], j: number): { ids: string[]; end: number } {
  const ids: string[] = [];
  let end = items[j]?.start ?? 0;
  for (let i = j; i < items.length; i++) {
    const it = items[i] as Item;
    const id = countryId(it);
    if (id) {
      ids.push(id);
      end = it.end;
      continue;
    }
    if (isWord(it, ',', 'and', ';', 'the', '—', '–', 'as', 'well')) continue;
    break;
  }
  return { ids, end };
}

function fact(member: string, org: string, status: MembershipStatus, since: DateRef | null, hedged: boolean, start: number, end: number, rule: string): MembershipFact {
  return { member, org, status, since, hedged, start, end, rule };
}

function dedupe(facts: MembershipFact[]): MembershipFact[] {
  const seen = new Set<string>();
  return facts.filter((f) => {
    const key = `${f.member}|${f.org}|${f.status}|${f.hedged}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
