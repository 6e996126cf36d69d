import { isNameSuffix } from '../recognise/common-words.js';
import type { Lexicon } from '../recognise/lexicon.js';
import type { OfficeClaim, PersonMention } from '../recognise/people.js';
import { normaliseName } from '../knowledge/normalise.js';

/** One person of the document, with every mention and office claim. */
export interface PersonEntity {
  readonly id: string;
  /** The fullest name the article gives. */
  name: string;
  readonly mentions: { start: number; end: number; text: string; rule: string }[];
  readonly offices: OfficeClaim[];
  knownId: string | null;
  affiliation: string | null;
}

/** A capitalised name the recogniser saw but no pattern claimed, as a possible later mention. */
export interface NameSighting {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** The word before it is "the" ("the Bishop of Bountiful"): a noun, not a surname. */
  readonly precededByThe?: boolean;
}

// Words of a name, hyphens and particles split off: "Bashar al-Assad" → bashar, al, assad.
const words = (name: string) => normaliseName(name).split(' ').filter(Boolean);

/**
 * Group person mentions into the document's people: the same full name is one person; a shorter
 * name ("Putin", "Xi", "Lula da Silva") refers to the one person whose full name starts or ends
 * with it; names the patterns did not claim join a person the same way, or a well-known person
 * when the reference knowledge has exactly one with that family name.
 */
export function resolvePeople(mentions: readonly PersonMention[], sightings: readonly NameSighting[], lexicon: Lexicon, named: ReadonlySet<string> | null = null): PersonEntity[] {
  const people: PersonEntity[] = [];
  const byKey = new Map<string, PersonEntity>();
  const sorted = [...mentions].sort((a, b) => words(b.text).length - words(a.text).length || a.start - b.start);
  for (const m of sorted) {
    const key = words(m.text).join(' ');
    let person = byKey.get(key) ?? (m.knownId ? people.find((p) => p.knownId === m.knownId) : undefined) ?? findByPart(people, m.text);
    if (!person) {
      person = { id: `p${people.length + 1}`, name: m.text, mentions: [], offices: [], knownId: m.knownId, affiliation: null };
      people.push(person);
      byKey.set(key, person);
    }
    person.mentions.push({ start: m.start, end: m.end, text: m.text, rule: m.rule });
    if (m.office) person.offices.push(m.office);
    person.knownId ??= m.knownId;
    person.affiliation ??= m.affiliation;
  }
  for (const s of sightings) {
    if (people.some((p) => p.mentions.some((x) => x.start === s.start))) continue;
    let person = byKey.get(words(s.text).join(' ')) ?? findByPart(people, s.text);
    if (!person && words(s.text).length === 1) {
      // "Bishop" in a story about a sect is not Julie Bishop: the person's own countries or bodies
      // must be named in the article too, and a word after "the" ("the Bishop of …") is a noun.
      const known = lexicon.peopleBySurname(s.text).filter((k) => !named || k.terms.some((t) => named.has(t.of)));
      if (known.length === 1 && !s.precededByThe) {
        const k = known[0]!;
        person = people.find((p) => p.knownId === k.id);
        if (!person) {
          person = { id: `p${people.length + 1}`, name: k.name, mentions: [], offices: [], knownId: k.id, affiliation: null };
          people.push(person);
        }
      }
    }
    if (person) person.mentions.push({ start: s.start, end: s.end, text: s.text, rule: 'coref/name-part' });
  }
  for (const p of people) p.mentions.sort((a, b) => a.start - b.start);
  return people.sort((a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0));
}

// Generational suffixes end a full name but not the family name a later mention uses:
// "Ferdinand Marcos Jr." is "Marcos".
const withoutSuffix = (full: string[]) => (full.length > 1 && isNameSuffix(full[full.length - 1]!) ? full.slice(0, -1) : full);

/** The one person whose full name begins or ends with these words, if exactly one does. */
function findByPart(people: readonly PersonEntity[], text: string): PersonEntity | undefined {
  const part = words(text);
  if (part.length === 0) return undefined;
  const hits = people.filter((p) => {
    const full = withoutSuffix(words(p.name));
    if (full.length < part.length || (full.length === part.length && words(p.name).length === full.length)) return false;
    const head = full.slice(0, part.length).join(' ');
    const tail = full.slice(full.length - part.length).join(' ');
    return head === part.join(' ') || tail === part.join(' ');
  });
  return hits.length === 1 ? hits[0] : undefined;
}
