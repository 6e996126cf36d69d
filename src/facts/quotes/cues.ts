import type { Token } from '../../nlp/tokenize.js';
import type { QuoteCue } from './types.js';

/** A cue found at a token, with the token range it covers. */
export interface FoundCue extends QuoteCue {
  /** First and last token index of the cue. */
  readonly first: number;
  readonly last: number;
  /** The speaker may follow it ("…,” said Putin); false for verbs whose object follows (told, urged). */
  readonly inverts: boolean;
  /** An -ing form after a comma or a preposition ("…, adding: “…”", "by saying"): its subject is the main clause's. */
  readonly gerund: boolean;
  /** A phrase, not a verb: "according to X", "in a statement". */
  readonly phrase: 'according-to' | 'statement' | null;
}

interface Verb {
  readonly lemma: string;
  readonly inverts: boolean;
}

// Reporting verbs by lemma, with the forms news uses to introduce speech. Forms that are more often
// nouns are left out (claims, notes); "calls" stays, as its noun reading rarely sits by a quote.
// `true` marks the verbs that can stand before their subject in an inversion ("…,” said Putin).
const VERBS: readonly [string, boolean, string][] = [
  ['say', true, 'say says said saying'],
  ['add', true, 'add adds added adding'],
  ['stress', true, 'stresses stressed stressing'],
  ['tell', false, 'tell tells told telling'],
  ['call', false, 'calls called calling'],
  ['describe', false, 'describe describes described describing'],
  ['warn', true, 'warn warns warned warning'],
  ['note', true, 'noted noting'],
  ['insist', true, 'insist insists insisted insisting'],
  ['urge', false, 'urge urges urged urging'],
  ['declare', true, 'declare declares declared declaring'],
  ['hail', false, 'hail hails hailed hailing'],
  ['write', true, 'write writes wrote written writing'],
  ['state', true, 'stated stating'],
  ['explain', true, 'explain explains explained explaining'],
  ['argue', true, 'argue argues argued arguing'],
  ['claim', true, 'claimed claiming'],
  ['announce', true, 'announced announcing'],
  ['assert', true, 'asserts asserted asserting'],
  ['acknowledge', true, 'acknowledges acknowledged acknowledging'],
  ['admit', true, 'admits admitted admitting'],
  ['reply', true, 'replies replied replying'],
  ['respond', true, 'responds responded responding'],
  ['answer', true, 'answered'],
  ['reiterate', true, 'reiterates reiterated reiterating'],
  ['emphasise', true, 'emphasises emphasised emphasising emphasizes emphasized emphasizing'],
  ['remark', true, 'remarked'],
  ['comment', true, 'commented'],
  ['observe', true, 'observed'],
  ['tweet', true, 'tweeted'],
  ['predict', true, 'predicted'],
  ['vow', true, 'vows vowed vowing'],
  ['pledge', true, 'pledged pledging'],
  ['promise', true, 'promised promising'],
  ['recall', true, 'recalls recalled recalling'],
  ['ask', true, 'asks asked asking'],
  ['conclude', true, 'concluded'],
  ['concede', true, 'conceded'],
  ['complain', true, 'complained complaining'],
  ['continue', true, 'continued'],
  ['suggest', true, 'suggested'],
  ['demand', false, 'demanded demanding'],
  ['accuse', false, 'accused accusing'],
  ['condemn', false, 'condemned condemning'],
  ['praise', false, 'praised praising'],
  ['criticise', false, 'criticised criticized criticising criticizing'],
  ['deny', false, 'denied denying'],
  ['confirm', false, 'confirmed confirming'],
  ['quip', true, 'quipped'],
  ['joke', true, 'joked'],
  ['label', false, 'labelled labeled'],
  ['brand', false, 'branded'],
  ['term', false, 'termed'],
  ['report', true, 'reported'],
  ['advise', true, 'advises advised'],
  ['agree', true, 'agreed'],
  ['boast', true, 'boasted'],
  ['caution', true, 'cautioned'],
  ['counter', true, 'countered'],
  ['email', true, 'emailed e-mailed'],
  ['exclaim', true, 'exclaimed'],
  ['fume', true, 'fumed'],
  ['gush', true, 'gushed'],
  ['implore', true, 'implored'],
  ['interject', true, 'interjected'],
  ['lament', true, 'lamented'],
  ['muse', true, 'mused'],
  ['retort', true, 'retorted'],
  ['shout', true, 'shouted'],
  ['sigh', true, 'sighed'],
  ['testify', true, 'testified'],
  ['whisper', true, 'whispered'],
  ['blurt', true, 'blurted'],
  ['wonder', true, 'wondered'],
  ['suggest', true, 'suggests'],
];

