import { lowerCase } from '../nlp/char-class.js';
import type { Token } from '../nlp/tokenize.js';

/** Which way from the publication date a clause points. */
export type Tense = 'past' | 'future';

// Cues are read off the words around a date mention; the nearest one decides. News prose
// reports what happened, so callers treat "no cue" as past.
const FUTURE_AUX = new Set(['will', 'shall', "won't", 'won’t', 'wont']);
// Modals mostly talk about what may still happen ("the court could rule on Friday"); with
// "have" they look back ("could have voted"), which `modalTense` checks.
const MODALS = new Set([
  'would', 'could', 'might', 'may', 'should', 'must', 'can', 'cannot',
  "wouldn't", "couldn't", "shouldn't", "can't", 'wouldn’t', 'couldn’t', 'shouldn’t', 'can’t',
]);
const PRESENT_BE = new Set(['is', 'are', 'am', "isn't", "aren't", 'isn’t', 'aren’t']);
const PAST_BE = new Set(['was', 'were', "wasn't", "weren't", 'wasn’t', 'weren’t']);
const BE = new Set(['be', 'been', 'being', ...PRESENT_BE, ...PAST_BE]);
// Perfects ("has resigned", "had met") look back.
const PERFECT = new Set(['has', 'have', 'had', "hasn't", "haven't", "hadn't", 'hasn’t', 'haven’t', 'hadn’t']);
const PAST_DO = new Set(['did', "didn't", 'didn’t']);
// Words after which an -ed form is a participle or adjective, not a finite past verb.
const NOT_FINITE_BEFORE = new Set([
  ...BE, ...PERFECT, 'get', 'gets', 'got', 'getting', 'the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my',
  'your', 'this', 'these', 'those', 'some', 'many', 'most', 'all', 'newly', 'so', 'well', 'widely',
]);
// "is due to", "are set to", "is expected to", "is scheduled for": arranged future.
const ARRANGED = new Set(['due', 'set', 'expected', 'scheduled', 'slated', 'poised', 'likely', 'planning', 'preparing', 'going', 'about', 'hoping', 'aiming']);
// "plans to", "intends to": present intentions.
const INTEND = new Set(['plans', 'plan', 'intends', 'intend', 'aims', 'aim', 'hopes', 'hope', 'wants', 'want', 'expects', 'expect', 'promises', 'vows', 'threatens']);
const FUTURE_ADJ = new Set(['upcoming', 'forthcoming']);
// "the trial, scheduled to begin Jan. 24", "a vote set for Friday", "talks planned for May":
// an arrangement even without "is".
const SCHEDULED = new Set(['scheduled', 'slated', 'set', 'due', 'expected', 'poised', 'planned', 'timetabled', 'pencilled', 'penciled']);
const SCHEDULED_NEXT = new Set(['to', 'for', 'on', 'in', 'until', 'at']);
// Adverbs that may sit inside a verb group ("is still holding", "will not meet").
const ADVERBS = new Set(['not', "n't", 'also', 'still', 'now', 'already', 'currently', 'just', 'only', 'then', 'again', 'reportedly']);
// -ing words that are not progressives.
const NOT_PROGRESSIVE = new Set(['being', 'nothing', 'something', 'anything', 'everything', 'morning', 'evening', 'during']);
const IRREGULAR_PAST = new Set(
  ('said told went came took made gave held won lost left found saw began fell rose led sent spoke wrote broke became ran ' +
    'struck met knew thought brought bought caught fought taught sought stood understood kept felt paid sold ' +
    'built spent meant heard fled drove flew grew threw drew wore tore swore chose froze rode shook woke arose ' +
    'forgot forgave sank sang rang hung sat lay slept swept wept bore beat bit hid dug stuck ' +
    'withdrew overtook overthrew undertook upheld withheld rebuilt oversaw foresaw mistook shot slid split spread ' +
    'dealt').split(' '),
);
const NOT_PAST_ED = new Set(['need', 'speed', 'bed', 'red', 'feed', 'seed', 'hundred', 'indeed', 'proceed', 'succeed', 'exceed', 'breed', 'embed', 'shed', 'sled', 'wed', 'weed', 'greed', 'creed', 'deed', 'steed', 'reed', 'bred']);
// Present-tense verbs of timetabled events: "the law takes effect on Jan. 1", "the summit ends
// Saturday", "the bank meets on July 30". News uses the present for these, and for them only.
const SCHEDULE_PRESENT = new Set(
  ('takes begins starts ends opens closes meets resumes expires reconvenes convenes concludes goes comes ' +
    'arrives departs travels visits hosts holds faces launches heads votes kicks returns debuts premieres ' +
    // the plural present ("when leaders meet in New Delhi on Saturday")
    'meet gather convene reconvene begin start end open close resume arrive travel vote').split(' '),
);
// Reporting verbs: a date right after one dates the statement ("said on Monday that he would …").
const REPORTING = new Set(
  ('said told announced added stated reported wrote tweeted posted confirmed declared explained warned insisted ' +
    'noted claimed denied acknowledged admitted argued revealed').split(' '),
);
const REPORTING_REACH = 5;
// A cue does not reach across these.
const CLAUSE_BREAK = new Set([';', '"', '“', '”']);
// Crossing these costs as much as a comma: the cue beyond belongs to another clause.
const CLAUSE_JOIN = new Set([',', '—', '–', 'and', 'but', 'or', 'while', 'whereas', 'although', 'though', 'because', 'when', 'where', 'if', 'unless']);
const MAX_DISTANCE = 14;
const COMMA_COST = 10;

