import type { Span } from '../core/article.js';
import { tokenize, type Token, type TokenizedRange } from '../nlp/tokenize.js';
import { bareYears } from './bare-years.js';
import { parseIsoDate, type Ymd } from './calendar.js';
import type { DateMention, Draft, ResolveContext } from './draft.js';
import { relativeDates } from './relative-dates.js';
import { laterDates } from './later-dates.js';
import { clauseTense, type Tense } from './tense.js';
import { writtenDates } from './written-dates.js';

export type { DateMention, Precision } from './draft.js';
export type { Tense } from './tense.js';

// Words kept with a date because they change or frame it: a preposition ("since 2017", "on
// Thursday") and a position inside the period ("early May", "mid-2023", "the end of last year").
const PREFIX =
  /(?:\b(?:on|in|during|since|by|until|till|before|after|from|through|throughout|to|at|for|between|as\s+of)\s+)?(?:\b(?:earlier|later|early|late)\s+|\bmid-?\s*|\b(?:the\s+)?(?:start|beginning|middle|end)\s+of\s+(?:the\s+)?)?$/i;
// A mention that carries its own direction ("last year", "two years later") takes no bare "in",
// "on" or "at": right before it they belong to the verb ("brought in last year", "stayed on two
// years later"). With a position between ("in late last July") the preposition is the date's.
const DIRECTED = /^(?:last|next|this|coming|past)\b|\b(?:later|ago)$/i;
const VERB_PARTICLE = /^(?:in|on|at)\s+$/i;
const RELATIVE_WORD = /\b(?:this\s+past|this\s+coming|last|next|this|coming|upcoming|past)\s+$/i;
const LOOK_BACK = 48;

/**
 * Find the date mentions in the given sentences (`ranges`, offsets into `text`) and resolve them
 * against the publication date (`published`, ISO `YYYY-MM-DD…`). Weekdays, month names and
 * month-days take their direction from "last/next/this" or the clause's tense (past by default);
 * "last week" is an ISO week, "in 2001" a year. With no (or an unreadable) publication date,
 * relative mentions keep their words with a null value. Never reads the clock.
 * `tokens`, when the ranges carry token ranges (`from`/`to`, as segmentation gives them), are
 * their tokens, reused for the tense instead of tokenizing the sentence again.
 */
export function findDates(text: string, ranges: readonly (Span | TokenizedRange)[], published: string | null, tokens?: readonly Token[]): DateMention[] {
  const pub = published === null ? null : parseIsoDate(published);
  const mentions: DateMention[] = [];
  // "the following year" counts from the last date of its sentence or the sentence before
  let previous: DateMention | null = null;
  for (const range of ranges) {
    const known = tokens && 'from' in range ? () => tokens.slice(range.from, range.to) : null;
    const found = sentenceDates(text, range.start, range.end, pub, known, previous);
    mentions.push(...found);
    previous = lastResolved(found);
  }
  return mentions.sort((a, b) => a.start - b.start);
}

function sentenceDates(text: string, start: number, end: number, pub: Ymd | null, known: (() => Token[]) | null, previous: DateMention | null): DateMention[] {
  // One chrono pass for written dates, then the regex rules; earlier sources win overlaps
  // (dates counted from another date first: "the next year" of a past clause is not next year).
  const drafts: Draft[] = [];
  for (const draft of [...writtenDates(text, start, end), ...laterDates(text, start, end), ...relativeDates(text, start, end), ...bareYears(text, start, end)]) {
    if (!drafts.some((d) => d.start < draft.end && draft.start < d.end)) drafts.push(draft);
  }
  if (drafts.length === 0) return [];
  drafts.sort((a, b) => a.start - b.start);

  let tokens: Token[] | null = null;
  const mentions: DateMention[] = [];
  let floor = start;
  for (const draft of drafts) {
    const s = extendLeft(text, Math.max(floor, draft.start - LOOK_BACK), draft.start, draft.end, draft.takesRelativeWord);
    const words = text.slice(s, draft.end);
    let tense: Tense | null | undefined;
    const context: ResolveContext = {
      pub,
      words: words.toLowerCase(),
      tense: () => {
        if (tense === undefined) {
          tokens ??= known ? known() : tokenize(text, start, end);
          tense = clauseTense(tokens, s, draft.end);
        }
        return tense;
      },
      anchor: () => {
        const last = lastResolved(mentions) ?? previous;
        return last?.value && last.precision ? { value: last.value, precision: last.precision } : null;
      },
    };
    const resolved = draft.resolve(context);
    mentions.push({
      start: s,
      end: draft.end,
      text: words,
      value: resolved?.value ?? null,
      precision: resolved?.precision ?? null,
      relative: draft.relative,
      rule: draft.rule,
      tense: context.tense(),
    });
    floor = draft.end;
  }
  return mentions;
}

/** The last mention of a list that has a value. */
function lastResolved(mentions: readonly DateMention[]): DateMention | null {
  for (let i = mentions.length - 1; i >= 0; i--) if (mentions[i]!.value !== null) return mentions[i]!;
  return null;
}

/** Where a mention starts once the words framing it (see `PREFIX`) are included. */
function extendLeft(text: string, from: number, start: number, end: number, takesRelativeWord: boolean): number {
  let before = text.slice(from, start);
  let directed = DIRECTED.test(text.slice(start, end));
  if (takesRelativeWord) {
    const rel = RELATIVE_WORD.exec(before);
    if (rel) {
      before = before.slice(0, rel.index);
      directed = true;
    }
  }
  const prefix = PREFIX.exec(before);
  // PREFIX ends at the mention: taking none of it starts the mention where `before` ends.
  if (!prefix || (directed && VERB_PARTICLE.test(prefix[0]))) return from + before.length;
  return from + prefix.index;
}
