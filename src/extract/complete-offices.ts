import type { Item } from '../recognise/items.js';
import type { Lexicon } from '../recognise/lexicon.js';
import type { OfficeClaim } from '../recognise/people.js';
import type { PersonEntity } from '../resolve/people-entities.js';
import { normaliseName } from '../knowledge/normalise.js';
import { describedOffice } from './definite-description.js';

/**
 * Give a holder to offices the text states without one ("President Ebrahim Raisi"): the holder of
 * the same office elsewhere in the article, else the reference knowledge's term for that person
 * and office at the publication date. Also links people to the reference knowledge by full name.
 */
export function completeOffices(people: PersonEntity[], items: readonly (readonly Item[])[], lexicon: Lexicon, published: string | null): void {
  for (const person of people) person.knownId ??= knownByName(person, lexicon);
  officesFromDescriptions(people, items, lexicon, published);
  for (const person of people) {
    const known = person.knownId ? lexicon.person(person.knownId) : undefined;
    for (let i = 0; i < person.offices.length; i++) {
      const office = person.offices[i] as OfficeClaim;
      if (office.of) continue;
      if (office.ofPersonBefore !== undefined) {
        // "his foreign minister": the country of the person the text named last before "his"
        const owner = lastPersonBefore(people, person, office.ofPersonBefore);
        const country = owner ? countryOf(owner, lexicon, published) : null;
        if (country) {
          person.offices[i] = { ...office, of: { kind: 'country', id: country }, rule: `${office.rule}+possessive-owner` };
          continue;
        }
      }
      const sibling = person.offices.find((o) => o.of && o.officeId === office.officeId);
      let of = sibling?.of ?? null;
      if (!of && known) {
        const term = pickTerm(known.terms, office.officeId, published);
        if (term) of = term.of.startsWith('org:') ? { kind: 'org', id: term.of.slice(4) } : { kind: 'country', id: term.of };
      }
      if (of) person.offices[i] = { ...office, of, rule: `${office.rule}+holder-from-${sibling ? 'article' : 'knowledge'}` };
    }
  }
}

/**
 * "Volodymyr Zelenskyy came … The Ukrainian president sat down …": a definite description ("the
 * Ukrainian president", "Ukraine's president") names an office of a country; when exactly one
 * person of the article holds that office at the publication date in the reference knowledge, the
 * article has stated it of them. Without such a holder the description stays unattached.
 */
function officesFromDescriptions(people: PersonEntity[], items: readonly (readonly Item[])[], lexicon: Lexicon, published: string | null): void {
  if (!published) return;
  for (const its of items) {
    its.forEach((it, k) => {
      if (it.type !== 'TITLE') return;
      // only a description that names one country ("the Ukrainian president", "Ukraine's president")
      const described = describedOffice(its, k);
      const country = described?.countries?.length === 1 ? described.countries[0] : undefined;
      const ref = it.chunk!.refs.find((r) => r.type === 'TITLE');
      if (!described || !country || !ref || ref.type !== 'TITLE') return;
      const start = described.start;
      const holders = people.filter((p) => {
        const known = p.knownId ? lexicon.person(p.knownId) : undefined;
        const term = known ? pickTerm(known.terms, ref.id, published) : undefined;
        return term?.of === country;
      });
      if (holders.length !== 1) return;
      const holder = holders[0]!;
      if (holder.offices.some((o) => o.officeId === ref.id && o.of?.id === country)) return;
      holder.offices.push({ officeId: ref.id, title: ref.title, role: ref.role, of: { kind: 'country', id: country }, start, end: it.end, rule: 'person/definite-description+knowledge' });
    });
  }
}

function lastPersonBefore(people: readonly PersonEntity[], self: PersonEntity, offset: number): PersonEntity | undefined {
  let best: { p: PersonEntity; at: number } | undefined;
  for (const p of people) {
    if (p === self) continue;
    for (const m of p.mentions) if (m.start < offset && (!best || m.start > best.at)) best = { p, at: m.start };
  }
  return best?.p;
}

/** The country a person stands for: a stated office's country, the affiliation, or the reference knowledge. */
export function countryOf(person: PersonEntity, lexicon: Lexicon, published: string | null): string | null {
  const stated = person.offices.find((o) => o.of?.kind === 'country')?.of?.id;
  if (stated) return stated;
  if (person.affiliation) return person.affiliation;
  const known = person.knownId ? lexicon.person(person.knownId) : undefined;
  const term = known?.terms.find((t) => !t.of.startsWith('org:') && (!published || (t.from.slice(0, published.length) <= published && (!t.to || published <= t.to))));
  return term?.of ?? null;
}

function knownByName(person: PersonEntity, lexicon: Lexicon): string | null {
  const surname = person.name.split(/\s+/).at(-1) ?? '';
  const full = normaliseName(person.name);
  const hit = lexicon.peopleBySurname(surname).filter((k) => [k.name, ...k.variants].some((v) => normaliseName(v) === full));
  return hit.length === 1 ? hit[0]!.id : null;
}

type Term = { office: string; of: string; from: string; to?: string | null };

/** The person's term in this office that covers the date (or the latest one when no date is known). */
function pickTerm(terms: readonly Term[], officeId: string, at: string | null): Term | undefined {
  const same = terms.filter((t) => t.office === officeId);
  if (!at) return same.at(-1);
  return same.find((t) => t.from.slice(0, at.length) <= at && (!t.to || at <= t.to)) ?? (same.length === 1 ? same[0] : undefined);
}
