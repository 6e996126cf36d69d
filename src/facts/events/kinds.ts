/** Event trigger words and how strongly each names the main event. */
import type { EventKind } from '../../core/facts.js';

export const KIND_OF: Record<string, EventKind> = {
  summit: 'summit', summits: 'summit', meeting: 'meeting', meetings: 'meeting', session: 'meeting', conference: 'meeting',
  gathering: 'meeting', talks: 'talks', visit: 'visit', visits: 'visit', election: 'election', elections: 'election',
  runoff: 'election', 'run-off': 'election', referendum: 'election', vote: 'election', polls: 'election',
};

// Main-event kinds: a summit called a meeting elsewhere in the article is still one summit.
export const KIND_RANK: Record<EventKind, number> = { summit: 3, meeting: 2, talks: 1, visit: 0, election: 0, other: 0 };
