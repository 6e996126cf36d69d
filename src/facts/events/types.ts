/** The shapes the event rules share: sentences as they see them, events, participation. */
import type { DateRef } from '../../core/doc.js';
import type { EventKind } from '../../core/facts.js';
import type { Item } from '../../recognise/items.js';

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
  /** Countries the text says had nobody there ("Myanmar's seat stayed empty"). */
  readonly unrepresented: Unrepresented[];
}

/** A country with nobody at an event, with the words that say so. */
export interface Unrepresented {
  readonly country: string; // country id
  readonly start: number;
  readonly end: number;
  readonly rule: string;
}

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
  /** The kind of an organisation id (news agencies and government seats hold no gatherings). */
  readonly orgKind?: (id: string) => string | undefined;
  /** Countries said to be unrepresented before any event is named: the main event's at the end. */
  readonly unrepresentedBeforeEvent: Unrepresented[];
}
