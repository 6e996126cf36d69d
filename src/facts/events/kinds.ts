/** Event trigger words and how strongly each names the main event. */
import type { EventKind } from '../../core/facts.js';

// A Map, not an object: every token of every sentence is looked up, and a plain object would
// also answer for "constructor" (and be slow on the misses).
const KIND_OF = new Map<string, EventKind>(
  Object.entries({
    summit: 'summit', summits: 'summit', meeting: 'meeting', meetings: 'meeting', session: 'meeting', conference: 'meeting',
    gathering: 'meeting', talks: 'talks', visit: 'visit', visits: 'visit', election: 'election', elections: 'election',
    runoff: 'election', 'run-off': 'election', referendum: 'election', vote: 'election', polls: 'election',
  } satisfies Record<string, EventKind>),
);

/** The kind of event a (lower-case) trigger word names, if it names one. */
export function kindOf(word: string): EventKind | undefined {
  return KIND_OF.get(word);
}

// Main-event kinds: a summit called a meeting elsewhere in the article is still one summit.
export const KIND_RANK: Record<EventKind, number> = { summit: 3, meeting: 2, talks: 1, visit: 0, election: 0, other: 0 };
