import type { DateRef } from '../core/doc.js';
import type { EventKind } from '../core/facts.js';
import { isWord, type Item } from '../recognise/items.js';

/** A person mention located in a sentence, resolved to a document person. */
export interface PersonAt {
  readonly item: number;
  readonly person: string; // person entity id
  readonly start: number;
  readonly end: number;
}

/** One sentence as the event rules see it. */
export interface EventSentence {
  readonly index: number;
  readonly items: readonly Item[];
  readonly dates: readonly DateRef[];
  readonly people: readonly PersonAt[];
}

/** How a person relates to an event, with the words that say so. */
export interface Participation {
  readonly person: string;
  readonly role: 'attendee' | 'host' | 'expected' | 'absent' | 'delegate';
  /** For delegates: the country represented (id) and whom they stand in for. */
  readonly country?: string | null;
  readonly insteadOf?: string | null;
  /** A delegate the text names only by title ("his foreign minister"). */
  readonly delegateTitle?: string | null;
  readonly start: number;
  readonly end: number;
  readonly rule: string;
}

/** An event of the document with everything the text says about it. */
export interface EventFact {
  readonly id: string;
  kind: EventKind;
  readonly triggers: { start: number; end: number; text: string }[];
  date: DateRef | null;
  org: string | null;
  place: { id: string; text: string; start: number; end: number } | null;
  readonly participants: Participation[];
}

const KIND_OF: Record<string, EventKind> = {
  summit: 'summit', summits: 'summit', meeting: 'meeting', meetings: 'meeting', session: 'meeting', conference: 'meeting',
  gathering: 'meeting', talks: 'talks', visit: 'visit', visits: 'visit', election: 'election', elections: 'election',
  runoff: 'election', 'run-off': 'election', referendum: 'election', vote: 'election', polls: 'election',
};
// Main-event kinds: a summit called a meeting elsewhere in the article is still one summit.
const KIND_RANK: Record<EventKind, number> = { summit: 3, meeting: 2, talks: 1, visit: 0, election: 0, other: 0 };
const ATTEND_VERBS = new Set(['attended', 'attend', 'attends', 'attending', 'joined']);
const LIST_HEADS = new Set(['guests', 'leaders', 'attendees', 'participants', 'delegates', 'dignitaries', 'heads']);
const SENT = new Set(['sent', 'sends', 'dispatched']);
const GATHER_VERBS = new Set(['meet', 'meets', 'met', 'gather', 'gathers', 'gathered', 'convene', 'convenes', 'convened', 'opened', 'opens']);
const COPULA_PRESENT = new Set(['are', 'were', 'is', 'was']);
const HOST_VERBS = new Set(['hosting', 'hosted', 'hosts']);
const OPEN_VERBS = new Set(['opened', 'chaired', 'closed', 'addressed', 'inaugurated', 'attended']);

/** State carried across the sentences of one document. */
export interface EventState {
  readonly events: EventFact[];
  main: EventFact | null;
  /** The organisation in focus, for "their annual meeting". */
  focusOrg: string | null;
  /** Country of each person (from offices), for delegates named by their sender. */
  readonly countryOf: (person: string) => string | null;
  /** Dates seen near mentions of the main event; the best one is chosen at the end. */
  readonly mainDates: DateRef[];
  /** The reference date, to tell the news from background ("a summit in Yekaterinburg in 2009"). */
  readonly published: string | null;
  /** Lower-cased names of the event's city: the dateline's place and the main event's place. */
  readonly places: Set<string>;
}

/** Start the event state of a document. */
export function newEventState(countryOf: (person: string) => string | null, published: string | null = null, datelinePlace: string | null = null): EventState {
  const places = new Set<string>();
  if (datelinePlace) places.add(datelinePlace.toLowerCase());
  return { events: [], main: null, focusOrg: null, countryOf, mainDates: [], published, places };
}

/** Days between two ISO dates of day precision, or null when either is coarser. */
function daysApart(a: string | null, b: string | null): number | null {
  if (!a || !b || !/^\d{4}-\d{2}-\d{2}$/.test(a) || !/^\d{4}-\d{2}-\d{2}$/.test(b)) return null;
  return Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;
}

/** Whether a date lies outside the news of the day: another year, or weeks away. */
function isBackground(date: DateRef | null, published: string | null): boolean {
  if (!date?.value || !published) return false;
  const apart = daysApart(date.value, published);
  if (apart !== null) return apart > 31;
  return !published.startsWith(date.value) && !date.value.startsWith(published.slice(0, 7));
}

