import { isWord, type Item } from '../recognise/items.js';

/** Where a definite description of an office starts, and the countries its words name (null: any). */
interface DescribedOffice {
  readonly start: number;
  readonly countries: string[] | null;
}

/**
 * The determiner words before a title at item `k`: "the president" (any country), "the Hungarian
 * prime minister" or "Hungary's prime minister" (that country); null when the title is not a
 * definite description, or when a name or "of" follows it ("the President of X", "President X").
 */
export function describedOffice(its: readonly Item[], k: number): DescribedOffice | null {
  const next = its[k + 1];
  if (next?.type === 'NAME' || next?.type === 'PERSON' || isWord(next, 'of')) return null;
  const prev = its[k - 1];
  if (isWord(prev, 'the')) return { start: prev!.start, countries: null };
  if (prev?.type === 'DEMONYM' && isWord(its[k - 2], 'the')) return { start: its[k - 2]!.start, countries: prev.chunk!.refs.filter((r) => r.type === 'DEMONYM').map((r) => r.id) };
  if (isWord(prev, "'s", '’s') && its[k - 2]?.type === 'COUNTRY') return { start: its[k - 2]!.start, countries: its[k - 2]!.chunk!.refs.filter((r) => r.type === 'COUNTRY').map((r) => r.id) };
  return null;
}
