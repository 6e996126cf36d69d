import type { LexRef } from './lexicon.js';
import { isNameSlot, isWord, type Item } from './items.js';

/** Whom an office is of: a country or an organisation. */
export interface OfficeHolderOf {
  readonly kind: 'country' | 'org';
  readonly id: string;
}

/** An office the text gives a person: "Kazakh President", "acting President", "the president of China". */
export interface OfficeClaim {
  readonly officeId: string;
  /** The normalised title, with a modifier that changes its meaning ("acting President"). */
  readonly title: string;
  readonly role: string;
  readonly of: OfficeHolderOf | null;
  /** "his foreign minister": the holder is the country of the person named last before this offset. */
  readonly ofPersonBefore?: number;
  readonly start: number;
  readonly end: number;
  readonly rule: string;
}

/** A person named in a sentence, with the office the same words give them. */
export interface PersonMention {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Reference-knowledge id when the gazetteer knows the name. */
  readonly knownId: string | null;
  readonly office: OfficeClaim | null;
  /** The country the text ties the person to without an office ("Russia's Vladimir Putin"). */
  readonly affiliation: string | null;
  readonly rule: string;
  /** Index of the name item in the sentence's items. */
  readonly item: number;
}

/** Stands for "the organisation the article is about" until extraction knows which it is. */
export const FOCUS_ORG = '@focus';
const FOCUS_ANAPHORS = ['alliance', 'bloc', 'group', 'grouping', 'organisation', 'organization', 'union', 'league', 'commonwealth', 'body'];
// Words before "minister" that are not a portfolio.
const PORTFOLIO_STOP = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'whose', 'and', 'of', 'former', 'acting', 'new', 'deputy', 'prime', 'first', 'senior', 'junior', 'then', 'with', 'by', 'as', 'to', 'for', 'said', 'says', 'from', 'that', 'who', 'while', 'when', 'after', 'before', 'state', 'cabinet', 'country', 'country\'s', 'top', 'chief', 'was', 'is']);

// Modifiers that make another office of the title ("acting President" is not "President").
const TITLE_CHANGING = new Set(['acting', 'interim', 'caretaker', 'former']);

interface TitleGroup {
  readonly title: Extract<LexRef, { type: 'TITLE' }>;
  /** The title as the text writes it ("Premier", "foreign minister"). */
  readonly written: string;
  readonly modifier: string | null;
  readonly of: OfficeHolderOf | null;
  readonly ofPersonBefore?: number;
  /** Item range of the group. */
  readonly from: number;
  readonly to: number;
}

/** The holder an item names: a country (country name, demonym or capital-less) or an organisation. */
export function holderOf(item: Item | undefined): OfficeHolderOf | null {
  const ref = item?.chunk?.refs[0];
  if (!ref) return null;
  if (ref.type === 'COUNTRY' || ref.type === 'DEMONYM') return { kind: 'country', id: ref.id };
  if (ref.type === 'ORG') return { kind: 'org', id: ref.id };
  return null;
}

const titleRef = (item: Item | undefined) => (item?.type === 'TITLE' ? (item.chunk?.refs.find((r) => r.type === 'TITLE') as Extract<LexRef, { type: 'TITLE' }> | undefined) : undefined);

/**
 * Read a title group that ends at item `end` (inclusive), leftwards:
 * `[holder | country 's]? [modifier]? TITLE` ("Kazakh President", "Russia's foreign minister",
 * "acting President", "UN Secretary-General") or `TITLE of [the] holder` ("President of Russia").
 */
