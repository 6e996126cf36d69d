/**
 * Judging a slot: are the claims of different articles about one thing compatible? Claims are
 * compared pairwise across articles (an article is not said to contradict itself), each slot type
 * with its own notion of compatibility, hedged and asserted claims with their time in mind.
 */
import { getOffice } from '../knowledge/offices.js';
import { NOT_REPRESENTED, slotType, SUSPENDED } from './claims.js';
import { datesCompatible, daysApart, surelyBefore, surelyNoLater } from './dates.js';
import type { Claim, FactGroup } from './types.js';

/** Statuses of one family compare as equal ("member" and "founding member"). */
export const STATUS_FAMILY: Readonly<Record<string, string>> = {
  'founding member': 'member',
  member: 'member',
  observer: 'partner',
  'dialogue partner': 'partner',
  'partner country': 'partner',
  'observer or dialogue partner': 'partner',
  candidate: 'applicant',
  applicant: 'applicant',
};
/** Order in which a member usually moves: applicant, then partner, then member. */
const RANK: Record<string, number> = { applicant: 1, partner: 2, member: 3 };

/** Asserted claims published this many days apart may state a status that changed in between. */
export const STATUS_CHANGE_DAYS = 60;
/** Offices stated this many days apart may have changed hands. */
export const OFFICE_CHANGE_DAYS = 60;
/** Event dates this many days apart are the same multi-day event. */
export const EVENT_DATE_SLACK_DAYS = 2;

function family(status: string | undefined): string {
  return STATUS_FAMILY[status ?? ''] ?? status ?? '';
}

function sameStatus(a: string | undefined, b: string | undefined): boolean {
  if (family(a) !== family(b)) return false;
  // "observer or dialogue partner" is either; otherwise partner statuses must agree exactly.
  if (family(a) === 'partner') return a === b || a === 'observer or dialogue partner' || b === 'observer or dialogue partner';
  return true;
}

/** Why two claims of one slot cannot both be true, or null when they can. */
export function clash(a: Claim, b: Claim): string | null {
  switch (slotType(a.slot)) {
    case 'membership':
      return membershipClash(a, b);
    case 'founded':
      return a.detail.date && b.detail.date && !datesCompatible(a.detail.date, b.detail.date) ? 'different founding years' : null;
    case 'office': {
      const apart = a.published && b.published ? daysApart(a.published, b.published) : 0;
      if (a.detail.status === b.detail.status || (apart ?? 0) > OFFICE_CHANGE_DAYS) return null;
      // "NATO chief" is shorthand for whatever heads the body: it names no office of its own.
      if (getOffice(a.detail.status ?? '')?.generic || getOffice(b.detail.status ?? '')?.generic) return null;
      // Only titles the knowledge knows (kebab ids) are compared: free-text titles vary too much.
      return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(a.detail.status ?? '') && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(b.detail.status ?? '') ? 'different offices at the same time' : null;
    }
    case 'representation':
      return representationClash(a, b);
    case 'attendance': {
      const s = new Set([a.detail.status, b.detail.status]);
      return s.has('absent') && s.has('attended') ? 'attended vs absent (a delegate came instead)' : null;
    }
    case 'event-date':
      return a.detail.date && b.detail.date && !datesCompatible(a.detail.date, b.detail.date, EVENT_DATE_SLACK_DAYS) ? 'different dates' : null;
    case 'event-place':
      return a.detail.status !== b.detail.status ? 'different places' : null;
    case 'event-host':
      return a.detail.who !== b.detail.who ? 'different hosts' : null;
    default:
      return a.value !== b.value ? 'different values' : null;
  }
}

function representationClash(a: Claim, b: Claim): string | null {
  const sa = a.detail.status;
  const sb = b.detail.status;
  if (sa === NOT_REPRESENTED || sb === NOT_REPRESENTED) {
    // nobody there cannot be true with somebody there
    if (sa === sb) return null;
    return `not represented vs ${sa === NOT_REPRESENTED ? b.value : a.value}`;
  }
  if (sa === 'attended' && sb === 'attended') return null;
  if (sa === 'delegate' && sb === 'delegate') {
    const named = (w: string | null | undefined) => !!w && w.startsWith('person:');
    return named(a.detail.who) && named(b.detail.who) && a.detail.who !== b.detail.who ? 'different delegates' : null;
  }
  // One attended, the other sent a delegate: fine only if the attendee is that delegate.
  const [att, del] = sa === 'attended' ? [a, b] : [b, a];
  if (!del.detail.who?.startsWith('person:')) return 'attended vs sent a delegate';
  return att.detail.who === del.detail.who ? null : 'attended vs sent a delegate';
}

