/** Events, their dates and places, and who took part: the public face of the event rules. */
export { readEventSentence } from './read-sentence.js';
export { finaliseEvents, newEventState } from './state.js';
export type { EventFact, EventSentence, EventState, Participation, PersonAt } from './types.js';
