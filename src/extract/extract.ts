import type { Article } from '../core/article.js';
import type { DateRef, Doc } from '../core/doc.js';
import { warning, type Warning } from '../core/errors.js';
import type { FactsView } from '../core/facts.js';
import { findFoundings, findMemberships, findSuspensions, type FoundingFact, type MembershipFact, type SuspensionFact } from '../facts/memberships/index.js';
import { finaliseEvents, newEventState, readEventSentence, type EventFact, type PersonAt } from '../facts/events/index.js';
import { findQuotes } from '../facts/quotes/find-quotes.js';
import type { QuoteFact } from '../facts/quotes/types.js';
import { defaultLexicon } from '../knowledge/lexicon.js';
import { isWord, sentenceItems, type Item } from '../recognise/items.js';
import type { Lexicon } from '../recognise/lexicon.js';
import { FOCUS_ORG, findPeople, type PersonMention } from '../recognise/people.js';
import { read } from '../read/read.js';
import { collectOrganisations, type OrgEntity } from '../resolve/organisations.js';
import { resolvePeople, type NameSighting, type PersonEntity } from '../resolve/people-entities.js';
import { findDates } from '../time/resolve-dates.js';
import { completeOffices, countryOf } from './complete-offices.js';
import { describedOffice } from './definite-description.js';
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
  /** Foundings and suspensions: facts about organisations beyond the facts view's sections. */
  readonly foundings: readonly FoundingFact[];
  readonly suspensions: readonly SuspensionFact[];
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
  const dates = findDates(text, sentences, published, tokens).map((d) => ({ start: d.start, end: d.end, text: d.text, value: d.value, precision: d.precision, rule: d.rule }));

  // The organisation each sentence is about: the one the article has named most up to there.
  const focusAt = focusOrganisations(items, lexicon);
  const mentions: (PersonMention & { sentence: number })[] = [];
  items.forEach((its, i) =>
    mentions.push(
      ...findPeople(its).map((m) => {
        const office = m.office?.of?.id === FOCUS_ORG ? { ...m.office, of: focusAt[i] ? { kind: 'org' as const, id: focusAt[i]! } : null } : m.office;
        return { ...m, office, sentence: i };
      }),
    ),
  );
  const claimed = new Set(mentions.map((m) => m.start));
  const sightings: NameSighting[] = [];
  for (const its of items)
    its.forEach((it, k) => {
      if ((it.type === 'NAME' || it.type === 'PERSON') && !claimed.has(it.start)) sightings.push({ start: it.start, end: it.end, text: it.chunk!.text, precededByThe: isWord(its[k - 1], 'the') });
    });
  // Countries and bodies the article names: a lone surname is a well-known person only in their context.
  const named = new Set<string>();
  for (const its of items) for (const it of its) for (const r of it.chunk?.refs ?? []) if (r.type === 'COUNTRY' || r.type === 'DEMONYM') named.add(r.id);
  else if (r.type === 'ORG') named.add(`org:${r.id}`);
  else if (r.type === 'CITY') named.add(r.country);
  const people = resolvePeople(mentions, sightings, lexicon, named);
  completeOffices(people, items, lexicon, published);

  const creditSpan = article.boilerplate.find((b) => b.kind === 'source-credit');
  const creditAt = creditSpan && article.sourceCredit ? text.indexOf(article.sourceCredit, creditSpan.start) : -1;
  const organisations = collectOrganisations(text, sentences, lexicon, creditAt >= 0 && creditAt < creditSpan!.end ? { name: article.sourceCredit!, start: creditAt, end: creditAt + article.sourceCredit!.length } : null);

  const personAt = new Map<number, string>();
  for (const p of people) for (const m of p.mentions) personAt.set(m.start, p.id);
  const orgStarts = new Map<number, string>();
  for (const o of organisations) for (const m of o.mentions) orgStarts.set(m.start, o.id);

  const memberships: MembershipFact[] = [];
  const foundings: FoundingFact[] = [];
  const suspensions: SuspensionFact[] = [];
  const events = newEventState((id) => {
    const p = people.find((x) => x.id === id);
    return p ? countryOf(p, lexicon, published) : null;
  }, published, article.dateline?.place ?? null, (id) => lexicon.orgKind(id));

  items.forEach((its, i) => {
    const sentenceDates = dates.filter((d) => d.start >= sentences[i]!.start && d.end <= sentences[i]!.end);
    const focusOrg = i > 0 ? (focusAt[i - 1] ?? null) : null;
    const context = { items: its, dates: sentenceDates, focusOrg, eventOrg: events.main?.org ?? null, orgKind: (id: string) => lexicon.orgKind(id) };
    memberships.push(...findMemberships(context));
    foundings.push(...findFoundings(context));
    suspensions.push(...findSuspensions(context));
    events.focusOrg = focusOrg;
    const located: PersonAt[] = [];
    its.forEach((it, k) => {
      const person = personAt.get(it.start);
      if (person && (it.type === 'NAME' || it.type === 'PERSON')) located.push({ item: k, person, start: it.start, end: it.end });
    });
    readEventSentence({ index: i, items: its, dates: sentenceDates, people: located }, events);
  });

  giveDelegatesTheirCountry(people, events.events);
  giveOrganisationHeadsTheFocus(people, mentions, focusAt);
  // a summit whose body the text never names next to it is the summit of the body the article is about
  if (events.main && !events.main.org) events.main.org = focusAt.at(-1) ?? null;

  const lead = sentences[0];
  finaliseEvents(events, lead ? (dates.find((d) => d.start >= lead.start && d.end <= lead.end && d.precision === 'day') ?? null) : null);

  const speakers = [
    ...people.flatMap((p) => p.mentions.map((m) => ({ start: m.start, end: m.end, entity: p.id, kind: 'person' as const }))),
    ...organisations.flatMap((o) => o.mentions.map((m) => ({ start: m.start, end: m.end, entity: o.id, kind: 'organization' as const }))),
    ...definiteDescriptions(items, people, focusAt),
    // countries speak through their institutions: "China's foreign ministry said" → China
    ...items.flatMap((its) =>
      its.flatMap((it) => {
        const ref = it.type === 'COUNTRY' || it.type === 'DEMONYM' ? it.chunk!.refs.filter((r) => r.type === it.type) : [];
        return ref.length === 1 ? [{ start: it.start, end: it.end, entity: `country:${ref[0]!.id}`, kind: 'country' as const }] : [];
      }),
    ),
  ].sort((a, b) => a.start - b.start);
  const quotes = findQuotes(text, sentences, speakers, tokens);

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
    foundings,
    suspensions,
    events: events.events,
    quotes,
    warnings: [...article.warnings, ...warnings],
    lexicon,
  };
}