function membershipClash(a: Claim, b: Claim): string | null {
  // A suspension is an episode of a membership, not a status: it clashes only with another
  // suspension dated otherwise.
  if (a.detail.status === SUSPENDED || b.detail.status === SUSPENDED) {
    if (a.detail.status !== b.detail.status || a.hedged || b.hedged) return null;
    return a.detail.date && b.detail.date && !datesCompatible(a.detail.date, b.detail.date) ? `suspended in ${a.detail.date} vs suspended in ${b.detail.date}` : null;
  }
  if (a.hedged && b.hedged) {
    return sameStatus(a.detail.status, b.detail.status) && a.detail.date && b.detail.date && !datesCompatible(a.detail.date, b.detail.date)
      ? 'expected at different dates'
      : null;
  }
  if (a.hedged !== b.hedged) {
    const [h, s] = a.hedged ? [a, b] : [b, a];
    // Observer now and member expected later is one consistent story.
    if (!sameStatus(h.detail.status, s.detail.status)) return null;
    const start = s.detail.date;
    // "had been a member" and "expected to rejoin": a past status with no start says nothing of now
    if (s.detail.before && !start) return null;
    if (start && h.published && surelyNoLater(start, h.published)) return `already ${s.detail.status} since ${start} when said to be expected (${h.published})`;
    if (!start && s.published && h.published && surelyNoLater(s.published, h.published)) return `stated as ${s.detail.status} (${s.published}) when said to be expected (${h.published})`;
    if (start && h.detail.date && !datesCompatible(start, h.detail.date)) return `expected for ${h.detail.date}, stated as from ${start}`;
    return null;
  }
  // Both asserted.
  if (!sameStatus(a.detail.status, b.detail.status)) {
    // "were the organisation's two observers" tells of a time before: the status may have changed since
    if (a.detail.before || b.detail.before) return null;
    const apart = a.published && b.published ? daysApart(a.published, b.published) : null;
    if (apart !== null && apart > STATUS_CHANGE_DAYS) {
      const [early, late] = surelyBefore(a.published!, b.published!) ? [a, b] : [b, a];
      if ((RANK[family(early.detail.status)] ?? 0) < (RANK[family(late.detail.status)] ?? 0)) return null;
    }
    return `${a.detail.status} vs ${b.detail.status}`;
  }
  const da = a.detail.date;
  const db = b.detail.date;
  if (da && db) return datesCompatible(da, db) ? null : `since ${da} vs since ${db}`;
  // One says it held at publication (or, in the past tense, before a date); the other says it only began later.
  const [undated, dated] = da ? [b, a] : [a, b];
  const heldAt = undated.detail.before ?? undated.published;
  if (dated.detail.date && heldAt && surelyBefore(heldAt, dated.detail.date)) {
    return `stated as ${undated.detail.status} ${undated.detail.before ? 'before' : 'on'} ${heldAt}, but only since ${dated.detail.date}`;
  }
  return null;
}

function order(a: Claim, b: Claim): number {
  if (a.articleId !== b.articleId) return a.articleId < b.articleId ? -1 : 1;
  return (a.evidence[0]?.start ?? 0) - (b.evidence[0]?.start ?? 0) || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0);
}

/**
 * Claims an article makes two clashing ways from the very same words ("applied to join NATO" read
 * both as applicant and as member): the article's position is unclear, so they take no part in
 * contradictions with other articles.
 */
function ambiguous(members: readonly Claim[]): Set<Claim> {
  const out = new Set<Claim>();
  for (let i = 0; i < members.length; i++) {
    for (let j = i + 1; j < members.length; j++) {
      const a = members[i]!;
      const b = members[j]!;
      if (a.articleId !== b.articleId) continue;
      const ea = a.evidence[0];
      const eb = b.evidence[0];
      if (ea && eb && ea.start === eb.start && ea.end === eb.end && clash(a, b)) {
        out.add(a);
        out.add(b);
      }
    }
  }
  return out;
}

/**
 * Judge the claims of one slot: `unique` when one article makes them all, `contradict` when two
 * claims of different articles clash, else `agree`. Members are sorted by article and position.
 */
export function judgeSlot(claims: readonly Claim[]): FactGroup {
  const members = [...claims].sort(order);
  const first = members[0];
  const slot = first?.slot ?? '';
  const label = first?.label ?? '';
  const articles = [...new Set(members.map((c) => c.articleId))].sort();
  if (articles.length <= 1) return { slot, label, verdict: 'unique', reason: 'one source', articles, members };
  const unclear = ambiguous(members);
  const clashes: string[] = [];
  for (let i = 0; i < members.length; i++) {
    for (let j = i + 1; j < members.length; j++) {
      const a = members[i]!;
      const b = members[j]!;
      if (a.articleId === b.articleId || unclear.has(a) || unclear.has(b)) continue;
      const why = clash(a, b);
      if (why) clashes.push(`${a.articleId}: "${a.value}" vs ${b.articleId}: "${b.value}" (${why})`);
    }
  }
  const aside = unclear.size > 0 ? ` (${unclear.size} claims set aside: one article read two clashing ways from the same words)` : '';
  if (clashes.length > 0) return { slot, label, verdict: 'contradict', reason: clashes.join('; ') + aside, articles, members };
  return { slot, label, verdict: 'agree', reason: `${articles.length} sources compatible${aside}`, articles, members };
}

/** Group claims by slot and judge each group; groups sorted by slot. */
export function judgeAll(claims: readonly Claim[]): FactGroup[] {
  const bySlot = new Map<string, Claim[]>();
  for (const c of claims) {
    const list = bySlot.get(c.slot);
    if (list) list.push(c);
    else bySlot.set(c.slot, [c]);
  }
  return [...bySlot.keys()].sort().map((slot) => judgeSlot(bySlot.get(slot)!));
}
