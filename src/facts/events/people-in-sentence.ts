/** Finding the people a clause is about: lists, subjects, relative clauses, modality. */
import { isWord, type Item } from '../../recognise/items.js';
import type { EventSentence, PersonAt } from './types.js';

/** People listed from item `j` on: "A, B and C", "A; B; and C". */
export function listOfPeople(s: EventSentence, j: number): PersonAt[] {
  const out: PersonAt[] = [];
  for (let i = j; i < s.items.length; i++) {
    const p = s.people.find((x) => x.item === i);
    if (p) {
      out.push(p);
      continue;
    }
    const it = s.items[i] as Item;
    if (isWord(it, ',', ';', 'and', 'the', 'as', 'well', 'also') || it.type === 'TITLE' || it.type === 'DEMONYM' || it.type === 'MODIFIER' || it.type === 'ORG') continue;
    if (it.type === 'COUNTRY' || isWord(it, 'of', 'from') || it.token?.kind === 'possessive') continue; // "President X of Kazakhstan"
    break;
  }
  return out;
}

/** People of the clause before a verb at `k` (stopping at a clause break or another verb cue). */
export function subjectPeople(s: EventSentence, k: number): PersonAt[] {
  const out: PersonAt[] = [];
  const inRelative = relativeClauses(s.items, k);
  for (let j = k - 1; j >= 0; j--) {
    const it = s.items[j] as Item;
    if (isWord(it, ';', 'while', 'but', 'although', 'said', 'says')) break;
    if (inRelative.has(j)) continue; // "Hun Manet, who succeeded his father Hun Sen, …": not the father
    const p = s.people.find((x) => x.item === j);
    if (p) out.unshift(p);
  }
  // "A, who is visiting X, is expected to attend": the relative clause does not hide A
  if (out.length === 0) {
    const first = s.people.find((x) => x.item < k);
    if (first) out.push(first);
  }
  return out;
}

/** Item indexes inside ", who/which/whose … ," clauses before `k`. */
export function relativeClauses(items: readonly Item[], k: number): Set<number> {
  const inside = new Set<number>();
  for (let j = 0; j < k; j++) {
    if (!isWord(items[j], 'who', 'which', 'whose') || !isWord(items[j - 1], ',')) continue;
    let e = j;
    while (e < k && !isWord(items[e], ',', ';')) inside.add(e++);
  }
  return inside;
}

export function isExpected(items: readonly Item[], k: number): boolean {
  return items.slice(Math.max(0, k - 4), k).some((x) => isWord(x, 'expected', 'will', 'set', 'due', 'scheduled', 'plans', 'likely'));
}

export function isNegated(items: readonly Item[], k: number): boolean {
  if (items.slice(Math.max(0, k - 3), k).some((x) => isWord(x, 'not', "n't", 'never', 'no'))) return true;
  // "addressed the gathering by video", "joined virtually": taking part from afar is not attending
  for (let j = k + 1; j < Math.min(items.length, k + 8); j++) {
    const it = items[j] as Item;
    if (isWord(it, ',', ';', 'and', 'but', 'while')) break;
    if (isWord(it, 'video', 'videolink', 'video-link', 'virtually', 'remotely', 'online', 'videoconference')) return true;
  }
  return false;
}
