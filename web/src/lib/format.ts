/** Small formatting helpers shared by the pages. */

/** A date as the store keeps it (`2025`, `2025-11`, `2025-11-14`) or a dash when unknown. */
export function showDate(date: string | null | undefined): string {
  return date ?? '—';
}

/** A range of two dates, collapsed when equal. */
export function showRange(first: string | null | undefined, last: string | null | undefined): string {
  if (!first && !last) return 'undated';
  if (!first || !last || first === last) return (first ?? last)!;
  return `${first} – ${last}`;
}

/** `1 article`, `3 articles`. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** A capped count (`1000+` when counting stopped). */
export function showTotal(total: { count: number; exact: boolean }): string {
  return total.exact ? String(total.count) : `${total.count}+`;
}

/** Cut long quoted evidence for lists, on a word boundary. */
export function clip(text: string, max = 220): string {
  if (text.length <= max) return text;
  const cut = text.lastIndexOf(' ', max);
  return `${text.slice(0, cut > max / 2 ? cut : max)}…`;
}
