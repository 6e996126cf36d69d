/** Reading a clause: its subject countries, lists, the body it is about, hedges and dates. */
import type { DateRef } from '../../core/doc.js';
import type { MembershipStatus } from '../../core/facts.js';
import { ORDINAL } from '../../recognise/common-words.js';
import { isWord, type Item } from '../../recognise/items.js';
import type { Ctx, MembershipFact } from './types.js';
import { knownOrgAt } from './subject-org.js';
import { ANAPHORS, CLAUSE_BREAK, HEDGES, MEMBER_ORG_KINDS, NEGATORS } from './words.js';

/** The member an item names: a country id, `org:<ID>` for a body that sits in others, or null. */
export function memberIdOf(item: Item | undefined, orgKind: (id: string) => string | undefined): string | null {
  if (item?.type === 'COUNTRY') return item.chunk?.refs[0]?.id ?? null;
  const org = item?.type === 'ORG' ? item.chunk?.refs[0]?.id : undefined;
  // news agencies in a dateline are never members of anything
  return org && MEMBER_ORG_KINDS.has(orgKind(org) ?? '') ? `org:${org}` : null;
}

export function isNegatedAt(items: readonly Item[], k: number): boolean {
  for (let j = Math.max(0, k - 4); j < k; j++) if (items[j]?.type === 'TOKEN' && NEGATORS.has(items[j]!.lower)) return true;
  return false;
}

const BREAKS_BECOME = [',', ';', '.', 'and', 'but'];

export function becomesMember(items: readonly Item[], k: number): boolean {
  // "become the alliance's 32nd member": a possessive and an ordinal may stand between
  for (let j = k + 1; j < Math.min(items.length, k + 7); j++) {
    if (isWord(items[j], 'member', 'members', 'observer', 'partner')) return true;
    // "is expected to become the 11th." — an ordinal standing alone counts members
    if (ORDINAL.test(items[j]?.lower ?? '') && isWord(items[j - 1], 'the') && (isWord(items[j + 1], '.', ',', ';') || !items[j + 1])) return true;
    if (isWord(items[j], ...BREAKS_BECOME)) return false;
  }
  return false;
}

export function hasWordAfter(items: readonly Item[], k: number, words: string[], within: number): boolean {
  for (let j = k + 1; j <= k + within && j < items.length; j++) if (isWord(items[j], ...words)) return true;
  return false;
}

/** The organisation a membership verb at `k` is about: its object, an anaphor, or the sentence's or article's focus. */
export function orgFor(ctx: Ctx, k: number): string | null {
  const { items } = ctx;
  // bodies read from their shape only ("x:") are too uncertain to take members (knownOrgAt)
  for (let j = k + 1; j < Math.min(items.length, k + 8); j++) {
    const it = items[j] as Item;
    const id = knownOrgAt(ctx, it);
    if (id) return id;
    if (it.type === 'TOKEN' && ANAPHORS.has(it.lower) && ctx.focusOrg) return ctx.focusOrg;
    if (it.type === 'TOKEN' && CLAUSE_BREAK.has(it.lower)) break;
  }
  for (let j = k - 1; j >= 0; j--) {
    const id = knownOrgAt(ctx, items[j]);
    if (id) return id;
  }
  // "The alliance was founded in 1949 by …, NATO officials said": the body the sentence names later
  for (let j = k + 1; j < items.length; j++) {
    const id = knownOrgAt(ctx, items[j]);
    if (id) return id;
  }
  // a gathering's body read from its shape only ("the NATO-Ukraine Council") takes no members either
  const eventOrg = ctx.eventOrg && !ctx.eventOrg.startsWith('x:') ? ctx.eventOrg : null;
  return eventOrg ?? ctx.focusOrg;
}

/** Countries of the clause before `k`: list members, not possessors ("Russia's ally Belarus"). */
export function subjectCountries(items: readonly Item[], memberAt: readonly (string | null)[], k: number, nearestOnly: boolean): { ids: string[]; from: number } {
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
          const list = listBefore(items, memberAt, b - 1);
          if (list.ids.length) return list;
        }
      }
      break;
    }
    const id = memberAt[j];
    if (!id) continue;
    if (items[j + 1]?.token?.kind === 'possessive') continue;
    // "President X of Kazakhstan" names where a person is from, not a member
    ids.unshift(id);
    from = j;
    if (nearestOnly) break;
  }
  return { ids, from };
}

export function isHedged(items: readonly Item[], from: number, k: number): boolean {
  for (let j = Math.max(from, k - 5); j < k; j++) {
    const it = items[j];
    if (it?.type === 'TOKEN' && HEDGES.has(it.lower)) return true;
  }
  return false;
}

export function dateAfter(ctx: Ctx, k: number, end: number): DateRef | null {
  const start = (ctx.items[k] as Item).start;
  // "…, Pashinyan said last month": a date after a speech verb dates the saying, not the membership
  const speech = ctx.items.find((it, j) => j > k && it.start < end && it.type === 'TOKEN' && SPEECH_VERBS.has(it.lower));
  const limit = speech ? Math.min(end, speech.start) : end;
  return ctx.dates.find((d) => d.start >= start && d.start <= limit) ?? null;
}

const SPEECH_VERBS = new Set(['said', 'says', 'told', 'announced', 'reported', 'added', 'stated']);

export function clauseEnd(items: readonly Item[], k: number): number {
  let j = k + 1;
  while (j < items.length && !(items[j]?.type === 'TOKEN' && CLAUSE_BREAK.has((items[j] as Item).lower))) {
    j++;
    // A short parenthesis ("the Group of 20 (G20) major economies on Saturday") is an aside, not the clause's end.
    if (isWord(items[j], '(')) {
      const close = items.findIndex((it, n) => n > j && n <= j + 4 && isWord(it, ')'));
      if (close !== -1) j = close + 1;
    }
  }
  return (items[Math.min(j, items.length) - 1] as Item).end;
}

// "X, soon to become a member" / "X, which joined": the subject is the nearest country only.
export function hasCommaBefore(items: readonly Item[], k: number): boolean {
  for (let j = k - 1; j >= Math.max(0, k - 4); j--) {
    if (isWord(items[j], ',')) return items.slice(j + 1, k).every((it) => it.type === 'TOKEN');
    if (items[j]?.type !== 'TOKEN') return false;
  }
  return false;
}

/** A list of countries ending at `j`: "A, B, and C" read backwards. */
export function listBefore(items: readonly Item[], memberAt: readonly (string | null)[], j: number): { ids: string[]; from: number } {
  const ids: string[] = [];
  let from = j;
  for (let i = j; i >= 0; i--) {
    const it = items[i] as Item;
    const id = memberAt[i];
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
export function listAfter(items: readonly Item[], memberAt: readonly (string | null)[], j: number): { ids: string[]; end: number } {
  const ids: string[] = [];
  let end = items[j]?.start ?? 0;
  for (let i = j; i < items.length; i++) {
    const it = items[i] as Item;
    const id = memberAt[i];
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

export function fact(member: string, org: string, status: MembershipStatus, since: DateRef | null, hedged: boolean, start: number, end: number, rule: string): MembershipFact {
  return { member, org, status, since, hedged, start, end, rule };
}

export function dedupe(facts: MembershipFact[]): MembershipFact[] {
  const seen = new Set<string>();
  return facts.filter((f) => {
    const key = `${f.member}|${f.org}|${f.status}|${f.hedged}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