/**
 * Settle what needs the whole article: the main event's date is the one stated nearest the
 * publication date among those next to its mentions, else the lead sentence's date when it is
 * within a few days of publication.
 */
export function finaliseEvents(state: EventState, leadDate: DateRef | null): void {
  const main = state.main;
  if (!main) return;
  const ranked = [...state.mainDates].sort((a, b) => rank(a, state.published) - rank(b, state.published));
  const best = ranked[0] ?? null;
  if (best && !isBackground(best, state.published)) main.date = best;
  else if (leadDate && (daysApart(leadDate.value, state.published) ?? 99) <= 3) main.date = leadDate;
  else main.date = best;
}

function rank(d: DateRef, published: string | null): number {
  const apart = daysApart(d.value, published);
  if (apart !== null) return apart;
  return d.precision === 'week' ? 10 : d.precision === 'month' ? 40 : 400;
}

/**
 * Read one sentence: event mentions (summits, meetings, talks, visits, elections) with their date,
 * organisation and place, and who attended, hosted, was sent instead, or is only expected.
 * Definite mentions ("the summit", "Thursday's meeting") refer to the article's main event.
 */
export function readEventSentence(s: EventSentence, state: EventState): void {
  const { items } = s;
  let sentenceEvent: EventFact | null = null;
  for (let k = 0; k < items.length; k++) {
    const it = items[k] as Item;
    // "the East Asia Summit", "the Commonwealth Heads of Government Meeting": a recurring
    // gathering the knowledge lists as a body is, in the text, an event of its own
    if (it.type === 'ORG' && /\b(Summit|Meeting|Conference)$/.test(it.chunk!.text)) {
      const id = it.chunk!.refs[0]!.id;
      const named: EventKind = /Summit$|Heads of (State|Government)/.test(it.chunk!.text) ? 'summit' : 'meeting';
      // the article's own gathering when nothing else is, or when it is the same body's
      const isMain = !state.main || state.main.org === id;
      const event = isMain ? (state.main ??= newEvent(state, named)) : (state.events.find((e) => e !== state.main && e.org === id) ?? newEvent(state, named));
      if (KIND_RANK[named] > KIND_RANK[event.kind]) event.kind = named;
      event.org ??= id;
      event.triggers.push({ start: it.start, end: it.end, text: it.chunk!.text });
      const date = dateNear(s, k);
      if (event === state.main) {
        if (date) state.mainDates.push(date);
      } else event.date ??= date;
      sentenceEvent ??= event;
      continue;
    }
    // "when leaders meet in New Delhi on Saturday": a gathering verb dates the main event
    if (it.type === 'TOKEN' && GATHER_VERBS.has(it.lower) && state.main) {
      const date = dateNear(s, k);
      if (date && !isBackground(date, state.published)) state.mainDates.push(date);
      continue;
    }
    let kind = it.type === 'TOKEN' ? KIND_OF[it.lower] : undefined;
    if (!kind) continue;
    // "heads of government meeting", "heads of state summit": a summit whatever its name
    if (kind === 'meeting' && isWord(items[k - 1], 'government', 'state') && isWord(items[k - 2], 'of') && isWord(items[k - 3], 'heads')) kind = 'summit';
    if (kind === 'meeting' && it.lower === 'session' && !orgNear(items, k) && !isWord(items[k - 1], 'annual', 'plenary', 'extraordinary')) continue;
    const date = dateNear(s, k);
    // "their annual meeting": the body named earlier in the sentence, else the article's focus
    const anaphoric = isWord(items[k - 1], 'annual') || isWord(items[k - 2], 'their', 'its') || isWord(items[k - 1], 'their', 'its');
    const org = orgNear(items, k) ?? (anaphoric ? (lastOrgBefore(items, k) ?? state.focusOrg) : null);
    const withPeople = isWord(items[k - 1], 'a', 'an') || isWord(items[k - 2], 'a', 'an') ? peopleAfterWith(s, k) : [];
    const possessor = items[k - 1]?.token?.kind === 'possessive' ? s.people.find((p) => p.item === k - 2) : undefined;
    let event: EventFact;
    // "a summit in Yekaterinburg in 2009", "the next summit in 2026", "last year's summit": other events than the news
    const background = (isWord(items[k - 1], 'a', 'an', 'next', 'previous', 'last', 'first') || isWord(items[k - 2], 'next', 'previous', 'last')) && (isBackground(date, state.published) || isWord(items[k - 1], 'next', 'previous') || isWord(items[k - 2], 'next', 'previous'));
    if (background) {
      event = state.events.find((e) => e !== state.main && e.kind === kind && e.date?.value === date?.value && date !== null) ?? newEvent(state, kind);
      event.date ??= date;
      event.triggers.push({ start: it.start, end: it.end, text: it.lower });
      continue;
    }
    if (kind === 'election' || kind === 'visit' || withPeople.length || possessor) {
      event = state.events.find((e) => e.kind === kind && kind === 'election' && sameDate(e.date, date)) ?? newEvent(state, kind);
      for (const p of withPeople) event.participants.push({ person: p.person, role: 'attendee', start: p.start, end: p.end, rule: 'event/with-person' });
      if (possessor) event.participants.push({ person: possessor.person, role: 'attendee', start: possessor.start, end: it.end, rule: 'event/possessor' });
      if (withPeople.length) {
        const subject = [...s.people].reverse().find((p) => !withPeople.includes(p) && p.item < k) ?? s.people.find((p) => !withPeople.includes(p) && p.item > k);
        if (subject) event.participants.push({ person: subject.person, role: 'attendee', start: subject.start, end: subject.end, rule: 'event/subject-at-event' });
      }
      if (kind === 'visit' && isWord(items[k + 1], 'to')) {
        const place = items[k + 2];
        if (place && (place.type === 'COUNTRY' || place.type === 'CITY')) event.place ??= { id: place.chunk!.refs[0]!.id, text: place.chunk!.text, start: place.start, end: place.end };
      }
    } else {
      event = state.main ??= newEvent(state, kind);
      if (KIND_RANK[kind] > KIND_RANK[event.kind]) event.kind = kind;
    }
    event.triggers.push({ start: it.start, end: it.end, text: it.lower });
    if (event === state.main) {
      if (date) state.mainDates.push(date);
    } else event.date ??= date;
    event.org ??= org;
    sentenceEvent ??= event;
  }
  const target = sentenceEvent ?? state.main;
  if (!target) {
    // Attendance before any event is named ("leaders gathered on Thursday") opens the main event.
    if (!hasAttendanceCue(items)) return;
  }
  const event = target ?? (state.main = newEvent(state, 'meeting'));
  if (event === state.main) {
    placeFor(s, event);
    notePlace(state);
  }
  readParticipation(s, event, state);
}

