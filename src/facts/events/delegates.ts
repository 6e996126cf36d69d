/** Delegates: who was sent, who stood in for whom, who represented a country. */
import { isWord, type Item } from '../../recognise/items.js';
import { relativeClauses } from './people-in-sentence.js';
import type { EventFact, EventSentence, EventState } from './types.js';

export const SENT = new Set(['sent', 'sends', 'dispatched']);

/** "A is standing in for B" / "A, in place of B": A represents B's country instead of B. */
export function readStandIn(s: EventSentence, k: number, after: number, event: EventFact, state: EventState): void {
  const absent = s.people.find((p) => p.item >= after && p.item <= after + 3);
  const delegate = [...s.people].reverse().find((p) => p.item < k);
  if (!absent || !delegate || absent.person === delegate.person) return;
  const country = state.countryOf(absent.person) ?? state.countryOf(delegate.person);
  if (!country) return;
  event.participants.push({ person: delegate.person, role: 'delegate', country, insteadOf: absent.person, start: delegate.start, end: absent.end, rule: 'event/standing-in-for' });
}

export function readDelegate(s: EventSentence, k: number, event: EventFact, state: EventState): void {
  const { items } = s;
  const represented = items[k]!.lower === 'represented';
  // "was represented in Vilnius by …": the delegate follows "by"
  let j = represented ? items.findIndex((x, b) => b > k && isWord(x, 'by')) + 1 : k + 1;
  // the sender: a country or a person before the verb
  let country: string | null = null;
  let insteadOf: string | null = null;
  if (represented) {
    // "Algeria, whose president stayed at home, was represented by …": the clause's subject country
    const subject = items.findIndex((it, b) => b < k && it.type === 'COUNTRY' && items[b + 1]?.token?.kind !== 'possessive');
    if (subject !== -1) country = items[subject]!.chunk!.refs[0]!.id;
    const absent = [...s.people].reverse().find((p) => p.item < k && p.item > subject);
    if (absent && country) insteadOf = absent.person;
  }
  // the sender is the clause's subject: not a country inside ", who was on a visit to Japan,"
  // nor the object of a preposition
  const inRelative = relativeClauses(items, k);
  for (let b = k - 1; b >= 0 && !country; b--) {
    const it = items[b] as Item;
    if (inRelative.has(b)) continue;
    if (it.type === 'COUNTRY' && items[b + 1]?.token?.kind !== 'possessive' && !isWord(items[b - 1], 'to', 'in', 'from', 'for', 'with', 'at', 'of', 'on')) {
      country = it.chunk!.refs[0]!.id;
      break;
    }
    const p = s.people.find((x) => x.item === b);
    if (p) {
      insteadOf = p.person;
      country = state.countryOf(p.person);
      break;
    }
  }
  if (!country) return;
  while (isWord(items[j], 'its', 'his', 'her', 'their', 'the', 'a', 'an')) j++;
  const named = s.people.find((x) => x.item >= j && x.item <= j + 4);
  if (named) {
    event.participants.push({ person: named.person, role: 'delegate', country, insteadOf, start: items[k]!.start, end: named.end, rule: represented ? 'event/represented-by' : 'event/sent-person' });
    return;
  }
  // "sent his foreign minister": a delegate named only by title
  let t = j;
  while (items[t]?.type === 'MODIFIER' || items[t]?.type === 'DEMONYM') t++;
  const title = items[t];
  if (title?.type === 'TITLE') {
    event.participants.push({ person: '', role: 'delegate', country, insteadOf, delegateTitle: title.chunk!.text.toLowerCase(), start: items[k]!.start, end: title.end, rule: 'event/sent-title' });
    return;
  }
  // "was represented by a senior foreign ministry official": a delegate described, not named
  const np = describedDelegate(items, j);
  if (np) event.participants.push({ person: '', role: 'delegate', country, insteadOf, delegateTitle: np.text, start: items[k]!.start, end: np.end, rule: 'event/represented-by-description' });
}

const DELEGATE_HEADS = new Set(['official', 'officials', 'minister', 'envoy', 'ambassador', 'delegation', 'representative', 'diplomat', 'deputy', 'adviser', 'advisor', 'secretary']);

/** A short noun phrase naming a delegate by role ("a senior foreign ministry official"). */
function describedDelegate(items: readonly Item[], j: number): { text: string; end: number } | null {
  let b = j;
  while (isWord(items[b], 'a', 'an', 'the')) b++;
  const words: Item[] = [];
  for (let i = b; i < items.length && i < b + 7; i++) {
    const it = items[i] as Item;
    if (isPunctuation(it)) break;
    words.push(it);
    if (it.type === 'TOKEN' && DELEGATE_HEADS.has(it.lower)) {
      if (!isWord(items[i + 1], 'of')) return { text: phrase(words), end: it.end };
      // "a senior official of its foreign ministry": the body the delegate comes from
      const body = bodyAfterOf(items, i + 1);
      if (body) return { text: phrase([...words, ...body]), end: body.at(-1)!.end };
    }
  }
  return null;
}

function phrase(words: readonly Item[]): string {
  return words.map((x) => x.chunk?.text ?? x.token?.text ?? '').join(' ').toLowerCase();
}

// Bodies a delegate belongs to: "of its foreign ministry", "of the presidential office".
const BODY_HEADS = new Set(['ministry', 'government', 'delegation', 'embassy', 'office', 'mission', 'cabinet', 'parliament', 'council', 'service', 'presidency', 'junta', 'administration']);

/** "of (its|the) foreign ministry" from `j` (the "of"): at most four words ending in a body noun or a country. */
function bodyAfterOf(items: readonly Item[], j: number): Item[] | null {
  const out: Item[] = [items[j] as Item];
  for (let i = j + 1; i < Math.min(items.length, j + 5); i++) {
    const it = items[i] as Item;
    if (isPunctuation(it)) return null;
    out.push(it);
    if ((it.type === 'TOKEN' && BODY_HEADS.has(it.lower)) || it.type === 'COUNTRY') return out;
  }
  return null;
}

/** A punctuation token: a described delegate or body ends before it. */
function isPunctuation(it: Item): boolean {
  return it.type === 'TOKEN' && /^[\p{P}]+$/u.test(it.lower);
}
