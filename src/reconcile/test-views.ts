import type { FactsView } from '../core/facts.js';

/** A facts view with nothing in it but `parts`: the tests of reconciliation build their articles from it. */
export function factsView(id: string, published: string | null, parts: Partial<FactsView> = {}): FactsView {
  return { id, published, title: null, byline: null, people: [], organizations: [], memberships: [], events: [], quotes: [], ...parts };
}
