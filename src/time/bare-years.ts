import { formatYear } from './calendar.js';
import type { Draft } from './draft.js';

// A whole number with its separators, so that "2,000", "20.15" and "20:00" are seen as one token.
const NUMBER = /\p{N}+(?:[.,:]\p{N}+)*/gu;
// Nouns that make a number a count or measure: "2000 troops", "1500 km".
const COUNTED =
  'people|persons|residents|civilians|troops|soldiers|fighters|militants|police|officers|men|women|children|kids|students|workers|employees|staff|jobs|members|voters|votes|seats|homes|houses|buildings|families|patients|cases|deaths|dead|casualties|victims|refugees|migrants|prisoners|detainees|hostages|protesters|demonstrators|supporters|delegates|participants|visitors|tourists|passengers|flights|vehicles|cars|trucks|tanks|aircraft|planes|drones|missiles|rockets|rounds|shells|bombs|weapons|guns|rifles|units|pieces|items|copies|pages|words|signatures|dollars|euros|pounds|yen|yuan|rupees|roubles|rubles|francs|km|kilometres|kilometers|miles|metres|meters|feet|ft|m|cm|mm|kg|kilograms|tonnes|tons|lbs|barrels|litres|liters|gallons|acres|hectares|square|points|times|calories|mw|megawatts|degrees|mph|years|days|hours|minutes|seconds|more|others|gmt|utc|hrs|h';
// Technical units: "1066 MHz", "1920 x 1200".
const UNITS = 'mhz|ghz|hz|gb|mb|tb|kb|rpm|pixels|mah|kw|kwh|cc|dpi|ppi|mp';
const COUNTED_AFTER = new RegExp(`^\\s*-?\\s*(?:${COUNTED}|${UNITS})\\b|^\\s*[x×]\\s*\\d`, 'i');
// "between 1500 and 2000 people": the first number of a counted pair is a count too.
const COUNTED_PAIR_AFTER = new RegExp(`^\\s*(?:and|to|or|-|–)\\s*\\d[\\d,]*\\s+(?:${COUNTED})\\b`, 'i');
const PERCENT_AFTER = /^\s*(?:%|per\s?cent\b|percent\b)/i;
// Labels that make the number an identifier: "No. 1984", "Resolution 2334", "flight 1549".
const LABEL_BEFORE =
  /\b(?:no|nos|number|flight|route|room|article|resolution|section|paragraph|page|pages|chapter|model|rule|highway|interstate|bus|platform|gate|code|pin|ext|tel|phone|box|suite|apt|unit|lot|item|file|bill|line|level|grade|vol|volume|issue|series|version|type|class|index|score|population|of\s+about|of\s+some)\.?\s*$/i;
// Years before 1900 are taken only after a word that introduces a time.
// ("to" and "and" are left out: "up to 1000 charges", "between 900 and 1500".)
const OLD_YEAR_CUE = /\b(?:in|since|by|of|from|until|till|between|before|after|during|circa|c\.|year|around|early|late|mid-|the)\s*$/i;
// "2880 pixels by 1800": a dimension.
const DIMENSION_BEFORE = /\d\s*(?:(?:pixels|px|cm|mm|m|inches|in|feet|ft|metres|meters)\s+)?(?:by|x|×)\s*$/i;
// A year is a number of exactly four ASCII digits: a sentence without four in a row has none.
const FOUR_DIGITS = /\d{4}/;
const RANGE_AFTER = /^\s*[-–/]\s*(\d{4}|\d{2})(?![\p{L}\p{N}]|\s*[:.]\s*\d)/u;

/**
 * Four-digit years standing alone ("in 2001", "the 2022 election", "1957-58") in one sentence,
 * leaving aside counts, measures, percentages, identifiers and times ("2000 troops", "1500 km",
 * "flight 1549", "2000 GMT").
 */
export function bareYears(text: string, start: number, end: number): Draft[] {
  const sentence = text.slice(start, end);
  const drafts: Draft[] = [];
  if (!FOUR_DIGITS.test(sentence)) return drafts;
  const taken = new Set<number>();
  const add = (s: number, e: number, y: number) => {
    if (taken.has(s)) return;
    taken.add(s);
    drafts.push({
      start: start + s,
      end: start + e,
      rule: 'time/bare-year',
      relative: false,
      takesRelativeWord: false,
      resolve: () => ({ value: formatYear(y), precision: 'year' }),
    });
  };

  for (const m of sentence.matchAll(NUMBER)) {
    const digits = m[0];
    if (!/^\d{4}$/.test(digits)) continue;
    const y = Number(digits);
    if (y < 1000 || y > 2099) continue;
    const s = m.index;
    const e = s + 4;
    const before = sentence.slice(0, s);
    const after = sentence.slice(e);
    const prev = before.slice(-1);
    if (/[\p{L}$€£¥#@'’/]/u.test(prev)) continue;
    if (prev === '-' && !/\bmid-$/i.test(before)) continue;
    if (/^[\p{L}]/u.test(after) || /^-\p{L}/u.test(after)) continue; // "1990s", "2000-strong"
    // After "a"/"an" a number is a modifier, not a count: "a 2008 police raid".
    const counted = COUNTED_AFTER.test(after) && !/\ban?\s+$/i.test(before);
    if (PERCENT_AFTER.test(after) || counted || COUNTED_PAIR_AFTER.test(after)) continue;
    if (LABEL_BEFORE.test(before) || DIMENSION_BEFORE.test(before)) continue;
    if (y < 1900 && !OLD_YEAR_CUE.test(before)) continue;
    add(s, e, y);
    // "2015-19", "1957-58", "2015–2019", "2024/25": the second year of a range is a mention too.
    const range = RANGE_AFTER.exec(after);
    if (!range) continue;
    const tail = range[1] as string;
    let y2 = tail.length === 4 ? Number(tail) : y - (y % 100) + Number(tail);
    if (tail.length === 2 && y2 <= y) y2 += 100;
    if (y2 <= y || y2 - y > 100 || y2 > 2099) continue;
    const e2 = e + range[0].length;
    add(e2 - tail.length, e2, y2);
  }
  return drafts;
}