export function titleGroupEndingAt(items: readonly Item[], end: number): TitleGroup | null {
  const last = items[end];
  // TITLE of [the] HOLDER
  const holder = holderOf(last);
  if (holder && last?.chunk?.refs[0]?.type !== 'DEMONYM') {
    let j = end - 1;
    if (isWord(items[j], 'the')) j--;
    if (isWord(items[j], 'of')) {
      const left = titleGroupEndingAt(items, j - 1);
      if (left && !left.of) return { ...left, of: holder, to: end + 1 };
    }
    return null;
  }
  const title = titleRef(last);
  if (!title) return null;
  let from = end;
  let modifier: string | null = null;
  let of: OfficeHolderOf | null = null;
  const readModifier = () => {
    const m = items[from - 1];
    if (m?.type === 'MODIFIER') {
      const ref = m.chunk?.refs[0] as Extract<LexRef, { type: 'MODIFIER' }>;
      modifier ??= ref.meaning;
      from--;
    }
  };
  readModifier();
  // "oil minister", "Energy Minister", "Mines and Energy Minister": the portfolio is part of the title
  let written = last!.chunk!.text;
  if (/^minister$/i.test(written)) {
    let p = from - 1;
    const portfolio: string[] = [];
    while (p >= 0 && portfolio.length < 3 && items[p]?.type === 'TOKEN' && /^\p{L}+$/u.test(items[p]!.token!.text) && !PORTFOLIO_STOP.has(items[p]!.lower)) {
      portfolio.unshift(items[p]!.token!.text);
      p--;
    }
    if (portfolio.length) {
      written = `${portfolio.join(' ')} ${written}`;
      from = p + 1;
    }
  }
  const before = items[from - 1];
  // "Kazakh President", "UN Secretary-General", "US President", "New Zealand Prime Minister"
  if (before?.type === 'DEMONYM' || before?.type === 'ORG' || before?.type === 'COUNTRY') {
    of = holderOf(before);
    from--;
  } else if (before?.token?.kind === 'possessive' && (items[from - 2]?.type === 'COUNTRY' || items[from - 2]?.type === 'ORG')) {
    of = holderOf(items[from - 2]);
    from -= 2;
  } else if (before?.token?.kind === 'possessive' && isWord(items[from - 2], ...FOCUS_ANAPHORS)) {
    // "the alliance's secretary-general": the organisation the article is about
    of = { kind: 'org', id: FOCUS_ORG };
    from -= 2;
  }
  readModifier();
  let ofPersonBefore: number | undefined;
  if (!of) {
    const owner = items[from - 1];
    // "his foreign minister": whose is settled once people are resolved
    if (isWord(owner, 'his', 'her')) {
      ofPersonBefore = owner!.start;
      from--;
    } else if (isWord(owner, 'its', 'their', 'whose')) {
      // "Algeria, whose president, …", "Myanmar … its foreign minister": the nearest holder before
      for (let j = from - 2; j >= 0 && j >= from - 8; j--) {
        const h = holderOf(items[j]);
        if (h && items[j]?.type !== 'DEMONYM') {
          of = h;
          break;
        }
      }
      from--;
    }
  }
  return { title, written, modifier, of, ...(ofPersonBefore === undefined ? {} : { ofPersonBefore }), from, to: end + 1 };
}

const HONORIFIC_WORDS = new Set(['prince', 'princess', 'sheikh', 'sheikha', 'shaikh', 'sir', 'dame', 'dr', 'mr', 'mrs', 'ms', 'datuk', 'dato', 'seri', 'sri', 'tan', 'tun', 'haji', 'excellency', 'majesty', 'highness', 'mullah', 'ayatollah', 'lord', 'lady', 'madam', '.']);

/** Step left over honorifics ("Vice President Sheikh Mansour"): the index of the item before them. */
function skipHonorifics(items: readonly Item[], j: number): number {
  while (j >= 0 && items[j]?.type === 'TOKEN' && HONORIFIC_WORDS.has(items[j]!.lower)) j--;
  return j;
}

// Adjectives between "the" and an appositive title: "the current chairperson", "the outgoing president".
const APPOSITION_ADJECTIVES = ['current', 'new', 'outgoing', 'incoming', 'rotating', 'then', 'longtime', 'long-serving'];

const SMALL_WORDS = new Set(['of', 'the', 'and', 'for', 'de', 'to']);

