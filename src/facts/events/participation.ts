/** Who attended, hosted, was only expected or stayed away, read off one sentence. */
import { isWord, type Item } from '../../recognise/items.js';
import { readDelegate, readStandIn, SENT } from './delegates.js';
import { kindOf } from './kinds.js';
import { isExpected, isNegated, listOfPeople, subjectPeople } from './people-in-sentence.js';
import type { EventFact, EventSentence, EventState, Participation, PersonAt } from './types.js';

const ATTEND_VERBS = new Set(['attended', 'attend', 'attends', 'attending', 'joined']);

const LIST_HEADS = new Set(['guests', 'leaders', 'attendees', 'participants', 'delegates', 'dignitaries', 'heads']);

const COPULA_PRESENT = new Set(['are', 'were', 'is', 'was']);

const HOST_VERBS = new Set(['hosting', 'hosted', 'hosts']);

// What a speaker at the gathering addresses, besides the event words themselves.
const ADDRESSED = new Set(['assembly', 'leaders', 'delegates', 'gathering', 'plenary', 'opening']);

const OPEN_VERBS = new Set(['opened', 'chaired', 'closed', 'addressed', 'inaugurated', 'attended', 'told']);

// Every word a rule below starts at; other tokens are skipped without trying the rules.
const CUES: ReadonlySet<string> = new Set([
  ...ATTEND_VERBS,
  ...HOST_VERBS,
  ...OPEN_VERBS,
  ...COPULA_PRESENT,
  ...SENT,
  'hosted',
  'included',
  'include',
  'includes',
  'including',
  'addition',
  'host',
  'among',
  'came',
  'arrived',
  'flew',
  'travelled',
  'traveled',
  'present',
  'part',
  'held',
  'hold',
  'holds',
  'holding',
  'met',
  'standing',
  'stand',
  'stands',
  'stood',
  'filling',
  'deputising',
  'deputizing',
  'place',
  'behalf',
  'address',
  'addresses',
  'instead',
  'represented',
]);

export function hasAttendanceCue(items: readonly Item[]): boolean {
  return items.some((it) => it.type === 'TOKEN' && (ATTEND_VERBS.has(it.lower) || it.lower === 'present'));
}

export function readParticipation(s: EventSentence, event: EventFact, state: EventState): void {
  const { items } = s;
  const push = (p: PersonAt, role: Participation['role'], rule: string, extra: Partial<Participation> = {}) =>
    event.participants.push({ person: p.person, role, start: p.start, end: p.end, rule, ...extra });
  for (let k = 0; k < items.length; k++) {
    const it = items[k] as Item;
    if (it.type !== 'TOKEN') continue;
    const w = it.lower;
    if (!CUES.has(w)) continue;
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
    const hostComma = w !== 'host' ? -1 : isWord(items[k + 1], ',') ? k + 1 : isWord(items[k + 1], 'of') && items.slice(k + 2, k + 6).findIndex((x) => isWord(x, ',')) !== -1 ? k + 2 + items.slice(k + 2, k + 6).findIndex((x) => isWord(x, ',')) : -1;
    if (w === 'host' && hostComma !== -1) {
      const p = s.people.find((x) => x.item > hostComma && x.item <= hostComma + 6);
      if (p) push(p, 'host', 'event/host-apposition');
      continue;
    }
    // "A, B and C were among those at the table / the leaders attending"
    if (w === 'among' && isWord(items[k - 1], 'were', 'was', 'are', 'is') && items.slice(k + 1, k + 6).some((x) => isWord(x, 'those', 'leaders', 'attendees', 'guests', 'participants', 'delegates', 'dignitaries', 'heads'))) {
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
    if (COPULA_PRESENT.has(w) && (isWord(items[k + 1], 'in', 'at') || (isWord(items[k + 1], 'all', 'also', 'both', 'already', 'now') && isWord(items[k + 2], 'in', 'at')))) {
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
      // "joined the leaders on Thursday", "joined the talks": joining the gathering, not a body
      const joinsGathering = isWord(items[k + 1], 'the') && (isWord(items[k + 2], ...LIST_HEADS, 'summit', 'meeting', 'talks', 'gathering', 'session', 'discussions') || (items[k + 2]?.type === 'TOKEN' && !!kindOf(items[k + 2]!.lower)));
      if (w === 'joined' && !joinsGathering && !items.slice(k + 1).some((x) => isWord(x, 'at', 'for', 'in'))) continue;
      const expected = isExpected(items, k);
      const negated = isNegated(items, k);
      // "… also attended: A, B and C"
      if (isWord(items[k + 1], ':')) {
        for (const p of listOfPeople(s, k + 2)) push(p, negated ? 'absent' : expected ? 'expected' : 'attendee', 'event/attended-colon-list');
        continue;
      }
      for (const p of subjectPeople(s, k)) push(p, negated ? 'absent' : expected ? 'expected' : 'attendee', `event/${expected ? 'expected-to-attend' : negated ? 'did-not-attend' : 'subject-attended'}`);
      // "… attended, along with X" / "took part …, as did X and Y": the same role for the people added
      for (let j = k + 1; j < items.length - 1; j++) {
        const along = (isWord(items[j], 'along', 'together') && isWord(items[j + 1], 'with')) || (isWord(items[j], 'as') && isWord(items[j + 1], 'did', 'were', 'was'));
        if (!along) continue;
        for (const p of listOfPeople(s, j + 2)) push(p, negated ? 'absent' : expected ? 'expected' : 'attendee', 'event/along-with');
        break;
      }
      continue;
    }
    // "Ramaphosa, who is hosting the summit", "Modi opened a summit", "X chaired the meeting"
    // "is also expected to address the assembly on Sunday": only expected
    if ((w === 'address' || w === 'addresses') && isExpected(items, k) && !isNegated(items, k) && items.slice(k + 1, k + 4).some((x) => x.type === 'TOKEN' && (ADDRESSED.has(x.lower) || (!!kindOf(x.lower) && kindOf(x.lower) !== 'election')))) {
      const p = subjectPeople(s, k).at(-1);
      if (p) push(p, 'expected', 'event/expected-to-address');
      continue;
    }
    if (HOST_VERBS.has(w) || (OPEN_VERBS.has(w) && items.slice(k + 1, k + 4).some((x) => x.type === 'TOKEN' && ((kindOf(x.lower) && kindOf(x.lower) !== 'election') || ADDRESSED.has(x.lower) || (x.lower === 'it' && w === 'chaired'))))) {
      if (isExpected(items, k) || isNegated(items, k)) continue;
      const p = subjectPeople(s, k).at(-1);
      if (p) push(p, HOST_VERBS.has(w) ? 'host' : 'attendee', HOST_VERBS.has(w) ? 'event/hosting' : 'event/opened');
      continue;
    }
    // "A and B held a meeting / talks", "A met B"
    if ((w === 'held' || w === 'hold' || w === 'holds' || w === 'holding') && items.slice(k + 1, k + 4).some((x) => x.type === 'TOKEN' && kindOf(x.lower) && kindOf(x.lower) !== 'election')) {
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
