/**
 * Name normalisation shared by every gazetteer and scorer: case, diacritics and punctuation
 * are folded so that "Türkiye", "TURKIYE" and "turkiye" meet, and "U.N." meets "UN".
 */

import { lowerCase } from '../nlp/char-class.js';

const COMBINING_MARKS = /[\u0300-\u036f]/g;
// Letters that NFD does not decompose but news spells both ways.
const EXTRA_FOLDS: Record<string, string> = { ø: 'o', đ: 'd', ł: 'l', ß: 'ss', æ: 'ae', œ: 'oe', ı: 'i', ð: 'd', þ: 'th' };

/**
 * Fold a name to its comparison key: lower case, no diacritics, apostrophes and dots removed,
 * other punctuation and runs of space turned into one space.
 * @example normaliseName("Côte d'Ivoire") // "cote divoire"
 */
export function normaliseName(name: string): string {
  // A plain ASCII word (most tokens) folds to its lower case: no cache lookup needed.
  if (isAsciiAlnum(name)) return lowerCase(name);
  const cached = CACHE.get(name);
  if (cached !== undefined) return cached;
  const key = fold(name);
  // Words repeat across articles; a bounded cache keeps the folding off the hot path.
  if (CACHE.size >= CACHE_LIMIT) CACHE.clear();
  CACHE.set(name, key);
  return key;
}

function isAsciiAlnum(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57))) return false;
  }
  return s.length > 0;
}

const CACHE = new Map<string, string>();
const CACHE_LIMIT = 100_000;

function fold(name: string): string {
  return name
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(/[øđłßæœıðþ]/g, (c) => EXTRA_FOLDS[c] ?? c)
    .replace(/['’‘`´.]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
