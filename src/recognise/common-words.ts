/**
 * Words that start sentences or headlines with a capital but never begin a person's name.
 * Policy: function words, pronouns, and the nouns and verbs news most often puts first; a word
 * belongs only if it is never a given name or surname in news (so no "Rose", "Hope", "Bill").
 */
export const COMMON_CAPITALISED = new Set(
  `a an the this that these those there here it its he she his her him they them their we our us you your i my me
  in on at for from by with about after before during since until into over under between among against without within
  and or but nor so yet if when while where why how what which who whom whose as than then also still even though although
  because despite however meanwhile moreover furthermore instead thus therefore indeed later earlier today yesterday tomorrow
  some many most more few several all both each every other others another such no not none one two three four five six seven
  eight nine ten first second third last next new former leaders leader officials official observers observer members member
  states state countries country president presidents minister ministers premier chancellor king queen prince emir sheikh
  foreign prime deputy acting interim secretary general speaker spokesman spokeswoman spokesperson ambassador envoy delegates
  delegation delegations talks summit summits meeting meetings visit election elections peace war ceasefire security economic
  trade government governments parliament ministry council committee commission group bloc alliance organisation organization
  union league forum community partners partner dialogue analysts critics diplomats experts sources reporters media press
  speaking asked according addressing describing noting adding saying calling writing despite amid following ahead
  mr mrs ms dr sir madam his-excellency
  jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december
  read related share source photo image video watch listen advertisement subscribe sign click follow tags
  western eastern northern southern central global international regional national local annual extraordinary
  north south east west`.split(/\s+/),
);

/** Particles that may sit inside a person's name ("da Silva", "bin Salman", "von der Leyen"). */
export const NAME_PARTICLES = new Set(['da', 'de', 'do', 'dos', 'das', 'di', 'del', 'della', 'der', 'den', 'van', 'von', 'bin', 'ibn', 'ben', 'al', 'el', 'la', 'le', 'du', 'y', 'abu', 'bint', 'ter', 'zu']);

/**
 * Honorifics that stand before a name without being part of it or an office
 * ("Sheikh Mansour bin Zayed", "Datuk Seri Anwar Ibrahim", "Dr Tedros"). Multi-word forms first.
 */
export const HONORIFICS: readonly (readonly string[])[] = [
  ['tan', 'sri'], ['datuk', 'seri'], ['dato', 'seri'], ['dato', 'sri'], ['his', 'excellency'], ['her', 'excellency'], ['his', 'majesty'], ['her', 'majesty'], ['his', 'highness'], ['her', 'highness'],
  ['prince'], ['princess'], ['sheikh'], ['sheikha'], ['shaikh'], ['sir'], ['dame'], ['dr'], ['mr'], ['mrs'], ['ms'], ['datuk'], ['dato'], ['tun'], ['haji'], ['hajji'], ['mullah'], ['ayatollah'], ['lord'], ['lady'], ['madam'], ['monsieur'], ['senor'], ['señor'],
];

/** Name suffixes that belong to the name ("Ferdinand Marcos Jr.", "Abdullah II"). */
export const NAME_SUFFIX = /^(Jr|Sr|II|III|IV|V|VI|VII|VIII)$/;

/** An ordinal written as news writes it ("11th", "sixth"): "the 37th ordinary session", "become the 11th". */
export const ORDINAL = /^(\d+(st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)$/;

/** A suffix written in any case, with or without its stop ("jr", "Jr.", "III"): it ends a full name, it is never the family name. */
export function isNameSuffix(word: string): boolean {
  return /^(jr|sr|ii|iii|iv|v|vi|vii|viii)\.?$/i.test(word);
}
