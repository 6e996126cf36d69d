/** Reading one sentence: event mentions with their date, body and place, then participation. */
import type { DateRef } from '../../core/doc.js';
import type { EventKind } from '../../core/facts.js';
import { capitalCity } from '../../knowledge/countries.js';
import { ORDINAL } from '../../recognise/common-words.js';
import { isWord, type Item } from '../../recognise/items.js';
import { KIND_RANK, kindOf } from './kinds.js';
import { hasAttendanceCue, readParticipation } from './participation.js';
import { readNotRepresented } from './not-represented.js';
import { listOfPeople } from './people-in-sentence.js';
import { isBackground, newEvent } from './state.js';
import type { EventFact, EventSentence, EventState, PersonAt } from './types.js';

const GATHER_VERBS = new Set(['meet', 'meets', 'met', 'gather', 'gathers', 'gathered', 'convene', 'convenes', 'convened', 'opened', 'opens']);

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
    // "where he met Britain's King Charles III on Monday": a meeting of two people of its own
    if (it.type === 'TOKEN' && MEET_VERBS.has(it.lower)) {
      const pair = meetingPair(s, k);
      if (pair) {
        const date = dateNear(s, k);
        const event = newEvent(state, 'meeting');
        event.date = date;
        event.triggers.push({ start: it.start, end: it.end, text: it.lower });
        for (const p of pair) event.participants.push({ person: p.person, role: 'attendee', start: p.start, end: p.end, rule: 'event/met-person' });
        sentenceEvent ??= event;
        continue;
      }
    }
    // "ASEAN foreign ministers met in Kuala Lumpur": a gathering with no event word names the main event
    if (it.type === 'TOKEN' && GATHER_VERBS.has(it.lower) && !state.main && GATHERERS.has(items[k - 1]?.lower ?? '') && !isWord(items[k + 1], 'with')) {
      const event = (state.main = newEvent(state, items[k - 1]!.lower === 'leaders' || items[k - 1]!.lower === 'heads' ? 'summit' : 'meeting'));
      event.org ??= lastOrgBefore(items, k, state) ?? orgNear(items, k - 1, state);
      event.triggers.push({ start: it.start, end: it.end, text: it.lower });
      const date = dateNear(s, k);
      if (date) state.mainDates.push(date);
      sentenceEvent ??= event;
      continue;
    }
    // "when leaders meet in New Delhi on Saturday": a gathering verb dates the main event
    if (it.type === 'TOKEN' && GATHER_VERBS.has(it.lower) && state.main) {
      const date = dateNear(s, k);
      if (date && !isBackground(date, state.published)) state.mainDates.push(date);
      continue;
    }
    let kind = it.type === 'TOKEN' ? kindOf(it.lower) : undefined;
    if (!kind) continue;
    // "heads of government meeting", "heads of state summit": a summit whatever its name
    if (kind === 'meeting' && isWord(items[k - 1], 'government', 'state') && isWord(items[k - 2], 'of') && isWord(items[k - 3], 'heads')) kind = 'summit';
    if (kind === 'meeting' && it.lower === 'session' && !orgNear(items, k, state) && !isWord(items[k - 1], 'annual', 'plenary', 'extraordinary', 'ordinary', 'regular', 'special') && !ORDINAL.test(items[k - 1]?.lower ?? '')) continue;
    // "the 37th ordinary session of the Assembly of the African Union": the leaders' summit
    if (kind === 'meeting' && it.lower === 'session' && isWord(items[k + 1], 'of') && /^(the )?(assembly|heads)\b/.test(`${items[k + 2]?.lower ?? ''} ${items[k + 3]?.lower ?? ''}`)) kind = 'summit';
    const date = dateNear(s, k);
    // "their annual meeting": the body named earlier in the sentence, else the article's focus
    const anaphoric = isWord(items[k - 1], 'annual') || isWord(items[k - 2], 'their', 'its') || isWord(items[k - 1], 'their', 'its');
    const org = orgNear(items, k, state) ?? (anaphoric ? (lastOrgBefore(items, k, state) ?? state.focusOrg) : null);
    const withPeople = isWord(items[k - 1], 'a', 'an') || isWord(items[k - 2], 'a', 'an') ? peopleAfterWith(s, k) : [];
    const possessor = items[k - 1]?.token?.kind === 'possessive' ? s.people.find((p) => p.item === k - 2) : undefined;
    let event: EventFact;
    // "a summit in Yekaterinburg in 2009", "the next summit in 2026", "last year's summit": other events than the news
    const background = (isWord(items[k - 1], 'a', 'an', 'next', 'previous', 'last', 'first') || isWord(items[k - 2], 'next', 'previous', 'last')) && (isBackground(date, state.published) || isWord(items[k - 1], 'next', 'previous') || isWord(items[k - 2], 'next', 'previous'));
    if (background) {
      event = state.events.find((e) => e !== state.main && e.kind === kind && e.date?.value === date?.value && date !== null) ?? newEvent(state, kind);
      event.date ??= date;
      event.triggers.push({ start: it.start, end: it.end, text: it.lower });
      // "their next summit in Tianjin": another gathering of the same body, with its own place
      event.org ??= org ?? (isWord(items[k - 2], 'their', 'its') ? state.focusOrg : null);
      placeFor(s, event);
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
      // "arrived in Beijing on Friday for a state visit"
      if (kind === 'visit') placeFor(s, event);
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
  // Who attended or was sent is about the gathering: a visit or an election named in passing
  // ("who was on a state visit to Japan, sent …") does not take the participants.
  const gathering = sentenceEvent && sentenceEvent.kind !== 'visit' && sentenceEvent.kind !== 'election' ? sentenceEvent : null;
  const target = gathering ?? state.main ?? sentenceEvent;
  if (!target) {
    // "Myanmar's seat stayed empty" before the gathering is named: the main event's, once known
    readNotRepresented(s, state.unrepresentedBeforeEvent);
    // Attendance before any event is named ("leaders gathered on Thursday") opens the main event.
    if (!hasAttendanceCue(items)) return;
  }
  const event = target ?? (state.main = newEvent(state, 'meeting'));
  if (event === state.main) {
    placeFor(s, event);
    notePlace(state);
  }
  readParticipation(s, event, state);
  if (target) readNotRepresented(s, event.unrepresented);
}

