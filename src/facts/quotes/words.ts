/** Word lists the attribution rules share. Lower-case. */

const set = (words: string) => new Set(words.split(/\s+/u).filter(Boolean));

/** Words between a subject and its verb that say nothing about who speaks: adverbs, auxiliaries,
 * time phrases ("Xi last week called for", "Putin on Thursday said", "was quoted as saying"). */
export const SKIP_BEFORE_VERB = set(`
  also later then again further repeatedly previously earlier once recently reportedly publicly
  separately similarly likewise meanwhile subsequently immediately quickly bluntly flatly firmly
  simply just even still already often always never not only has had have was is were are been
  would will could may might did does do himself herself itself themselves last this next week
  month year weekend morning afternoon evening night on monday tuesday wednesday thursday friday
  saturday sunday today yesterday tonight january february march april may june july august
  september october november december quoted as
`);

/** Titles written with a full stop before a name ("Mr. Sloan"). */
export const HONORIFICS = set('mr mrs ms dr prof gen sen rep gov lt col capt sgt adm st');

export const DETERMINERS = set('the a an this that these those');
export const POSSESSIVE_PRONOUNS = set('his her its their');

/** Subject pronouns and possessive pronouns, with what they can refer to. */
export const PRONOUNS: Readonly<Record<string, 'person' | 'thing' | 'plural'>> = {
  he: 'person',
  she: 'person',
  his: 'person',
  her: 'person',
  it: 'thing',
  its: 'thing',
  they: 'plural',
  their: 'plural',
};

/** Prepositions that may join a noun phrase to its owner ("a spokesman for the Kremlin",
 * "a transcript of his speech", "a statement from the ministry"). */
export const NP_PREPOSITIONS = set('of for from');

/** Words that end a noun phrase: conjunctions, relative words and other prepositions. */
export const NP_STOPS = set(`
  and or but nor that which who whom whose when where while as because if after before since than
  then so yet though although to in on at with by about over under between among within into
  during against without via per
`);

/** Prepositions that open a phrase whose noun is no subject ("At a summit with Xi, Putin said"). */
export const PREPOSITIONS = set(`
  of for from to in on at with by about over under between among within into during against
  without via per after before since like unlike besides beside despite including alongside
  toward towards upon amid
`);

/** Nouns for people who speak for someone else. */
export const SPOKES_NOUNS = set('spokesman spokeswoman spokesperson spokesmen spokeswomen spokespeople spokespersons');

/** Nouns for bodies that speak for a state or an organisation ("China's foreign ministry"). */
export const INSTITUTION_NOUNS = set(`
  ministry government cabinet embassy consulate mission presidency office administration secretariat
  department parliament military army command headquarters leadership
`);

/** Nouns for what someone said or wrote: their owner is the speaker ("a transcript of his speech"). */
export const DOCUMENT_NOUNS = set(`
  speech statement statements remarks transcript letter post tweet interview words comments readout
  text address message article op-ed memo communique communiqué report account reply response answer
`);