/** Title words as written, with capitals for display ("foreign minister" → "Foreign Minister"). */
function displayTitle(written: string): string {
  return written
    .split(/\s+/)
    .map((word, i) => (i > 0 && SMALL_WORDS.has(word.toLowerCase()) ? word.toLowerCase() : word.replace(/(^|-)(\p{L})/gu, (_m, dash: string, c: string) => dash + c.toUpperCase())))
    .join(' ');
}

function claim(group: TitleGroup, items: readonly Item[], rule: string): OfficeClaim {
  const changes = group.modifier && TITLE_CHANGING.has(group.modifier);
  const title = displayTitle(group.written);
  return {
    officeId: group.title.id,
    title: changes ? `${group.modifier} ${title}` : title,
    role: group.title.role,
    of: group.of,
    ...(group.ofPersonBefore === undefined ? {} : { ofPersonBefore: group.ofPersonBefore }),
    start: (items[group.from] as Item).start,
    end: (items[group.to - 1] as Item).end,
    rule,
  };
}

/**
 * Find the people a sentence names together with the office the same words give them:
 * `DEMONYM TITLE NAME`, `COUNTRY 's TITLE NAME`, `TITLE NAME of COUNTRY`, `TITLE of COUNTRY, NAME`,
 * `NAME, the TITLE of COUNTRY`, `NAME, the DEMONYM TITLE`; known names on their own; and
 * `COUNTRY 's NAME` as an affiliation. Unknown names without such words are left to coreference.
 */
export function findPeople(items: readonly Item[]): PersonMention[] {
  const out: PersonMention[] = [];
  items.forEach((item, k) => {
    if (!isNameSlot(item)) return;
    let group: TitleGroup | null = null;
    let rule = '';
    // TITLE NAME, with its holder before the title (honorifics between them are skipped)
    const before = skipHonorifics(items, k - 1);
    const left = titleGroupEndingAt(items, before);
    if (left) {
      group = left;
      rule = 'person/title-name';
    } else if (isWord(items[before], ',')) {
      // TITLE of HOLDER, NAME ("The President of Russia, Vladimir Putin"), "Kuwait's crown prince, Sheikh X",
      // "his foreign minister, Sergei Lavrov"
      const g = titleGroupEndingAt(items, before - 1);
      if (g && (g.of || g.ofPersonBefore !== undefined) && g.to === before) {
        group = g;
        rule = 'person/title-comma-name';
      }
    }
    // NAME of/from COUNTRY completes a title that has no holder ("President X of Kazakhstan")
    if (group && !group.of && isWord(items[k + 1], 'of', 'from')) {
      const h = holderOf(items[k + 2]);
      if (h && items[k + 2]?.type !== 'DEMONYM') group = { ...group, of: h, to: k + 3 };
    }
    // NAME, [the] [modifier] [DEMONYM] TITLE [of HOLDER] (apposition); after a titled name it is
    // a second office ("Comoros President Azali Assoumani, the current chairperson of the African Union")
    let second: TitleGroup | null = null;
    if (isWord(items[k + 1], ',')) {
      const titled = group;
      let j = k + 2;
      if (isWord(items[j], 'the', 'a', 'an')) j++;
      if (isWord(items[j], ...APPOSITION_ADJECTIVES)) j++;
      let end = j;
      while (end < items.length && end < j + 4 && items[end]?.type !== 'TITLE') end++;
      const g = items[end]?.type === 'TITLE' ? titleGroupEndingAt(items, end) : null;
      if (g && g.from === j) {
        let full = g;
        if (isWord(items[end + 1], 'of')) {
          let h = end + 2;
          if (isWord(items[h], 'the')) h++;
          const holder = holderOf(items[h]);
          if (holder && !g.of) full = { ...g, of: holder, to: h + 1 };
        }
        if (!titled) {
          group = full;
          rule = 'person/name-apposition-title';
        } else if (full.of && full.title.id !== titled.title.id && isWord(items[k + 2], 'the', 'a', 'an') && !isNameSlot(items[full.to])) second = full;
      }
    }
    const known = item.chunk?.refs.find((r) => r.type === 'PERSON')?.id ?? null;
    let affiliation: string | null = null;
    if (items[k - 1]?.token?.kind === 'possessive' && items[k - 2]?.type === 'COUNTRY') affiliation = holderOf(items[k - 2])?.id ?? null;
    const speaker = !group && !known && !affiliation ? speakerName(items, k) : null;
    if (!group && !known && !affiliation && !speaker) return;
    out.push({
      start: item.start,
      end: item.end,
      text: item.chunk?.text ?? '',
      knownId: known,
      office: group ? claim(group, items, rule) : null,
      affiliation,
      rule: group ? rule : known ? 'person/known-name' : affiliation ? 'person/country-possessive-name' : (speaker as string),
      item: k,
    });
    if (second) out.push({ start: item.start, end: item.end, text: item.chunk?.text ?? '', knownId: known, office: claim(second, items, 'person/name-apposition-title'), affiliation, rule: 'person/name-apposition-title', item: k });
  });
  return out;
}