// Plural nouns whose gathering is an event: "leaders met", "foreign ministers gathered".
const GATHERERS = new Set(['leaders', 'ministers', 'heads', 'officials', 'delegates', 'envoys', 'negotiators', 'diplomats']);

// Verbs of arriving whose place is the place of the visit or gathering they open.
const ARRIVE_VERBS = new Set(['arrived', 'arrives', 'landed', 'lands']);

const MEET_VERBS = new Set(['met', 'meets', 'meet']);

/**
 * "Biden met Britain's King Charles III", "he had met Xi Jinping", "met with Modi": the person
 * named right after the verb (a "with", a country and a title may stand between) and the nearest
 * person before it. Null when either is missing ("leaders met in Astana").
 */
function meetingPair(s: EventSentence, k: number): [PersonAt, PersonAt] | null {
  let j = k + 1;
  if (isWord(s.items[j], 'with')) j++;
  for (let n = 0; n < 4 && j < s.items.length; n++, j++) {
    const object = s.people.find((p) => p.item === j);
    if (object) {
      const subject = [...s.people].reverse().find((p) => p.item < k && p.person !== object.person);
      return subject ? [subject, object] : null;
    }
    const it = s.items[j] as Item;
    if (!(it.type === 'COUNTRY' || it.type === 'DEMONYM' || it.type === 'TITLE' || it.type === 'MODIFIER' || it.token?.kind === 'possessive')) return null;
  }
  return null;
}

function sameDate(a: DateRef | null, b: DateRef | null): boolean {
  return (a?.value ?? null) === (b?.value ?? null);
}

/** An organisation chunk that can hold a gathering: not a news agency credited in a dateline, not a government seat. */
function gatheringOrg(it: Item | undefined, state: EventState): string | null {
  if (it?.type !== 'ORG') return null;
  const id = it.chunk!.refs[0]!.id;
  const kind = state.orgKind?.(id);
  return kind === 'news-agency' || kind === 'government-body' ? null : id;
}

function orgNear(items: readonly Item[], k: number, state: EventState): string | null {
  // "summit of the SCO", "SCO summit", "the SCO's annual meeting"
  for (let j = k + 1; j < Math.min(items.length, k + 4); j++) {
    if (items[j]?.type === 'ORG') return gatheringOrg(items[j], state);
    if (!isWord(items[j], 'of', 'the', 'annual')) break;
  }
  for (let j = k - 1; j >= Math.max(0, k - 3); j--) {
    if (items[j]?.type === 'ORG') return gatheringOrg(items[j], state);
    if (!(isWord(items[j], 'annual', 'extraordinary') || items[j]?.token?.kind === 'possessive')) break;
  }
  return null;
}

