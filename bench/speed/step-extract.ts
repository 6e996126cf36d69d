import { extract } from '../../dist/extract/extract.js';
import { generateCorpus } from './corpus.js';
import { emitStep } from './step-output.js';
import { timePasses } from './throughput.js';

// Child process: extract() over the whole speed corpus (publication dates given, as ingest does).
const [seed = '1', runs = '5'] = process.argv.slice(2);
const corpus = generateCorpus({ seed: Number(seed) });
const bytes = corpus.reduce((n, a) => n + Buffer.byteLength(a.text), 0);
emitStep('extract', timePasses(corpus.map((a) => a.text), bytes, Number(runs), (text, i) => extract(text, { id: corpus[i]!.id, published: corpus[i]!.published })));
