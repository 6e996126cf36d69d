/** The events of one document as they build up, and what is settled at the end. */
import type { DateRef } from '../../core/doc.js';
import type { EventKind } from '../../core/facts.js';
import type { EventFact, EventState } from './types.js';

/** Start the event state of a document. */
export function newEventState(countryOf: (person: string) => string | null, published: string | null = null, datelinePlace: string | null = null, orgKind?: (id: string) => string | undefined): EventState {
  const places = new Set<string>();
  if (datelinePlace) places.add(datelinePlace.toLowerCase());
  return { events: [], main: null, focusOrg: null, countryOf, mainDates: [], published, places, unrepresentedBeforeEvent: [], ...(orgKind ? { orgKind } : {}) };
}

export function newEvent(state: EventState, kind: EventKind): EventFact {
  const e: EventFact = { id: `e${state.events.length + 1}`, kind, triggers: [], date: null, org: null, place: null, participants: [], unrepresented: [] };
  state.events.push(e);
  return e;
}

/** Days between two ISO dates of day precision, or null when either is coarser. */
function daysApart(a: string | null, b: string | null): number | null {
  if (!a || !b || !/^\d{4}-\d{2}-\d{2}$/.test(a) || !/^\d{4}-\d{2}-\d{2}$/.test(b)) return null;
  return Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;
}

/** Whether a date lies outside the news of the day: another year, or weeks away. */
export function isBackground(date: DateRef | null, published: string | null): boolean {
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
  for (const u of state.unrepresentedBeforeEvent) if (!main.unrepresented.some((x) => x.country === u.country)) main.unrepresented.push(u);
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