function newEvent(state: EventState, kind: EventKind): EventFact {
  const e: EventFact = { id: `e${state.events.length + 1}`, kind, triggers: [], date: null, org: null, place: null, participants: [] };
  state.events.push(e);
  return e;
}

function sameDate(a: DateRef | null, b: DateRef | null): boolean {
  return (a?.value ?? null) === (b?.value ?? null);
}

function orgNear(items: readonly Item[], k: number): string | null {
  // "summit of the SCO", "SCO summit", "the SCO's annual meeting"
  for (let j = k + 1; j < Math.min(items.length, k + 4); j++) {
    if (items[j]?.type === 'ORG') return items[j]!.chunk!.refs[0]!.id;
    if (!isWord(items[j], 'of', 'the', 'annual')) break;
  }
  for (let j = k - 1; j >= Math.max(0, k - 3); j--) {
    if (items[j]?.type === 'ORG') return items[j]!.chunk!.refs[0]!.id;
    if (!(isWord(items[j], 'annual', 'extraordinary') || items[j]?.token?.kind === 'possessive')) break;
  }
  return null;
}

function lastOrgBefore(items: readonly Item[], k: number): string | null {
  for (let j = k - 1; j >= 0; j--) if (items[j]?.type === 'ORG') return items[j]!.chunk!.refs[0]!.id;
  return null;
}

function dateNear(s: EventSentence, k: number): DateRef | null {
  const it = s.items[k] as Item;
  // "Thursday's meeting": a date right before the trigger with a possessive
  const possessiveDate = s.dates.find((d) => d.end <= it.start && it.start - d.end <= 4);
  if (possessiveDate) return possessiveDate;
  // the nearest date in the same clause, within a few words
  let best: DateRef | null = null;
  let bestDistance = 60;
  for (const d of s.dates) {
    const distance = d.start >= it.end ? d.start - it.end : it.start - d.end;
    if (distance < bestDistance && !crossesClause(s.items, Math.min(d.start, it.start), Math.max(d.end, it.end))) {
      best = d;
      bestDistance = distance;
    }
  }
  return best;
}

