import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HAS_SHARED, shared } from '../../../test/shared.js';
import type { Span } from '../../core/article.js';
import { splitSentences } from '../../nlp/sentences.js';
import { tokenize } from '../../nlp/tokenize.js';
import { findQuotes } from './find-quotes.js';
import type { SpeakerMention } from './types.js';

// A check on general news quoting: the PolNeAR test articles (84 US political stories from seven
// publishers, attribution relations annotated by hand), read in place. Measured:
// - quote recall: annotated contents that sit inside quotation marks, overlapped by a found quote
//   (overlap ≥ half the shorter span);
// - quote precision: found quotes that overlap some annotated content;
// - source agreement: for those found quotes, the words we take as the speaker (`source`: a name,
//   pronoun or noun phrase, never resolved) overlap the annotated Source span.
// There is no recogniser here: every run of capitalised words stands in for a person mention, so
// the figures measure the patterns, not name recognition.

const FILE = HAS_SHARED ? shared('datasets', 'polnear-test', 'polnear_test.jsonl') : '';
const HAS_POLNEAR = HAS_SHARED && existsSync(FILE);

interface Part {
  readonly ranges: [number, number][];
}
interface Relation {
  readonly source: Part[];
  readonly content: Part[];
}
interface Article {
  readonly text: string;
  readonly annotations_by_annotator: Record<string, Relation[]>;
}

function paragraphsOf(text: string): Span[] {
  const spans: Span[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) if (m[0].trim()) spans.push({ start: m.index, end: m.index + m[0].length });
  return spans;
}

// Sentence-initial function words and honorifics are no names.
const NOT_NAMES = new Set('The A An But And In On At It He She They We I This That If When As For Mr Mrs Ms Dr'.split(' '));

/** Runs of capitalised words on one line, each a person mention named by its last word. */
function crudeMentions(text: string): SpeakerMention[] {
  const tokens = tokenize(text);
  const mentions: SpeakerMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.upper || t.kind !== 'word' || NOT_NAMES.has(t.text)) continue;
    let j = i;
    while (tokens[j + 1]?.upper && tokens[j + 1]?.kind === 'word' && text.slice(tokens[j]!.end, tokens[j + 1]!.start) === ' ') j++;
    mentions.push({ start: t.start, end: tokens[j]!.end, entity: tokens[j]!.text, kind: 'person' });
    i = j;
  }
  return mentions;
}

const overlap = (a0: number, a1: number, b0: number, b1: number) => Math.max(0, Math.min(a1, b1) - Math.max(a0, b0));
const MARK = /["“”'‘’]/u;

describe.skipIf(!HAS_POLNEAR)('findQuotes on PolNeAR (test articles, first annotator)', () => {
  it('finds the quoted contents and reads their sources', () => {
    let gold = 0;
    let recalled = 0;
    let found = 0;
    let annotated = 0;
    let withSource = 0;
    let sourceAgrees = 0;
    for (const line of readFileSync(FILE, 'utf8').split('\n').filter(Boolean)) {
      const article = JSON.parse(line) as Article;
      const { text } = article;
      const first = Object.keys(article.annotations_by_annotator).sort()[0] as string;
      const relations = article.annotations_by_annotator[first] ?? [];
      const quotes = findQuotes(text, splitSentences(text, paragraphsOf(text)), crudeMentions(text));
      for (const q of quotes) expect(text.slice(q.start, q.end)).toBe(q.text);
      found += quotes.length;
      annotated += quotes.filter((q) => relations.some((r) => r.content.some((c) => c.ranges.some(([s, e]) => overlap(q.start, q.end, s, e) > 0)))).length;
      for (const r of relations) {
        const sources = r.source.flatMap((p) => p.ranges);
        for (const [s, e] of r.content.flatMap((p) => p.ranges)) {
          if (!MARK.test(text[s - 1] ?? '') && !MARK.test(text[s] ?? '')) continue; // not a direct quote
          gold++;
          const q = quotes.find((x) => overlap(x.start, x.end, s, e) >= 0.5 * Math.min(x.end - x.start, e - s));
          if (!q) continue;
          recalled++;
          if (sources.length === 0) continue;
          withSource++;
          if (q.source && sources.some(([a, b]) => overlap(a, b, q.source!.start, q.source!.end) > 0)) sourceAgrees++;
        }
      }
    }
    const figures = `recall ${recalled}/${gold}, precision ${annotated}/${found}, source ${sourceAgrees}/${withSource}`;
    // Measured when written: recall 571/585, precision 814/832, source 530/569.
    expect(recalled / gold, figures).toBeGreaterThanOrEqual(0.95);
    expect(annotated / found, figures).toBeGreaterThanOrEqual(0.95);
    expect(sourceAgrees / withSource, figures).toBeGreaterThanOrEqual(0.9);
  });
});
