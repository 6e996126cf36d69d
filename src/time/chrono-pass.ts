import * as chrono from 'chrono-node/en';

/**
 * What chrono read in a stretch of text: the words and the calendar fields the words themselves
 * state. Fields chrono merely implied from its reference date are left out, because resolving
 * against the publication date (with tense) is done here, not by chrono's "closest date" guess.
 */
export interface ChronoHit {
  /** Offsets into the text that was parsed. */
  readonly start: number;
  readonly end: number;
  readonly year: number | null;
  readonly month: number | null;
  readonly day: number | null;
  readonly weekday: number | null;
  /** Which chrono parser matched (its tag), for the rule name. */
  readonly parser: string;
}

// Only chrono's parsers for dates that are written out (ISO, "July 4, 2024", "4 July", "May
// 2010", weekdays). Casual and relative parsers ("yesterday", "last week", "two days ago",
// times of day) are left out: their readings are replaced by rules in `relative-rules.ts` that
// give ISO weeks and year/month precision and that look at tense.
const PARSERS = new Set([
  'ENYearMonthDayParser',
  'ISOFormatParser',
  'SlashDateFormatParser',
  'ENMonthNameLittleEndianParser',
  'ENMonthNameMiddleEndianParser',
  'ENWeekdayParser',
  'ENYearMonthNameParser',
  'ENMonthNameParser',
]);
// Range merging is left out too: "June 1 to June 5" stays two hits. `ENUnlikelyFormatFilter`
// would drop "early May"; the month filter in `resolve-dates.ts` replaces it.
const REFINERS = new Set(['OverlapRemovalRefiner', 'MergeWeekdayComponentRefiner', 'ENExtractYearSuffixRefiner', 'UnlikelyFormatFilter']);

// Each parser needs some words to match at all, so a sentence runs only the parsers whose words
// it holds: chrono's cost is one scan of the text per parser. The checks pass on everything a
// parser could match (they are read off chrono's patterns, case-insensitive as those are), so
// dropping the parsers that fail them changes no result. Numeric dates need digits around a
// separator ("2024-07-04", "4/7", "2024 7 4"). Month parsers need a month name or abbreviation
// (chrono's dictionary) after a non-word character, a digit, or the end of "in", "of", an
// ordinal ("5th", "first") or a year ("2024", "AD"); and before a non-word character, a digit,
// "of" or an ordinal word — so "market", "decision" and "Marchetti" run none of them. The weekday
// parser needs a weekday (full or abbreviated) or "weekend"/"weekday" after a non-word character
// or the end of "on", "this", "last", "past", "next", and before a non-word character or
// "of"/"this"/"last"/"past"/"next" — not "month" or "common". Of the month parsers, all but
// ENMonthNameParser also need a number (a day, an ordinal word or a year) with the month.
const NUMERIC = 1;
const MONTH = 2;
const WEEKDAY = 4;
const MONTH_NUMBERED = 8;
const NEEDS: Record<string, number> = {
  ENYearMonthDayParser: NUMERIC | MONTH_NUMBERED,
  ISOFormatParser: NUMERIC,
  SlashDateFormatParser: NUMERIC,
  ENMonthNameLittleEndianParser: MONTH_NUMBERED,
  ENMonthNameMiddleEndianParser: MONTH_NUMBERED,
  ENWeekdayParser: WEEKDAY,
  ENYearMonthNameParser: MONTH_NUMBERED,
  ENMonthNameParser: MONTH,
};
const NUMERIC_WORDS = /\d[-./\s]\d/;
const MONTH_WORDS =
  /(?<![abgi-mo-suv-z_])(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december)(?=[^a-z_]|$|of|fi|se|th|fo|si|ei|ni|te|el|tw)/i;
// A digit, or a word that every ordinal word of chrono's holds ("twenty-first" holds "first").
const NUMBER_WORDS = /\d|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|teenth|twentieth|thirtieth/i;
const WEEKDAY_WORDS =
  /(?<![a-mo-ru-z0-9_])(?:sun|mon|tue|wed|thu|thur|thurs|fri|sat|sunday|monday|tuesday|wednesday|thursday|friday|saturday|weekend|weekday)(?=[^a-z0-9_]|$|of|this|last|past|next)/i;

