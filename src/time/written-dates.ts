import { anchorMonth, anchorMonthDay, anchorWeekday, yearFromWeekday } from './anchor.js';
import { addDays, formatDay, formatMonth, formatWeek, isValidDate, toDayNumber, weekdayOf, type Ymd } from './calendar.js';
import { chronoHits, type ChronoHit } from './chrono-pass.js';
import { directionOf, type Draft, type ResolveContext, type Resolved } from './draft.js';

const WEEKDAY_NAME = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;
const MONTH_NAME = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Sept?\.?)$/;
// Month names that are also common words or first names; alone they need a temporal cue.
const AMBIGUOUS_MONTH = /^(?:May|March|June|August)$/;
const MONTH_CUE = /\b(?:in|since|by|until|till|before|after|from|through|throughout|during|last|next|this|early|late|mid|end\s+of|start\s+of|beginning\s+of|middle\s+of|of|between)[\s-]*$/i;
const DETERMINER_CUE = /\b(?:the|his|her|its|their|our|my|your|this|that|a)\s+$/i;
// A capitalised word right before a month name makes a name ("Theresa May", "Women's March"),
// unless it is a function word capitalised at the start of a sentence ("In May", "His June").
const WORD_BEFORE = /(?:^|[^\p{L}\p{N}'’-])(\p{Lu}[\p{L}'’-]*?)(?:['’]s)?\s+$/u;
const FUNCTION_WORDS = new Set(
  'on in at by since until till from to before after during through throughout last next this that these those early late mid the a an and or but of for with then his her its their our my your earlier later'.split(' '),
);
const CAPITAL_AFTER = /^\s+\p{Lu}/u;
// Days named after a weekday: "Good Friday", "Super Tuesday", "Black Friday". Any other capital
// before a weekday is fine ("Prosecutors Tuesday put on …", "2248 GMT Tuesday").
const DAY_NAME_BEFORE = /\b(?:Good|Black|Super|Bloody|Ash|Holy|Easter|Palm|Cyber|Maundy|Giving|Shrove|Fat|Whit|Low|Mothering|Trinity|Blue|Manic)\s+$/;
// "April last year", "June 9 of next year": the year is stated relative to publication.
const YEAR_AFTER = /^,?\s*(?:of\s+)?(last|this|next)\s+year\b/i;

/**
 * Date mentions that chrono reads (written dates, month names, weekdays) in one sentence
 * `[start, end)` of `text`, filtered for names and stray words, as drafts to resolve.
 */
export function writtenDates(text: string, start: number, end: number): Draft[] {
  const sentence = text.slice(start, end);
  const drafts: Draft[] = [];
  for (const hit of chronoHits(sentence)) {
    // Chrono's weekday match may start with ", " or "on "; the common prefix step re-adds "on".
    const core = /^[\s,(（]*(?:on\s+)?/i.exec(sentence.slice(hit.start, hit.end))?.[0].length ?? 0;
    const s = hit.start + core;
    const draft = toDraft(hit, sentence, s, hit.end);
    if (draft) drafts.push({ ...draft, start: start + s, end: start + hit.end + (draft.extend ?? 0) });
  }
  return drafts;
}

/** A draft without its offsets; `extend` adds words after chrono's match ("April last year"). */
type Kind = Omit<Draft, 'start' | 'end'> & { readonly extend?: number };

function toDraft(hit: ChronoHit, sentence: string, s: number, e: number): Kind | null {
  const words = sentence.slice(s, e);
  const before = sentence.slice(0, s);
  const after = sentence.slice(e);
  const { year, month, day, weekday } = hit;

  if (month !== null && day !== null) {
    if (!/\d/.test(words)) return null;
    if (hit.parser === 'SlashDateFormatParser' && year === null) return null; // "9/11", "3/4": too often not a date
    if (year !== null) {
      // Dotted numeric dates are day-first wherever they are written ("12.03.2024" is 12 March);
      // chrono reads them month-first like slashed US dates.
      const dotted = hit.parser === 'SlashDateFormatParser' ? /(\d{1,2})\.(\d{1,2})\.\d{4}/.exec(words) : null;
      if (dotted) return dayDate('time/numeric-date', year, Number(dotted[2]), Number(dotted[1]));
      if (!/\d{4}/.test(words) || !isValidDate(year, month, day)) return null; // "August 93 people"
      const rule = /^\d{4}\D\d/.test(words) ? 'time/iso-date' : hit.parser === 'SlashDateFormatParser' ? 'time/numeric-date' : 'time/full-date';
      return absolute(rule, { value: formatDay({ y: year, m: month, d: day }), precision: 'day' });
    }
    const stated = YEAR_AFTER.exec(after);
    if (stated) {
      const step = yearStep(stated[1] as string);
      return { ...relative('time/month-day', false, (c) => (c.pub ? dayOf(c.pub.y + step, month, day) : null)), extend: stated[0].length };
    }
    return relative('time/month-day', false, (c) => resolveMonthDay(c, month, day, weekday));
  }
  if (month !== null) {
    const name = /\p{L}+\.?/u.exec(words)?.[0] ?? '';
    if (!MONTH_NAME.test(name)) return null;
    if (year !== null) {
      if (!/\d{4}/.test(words)) return null;
      return absolute('time/month-year', { value: formatMonth(year, month), precision: 'month' });
    }
    const stated = YEAR_AFTER.exec(after);
    if (stated) {
      const step = yearStep(stated[1] as string);
      const resolve = (c: ResolveContext): Resolved | null => (c.pub ? { value: formatMonth(c.pub.y + step, month), precision: 'month' } : null);
      return { ...relative('time/month', false, resolve), extend: stated[0].length };
    }
    if (!plausibleMonth(name, before, after)) return null;
    return relative('time/month', true, (c) => {
      if (!c.pub) return null;
      return { value: formatMonth(anchorMonth(c.pub, month, directionOf(c)), month), precision: 'month' };
    });
  }
  if (weekday !== null) {
    const name = /[\p{L}]+$/u.exec(words)?.[0] ?? '';
    const weekend = /^weekend$/i.test(name);
    const postfix = /\b(last|next|this)\s+week$/i.exec(words);
    const core = postfix ? words.slice(0, postfix.index).replace(/[\s,]*(?:of\s*)?$/, '') : words;
    const coreName = /[\p{L}]+$/u.exec(core)?.[0] ?? '';
    if (!weekend && !WEEKDAY_NAME.test(postfix ? coreName : name)) return null;
    if (!weekend && DAY_NAME_BEFORE.test(before)) return null;
    return relative(weekend ? 'time/weekend' : 'time/weekday', true, (c) => resolveWeekday(c, weekday, weekend, postfix?.[1]?.toLowerCase()));
  }
  return null;
}

function yearStep(word: string): number {
  const w = word.toLowerCase();
  return w === 'last' ? -1 : w === 'next' ? 1 : 0;
}

function dayOf(y: number, m: number, d: number): Resolved | null {
  return isValidDate(y, m, d) ? { value: formatDay({ y, m, d }), precision: 'day' } : null;
}

function dayDate(rule: string, y: number, m: number, d: number): Kind | null {
  return isValidDate(y, m, d) ? absolute(rule, { value: formatDay({ y, m, d }), precision: 'day' }) : null;
}

function absolute(rule: string, resolved: Resolved): Kind {
  return { rule, relative: false, takesRelativeWord: false, resolve: () => resolved };
}

function relative(rule: string, takesRelativeWord: boolean, resolve: (c: ResolveContext) => Resolved | null): Kind {
  return { rule, relative: true, takesRelativeWord, resolve };
}

/** Whether the word just before is a capitalised name word (see `WORD_BEFORE`). */
function nameBefore(before: string): boolean {
  const word = WORD_BEFORE.exec(before)?.[1];
  return word !== undefined && !FUNCTION_WORDS.has(word.toLowerCase());
}

/**
 * A month name alone is a date only if it looks like one: capitalised, not part of a name
 * ("Theresa May", "April Ryan"), and for May/March/June/August with a cue such as "in", "last",
 * "early" (or, except for May, a determiner: "his June comment").
 */
function plausibleMonth(name: string, before: string, after: string): boolean {
  const cue = MONTH_CUE.test(before);
  if (!cue && nameBefore(before)) return false;
  if (AMBIGUOUS_MONTH.test(name)) {
    if (cue) return true;
    if (name === 'May') return false;
    return DETERMINER_CUE.test(before) && !CAPITAL_AFTER.test(after);
  }
  return cue || !CAPITAL_AFTER.test(after);
}

function resolveMonthDay(c: ResolveContext, month: number, day: number, weekday: number | null): Resolved | null {
  if (!c.pub) return null;
  let year = weekday !== null ? yearFromWeekday(c.pub, month, day, weekday) : null;
  if (year === null) year = nearestMonthDay(c, c.pub, month, day);
  return year === null ? null : { value: formatDay({ y: year, m: month, d: day }), precision: 'day' };
}

// With no tense cue a month-day is past, unless it falls in the next few weeks while the past
// reading is most of a year back ("elections on July 25" in an article of July 4).
const NEAR_FUTURE_DAYS = 30;

function nearestMonthDay(c: ResolveContext, pub: Ymd, month: number, day: number): number | null {
  const direction = directionOf(c);
  const year = anchorMonthDay(pub, month, day, direction);
  if (direction !== 'past' || /\b(?:last|past)\b/.test(c.words) || c.tense() !== null) return year;
  const ahead = anchorMonthDay(pub, month, day, 'next');
  if (ahead === null) return year;
  const gap = toDayNumber({ y: ahead, m: month, d: day }) - toDayNumber(pub);
  return gap <= NEAR_FUTURE_DAYS ? ahead : year;
}

function resolveWeekday(c: ResolveContext, weekday: number, weekend: boolean, week: string | undefined): Resolved | null {
  const pub = c.pub;
  if (!pub) return null;
  let date: Ymd;
  if (week) {
    // "Friday last week": that weekday inside the previous / current / next ISO week.
    const shift = week === 'last' ? -7 : week === 'next' ? 7 : 0;
    const monday = addDays(pub, shift - ((weekdayOf(pub) + 6) % 7));
    date = addDays(monday, (weekday + 6) % 7);
  } else {
    date = anchorWeekday(pub, weekday, directionOf(c));
  }
  return weekend ? { value: formatWeek(date), precision: 'week' } : { value: formatDay(date), precision: 'day' };
}