function lastOrgBefore(items: readonly Item[], k: number, state: EventState): string | null {
  for (let j = k - 1; j >= 0; j--) {
    const id = gatheringOrg(items[j], state);
    if (id) return id;
  }
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

function placeFor(s: EventSentence, event: EventFact): void {
  if (event.place) return;
  // only a city right after a mention of the event: "summit in Vilnius", "meeting in the Kazakh
  // capital Astana" — not "the parliament in Ankara" later in the sentence
  const near = new Set<number>();
  for (let k = 0; k < s.items.length; k++) {
    const it = s.items[k] as Item;
    // "leaders gathered in Vilnius on Tuesday for a summit": a gathering verb places the event too
    const gathers = it.type === 'TOKEN' && (GATHER_VERBS.has(it.lower) || ARRIVE_VERBS.has(it.lower));
    if (gathers) for (let j = k + 1; j <= k + 6; j++) near.add(j);
    if (!event.triggers.some((t) => t.start === it.start)) continue;
    for (let j = k + 1; j <= k + 8; j++) near.add(j);
    // "the Johannesburg summit", "at the Vilnius meeting": a one-word place right before the trigger
    const before = s.items[k - 1];
    if (before && (before.type === 'CITY' || (before.type === 'NAME' && /^\p{Lu}\p{Ll}+$/u.test(before.chunk!.text) && isPlaceName(s, k - 1)))) {
      event.place = { id: before.type === 'CITY' ? before.chunk!.refs[0]!.id : `x:${before.chunk!.text}`, text: before.chunk!.text, start: before.start, end: before.end };
      return;
    }
  }
  for (let k = 0; k < s.items.length; k++) {
    const it = s.items[k] as Item;
    if (!near.has(k)) continue;
    if (it.type === 'CITY' && isWord(s.items[k - 1], 'in', 'capital', 'city')) {
      event.place = { id: it.chunk!.refs[0]!.id, text: it.chunk!.text, start: it.start, end: it.end };
      return;
    }
    // "in the Indonesian capital", "in the capital of Indonesia": that country's capital
    const capitalOf = capitalNamedAt(s.items, k);
    if (capitalOf) {
      event.place = capitalOf;
      return;
    }
    // Cities no list knows: "summit in Johannesburg", "on the resort island of Bali", "in the city of Kazan"
    if (it.type === 'NAME' && isPlaceName(s, k) && (isWord(s.items[k - 1], 'in') || (isWord(s.items[k - 1], 'of') && isWord(s.items[k - 2], ...PLACE_NOUNS)))) {
      event.place = { id: `x:${it.chunk!.text}`, text: it.chunk!.text, start: it.start, end: it.end };
      return;
    }
  }
}

// Nouns that name a place before "of": "the resort island of Bali", "the city of Kazan".
const PLACE_NOUNS = ['island', 'city', 'town', 'resort', 'port', 'village', 'region', 'province', 'state'];

/** A capitalised name that stands for a place, not a person of the sentence or a possessor ("in Putin's office"). */
function isPlaceName(s: EventSentence, k: number): boolean {
  const it = s.items[k] as Item;
  if (s.people.some((p) => p.item === k)) return false;
  if (s.items[k + 1]?.token?.kind === 'possessive') return false;
  return it.end - it.start <= 30 && !/\s\S+\s\S+\s/.test(it.chunk!.text);
}

/** "the Indonesian capital" / "the capital of Indonesia" at item `k` (the word "capital"): that country's capital city. */
function capitalNamedAt(items: readonly Item[], k: number): EventFact['place'] {
  if (!isWord(items[k], 'capital')) return null;
  const before = items[k - 1];
  const after = isWord(items[k + 1], 'of') ? items[k + 2] : undefined;
  const country = before?.type === 'DEMONYM' || before?.type === 'COUNTRY' ? before : after?.type === 'COUNTRY' ? after : undefined;
  // "the Kazakh capital Astana" names the city itself: the CITY rule reads it
  if (!country || items[k + 1]?.type === 'CITY') return null;
  const ids = country.chunk!.refs.filter((r) => r.type === 'DEMONYM' || r.type === 'COUNTRY').map((r) => r.id);
  const capital = ids.length === 1 ? capitalCity(ids[0]!) : null;
  if (!capital) return null;
  const from = Math.min(country.start, items[k]!.start);
  const to = Math.max(country.end, items[k]!.end);
  return { id: `${ids[0]}:capital`, text: capital, start: from, end: to };
}

/** Remember the main event's city, so that "A is in X" later reads as attendance. */
function notePlace(state: EventState): void {
  if (state.main?.place) state.places.add(state.main.place.text.toLowerCase());
}
