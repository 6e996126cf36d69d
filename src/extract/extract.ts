import type { Article } from '../core/article.js';
import type { DateRef, Doc } from '../core/doc.js';
import { warning, type Warning } from '../core/errors.js';
import type { FactsView } from '../core/facts.js';
import { findMemberships, type MembershipFact } from '../facts/memberships.js';
import { finaliseEvents, newEventState, readEventSentence, type EventFact, type PersonAt } from '../facts/events.js';
import { findQuotes } from '../facts/quotes/find-quotes.js';
import type { QuoteFact } from '../facts/quotes/types.js';
import { defaultLexicon } from '../knowledge/lexicon.js';
import { sentenceItems, type Item } from '../recognise/items.js';
import type { Lexicon } from '../recognise/lexicon.js';
import { findPeople, type PersonMention } from '../recognise/people.js';
import { read } from '../read/read.js';
import { collectOrganisations, type OrgEntity } from '../resolve/organisations.js';
import { resolvePeople, type NameSighting, type PersonEntity } from '../resolve/people-entities.js';
import { findDates } from '../time/resolve-dates.js';
import { completeOffices, countryOf } from './complete-offices.js';
import { segmentAndChunk } from './segment.js';
import { toFactsView } from './to-facts.js';

/** Options for {@link extract}. */
export interface ExtractOptions {
  /** Reference date for relative dates (`YYYY-MM-DD`); default: the article's own date. */
  readonly published?: string;
  readonly id?: string;
  readonly path?: string;
  /** The recognition lexicon; default: the bundled reference knowledge. */
  readonly lexicon?: Lexicon;
}

/** The fully annotated document: every layer, each item with offsets and the rule that made it. */
export interface AnnotatedDoc extends Doc {
  readonly items: readonly (readonly Item[])[];
  readonly dates: readonly DateRef[];
  readonly people: readonly PersonEntity[];
  readonly organisations: readonly OrgEntity[];
  readonly memberships: readonly MembershipFact[];
  readonly events: readonly EventFact[];
  readonly quotes: readonly QuoteFact[];
  readonly warnings: readonly Warning[];
  readonly lexicon: Lexicon;
}

/**
 * Extract what one article states. Accepts raw input (read first) or an already read article.
 * Never throws on text; input that cannot be read at all throws a DossierError from `read`.
 * @example
 * const doc = extract(readFileSync('story.txt'), { published: '2024-07-04' });
 * toFacts(doc).people.map((p) => p.name);
 */
export function extract(input: string | Uint8Array | Article, options: ExtractOptions = {}): AnnotatedDoc {
  const article =
    typeof input === 'string' || input instanceof Uint8Array
      ? read(input, { ...(options.id ? { id: options.id } : {}), ...(options.path ? { path: options.path } : {}) })
      : input;
  const lexicon = options.lexicon ?? defaultLexicon();
  const published = options.published ?? article.published;
  const text = article.text;
  const warnings: Warning[] = [];

  // Order matters: chunks feed people; people and organisations feed memberships, events and quotes.
  const { tokens, sentences } = segmentAndChunk(article, lexicon);
  if (sentences.length === 0) warnings.push(warning('NO_SENTENCES'));
  const items = sentences.map((s) => sentenceItems(s, tokens));
  const dates = findDates(text, sentences, published).map((d) => ({ start: d.start, end: d.end, text: d.text, value: d.value, precision: d.precision, rule: d.rule }));

  const mentions: (PersonMention & { sentence: number })[] = [];
  items.forEach((its, i) => mentions.push(...findPeople(its).map((m) => ({ ...m, sentence: i }))));
  const claimed = new Set(mentions.map((m) => m.start));
  const sightings: NameSighting[] = [];
  for (const its of items) for (const it of its) if ((it.type === 'NAME' || it.type === 'PERSON') && !claimed.has(it.start)) sightings.push({ start: it.start, end: it.end, text: it.chunk!.text });
  const people = resolvePeople(mentions, sightings, lexicon);
  completeOffices(people, items, lexicon, published);

  const creditSpan = article.boilerplate.find((b) => b.kind === 'source-credit');
  const creditAt = creditSpan && article.sourceCredit ? text.indexOf(article.sourceCredit, creditSpan.start) : -1;
  const organisations = collectOrganisations(text, sentences, lexicon, creditAt >= 0 && creditAt < creditSpan!.end ? { name: article.sourceCredit!, start: creditAt, end: creditAt + article.sourceCredit!.length } : null);

  const personAt = new Map<number, string>();
  for (const p of people) for (const m of p.mentions) personAt.set(m.start, p.id);
  const orgStarts = new Map<number, string>();
  for (const o of organisations) for (const m of o.mentions) orgStarts.set(m.start, o.id);

  const memberships: MembershipFact[] = [];
  const events = newEventState((id) => {
    const p = people.find((x) => x.id === id);
    return p ? countryOf(p, lexicon, published) : null;
  }, published);
  let focusOrg: string | null = null;
  const orgCounts = new Map<string, number>();
  items.forEach((its, i) => {
    const sentenceDates = dates.filter((d) => d.start >= sentences[i]!.start && d.end <= sentences[i]!.end);
    memberships.push(...findMemberships({ items: its, dates: sentenceDates, focusOrg, orgKind: (id) => lexicon.orgKind(id) }));
    events.focusOrg = focusOrg;
    const located: PersonAt[] = [];
    its.forEach((it, k) => {
      const person = personAt.get(it.start);
      if (person && (it.type === 'NAME' || it.type === 'PERSON')) located.push({ item: k, person, start: it.start, end: it.end });
    });
    readEventSentence({ index: i, items: its, dates: sentenceDates, people: located }, events);
    // The focus is the body the article has named most so far (not news agencies quoted as
    // sources): "the group" two paragraphs after a passing mention of the G7 is still NATO.
    for (const it of its) {
      const org = it.type === 'ORG' ? it.chunk!.refs[0]!.id : null;
      if (org && lexicon.orgKind(org) !== 'news-agency') orgCounts.set(org, (orgCounts.get(org) ?? 0) + 1);
    }
    focusOrg = [...orgCounts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  });

  const lead = sentences[0];
  finaliseEvents(events, lead ? (dates.find((d) => d.start >= lead.start && d.end <= lead.end && d.precision === 'day') ?? null) : null);

  const speakers = [
    ...people.flatMap((p) => p.mentions.map((m) => ({ start: m.start, end: m.end, entity: p.id, kind: 'person' as const }))),
    ...organisations.flatMap((o) => o.mentions.map((m) => ({ start: m.start, end: m.end, entity: o.id, kind: 'organization' as const }))),
  ].sort((a, b) => a.start - b.start);
  const quotes = findQuotes(text, sentences, speakers);

  return {
    article,
    published,
    tokens,
    sentences,
    items,
    dates,
    people,
    organisations,
    memberships,
    events: events.events,
    quotes,
    warnings: [...article.warnings, ...warnings],
    lexicon,
  };
}

/** The per-article facts view of an annotated document (facts-format.md). */
export function toFacts(doc: AnnotatedDoc): FactsView {
  return toFactsView(doc);
}
