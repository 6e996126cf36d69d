import { readFileSync } from 'node:fs';
import { extract, toFacts } from '../../dist/extract/extract.js';
import type { FindRewritesFn, RewriteInput } from '../../dist/reconcile/types.js';
import { datasetPath, hasDataset } from './datasets.js';
import { prf, round4 } from './metrics.js';
import type { DatasetResult } from './result.js';

interface Pair {
  readonly label: 0 | 1;
  readonly sentence1: string;
  readonly sentence2: string;
}

/** The sentence comparison rewrite detection makes: `rewrites.ts` exports it beside `findRewrites`. */
interface RewritesModule {
  readonly measureRewrite: (a: { text: string }, b: { text: string }) => { readonly aligned: number; readonly score: number; readonly containment: number };
  readonly SENTENCE_ALIGN: number;
}

function scoreDecisions(pairs: readonly Pair[], says: readonly boolean[]) {
  let tp = 0;
  let predicted = 0;
  let right = 0;
  const gold = pairs.filter((p) => p.label === 1).length;
  pairs.forEach((p, i) => {
    if (says[i]) predicted++;
    if (says[i] && p.label === 1) tp++;
    if (says[i] === (p.label === 1)) right++;
  });
  const s = prf(tp, predicted, gold);
  return { f1: round4(s.f1), accuracy: round4(right / pairs.length), precision: round4(s.precision), recall: round4(s.recall), predictedPositive: predicted };
}

/**
 * MRPC test: does the sentence comparison behind rewrite detection call two sentences from
 * different articles about one story the same statement? F1 of the paraphrase class and accuracy.
 */
export async function runMrpc(): Promise<DatasetResult> {
  const t0 = performance.now();
  const file = ['mrpc-test', 'msr_paraphrase_test.jsonl'];
  const base = {
    id: 'mrpc',
    name: 'MRPC test',
    method:
      'Each of the 1,725 pairs is compared the way rewrite detection compares sentences (measureRewrite in src/reconcile/rewrites.ts): the sentences align when the Jaccard similarity of their stemmed content words reaches SENTENCE_ALIGN. "Aligned" is the paraphrase decision; F1 of the paraphrase class and accuracy. Beside it, the article-level decision: findRewrites on the two sentences as two articles (facts from extract()), whose score also weighs shared 4-grams, order and shared unusual spellings against REWRITE_THRESHOLD.',
    differences:
      'The anchor is a large pretrained transformer ensemble fine-tuned on the MRPC training pairs; ours is one fixed lexical-overlap threshold chosen for whole-article rewrites, never fitted on MRPC. MRPC\'s negatives are hard by design (sentence pairs from the same story with high word overlap), which is exactly where a lexical measure is weakest. For scale: always answering "paraphrase" gives F1 79.9 / accuracy 66.5; lexical-overlap baselines reach about 70–75 accuracy (dataset README).',
  };
  if (!hasDataset(...file)) return { ...base, status: 'missing', reason: 'msr_paraphrase_test.jsonl not found', figures: [], details: {}, seconds: 0 };
  const pairs = readFileSync(datasetPath(...file), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Pair);

  // Computed paths: a reconcile module still being written blocks this dataset only.
  const rewritesPath = '../../dist/reconcile/rewrites.js';
  const indexPath = '../../dist/reconcile/index.js';
  try {
    const { measureRewrite, SENTENCE_ALIGN } = (await import(rewritesPath)) as RewritesModule;
    const aligned = pairs.map((p) => measureRewrite({ text: p.sentence1 }, { text: p.sentence2 }).aligned > 0);
    const sentence = scoreDecisions(pairs, aligned);
    // The article-level decision is secondary: if it fails, the sentence figures still stand.
    let article: ReturnType<typeof scoreDecisions> | { error: string };
    try {
      const { findRewrites } = (await import(indexPath)) as { findRewrites: FindRewritesFn };
      const asInput = (id: string, text: string): RewriteInput => ({ id, text, published: null, facts: toFacts(extract(text, { id })), links: [] });
      article = scoreDecisions(pairs, pairs.map((p) => findRewrites(asInput('a', p.sentence1), [asInput('b', p.sentence2)]).length > 0));
    } catch (error) {
      article = { error: error instanceof Error ? error.message : String(error) };
    }
    const articleFigure = (k: 'f1' | 'accuracy') => ('error' in article ? null : article[k]);
    return {
      ...base,
      status: 'ok',
      figures: [
        { metric: `F1, sentences aligned (content-word Jaccard ≥ ${SENTENCE_ALIGN})`, ours: sentence.f1, anchor: 0.93, anchorSource: 'XLNet-Large ensemble (Yang et al. 2019, GLUE; NLP-progress)' },
        { metric: 'accuracy, sentences aligned', ours: sentence.accuracy, anchor: 0.907, anchorSource: 'XLNet-Large ensemble' },
        { metric: 'F1, article-level rewrite decision', ours: articleFigure('f1'), anchor: null, anchorSource: null },
        { metric: 'accuracy, article-level rewrite decision', ours: articleFigure('accuracy'), anchor: null, anchorSource: null },
        { metric: 'majority class ("always paraphrase"), F1 / accuracy', ours: null, anchor: null, anchorSource: 'F1 79.9 / accuracy 66.5 (dataset README)' },
      ],
      details: { pairs: pairs.length, positives: pairs.filter((p) => p.label === 1).length, sentenceAlign: SENTENCE_ALIGN, sentence, article },
      seconds: round4((performance.now() - t0) / 1000),
    };
  } catch (error) {
    return {
      ...base,
      status: 'blocked',
      reason: `the reconcile module's rewrite comparison is not usable yet: ${error instanceof Error ? error.message : String(error)}`,
      figures: [],
      details: { pairs: pairs.length },
      seconds: round4((performance.now() - t0) / 1000),
    };
  }
}
