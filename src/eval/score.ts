/**
 * The facts scorer: compares one predicted facts view with its gold file, section by section,
 * as `../shared/docs/facts-format.md` ("How a result is scored") and `docs/scoring.md` define.
 * Pure: no I/O beyond the read-only reference data behind country and organisation names.
 */
import type { FactsOrganization, FactsPerson, FactsView, GoldFacts } from '../core/facts.js';
import { assign } from './assign.js';
import { countryCodes } from './country-aliases.js';
import { type EntitySide, entityKey, entitySide, sameEntity } from './entities.js';
import { nameKey, personScore } from './match-names.js';
import { type Counts, type DocumentScore, type EvalReport, type Finding, type Score, type Section, SECTIONS, rates, sum } from './report.js';

/** Quotes match when their token sets overlap by at least this Jaccard index. */
export const QUOTE_JACCARD = 0.8;

const BOILERPLATE_NOTE = 'in boilerplate (byline, credit or site name): not expected';

interface SectionOutcome<P, G> {
  readonly counts: Counts;
  readonly pairs: readonly (readonly [P, G])[];
  readonly unmatchedPredicted: readonly P[];
  readonly unmatchedGold: readonly G[];
}

/** Match one section one-to-one and count. */
function matchSection<P, G>(predicted: readonly P[], gold: readonly G[], score: (p: P, g: G) => number): SectionOutcome<P, G> {
  const scores = gold.map((g) => predicted.map((p) => score(p, g)));
  const predOf = assign(scores, predicted.length);
  const taken = new Set<number>();
  const pairs: (readonly [P, G])[] = [];
  const unmatchedGold: G[] = [];
  gold.forEach((g, i) => {
    const p = predOf[i] ?? -1;
    if (p === -1) unmatchedGold.push(g);
    else {
      taken.add(p);
      pairs.push([predicted[p] as P, g]);
    }
  });
  const unmatchedPredicted = predicted.filter((_, i) => !taken.has(i));
  return { counts: { tp: pairs.length, fp: unmatchedPredicted.length, fn: unmatchedGold.length }, pairs, unmatchedPredicted, unmatchedGold };
}

const unique = (xs: readonly string[]): string[] => [...new Set(xs.filter((x) => x.trim() !== ''))];

/** A person reference on the predicted side with every form the prediction records for it. */
interface PersonRef {
  readonly name: string;
  readonly forms: readonly string[];
}

/**
 * The forms a predicted reference to a person stands for: the reference itself plus the name and
 * mentions of any predicted person it names, so "Putin" in an attendee list carries the
 * variants recorded on the person "Vladimir Putin".
 */
function resolvePerson(reference: string, people: readonly FactsPerson[]): PersonRef {
  const key = nameKey(reference);
  const owners = people.filter((p) => [p.name, ...p.mentions].some((f) => nameKey(f) === key));
  return { name: owners[0]?.name ?? reference, forms: unique([reference, ...owners.flatMap((p) => [p.name, ...p.mentions])]) };
}

const personForms = (p: FactsPerson): string[] => unique([p.name, ...p.mentions]);

/** Country (or organisation) part of a dedupe key: the ISO code when known, so "Türkiye" = "Turkey". */
function placeKey(name: string | null): string {
  if (name === null) return '';
  const codes = [...countryCodes(name)].sort();
  return codes[0] ?? entityKey(name);
}

function orgScore(p: FactsOrganization, g: FactsOrganization): number {
  const gold = new Set([g.name, ...g.mentions].map(entityKey).filter((k) => k !== ''));
  if (gold.has(entityKey(p.name)) && entityKey(p.name) === entityKey(g.name)) return 1;
  return [p.name, ...p.mentions].some((f) => gold.has(entityKey(f))) ? 0.9 : 0;
}

/** Token set of a quote for the Jaccard index: normalised words. */
function quoteTokens(text: string): Set<string> {
  return new Set(nameKey(text).split(' ').filter((t) => t !== ''));
}

/** Jaccard index of two quotes' token sets (1 for two empty texts). */
export function quoteJaccard(a: string, b: string): number {
  const x = quoteTokens(a);
  const y = quoteTokens(b);
  if (x.size === 0 && y.size === 0) return 1;
  let common = 0;
  for (const t of x) if (y.has(t)) common++;
  return common / (x.size + y.size - common);
}

const ofText = (of: string | null): string => (of === null ? '' : ` of ${of}`);
const clip = (text: string, max = 80): string => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);

/**
 * Score one document: the predicted facts view against its gold file.
 * Gold people and organisations `in_boilerplate` are not expected (predicting them is a false
 * positive); gold memberships `explicit: false` count neither way.
 */
