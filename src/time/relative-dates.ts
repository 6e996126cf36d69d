import { addDays, addMonths, formatDay, formatMonth, formatWeek, formatYear } from './calendar.js';
import { COUNT_WORDS, countOf } from './counts.js';
import type { Draft, Resolved, ResolveContext } from './draft.js';

// "yesterday", "today", "the day before yesterday", "last night", "this morning", "tomorrow evening".
const DEICTIC =
  /\b(the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|yesterday|today|tomorrow|tonight|last\s+night|this\s+(?:morning|afternoon|evening))(?:\s+(?:morning|afternoon|evening|night))?\b/gi;
const DEICTIC_SHIFT: Record<string, number> = { yesterday: -1, today: 0, tomorrow: 1, tonight: 0, 'last night': -1 };

// "last week", "the last week", "this month", "next year", "this past week", "this coming year",
// "this fiscal year" (taken as the calendar year: fiscal calendars differ by country and firm).
// "the past week" and "the previous year" are left out: the first is usually a stretch of time
// ("over the past week"), the second is relative to another event, not to publication.
const UNIT = /\b(?:(?:the\s+)?(last|next|coming)|this(?:\s+(past|coming))?)\s+(?:(?:fiscal|financial|calendar)\s+)?(week|month|year)\b/gi;

// "two days ago", "a year ago", "18 months ago". Vague counts ("a few", "several") and decades
// have no precise value and are skipped.
const AGO = new RegExp(String.raw`\b(${COUNT_WORDS}|\d{1,3})\s+(day|week|month|year)s?\s+ago\b`, 'gi');

// A word that every match of the three patterns above holds: a sentence without one has no
// relative date, and its three scans are skipped.
const ANY_RELATIVE = /yesterday|today|tomorrow|tonight|night|morning|afternoon|evening|week|month|year|ago/i;

/** Drafts for dates stated relative to publication: deictic days, last/this/next units, "… ago". */
export function relativeDates(text: string, start: number, end: number): Draft[] {
  const sentence = text.slice(start, end);
  const drafts: Draft[] = [];
  if (!ANY_RELATIVE.test(sentence)) return drafts;
  const add = (s: number, e: number, rule: string, resolve: (c: ResolveContext) => Resolved | null) =>
    drafts.push({ start: start + s, end: start + e, rule, relative: true, takesRelativeWord: false, resolve });

  for (const m of sentence.matchAll(DEICTIC)) {
    const word = (m[1] as string).toLowerCase().replace(/\s+/g, ' ');
    // "USA Today", "the BBC's Today programme": capitalised after a word is a name.
    if (/^\p{Lu}/u.test(m[0]) && /[\p{L}\p{N}]['’]?s?\s+$/u.test(sentence.slice(0, m.index))) continue;
    const shift = word.startsWith('the day before') ? -2 : word.startsWith('the day after') ? 2 : (DEICTIC_SHIFT[word] ?? 0);
    add(m.index, m.index + m[0].length, 'time/deictic-day', (c) => (c.pub ? { value: formatDay(addDays(c.pub, shift)), precision: 'day' } : null));
  }

  for (const m of sentence.matchAll(UNIT)) {
    const word = (m[1] ?? m[2] ?? 'this').toLowerCase();
    const step = word === 'last' || word === 'past' ? -1 : word === 'next' || word === 'coming' ? 1 : 0;
    const unit = (m[3] as string).toLowerCase();
    add(m.index, m.index + m[0].length, `time/relative-${unit}`, (c) => {
      const pub = c.pub;
      if (!pub) return null;
      if (unit === 'week') return { value: formatWeek(addDays(pub, 7 * step)), precision: 'week' };
      if (unit === 'month') {
        const ym = addMonths(pub.y, pub.m, step);
        return { value: formatMonth(ym.y, ym.m), precision: 'month' };
      }
      return { value: formatYear(pub.y + step), precision: 'year' };
    });
  }

  for (const m of sentence.matchAll(AGO)) {
    const count = (m[1] as string).toLowerCase();
    const n = countOf(count);
    const unit = (m[2] as string).toLowerCase();
    add(m.index, m.index + m[0].length, 'time/ago', (c) => {
      const pub = c.pub;
      if (!pub) return null;
      // The precision follows the unit: "four years ago" is a year, not a day four years back.
      if (unit === 'day') return { value: formatDay(addDays(pub, -n)), precision: 'day' };
      if (unit === 'week') return { value: formatWeek(addDays(pub, -7 * n)), precision: 'week' };
      if (unit === 'month') {
        const ym = addMonths(pub.y, pub.m, -n);
        return { value: formatMonth(ym.y, ym.m), precision: 'month' };
      }
      return { value: formatYear(pub.y - n), precision: 'year' };
    });
  }
  return drafts;
}
