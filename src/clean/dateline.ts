import type { Dateline } from '../core/article.js';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const PLACE = "\\p{Lu}[\\p{Lu}'’.\\- ]{1,40}?";
const REGION = "\\p{Lu}[\\p{L}'’.\\-]+(?: \\p{Lu}[\\p{L}'’.\\-]+){0,2}";
const DATE = `${MONTH} \\d{1,2}(?:, \\d{4})?|\\d{1,2} ${MONTH}(?: \\d{4})?`;

// PLACE[, Region][, date] [(Agency)] dash — e.g. "GENEVA, March 3 (Reuters) -", "ASTANÁ —",
// "KYIV, Ukraine (AP) —". The place is in capitals, which tells it from an ordinary sentence.
const DATELINE = new RegExp(
  `^(${PLACE})(?:, (?!${MONTH} )(${REGION}))?(?:,? (${DATE}))?(?: \\(([^)]{2,40})\\))?\\s*[—–―-]{1,2}\\s+`,
  'u',
);

/**
 * Find the dateline that opens a paragraph, if any.
 * @param offset where the paragraph starts in the article text
 */
export function findDateline(paragraph: string, offset: number): Dateline | null {
  const m = DATELINE.exec(paragraph);
  if (!m) return null;
  const place = (m[1] as string).trim();
  // A place has at least two capital letters in a row; "A —" or "I -" is not a dateline.
  if (!/\p{Lu}{2}/u.test(place.replace(/[\s.'’-]/g, ''))) return null;
  const placeEnd = offset + (m[1] as string).trimEnd().length;
  return {
    start: offset,
    end: placeEnd,
    place,
    date: m[3] ? datelineDate(m[3]) : null,
    agency: m[4] ?? null,
  };
}

function datelineDate(text: string): string | null {
  const monthMatch = /[A-Za-z]{3}/.exec(text);
  const month = monthMatch ? MONTHS.indexOf(monthMatch[0].toLowerCase()) + 1 : 0;
  const numbers = text.match(/\d+/g) ?? [];
  const day = numbers.find((n) => n.length <= 2);
  const year = numbers.find((n) => n.length === 4);
  if (!month || !day) return null;
  const mmdd = `${String(month).padStart(2, '0')}-${day.padStart(2, '0')}`;
  return year ? `${year}-${mmdd}` : `--${mmdd}`;
}