const LEXICON = new Map<string, Verb>();
for (const [lemma, inverts, forms] of VERBS) for (const f of forms.split(' ')) LEXICON.set(f, { lemma, inverts });

// "call" needs its particle or an object to report speech; both readings are cues, the particle is kept in the verb.
const PARTICLES: Readonly<Record<string, readonly string[]>> = { call: ['for', 'on', 'upon'], blurt: ['out'], point: ['out'] };
const STATEMENT_NOUNS = new Set(['statement', 'interview', 'post', 'tweet', 'letter', 'message']);
const STATEMENT_DETERMINERS = new Set(['a', 'an', 'its', 'his', 'her', 'their', 'the']);

// Before an -ing cue these mark a participle clause whose subject is the main clause's
// ("…, adding", "by saying", "after telling").
const GERUND_OPENERS = new Set([',', 'by', 'after', 'before', 'while', 'when', 'in', 'without', 'also', 'and']);

const lower = (t: Token | undefined) => t?.text.toLowerCase() ?? '';

/**
 * The cue at token `i`, if one starts there: a reporting verb ("said", "called for", "as he put
 * it"), "according to", or "in a statement" (also interview, post, letter).
 */
export function cueAt(tokens: readonly Token[], i: number): FoundCue | null {
  const t = tokens[i];
  if (!t || t.kind !== 'word') return null;
  const w = lower(t);
  if (w === 'according' && lower(tokens[i + 1]) === 'to') return make(tokens, i, i + 1, 'according to', 'according to', false, 'according-to');
  if (w === 'in' && STATEMENT_DETERMINERS.has(lower(tokens[i + 1]))) {
    // "in a statement", "in a joint statement", "in an interview with …"
    for (let j = i + 2; j <= i + 3; j++) {
      if (STATEMENT_NOUNS.has(lower(tokens[j]))) return make(tokens, i, j, `in ${lower(tokens[i + 1])} ${lower(tokens[j])}`, 'in a statement', false, 'statement');
    }
    return null;
  }
  if (w === 'put' && lower(tokens[i + 1]) === 'it') return make(tokens, i, i + 1, 'put it', 'put', false, null);
  const verb = LEXICON.get(w);
  if (!verb) return null;
  const particle = PARTICLES[verb.lemma]?.includes(lower(tokens[i + 1]));
  const last = particle ? i + 1 : i;
  const gerund = w.endsWith('ing') && GERUND_OPENERS.has(lower(tokens[i - 1]));
  return { ...make(tokens, i, last, particle ? `${w} ${lower(tokens[i + 1])}` : w, verb.lemma, verb.inverts, null), gerund };
}

// Lower-case words that look like verbs (-ed, -s) but are not: never read as a reporting verb.
const NOT_VERBS = new Set('was has is does its his this thus us news was needed used based led red bed less unless across always perhaps times years days weeks months percent'.split(' '));

/**
 * A verb not in the lexicon, read as a cue only in the tight frames where news puts nothing else:
 * right after a quote and its speaker (“…,” Trump implored) or right before a colon that opens a
 * quote (Kovner sighed: “…”). A lower-case word ending in -ed or -s.
 */
export function genericVerbAt(tokens: readonly Token[], i: number): FoundCue | null {
  const t = tokens[i];
  if (!t || t.kind !== 'word' || t.upper || !/^[a-z]{3,}(?:ed|s)$/u.test(t.text) || NOT_VERBS.has(t.text)) return null;
  return make(tokens, i, i, t.text, t.text, true, null);
}

function make(tokens: readonly Token[], first: number, last: number, verb: string, lemma: string, inverts: boolean, phrase: FoundCue['phrase']): FoundCue {
  const a = tokens[first] as Token;
  const b = tokens[last] as Token;
  return { start: a.start, end: b.end, verb, lemma, first, last, inverts, gerund: false, phrase };
}
