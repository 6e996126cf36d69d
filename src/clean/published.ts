import * as chrono from 'chrono-node/en';

const LABELLED = /^(?:published|posted|updated|first published|last updated|date|dated|released)\b\s*(?:on|at)?\s*:?\s*(.+)$/i;
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * Parse a line that states when the article was published: "Published July 4, 2024",
 * " date 2024-07-04 ", "Updated: 04 Jul 2024 10:15 GMT", or a line that is only a date.
 * Returns an ISO date, or null when the line is not such a statement or has no year.
 */
export function parsePublishedLine(line: string): string | null {
  const t = line.trim();
  const labelled = LABELLED.exec(t);
  const candidate = labelled ? (labelled[1] as string) : t;
  // An unlabelled line must be nothing but a date, or any sentence with a date would count.
  if (!labelled && (candidate.length > 40 || /[.!?]$/.test(candidate))) return null;
  return parseDateWithYear(candidate);
}

/** Parse a date that states its year (ISO, or English words) into `YYYY-MM-DD`; null otherwise. */
export function parseDateWithYear(text: string): string | null {
  const iso = ISO.exec(text.trim());
  if (iso) return validDate(iso[1] as string, iso[2] as string, iso[3] as string);
  if (!/\b(1[89]|20)\d{2}\b/.test(text)) return null;
  const results = chrono.strict.parse(text, new Date(Date.UTC(2000, 0, 1)));
  const first = results[0];
  if (!first || !first.start.isCertain('year') || !first.start.isCertain('month') || !first.start.isCertain('day')) return null;
  const y = String(first.start.get('year'));
  const m = String(first.start.get('month')).padStart(2, '0');
  const d = String(first.start.get('day')).padStart(2, '0');
  return validDate(y, m, d);
}

/** Normalise an ISO-like date-time from metadata to `YYYY-MM-DD`, or null. */
export function isoDateFromMeta(value: string | null | undefined): string | null {
  if (!value) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim());
  if (m) return validDate(m[1] as string, m[2] as string, m[3] as string);
  return parseDateWithYear(value);
}

function validDate(y: string, m: string, d: string): string | null {
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  if (date.getUTCMonth() !== Number(m) - 1 || date.getUTCDate() !== Number(d)) return null;
  return `${y}-${m}-${d}`;
}
