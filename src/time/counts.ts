/**
 * Small counts as news writes them before a unit of time: "a", "an", "one" … "twelve", or digits
 * ("two years ago", "four years later", "18 months ago").
 */

const NUMBER_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/** The alternation of count words for a regular expression (digits are each pattern's own). */
export const COUNT_WORDS = `an?|${NUMBER_WORDS.join('|')}`;

/** The value of a count matched by {@link COUNT_WORDS} or by digits ("a" → 1, "four" → 4, "12" → 12). */
export function countOf(word: string): number {
  const w = word.toLowerCase();
  if (/^\d/.test(w)) return Number(w);
  return w === 'a' || w === 'an' ? 1 : NUMBER_WORDS.indexOf(w) + 1;
}