/**
 * The tense that governs a date mention at `[start, end)`, read from the nearest tense cue in the
 * sentence's tokens (an auxiliary, modal, "is due to", "plans to", a finite past verb, …); null
 * when there is none within reach. Each comma or conjunction crossed counts as `COMMA_COST`
 * words, so the mention's own clause usually decides ("the trial, scheduled to begin Jan. 24, was
 * delayed"); a reporting verb just before wins outright ("said on Monday that he would …"); on
 * a tie the cue before the mention wins ("will meet on Friday").
 */
export function clauseTense(tokens: readonly Token[], start: number, end: number): Tense | null {
  let first = tokens.findIndex((t) => t.end > start);
  if (first < 0) first = tokens.length;
  let after = first;
  while (after < tokens.length && (tokens[after] as Token).start < end) after++;
  const back = nearestCue(tokens, first - 1, -1);
  if (back && back.reporting && back.cost <= REPORTING_REACH) return back.tense;
  const ahead = nearestCue(tokens, after, 1);
  if (back && (!ahead || back.cost <= ahead.cost)) return back.tense;
  return ahead?.tense ?? null;
}

interface Cue {
  readonly tense: Tense;
  readonly cost: number;
  readonly reporting: boolean;
}

/** The first cue walking from token `from` in direction `step`, with its distance cost. */
function nearestCue(tokens: readonly Token[], from: number, step: 1 | -1): Cue | null {
  let cost = 0;
  for (let i = from, words = 1; i >= 0 && i < tokens.length && words <= MAX_DISTANCE; i += step, words++) {
    const text = (tokens[i] as Token).text;
    if (CLAUSE_BREAK.has(text)) return null;
    cost += CLAUSE_JOIN.has(text) ? COMMA_COST : 1;
    const tense = cueAt(tokens, i);
    if (tense) return { tense, cost, reporting: REPORTING.has(text) };
  }
  return null;
}

const lower = (tokens: readonly Token[], i: number) => lowerCase(tokens[i]?.text ?? '');

/** The tense a single token signals, given its neighbours; null if it is no cue. */
function cueAt(tokens: readonly Token[], i: number): Tense | null {
  const token = tokens[i] as Token;
  if (token.kind !== 'word') return null;
  const w = lowerCase(token.text);
  if (FUTURE_AUX.has(w) || /['’]ll$/.test(w)) return 'future';
  if (FUTURE_ADJ.has(w)) return 'future';
  // "the coming days", but not "refugees coming from Syria".
  if (w === 'coming' && /^(?:the|this|these|a)$/.test(lower(tokens, i - 1))) return 'future';
  if (MODALS.has(w)) return modalTense(tokens, i);
  if (PRESENT_BE.has(w) || /['’]re$/.test(w)) return beTense(tokens, i);
  if (PAST_BE.has(w)) return 'past';
  if (PERFECT.has(w)) {
    // "has to", "have to" are obligations still ahead; "had to" lies behind.
    if (lower(tokens, i + 1) === 'to') return w.startsWith('had') ? 'past' : 'future';
    return 'past';
  }
  if (PAST_DO.has(w)) return 'past';
  if (INTEND.has(w) && lower(tokens, i + 1) === 'to') return 'future';
  if (SCHEDULED.has(w) && !token.upper) {
    const next = lower(tokens, i + 1);
    // "set on fire" and "due to the rain" are no arrangements.
    const follows = w === 'set' ? next === 'to' || next === 'for' : w === 'due' ? next !== 'to' : SCHEDULED_NEXT.has(next);
    if (follows) return 'future';
  }
  if (token.upper && i > 0) return null; // capitalised inside a sentence: a name, not a verb
  if (SCHEDULE_PRESENT.has(w)) return 'future';
  if (IRREGULAR_PAST.has(w)) return finite(tokens, i) ? 'past' : null;
  if (/^[a-z]{2,}ed$/.test(w) && !NOT_PAST_ED.has(w) && !(w.endsWith('eed') && !/(?:agr|fr|guarant|decr)eed$/.test(w))) {
    return finite(tokens, i) ? 'past' : null;
  }
  return null;
}

/** A past form is finite unless an auxiliary or determiner shortly before makes it a participle. */
function finite(tokens: readonly Token[], i: number): boolean {
  for (let j = i - 1; j >= Math.max(0, i - 3); j--) {
    const w = lower(tokens, j);
    if (NOT_FINITE_BEFORE.has(w)) return false;
    if (!ADVERBS.has(w) && !/ly$/.test(w)) break;
  }
  return true;
}

function modalTense(tokens: readonly Token[], i: number): Tense {
  for (let j = i + 1; j <= i + 3 && j < tokens.length; j++) {
    const w = lower(tokens, j);
    if (w === 'have') return 'past';
    if (!ADVERBS.has(w)) break;
  }
  return 'future';
}

/**
 * A form of "be" followed by an arrangement word ("is due to", "are set to", "is going to")
 * or a progressive ("is holding a runoff") points ahead in news copy; otherwise it is present
 * and says nothing.
 */
function beTense(tokens: readonly Token[], i: number): Tense | null {
  for (let j = i + 1; j <= i + 3 && j < tokens.length; j++) {
    const w = lower(tokens, j);
    if (ARRANGED.has(w)) return 'future';
    if (w.endsWith('ing') && w.length > 4 && !NOT_PROGRESSIVE.has(w)) return 'future';
    if (!ADVERBS.has(w) && !/ly$/.test(w)) break;
  }
  return null;
}
