import { addMonths, formatMonth, formatYear } from './calendar.js';
import { COUNT_WORDS, countOf } from './counts.js';
import type { Draft, Resolved, ResolveContext } from './draft.js';

// Dates stated relative to the date the text gave just before, not to publication: "founded
// the group in 2009; South Africa was added the following year", "set up in 2006; South Africa
// was brought in four years later", "in 2016, and again two months later".
// "the year after" only when nothing follows it: "the year after the war" counts from the war.
const LATER = new RegExp(
  String.raw`\b(?:the\s+(following|next|subsequent)\s+(year|month)|the\s+(year|month)\s+after(?=\s*(?:[,.;:)]|$))|(${COUNT_WORDS}|\d{1,2})\s+(year|month)s?\s+later)\b`,
  'gi',
);

/** `n` units after the anchor, at the unit's precision; null when the anchor is coarser than the unit. */
function shift(anchor: Resolved, unit: string, n: number): Resolved | null {
  const y = Number(anchor.value.slice(0, 4));
  if (unit === 'year') return { value: formatYear(y + n), precision: 'year' };
  if (anchor.precision === 'year' || anchor.precision === 'week') return null;
  const ym = addMonths(y, Number(anchor.value.slice(5, 7)), n);
  return { value: formatMonth(ym.y, ym.m), precision: 'month' };
}

/**
 * Drafts for dates counted from the date stated before them ("the following year", "the year
 * after", "two years later", "a month later"), resolved against the anchor the context gives (the
 * last date of this sentence or the one before). "the next year" is that too in a past clause
 * with an anchor ("joined in 2004 and left the next year"); otherwise it counts from publication,
 * as "next year" does.
 */
export function laterDates(text: string, start: number, end: number): Draft[] {
  const sentence = text.slice(start, end);
  if (!/year|month/i.test(sentence)) return [];
  const drafts: Draft[] = [];
  for (const m of sentence.matchAll(LATER)) {
    const unit = (m[2] ?? m[3] ?? m[5] ?? 'year').toLowerCase();
    const n = m[4] ? countOf(m[4]) : 1;
    const next = m[1]?.toLowerCase() === 'next';
    drafts.push({
      start: start + m.index,
      end: start + m.index + m[0].length,
      rule: 'time/later',
      relative: next,
      takesRelativeWord: false,
      resolve: (c: ResolveContext) => {
        const anchor = c.anchor?.() ?? null;
        if (next && (!anchor || c.tense() !== 'past')) return fromPublication(c, unit);
        return anchor ? shift(anchor, unit, n) : null;
      },
    });
  }
  return drafts;
}

/** "the next year" of a present or future clause: the year (month) after publication. */
function fromPublication(c: ResolveContext, unit: string): Resolved | null {
  if (!c.pub) return null;
  if (unit === 'year') return { value: formatYear(c.pub.y + 1), precision: 'year' };
  const ym = addMonths(c.pub.y, c.pub.m, 1);
  return { value: formatMonth(ym.y, ym.m), precision: 'month' };
}