function crossesClause(items: readonly Item[], from: number, to: number): boolean {
  return items.some((it) => it.start > from && it.end < to && isWord(it, ';', 'which', 'who', 'following', 'after', 'before'));
}

function peopleAfterWith(s: EventSentence, k: number): PersonAt[] {
  if (!isWord(s.items[k + 1], 'with')) return [];
  return listOfPeople(s, k + 2);
}

/** People listed from item `j` on: "A, B and C", "A; B; and C". */
function listOfPeople(s: EventSentence, j: number): PersonAt[] {
  const out: PersonAt[] = [];
  for (let i = j; i < s.items.length; i++) {
    const p = s.people.find((x) => x.item === i);
    if (p) {
      out.push(p);
      continue;
    }
    const it = s.items[i] as Item;
    if (isWord(it, ',', ';', 'and', 'the', 'as', 'well', 'also') || it.type === 'TITLE' || it.type === 'DEMONYM' || it.type === 'MODIFIER' || it.type === 'ORG') continue;
    if (it.type === 'COUNTRY' || isWord(it, 'of', 'from') || it.token?.kind === 'possessive') continue; // "President X of Kazakhstan"
    break;
  }
  return out;
}

function hasAttendanceCue(items: readonly Item[]): boolean {
  return items.some((it) => it.type === 'TOKEN' && (ATTEND_VERBS.has(it.lower) || it.lower === 'present'));
}

function placeFor(s: EventSentence, event: EventFact): void {
  if (event.place) return;
  for (let k = 0; k < s.items.length; k++) {
    const it = s.items[k] as Item;
    if (it.type !== 'CITY' || !isWord(s.items[k - 1], 'in', 'capital', 'city')) continue;
    event.place = { id: it.chunk!.refs[0]!.id, text: it.chunk!.text, start: it.start, end: it.end };
    return;
  }
}

/** Remember the main event's city, so that "A is in X" later reads as attendance. */
function notePlace(state: EventState): void {
  if (state.main?.place) state.places.add(state.main.place.text.toLowerCase());
}

