/**
 * Countries with nobody at a gathering: "Myanmar was not represented", "went unrepresented",
 * "Myanmar's seat stayed empty", "Niger did not send a delegation", "sent no representative",
 * "refused to send an envoy", "boycotted the summit". Only a country as the subject counts: a
 * person who stayed away is absent, not their country unrepresented.
 */
import { isWord, type Item } from '../../recognise/items.js';
import { kindOf } from './kinds.js';
import { isExpected, relativeClauses } from './people-in-sentence.js';
import type { EventSentence, Unrepresented } from './types.js';

const BE = new Set(['was', 'were', 'is', 'are', 'been', 'be', 'remained', 'remains', 'went', 'goes', 'stayed']);
const SEATS = new Set(['seat', 'chair', 'place']);
const EMPTY = new Set(['empty', 'vacant', 'unoccupied']);
const SEAT_VERBS = new Set(['stayed', 'remained', 'was', 'sat', 'lay', 'stood', 'left', 'is', 'remains', 'stays']);
// What a country sends to be represented: "a delegation", "anyone", "a representative".
const ENVOYS = new Set(['delegation', 'delegations', 'representative', 'representatives', 'delegate', 'delegates', 'envoy', 'envoys', 'anyone', 'anybody', 'one', 'nobody', 'official', 'officials', 'minister', 'ministers']);
const REFUSE = new Set(['refused', 'declined', 'failed']);
// What a country boycotts to be absent from: "boycotted the summit", not "the election".
const GATHERINGS = new Set(['summit', 'meeting', 'talks']);

/** The countries a sentence says were not represented, added to `list` (an event's, or those waiting for one). */
export function readNotRepresented(s: EventSentence, list: Unrepresented[]): void {
  const { items } = s;
  for (let k = 0; k < items.length; k++) {
    const it = items[k] as Item;
    if (it.type !== 'TOKEN') continue;
    const w = it.lower;
    let subjectEnd = -1;
    let rule = '';
    const negation = w === 'represented' ? notBefore(items, k) : -1;
    const seat = EMPTY.has(w) ? seatBefore(items, k) : -1;
    if ((negation !== -1 && (BE.has(items[negation - 1]?.lower ?? '') || isWord(items[negation - 1], 'has', 'had', 'have'))) || (w === 'unrepresented' && BE.has(items[k - 1]?.lower ?? ''))) {
      // "Myanmar was not represented", "Niger has not been represented", "Mali went unrepresented"
      // "not represented by its president", "not represented at ministerial level": someone else came
      if (items.slice(k + 1, k + 3).some((x) => isWord(x, 'by')) || items.slice(k + 1, k + 6).some((x) => isWord(x, 'level', 'levels'))) continue;
      subjectEnd = negation !== -1 ? negation - 2 : k - 2;
      if (isWord(items[subjectEnd], 'has', 'had', 'have')) subjectEnd--;
      rule = 'event/not-represented';
    } else if (seat !== -1) {
      // "Myanmar's chair at the table stayed empty": the seat's possessor
      if (items[seat - 1]?.token?.kind !== 'possessive') continue;
      const country = countryAt(items[seat - 2]);
      if (country && !isExpected(items, seat)) push(list, country, items[seat - 2]!.start, it.end, 'event/empty-seat');
      continue;
    } else if (w === 'send' && (isWord(items[k - 1], 'not') || REFUSE.has(items[k - 2]?.lower ?? '')) && envoyAfter(items, k + 1)) {
      // "did not send a delegation", "refused to send an envoy"
      subjectEnd = subjectBefore(items, k);
      rule = 'event/sent-nobody';
    } else if (w === 'sent' && isWord(items[k + 1], 'no') && envoyAfter(items, k + 2)) {
      subjectEnd = k - 1;
      rule = 'event/sent-nobody';
    } else if ((w === 'boycotted' || w === 'boycotts') && isWord(items[k + 1], 'the') && GATHERINGS.has(kindOf(items[k + 2]?.lower ?? '') ?? '')) {
      subjectEnd = k - 1;
      rule = 'event/boycotted';
    } else continue;
    if (subjectEnd < 0 || isExpected(items, k)) continue;
    const country = subjectCountry(items, subjectEnd, k);
    if (country) push(list, country.id, items[country.at]!.start, it.end, rule);
  }
}

function push(list: Unrepresented[], country: string, start: number, end: number, rule: string): void {
  if (!list.some((u) => u.country === country)) list.push({ country, start, end, rule });
}

function countryAt(it: Item | undefined): string | null {
  return it?.type === 'COUNTRY' ? (it.chunk?.refs[0]?.id ?? null) : null;
}

/**
 * Where the "not" of a negated "represented" at `k` is: "was not represented", "has not been
 * represented" (the "been" skipped, so the word before "not" is the verb to check), else -1.
 */
function notBefore(items: readonly Item[], k: number): number {
  if (isWord(items[k - 1], 'not')) return k - 1;
  return isWord(items[k - 1], 'been') && isWord(items[k - 2], 'not') ? k - 2 : -1;
}

/** The seat word a few words before "empty": "chair at the table stayed empty", "seat was left empty". */
function seatBefore(items: readonly Item[], k: number): number {
  if (!SEAT_VERBS.has(items[k - 1]?.lower ?? '')) return -1;
  for (let j = k - 2; j >= Math.max(0, k - 7); j--) {
    // "chair" may come chunked as a title
    if (SEATS.has(items[j]?.lower ?? '')) return j;
    if (isWord(items[j], ',', ';', ':', '.')) return -1;
  }
  return -1;
}

/** "a delegation", "any representative", "anyone", "a senior envoy" a few words after `j`. */
function envoyAfter(items: readonly Item[], j: number): boolean {
  for (let i = j; i < Math.min(items.length, j + 4); i++) {
    const it = items[i] as Item;
    if (it.type === 'TOKEN' && ENVOYS.has(it.lower)) return true;
    if (it.type !== 'TOKEN' && it.type !== 'DEMONYM' && it.type !== 'MODIFIER') return false;
    if (isWord(it, ',', ';', ':', '.', 'to')) return false;
  }
  return false;
}

/** Where the subject of "did not send" / "refused to send" ends: before the auxiliaries. */
function subjectBefore(items: readonly Item[], k: number): number {
  let j = k - 1;
  while (j >= 0 && isWord(items[j], 'not', "n't", 'did', 'does', 'do', 'to', 'has', 'had', 'have', 'also', ...REFUSE)) j--;
  return j;
}

/** The country that is the clause's subject, ending at `j`: past a ", whose … ," clause back to it. */
function subjectCountry(items: readonly Item[], j: number, k: number): { id: string; at: number } | null {
  const inRelative = relativeClauses(items, k);
  let e = j;
  if (isWord(items[e], ',')) {
    // "Mali, whose junta seized power in 2021, went unrepresented"
    e--;
    while (e >= 0 && inRelative.has(e)) e--;
    if (isWord(items[e], ',')) e--;
  }
  const id = countryAt(items[e]);
  if (!id || items[e + 1]?.token?.kind === 'possessive' || isWord(items[e - 1], 'to', 'from', 'in', 'for', 'with', 'at', 'of', 'on', 'by')) return null;
  return { id, at: e };
}