// Titles that only bodies have (a "chairman" may chair anything).
const BODY_HEADS = new Set(['secretary-general', 'director-general', 'managing-director', 'general-secretary', 'high-representative']);

/** "Secretary-General Timur Saparov said …": a head of an organisation, in an article about one body, heads that body. */
function giveOrganisationHeadsTheFocus(people: PersonEntity[], mentions: readonly (PersonMention & { sentence: number })[], focusAt: readonly (string | null)[]): void {
  for (const person of people) {
    person.offices.forEach((o, i) => {
      if (o.of || !BODY_HEADS.has(o.officeId)) return;
      const mention = mentions.find((m) => m.office?.start === o.start);
      const focus = mention ? focusAt[mention.sentence] : null;
      if (focus) person.offices[i] = { ...o, of: { kind: 'org', id: focus }, rule: `${o.rule}+article-body` };
    });
  }
}

const BODY_NOUNS = new Set(['alliance', 'bloc', 'group', 'grouping', 'organisation', 'organization', 'union', 'league', 'commonwealth']);

/**
 * Speakers named by description: "the King said" is the one person the article gives that
 * office; "the alliance says" is the body the article is about. Ambiguous descriptions are left out.
 */
function definiteDescriptions(items: readonly (readonly Item[])[], people: readonly PersonEntity[], focusAt: readonly (string | null)[]) {
  const out: { start: number; end: number; entity: string; kind: 'person' | 'organization' }[] = [];
  items.forEach((its, i) => {
    its.forEach((it, k) => {
      if (it.type === 'TITLE') {
        // "the president", "the Hungarian prime minister", "Hungary's prime minister": the one
        // person of the article with that office (of that country, when the words name one).
        const described = describedOffice(its, k);
        if (!described) return;
        const office = it.chunk!.refs.find((r) => r.type === 'TITLE')?.id;
        const holders = people.filter((p) => p.offices.some((o) => o.officeId === office && (!described.countries || (o.of?.kind === 'country' && described.countries.includes(o.of.id)))));
        if (holders.length === 1) out.push({ start: described.start, end: it.end, entity: holders[0]!.id, kind: 'person' });
        return;
      }
      if (!isWord(its[k - 1], 'the')) return;
      const start = its[k - 1]!.start;
      if (it.type === 'TOKEN' && BODY_NOUNS.has(it.lower) && focusAt[i]) {
        out.push({ start, end: it.end, entity: focusAt[i]!, kind: 'organization' });
      }
    });
  });
  return out;
}

/** "Algeria was represented by Prime Minister X": X's title without a holder is Algeria's. */
function giveDelegatesTheirCountry(people: PersonEntity[], events: readonly EventFact[]): void {
  for (const e of events) {
    for (const p of e.participants) {
      if (p.role !== 'delegate' || !p.person || !p.country) continue;
      const person = people.find((x) => x.id === p.person);
      if (!person) continue;
      person.offices.forEach((o, i) => {
        if (!o.of && o.role !== 'organisation-head') person.offices[i] = { ...o, of: { kind: 'country', id: p.country! }, rule: `${o.rule}+delegate-country` };
      });
    }
  }
}

/**
 * For each sentence, the body the article has named most up to and including it (not news
 * agencies quoted as sources): "the group" two paragraphs after a passing mention of the G7 is
 * still NATO.
 */
function focusOrganisations(items: readonly (readonly Item[])[], lexicon: Lexicon): (string | null)[] {
  const counts = new Map<string, number>();
  let order = 0;
  const last = new Map<string, number>();
  return items.map((its) => {
    for (const it of its) {
      const org = it.type === 'ORG' ? it.chunk!.refs[0]!.id : null;
      if (!org || org.startsWith('x:') || lexicon.orgKind(org) === 'news-agency' || lexicon.orgKind(org) === 'government-body') continue;
      counts.set(org, (counts.get(org) ?? 0) + 1);
      last.set(org, order++);
    }
    return [...counts].sort((a, b) => b[1] - a[1] || (last.get(b[0]) ?? 0) - (last.get(a[0]) ?? 0))[0]?.[0] ?? null;
  });
}

/** The per-article facts view of an annotated document (facts-format.md). */
export function toFacts(doc: AnnotatedDoc): FactsView {
  return toFactsView(doc);
}