function tailored(needs: number): chrono.Chrono {
  const parsers = chrono.casual.parsers.filter((p) => PARSERS.has(p.constructor.name));
  // OverlapRemovalRefiner appears several times in chrono's list; once is enough.
  const seen = new Set<string>();
  const refiners = chrono.casual.refiners.filter((r) => {
    const name = r.constructor.name;
    if (!REFINERS.has(name) || seen.has(name)) return false;
    seen.add(name);
    return true;
  });
  if (parsers.length !== PARSERS.size || refiners.length !== REFINERS.size) {
    // Chrono renamed or dropped a class: fail loudly instead of silently finding fewer dates.
    throw new Error(`chrono-node configuration changed: found parsers ${parsers.map((p) => p.constructor.name).join(', ')}`);
  }
  // Parsers keep chrono's order: results at the same index are ordered by parser.
  return new chrono.Chrono({ parsers: parsers.filter((p) => ((NEEDS[p.constructor.name] ?? 0) & needs) !== 0), refiners });
}

// One tailored chrono per combination of the parser groups, made when first needed.
const instances = new Map<number, chrono.Chrono>();
// Chrono needs a reference instant; only the fields the text states are used, so any fixed
// instant will do and the result never depends on the clock.
const REFERENCE = { instant: new Date(Date.UTC(2000, 0, 1, 12)), timezone: 0 };

// Cheap gate before running chrono: a digit, a month or a weekday name must be present.
// (Weekday abbreviations are not looked for: the weekday filter wants full names.)
const WORTH_PARSING =
  /\d|\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|(?:mon|tues|wednes|thurs|fri|satur|sun)day|weekend)\b/i;

const CROSS_MONTH_DASH = /(\d)[-–](?=(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)/gi;

/** Run the tailored chrono once over `text`; ranges ("July 4-5") come back as two hits. */
export function chronoHits(input: string): ChronoHit[] {
  if (!WORTH_PARSING.test(input)) return [];
  // "August 31-September 1": chrono reads nothing when a day and the next month are joined by a
  // dash; a semicolon in its place (same length, offsets unchanged) gives the two dates.
  const text = input.replace(CROSS_MONTH_DASH, '$1;');
  const month = MONTH_WORDS.test(text) ? MONTH | (NUMBER_WORDS.test(text) ? MONTH_NUMBERED : 0) : 0;
  const needs = (NUMERIC_WORDS.test(text) ? NUMERIC : 0) | month | (WEEKDAY_WORDS.test(text) ? WEEKDAY : 0);
  if (needs === 0) return [];
  let instance = instances.get(needs);
  if (!instance) {
    instance = tailored(needs);
    instances.set(needs, instance);
  }
  const hits: ChronoHit[] = [];
  for (const result of instance.parse(text, REFERENCE)) {
    const parser = [...result.tags()].find((t) => t.startsWith('parser/'))?.slice(7) ?? 'chrono';
    const hit = (start: number, end: number, c: chrono.ParsedResult['start']): ChronoHit => ({
      start,
      end,
      year: certain(c, 'year'),
      month: certain(c, 'month'),
      day: certain(c, 'day'),
      weekday: certain(c, 'weekday'),
      parser,
    });
    const start = result.index;
    // Chrono swallows a following "," or ")" (weekdays) or " -" (months); the mention is the words only.
    const end = result.index + result.text.replace(/[\s,)）\-–—]+$/u, '').length;
    if (!result.end) {
      hits.push(hit(start, end, result.start));
      continue;
    }
    // Split "July 4-5" / "June 1 to June 5" at the connective so each side keeps its own words.
    const sep = /\s*(?:-|–|—|\bto\b|\buntil\b|\bthrough\b|\bthru\b)\s*/i.exec(result.text.slice(1));
    if (!sep) {
      hits.push(hit(start, end, result.start));
      continue;
    }
    const cut = start + 1 + sep.index;
    hits.push(hit(start, cut, result.start));
    hits.push(hit(cut + sep[0].length, end, result.end));
  }
  return hits;
}

function certain(c: chrono.ParsedResult['start'], key: chrono.Component): number | null {
  return c.isCertain(key) ? c.get(key) : null;
}
