import { readFileSync } from 'node:fs';
import { extract } from '../../dist/extract/extract.js';
import type { QuoteFact } from '../../dist/facts/quotes/types.js';
import { datasetPath, hasDataset } from './datasets.js';
import { f1Of, overlap, round4 } from './metrics.js';
import type { DatasetResult } from './result.js';

interface Part {
  readonly ranges: readonly (readonly [number, number])[];
}
interface Relation {
  readonly source: readonly Part[];
  readonly content: readonly Part[];
}
interface PolnearArticle {
  readonly filename: string;
  readonly publication_date: string;
  readonly text: string;
  readonly annotations_by_annotator: Readonly<Record<string, readonly Relation[]>>;
}

const MARK = /["“”'‘’]/u;

/** Half the shorter span: how much a found quote and an annotated content must share to match. */
const quoteMatches = (q: QuoteFact, s: number, e: number) => overlap(q.start, q.end, s, e) >= 0.5 * Math.min(q.end - q.start, e - s);
const sourceAgrees = (q: QuoteFact, sources: readonly (readonly [number, number])[]) => q.source !== null && sources.some(([a, b]) => overlap(a, b, q.source!.start, q.source!.end) > 0);

/**
 * PolNeAR test: direct quotes found by extract() against the annotated attribution contents that
 * sit inside quotation marks, and the speaker words extract() gives each quote against the
 * annotated Source span.
 */
export function runPolnear(): DatasetResult {
  const t0 = performance.now();
  const file = ['polnear-test', 'polnear_test.jsonl'];
  const base = {
    id: 'polnear',
    name: 'PolNeAR test',
    method:
      'extract() (the whole pipeline: reading, recognition, people and organisations, quotes) on each of the 84 articles, publication date given, first annotator (alphabetically) per article. Gold direct quotes: annotated Content spans that open at a quotation mark. A found quote matches a content when they share at least half of the shorter span. Quote precision: found quotes that match any annotated content (direct or reported); recall: gold direct quotes matched. Speaker: the words extract() gives as the quote\'s source must overlap the annotated Source span (scored as a span, not as a resolved person); precision over found quotes with a source, recall over gold direct quotes that have a Source.',
    differences:
      'No system result is published on this split; the anchor is the annotators\' agreement (attribution-wise 92.3%), a ceiling for the full task. That task covers every attribution (indirect speech, paraphrase, "according to", attributed thoughts); we extract direct quotes only and score those, so our recall is not comparable with attribution recall. A pronoun source ("he said") is scored as the pronoun, as annotated; resolving it to a person is extra and not scored.',
  };
  if (!hasDataset(...file)) return { ...base, status: 'missing', reason: 'polnear_test.jsonl not found', figures: [], details: {}, seconds: 0 };
  const articles = readFileSync(datasetPath(...file), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as PolnearArticle);

  let gold = 0; // direct-quote contents
  let recalled = 0;
  let found = 0;
  let foundAnnotated = 0;
  let goldWithSource = 0;
  let speakerRecalled = 0;
  let foundWithSource = 0;
  let foundWithSourceRight = 0;
  let matchedWithSource = 0; // recalled gold quotes that have a Source: the base of speaker accuracy
  let attributions = 0;
  let resolvedSpeaker = 0;
  for (const article of articles) {
    const { text } = article;
    const first = Object.keys(article.annotations_by_annotator).sort()[0]!;
    const relations = article.annotations_by_annotator[first] ?? [];
    attributions += relations.length;
    const doc = extract(text, { id: article.filename, published: article.publication_date });
    const quotes = doc.quotes;
    found += quotes.length;
    for (const q of quotes) {
      if (q.speaker) resolvedSpeaker++;
      const hits = relations.filter((r) => r.content.some((c) => c.ranges.some(([s, e]) => quoteMatches(q, s, e))));
      if (hits.length > 0) foundAnnotated++;
      if (q.source) {
        foundWithSource++;
        if (hits.some((r) => sourceAgrees(q, r.source.flatMap((p) => p.ranges)))) foundWithSourceRight++;
      }
    }
    for (const r of relations) {
      const sources = r.source.flatMap((p) => p.ranges);
      for (const [s, e] of r.content.flatMap((p) => p.ranges)) {
        if (!MARK.test(text[s - 1] ?? '') && !MARK.test(text[s] ?? '')) continue; // reported speech, not a direct quote
        gold++;
        if (sources.length > 0) goldWithSource++;
        const matching = quotes.filter((q) => quoteMatches(q, s, e));
        if (matching.length === 0) continue;
        recalled++;
        if (sources.length === 0) continue;
        matchedWithSource++;
        if (matching.some((q) => sourceAgrees(q, sources))) speakerRecalled++;
      }
    }
  }
  const quoteP = found === 0 ? 0 : foundAnnotated / found;
  const quoteR = gold === 0 ? 0 : recalled / gold;
  const speakerP = foundWithSource === 0 ? 0 : foundWithSourceRight / foundWithSource;
  const speakerR = goldWithSource === 0 ? 0 : speakerRecalled / goldWithSource;
  return {
    ...base,
    status: 'ok',
    figures: [
      { metric: 'direct quotes F1 (span overlap ≥ half)', ours: round4(f1Of(quoteP, quoteR)), anchor: null, anchorSource: null },
      { metric: 'direct quotes precision', ours: round4(quoteP), anchor: null, anchorSource: null },
      { metric: 'direct quotes recall', ours: round4(quoteR), anchor: null, anchorSource: null },
      { metric: 'quote + speaker F1 (source span overlaps)', ours: round4(f1Of(speakerP, speakerR)), anchor: 0.923, anchorSource: 'human attribution-wise agreement, Newell et al. LREC 2018 (all attributions; a ceiling, not a system)' },
      { metric: 'quote + speaker precision', ours: round4(speakerP), anchor: null, anchorSource: null },
      { metric: 'quote + speaker recall', ours: round4(speakerR), anchor: null, anchorSource: null },
      { metric: 'speaker accuracy on matched quotes', ours: round4(matchedWithSource === 0 ? 0 : speakerRecalled / matchedWithSource), anchor: null, anchorSource: null },
    ],
    details: {
      articles: articles.length,
      attributions,
      goldDirectQuotes: gold,
      goldDirectQuotesWithSource: goldWithSource,
      recalled,
      found,
      foundMatchingAnAnnotation: foundAnnotated,
      foundWithSource,
      foundWithSourceRight,
      matchedWithSource,
      speakerRecalled,
      foundResolvedToAnEntity: resolvedSpeaker,
    },
    seconds: round4((performance.now() - t0) / 1000),
  };
}