function readParticipation(s: EventSentence, event: EventFact, state: EventState): void {
  const { items } = s;
  const push = (p: PersonAt, role: Participation['role'], rule: string, extra: Partial<Participation> = {}) =>
    event.participants.push({ person: p.person, role, start: p.start, end: p.end, rule, ...extra });
  for (let k = 0; k < items.length; k++) {
    const it = items[k] as Item;
    if (it.type !== 'TOKEN') continue;
    const w = it.lower;
    // "was attended by A; B; and C"
    if ((w === 'attended' || w === 'hosted') && isWord(items[k + 1], 'by')) {
      for (const p of listOfPeople(s, k + 2)) push(p, w === 'hosted' ? 'host' : 'attendee', `event/${w}-by`);
      continue;
    }
    // "Other guests included …", "Leaders attending the meeting included …"
    if ((w === 'included' || w === 'include' || w === 'includes' || w === 'including') && items.slice(Math.max(0, k - 6), k).some((x) => x.type === 'TOKEN' && LIST_HEADS.has(x.lower))) {
      for (const p of listOfPeople(s, k + 1)) push(p, 'attendee', 'event/guests-included');
      continue;
    }
    // "In addition to A and B, and the summit's host, C, …"
    if (w === 'addition' && isWord(items[k + 1], 'to')) {
      for (const p of listOfPeople(s, k + 2)) push(p, 'attendee', 'event/in-addition-to');
      continue;
    }
    // "the summit's host, Kazakh President X", "the host of the summit, South Africa's President X"
    const hostComma = isWord(items[k + 1], ',') ? k + 1 : isWord(items[k + 1], 'of') && items.slice(k + 2, k + 6).findIndex((x) => isWord(x, ',')) !== -1 ? k + 2 + items.slice(k + 2, k + 6).findIndex((x) => isWord(x, ',')) : -1;
    if (w === 'host' && hostComma !== -1) {
      const p = s.people.find((x) => x.item > hostComma && x.item <= hostComma + 6);
      if (p) push(p, 'host', 'event/host-apposition');
      continue;
    }
    // "A, B and C were among those at the table / the leaders attending"
    if (w === 'among' && isWord(items[k - 1], 'were', 'was', 'are', 'is') && items.slice(k + 1, k + 6).some((x) => isWord(x, 'those', 'leaders', 'attendees', 'guests', 'participants', 'delegates', 'dignitaries'))) {
      if (isNegated(items, k - 1)) continue;
      for (const p of subjectPeople(s, k - 1)) push(p, 'attendee', 'event/among-those');
      continue;
    }
    // "Taking part were A, B and C", "Attending were …", "Present were …"
    if ((w === 'were' || w === 'was') && k <= 3 && items.slice(0, k).some((x) => isWord(x, 'part', 'attending', 'present', 'participating'))) {
      for (const p of listOfPeople(s, k + 1)) push(p, 'attendee', 'event/inverted-list');
      continue;
    }
    // "A, B and C are all in Johannesburg": being in the city of the event
    if (COPULA_PRESENT.has(w) && (isWord(items[k + 1], 'in', 'at') || (isWord(items[k + 1], 'all', 'also') && isWord(items[k + 2], 'in', 'at')))) {
      const place = items[isWord(items[k + 1], 'in', 'at') ? k + 2 : k + 3];
      if (place && (place.type === 'CITY' || place.type === 'NAME') && state.places.has((place.chunk?.text ?? '').toLowerCase()) && !isNegated(items, k) && !isExpected(items, k)) {
        for (const p of subjectPeople(s, k)) push(p, 'attendee', 'event/in-event-city');
      }
      continue;
    }
    // "Zelenskyy came to Vilnius", "Modi arrived in Johannesburg": arriving at the event's place
    if ((w === 'came' || w === 'arrived' || w === 'flew' || w === 'travelled' || w === 'traveled') && isWord(items[k + 1], 'to', 'in', 'into') && (items[k + 2]?.type === 'CITY' || (items[k + 2]?.type === 'NAME' && event.place?.text === items[k + 2]?.chunk?.text))) {
      const p = subjectPeople(s, k).at(-1);
      if (p && !isExpected(items, k) && !isNegated(items, k)) push(p, 'attendee', 'event/arrived');
      continue;
    }
    // "A and B attended …", "A joined leaders … at …", "A was also present", "A took part"
    if ((ATTEND_VERBS.has(w) && !isWord(items[k + 1], 'by')) || (w === 'present' && isWord(items[k - 1], 'was', 'were', 'also')) || (w === 'part' && isWord(items[k - 1], 'took', 'take', 'taking'))) {
      if (w === 'joined' && !items.slice(k + 1).some((x) => isWord(x, 'at', 'for', 'in') )) continue;
      const expected = isExpected(items, k);
      const negated = isNegated(items, k);
      // "… also attended: A, B and C"
      if (isWord(items[k + 1], ':')) {
        for (const p of listOfPeople(s, k + 2)) push(p, negated ? 'absent' : expected ? 'expected' : 'attendee', 'event/attended-colon-list');
        continue;
      }
      for (const p of subjectPeople(s, k)) push(p, negated ? 'absent' : expected ? 'expected' : 'attendee', `event/${expected ? 'expected-to-attend' : negated ? 'did-not-attend' : 'subject-attended'}`);
      continue;
    }
    // "Ramaphosa, who is hosting the summit", "Modi opened a summit", "X chaired the meeting"
    if (HOST_VERBS.has(w) || (OPEN_VERBS.has(w) && items.slice(k + 1, k + 4).some((x) => x.type === 'TOKEN' && ((KIND_OF[x.lower] && KIND_OF[x.lower] !== 'election') || (x.lower === 'it' && w === 'chaired'))))) {
      if (isExpected(items, k) || isNegated(items, k)) continue;
      const p = subjectPeople(s, k).at(-1);
      if (p) push(p, HOST_VERBS.has(w) ? 'host' : 'attendee', HOST_VERBS.has(w) ? 'event/hosting' : 'event/opened');
      continue;
    }
    // "A and B held a meeting / talks", "A met B"
    if ((w === 'held' || w === 'hold' || w === 'holds' || w === 'holding') && items.slice(k + 1, k + 4).some((x) => x.type === 'TOKEN' && KIND_OF[x.lower] && KIND_OF[x.lower] !== 'election')) {
      for (const p of subjectPeople(s, k)) push(p, 'attendee', 'event/held-meeting');
      continue;
    }
    if (w === 'met' && !isWord(items[k - 1], 'have', 'has', 'will')) {
      for (const p of [...subjectPeople(s, k), ...listOfPeople(s, k + 1)]) push(p, 'attendee', 'event/met');
      continue;
    }
    // "Chinese Premier Li Qiang is standing in for President Xi Jinping"
    if ((w === 'standing' || w === 'stand' || w === 'stands' || w === 'stood' || w === 'filling' || w === 'deputising' || w === 'deputizing') && isWord(items[k + 1], 'in') && isWord(items[k + 2], 'for')) {
      readStandIn(s, k, k + 3, event, state);
      continue;
    }
    if ((w === 'place' && isWord(items[k - 1], 'in') && isWord(items[k + 1], 'of')) || (w === 'behalf' && isWord(items[k - 1], 'on') && isWord(items[k + 1], 'of')) || (w === 'instead' && isWord(items[k + 1], 'of'))) {
      readStandIn(s, k, k + 2, event, state);
      continue;
    }
    // "Iran sent acting President X", "Modi has sent his foreign minister", "X was represented by …"
    if (SENT.has(w) || (w === 'represented' && items.slice(k + 1, k + 5).some((x) => isWord(x, 'by')))) readDelegate(s, k, event, state);
  }
}

