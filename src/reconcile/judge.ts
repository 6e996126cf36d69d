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
  // Members are sorted by article: each article's claims are one run, compared within it.
  for (let start = 0; start < members.length; ) {
    let end = start + 1;
    while (end < members.length && members[end]!.articleId === members[start]!.articleId) end++;
    for (let i = start; i < end; i++) {
      for (let j = i + 1; j < end; j++) {
        const a = members[i]!;
        const b = members[j]!;
        const ea = a.evidence[0];
        const eb = b.evidence[0];
        if (ea && eb && ea.start === eb.start && ea.end === eb.end && clash(a, b)) {
          out.add(a);
          out.add(b);
        }
      }
    }
    start = end;
  }
  return out;
}

/** Clashing pairs of values a group's reason lists; the others are counted. */
export const REASON_CLASHES = 5;
/** Articles named on each side of a listed clash; the others are counted. */
export const REASON_ARTICLES = 3;

/**
 * The parts of a claim `clash` reads for its slot type. Two claims with the same parts clash
 * alike with any third, so a slot is judged once per distinct set of parts rather than once per
 * pair of claims (a founding year repeated by a hundred articles is three or four values, not
 * five thousand pairs). Keep in step with `clash`: judge-shapes.test.ts checks that they agree.
 */
export function comparedParts(c: Claim): string {
  const d = c.detail;
  switch (slotType(c.slot)) {
    case 'membership':
      return JSON.stringify([d.status, d.date, d.before, c.hedged, c.published]);
    case 'founded':
    case 'event-date':
      return JSON.stringify([d.date]);
    case 'office':
      return JSON.stringify([d.status, c.published]);
    case 'representation':
      return JSON.stringify([d.status, d.who, c.value]);
    case 'attendance':
    case 'event-place':
      return JSON.stringify([d.status]);
    case 'event-host':
      return JSON.stringify([d.who]);
    default:
      return JSON.stringify([c.value]);
  }
}

/** Claims of a slot with the same compared parts, and the articles making them (sorted). */
interface Shape {
  readonly claim: Claim;
  readonly articles: string[];
}

/** One listed clash: a pair of values and the articles on each side. */
interface ClashEntry {
  readonly why: string;
  readonly left: { readonly value: string; readonly articles: Set<string> };
  readonly right: { readonly value: string; readonly articles: Set<string> };
}

function side(value: string, articles: ReadonlySet<string>): string {
  const ids = [...articles];
  const named = ids.length <= REASON_ARTICLES ? ids.join(', ') : `${ids.slice(0, REASON_ARTICLES - 1).join(', ')} and ${ids.length - REASON_ARTICLES + 1} more`;
  return `${named}: "${value}"`;
}

/**
 * Judge the claims of one slot: `unique` when one article makes them all, `contradict` when two
 * claims of different articles clash, else `agree`. Members are sorted by article and position.
 * A contradiction's reason lists each clashing pair of values once, with the articles on each
 * side ("a, b and 40 more: "2001" vs c: "1996" (different founding years)"), those with most
 * articles first, at most {@link REASON_CLASHES} of them.
 */
export function judgeSlot(claims: readonly Claim[]): FactGroup {
  const members = [...claims].sort(order);
  const first = members[0];
  const slot = first?.slot ?? '';
  const label = first?.label ?? '';
  const articles = [...new Set(members.map((c) => c.articleId))].sort();
  if (articles.length <= 1) return { slot, label, verdict: 'unique', reason: 'one source', articles, members };
  const unclear = ambiguous(members);
  const shapes: Shape[] = [];
  const byParts = new Map<string, Shape>();
  for (const m of members) {
    if (unclear.has(m)) continue;
    const parts = comparedParts(m);
    let shape = byParts.get(parts);
    if (!shape) {
      shape = { claim: m, articles: [] };
      byParts.set(parts, shape);
      shapes.push(shape);
    }
    // Members come sorted by article: an article already listed is the last one.
    if (shape.articles[shape.articles.length - 1] !== m.articleId) shape.articles.push(m.articleId);
  }
  const entries = new Map<string, ClashEntry>();
  for (let i = 0; i < shapes.length; i++) {
    for (let j = i; j < shapes.length; j++) {
      const a = shapes[i]!;
      const b = shapes[j]!;
      // An article does not contradict itself: some pair must come from two articles.
      const oneArticle = i === j ? a.articles.length < 2 : a.articles.length === 1 && b.articles.length === 1 && a.articles[0] === b.articles[0];
      if (oneArticle) continue;
      const why = clash(a.claim, b.claim);
      if (!why) continue;
      const key = `${why}\u0000${a.claim.value}\u0000${b.claim.value}`;
      const entry = entries.get(key) ?? { why, left: { value: a.claim.value, articles: new Set<string>() }, right: { value: b.claim.value, articles: new Set<string>() } };
      entries.set(key, entry);
      for (const id of a.articles) entry.left.articles.add(id);
      for (const id of b.articles) entry.right.articles.add(id);
    }
  }
  const aside = unclear.size > 0 ? ` (${unclear.size} claims set aside: one article read two clashing ways from the same words)` : '';
  if (entries.size > 0) {
    // The clashes most articles take part in first: the main disagreement leads.
    const ranked = [...entries.values()].sort((x, y) => y.left.articles.size + y.right.articles.size - (x.left.articles.size + x.right.articles.size));
    const listed = ranked.slice(0, REASON_CLASHES).map((e) => `${side(e.left.value, e.left.articles)} vs ${side(e.right.value, e.right.articles)} (${e.why})`);
    const more = entries.size > REASON_CLASHES ? `; and ${entries.size - REASON_CLASHES} more clashing pairs of values` : '';
    return { slot, label, verdict: 'contradict', reason: listed.join('; ') + more + aside, articles, members };
  }
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