export function scoreDocument(predicted: FactsView, gold: GoldFacts): DocumentScore {
  const P: EntitySide = entitySide(predicted.organizations);
  const G: EntitySide = entitySide(gold.organizations);
  const same = (p: string | null, g: string | null): boolean => sameEntity(p, g, P, G);
  const sections = {} as Record<Section, Counts>;
  const missed: Finding[] = [];
  const spurious: Finding[] = [];
  const ignored: Finding[] = [];

  // People.
  const goldPeople = gold.people.filter((p) => p.in_boilerplate !== true);
  const boilerplatePeople = gold.people.filter((p) => p.in_boilerplate === true);
  const people = matchSection(predicted.people, goldPeople, (p, g) => personScore(personForms(p), g.name));
  sections.people = people.counts;
  for (const g of people.unmatchedGold) missed.push({ section: 'people', item: g.name });
  for (const p of people.unmatchedPredicted) {
    const inBoilerplate = boilerplatePeople.some((g) => personScore(personForms(p), g.name) > 0);
    spurious.push({ section: 'people', item: p.name, ...(inBoilerplate ? { note: BOILERPLATE_NOTE } : {}) });
  }

  // Offices: (person, title, of).
  const predOffices = predicted.people.flatMap((p) => p.offices.map((o) => ({ person: p.name, forms: personForms(p), title: o.title, of: o.of })));
  const goldOffices = goldPeople.flatMap((p) => p.offices.map((o) => ({ person: p.name, title: o.title, of: o.of })));
  const offices = matchSection(predOffices, goldOffices, (p, g) =>
    nameKey(p.title) === nameKey(g.title) && same(p.of, g.of) ? personScore(p.forms, g.person) : 0,
  );
  sections.offices = offices.counts;
  for (const g of offices.unmatchedGold) missed.push({ section: 'offices', item: `${g.person}: ${g.title}${ofText(g.of)}` });
  for (const p of offices.unmatchedPredicted) spurious.push({ section: 'offices', item: `${p.person}: ${p.title}${ofText(p.of)}` });

  // Organisations.
  const goldOrgs = gold.organizations.filter((o) => o.in_boilerplate !== true);
  const boilerplateOrgs = gold.organizations.filter((o) => o.in_boilerplate === true);
  const orgs = matchSection(predicted.organizations, goldOrgs, orgScore);
  sections.organizations = orgs.counts;
  const orgText = (o: FactsOrganization): string => {
    const others = o.mentions.filter((m) => entityKey(m) !== entityKey(o.name));
    return others.length > 0 ? `${o.name} (${others.join(', ')})` : o.name;
  };
  for (const g of orgs.unmatchedGold) missed.push({ section: 'organizations', item: orgText(g) });
  for (const p of orgs.unmatchedPredicted) {
    const inBoilerplate = boilerplateOrgs.some((g) => orgScore(p, g) > 0);
    spurious.push({ section: 'organizations', item: orgText(p), ...(inBoilerplate ? { note: BOILERPLATE_NOTE } : {}) });
  }

  // Memberships: (member, organisation, status); implicit gold memberships count neither way.
  type M = GoldFacts['memberships'][number];
  const membershipScore = (p: M, g: M): number =>
    nameKey(p.status) === nameKey(g.status) && same(p.member, g.member) && same(p.organization, g.organization) ? 1 : 0;
  const mText = (m: M): string => `${m.member} → ${m.organization} [${m.status}]`;
  const explicit = gold.memberships.filter((m) => m.explicit !== false);
  const implicit = gold.memberships.filter((m) => m.explicit === false);
  const memberships = matchSection(predicted.memberships, explicit, membershipScore);
  const neutral = matchSection(memberships.unmatchedPredicted, implicit, membershipScore);
  sections.memberships = { ...memberships.counts, fp: neutral.unmatchedPredicted.length };
  for (const g of memberships.unmatchedGold) missed.push({ section: 'memberships', item: mText(g) });
  for (const p of neutral.unmatchedPredicted) spurious.push({ section: 'memberships', item: mText(p) });
  for (const [p] of neutral.pairs) ignored.push({ section: 'memberships', item: mText(p), note: 'implied, not stated in gold (explicit: false): counts neither way' });

  // Membership since: over the matched memberships where either side has a date (see docs/scoring.md).
  const since = { tp: 0, fp: 0, fn: 0 };
  for (const [p, g] of memberships.pairs) {
    if (p.since !== null && g.since !== null && p.since === g.since) since.tp++;
    else {
      if (p.since !== null) {
        since.fp++;
        spurious.push({ section: 'membership_since', item: `${mText(p)} since ${p.since}`, ...(g.since === null ? {} : { note: `gold: ${g.since}` }) });
      }
      if (g.since !== null) missed.push({ section: 'membership_since', item: `${mText(g)} since ${g.since}` });
      if (g.since !== null) since.fn++;
    }
  }
  sections.membership_since = since;

  // Attendance: (person or delegate, country represented), pooled over the document's events.
  const predPairs = new Map<string, { ref: PersonRef; country: string | null }>();
  for (const e of predicted.events) {
    const add = (who: string, country: string | null): void => {
      const ref = resolvePerson(who, predicted.people);
      const key = `${nameKey(ref.name)}|${placeKey(country)}`;
      if (!predPairs.has(key)) predPairs.set(key, { ref, country });
    };
    for (const a of e.attendees) add(a.person, a.representing);
    for (const d of e.represented_by_delegate) add(d.delegate, d.country);
  }
  const goldPairs = new Map<string, { person: string; country: string | null }>();
  for (const e of gold.events) {
    const add = (person: string, country: string | null): void => {
      const key = `${nameKey(person)}|${placeKey(country)}`;
      if (!goldPairs.has(key)) goldPairs.set(key, { person, country });
    };
    for (const a of e.attendees) add(a.person, a.representing);
    for (const d of e.represented_by_delegate) add(d.delegate, d.country);
  }
  const attendance = matchSection([...predPairs.values()], [...goldPairs.values()], (p, g) => (same(p.country, g.country) ? personScore(p.ref.forms, g.person) : 0));
  sections.attendance = attendance.counts;
  const forText = (c: string | null): string => (c === null ? ' (representing nobody named)' : ` for ${c}`);
  for (const g of attendance.unmatchedGold) missed.push({ section: 'attendance', item: `${g.person}${forText(g.country)}` });
  for (const p of attendance.unmatchedPredicted) spurious.push({ section: 'attendance', item: `${p.ref.name}${forText(p.country)}` });

  // Event dates: (kind, date) over the events that have a date.
  type E = GoldFacts['events'][number];
  const dated = (events: readonly E[]): E[] => events.filter((e) => e.date !== null);
  const eventDates = matchSection(dated(predicted.events), dated(gold.events), (p, g) => (nameKey(p.kind) === nameKey(g.kind) && p.date === g.date ? 1 : 0));
  sections.event_dates = eventDates.counts;
  const eText = (e: E): string => `${e.kind} on ${e.date} (${e.name})`;
  for (const g of eventDates.unmatchedGold) missed.push({ section: 'event_dates', item: eText(g) });
  for (const p of eventDates.unmatchedPredicted) spurious.push({ section: 'event_dates', item: eText(p) });

  // Quotes: speaker matches and text Jaccard ≥ 0.8.
  type Q = GoldFacts['quotes'][number];
  const speakerScore = (p: string | null, g: string | null): number => {
    if (p === null || g === null) return p === g ? 1 : 0;
    const asPerson = personScore(resolvePerson(p, predicted.people).forms, g);
    return asPerson > 0 ? asPerson : same(p, g) ? 1 : 0;
  };
  const quotes = matchSection(predicted.quotes, gold.quotes, (p, g) => {
    const overlap = quoteJaccard(p.text, g.text);
    return overlap >= QUOTE_JACCARD ? overlap * speakerScore(p.speaker, g.speaker) : 0;
  });
  sections.quotes = quotes.counts;
  const qText = (q: Q): string => `${q.speaker ?? '(no speaker)'}: "${clip(q.text)}"`;
  for (const g of quotes.unmatchedGold) missed.push({ section: 'quotes', item: qText(g) });
  for (const p of quotes.unmatchedPredicted) spurious.push({ section: 'quotes', item: qText(p) });

  const scored = Object.fromEntries(SECTIONS.map((s) => [s, rates(sections[s])])) as Record<Section, Score>;
  return { id: gold.id, sections: scored, micro: rates(sum(SECTIONS.map((s) => sections[s]))), missed, spurious, ignored };
}

/**
 * Sum document scores into a report: per section the counts over all documents, and the
 * micro-average over every section. Problems (unscorable documents) are added by the caller.
 */
export function aggregate(scores: readonly DocumentScore[]): EvalReport {
  const sections = Object.fromEntries(SECTIONS.map((s) => [s, rates(sum(scores.map((d) => d.sections[s])))])) as Record<Section, Score>;
  return { documents: scores, sections, micro: rates(sum(SECTIONS.map((s) => sections[s]))), problems: [] };
}
