import { wordKey } from '../../dist/knowledge/gazetteer.js';
import { defaultLexicon } from '../../dist/knowledge/lexicon.js';
import { tokenize } from '../../dist/nlp/tokenize.js';
import { generateCorpus } from './corpus.js';
import { emitStep } from './step-output.js';
import { timePasses } from './throughput.js';

// Child process: the reference-knowledge gazetteer alone (one token trie over every country,
// organisation, office and office-holder phrase) over each article of the speed corpus. Tokens
// and their keys are computed outside the timed passes: this is the lookup cost per article.
const [seed = '1', runs = '9'] = process.argv.slice(2);
const corpus = generateCorpus({ seed: Number(seed) });
const bytes = corpus.reduce((n, a) => n + Buffer.byteLength(a.text), 0);
const { gazetteer } = defaultLexicon();
const prepared = corpus.map((a) => {
  const written = tokenize(a.text).map((t) => t.text);
  return { written, keys: written.map(wordKey) };
});
let matches = 0;
const result = timePasses(corpus.map((a) => a.text), bytes, Number(runs), (_text, i) => {
  matches += gazetteer.matchAll(prepared[i]!.keys, prepared[i]!.written).length;
});
emitStep('gazetteer', { ...result, phrases: gazetteer.size, matchesPerArticle: Math.round(matches / corpus.length / (Number(runs) + 1)), microsecondsPerArticle: Math.round((result.medianSeconds / corpus.length) * 1e6 * 10) / 10 });