function isExpected(items: readonly Item[], k: number): boolean {
  return items.slice(Math.max(0, k - 4), k).some((x) => isWord(x, 'expected', 'will', 'set', 'due', 'scheduled', 'plans', 'likely'));
}

function isNegated(items: readonly Item[], k: number): boolean {
  return items.slice(Math.max(0, k - 3), k).some((x) => isWord(x, 'not', "n't", 'never', 'no')) || isWord(items[k + 1], 'by') && isWord(items[k + 2], 'video');
}

/** People of the clause before a verb at `k` (stopping at a clause break or another verb cue). */
function subjectPeople(s: EventSentence, k: number): PersonAt[] {
  const out: PersonAt[] = [];
  const inRelative = relativeClauses(s.items, k);
  for (let j = k - 1; j >= 0; j--) {
    const it = s.items[j] as Item;
    if (isWord(it, ';', 'while', 'but', 'although', 'said', 'says')) break;
    if (inRelative.has(j)) continue; // "Hun Manet, who succeeded his father Hun Sen, …": not the father
    const p = s.people.find((x) => x.item === j);
    if (p) out.unshift(p);
  }
  // "A, who is visiting X, is expected to attend": the relative clause does not hide A
  if (out.length === 0) {
    const first = s.people.find((x) => x.item < k);
    if (first) out.push(first);
  }
  return out;
}

/** Item indexes inside ", who/which/whose … ," clauses before `k`. */
function relativeClauses(items: readonly Item[], k: number): Set<number> {
  const inside = new Set<number>();
  for (let j = 0; j < k; j++) {
    if (!isWord(items[j], 'who', 'which', 'whose') || !isWord(items[j - 1], ',')) continue;
    let e = j;
    while (e < k && !isWord(items[e], ',', ';')) inside.add(e++);
  }
  return inside;
}

/** "A is standing in for B" / "A, in place of B": A represents B's country instead of B. */
function readStandIn(s: EventSentence, k: number, after: number, event: EventFact, state: EventState): void {
  const absent = s.people.find((p) => p.item >= after && p.item <= after + 3);
  const delegate = [...s.people].reverse().find((p) => p.item < k);
  if (!absent || !delegate || absent.person === delegate.person) return;
  const country = state.countryOf(absent.person) ?? state.countryOf(delegate.person);
  if (!country) return;
  event.participants.push({ person: delegate.person, role: 'delegate', country, insteadOf: absent.person, start: delegate.start, end: absent.end, rule: 'event/standing-in-for' });
}

function readDelegate(s: EventSentence, k: number, event: EventFact, state: EventState): void {
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
  for (let b = k - 1; b >= 0 && !country; b--) {
    const it = items[b] as Item;
    if (it.type === 'COUNTRY' && items[b + 1]?.token?.kind !== 'possessive') {
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
  while (isWord(items[j], 'its', 'his', 'her', 'their', 'the', 'a')) j++;
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
    if (it.type === 'TOKEN' && /^[\p{P}]+$/u.test(it.lower)) break;
    words.push(it);
    if (it.type === 'TOKEN' && DELEGATE_HEADS.has(it.lower)) {
      if (!isWord(items[i + 1], 'of')) return { text: words.map((x) => x.chunk?.text ?? x.token?.text ?? '').join(' ').toLowerCase(), end: it.end };
    }
  }
  return null;
}
