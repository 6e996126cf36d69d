// Frequent function words per language: enough to tell news languages apart on a paragraph.
const FUNCTION_WORDS: Record<string, readonly string[]> = {
  en: ['the', 'and', 'of', 'to', 'in', 'is', 'that', 'for', 'on', 'with', 'was', 'said', 'his', 'has'],
  fr: ['le', 'la', 'les', 'des', 'et', 'est', 'une', 'dans', 'pour', 'que', 'du', 'sur', 'au', 'pas'],
  es: ['el', 'la', 'los', 'las', 'y', 'que', 'del', 'en', 'por', 'con', 'una', 'para', 'se', 'su'],
  de: ['der', 'die', 'und', 'das', 'den', 'nicht', 'ist', 'mit', 'von', 'sich', 'auf', 'dem', 'ein', 'zu'],
  pt: ['o', 'os', 'da', 'do', 'que', 'em', 'uma', 'para', 'com', 'não', 'dos', 'as', 'ao', 'na'],
  it: ['il', 'di', 'che', 'e', 'la', 'per', 'del', 'della', 'un', 'non', 'sono', 'gli', 'nel', 'alla'],
};
const LOOKUP = new Map<string, string[]>();
for (const [lang, words] of Object.entries(FUNCTION_WORDS)) {
  for (const w of words) LOOKUP.set(w, [...(LOOKUP.get(w) ?? []), lang]);
}

/** Guess the ISO 639-1 language of a text from its script and function words; `und` if unsure. */
export function guessLanguage(text: string): string {
  // a couple of paragraphs tell the language as well as the whole article
  const sample = text.slice(0, 1500);
  const cyrillic = (sample.match(/\p{Script=Cyrillic}/gu) ?? []).length;
  const latin = (sample.match(/\p{Script=Latin}/gu) ?? []).length;
  if (cyrillic > latin) return 'ru';
  const scores = new Map<string, number>();
  for (const word of sample.toLowerCase().match(/\p{L}+/gu) ?? []) {
    for (const lang of LOOKUP.get(word) ?? []) scores.set(lang, (scores.get(lang) ?? 0) + 1);
  }
  let best = 'und';
  let bestScore = 2; // fewer than three hits is too little to tell
  for (const [lang, score] of scores) {
    if (score > bestScore) {
      best = lang;
      bestScore = score;
    }
  }
  return best;
}