// Speech verbs whose subject, when a full name, is a person ("Ayanda Mthembu said").
const SPEECH = new Set(['said', 'says', 'told', 'added', 'wrote', 'argued', 'warned', 'noted', 'explained', 'insisted', 'stressed', 'tweeted', 'posted', 'asked', 'replied']);
// Nouns of an appositive that make the name before it a person ("X, a trade economist at …").
const PERSON_NOUNS = new Set(['analyst', 'economist', 'professor', 'researcher', 'expert', 'scholar', 'fellow', 'director', 'spokesman', 'spokeswoman', 'spokesperson', 'adviser', 'advisor', 'official', 'diplomat', 'lawmaker', 'legislator', 'senator', 'activist', 'journalist', 'correspondent', 'commentator', 'historian', 'lecturer', 'head', 'chief', 'leader', 'member', 'candidate', 'negotiator', 'envoy', 'executive', 'chairman', 'chairwoman', 'founder', 'author', 'resident', 'student', 'lawyer']);
// Last words of capitalised runs that are places or buildings, not people ("Downing Street said").
const PLACE_TAILS = new Set(['street', 'square', 'hall', 'house', 'palace', 'office', 'building', 'avenue', 'road', 'airport', 'station', 'centre', 'center', 'city', 'island', 'valley', 'bay', 'sea', 'river', 'mountains', 'times', 'post', 'news', 'journal', 'herald', 'daily', 'tribune', 'gazette', 'radio', 'television', 'tv']);

/**
 * A full name no title introduces, read as a person from what it does or is: the subject of a
 * speech verb ("Ayanda Mthembu said", "said Ayanda Mthembu,"), or a name with a person's
 * appositive ("Ayanda Mthembu, a trade economist at …"). Only runs of two to four capitalised
 * words that end in no place or media word; a lone word ("Brussels said") is never enough.
 */
function speakerName(items: readonly Item[], k: number): string | null {
  const item = items[k] as Item;
  if (item.type !== 'NAME') return null;
  const words = (item.chunk?.text ?? '').split(/\s+/);
  if (words.length < 2 || words.length > 4 || words.every((w) => w === w.toUpperCase())) return null;
  if (PLACE_TAILS.has(words.at(-1)!.toLowerCase())) return null;
  const next = items[k + 1];
  if (next?.type === 'TOKEN' && SPEECH.has(next.lower)) return 'person/name-speaks';
  if (items[k - 1]?.type === 'TOKEN' && SPEECH.has(items[k - 1]!.lower) && (!next || isWord(next, ',', '.', ';'))) return 'person/speaks-name';
  if (isWord(next, ',')) {
    let j = k + 2;
    if (isWord(items[j], 'a', 'an', 'the')) j++;
    for (let n = 0; n < 4 && j < items.length; n++, j++) {
      const it = items[j] as Item;
      if (it.type === 'TOKEN' && PERSON_NOUNS.has(it.lower)) return 'person/name-apposition-role';
      if (it.type !== 'TOKEN' && it.type !== 'DEMONYM') break;
      if (isWord(it, ',', '.', ';', 'who', 'which')) break;
    }
  }
  return null;
}
