import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';
import { generateCorpus } from './corpus.js';
import { emitStep } from './step-output.js';
import { timePasses } from './throughput.js';

// Child process: bare wink-nlp tokenisation of the same corpus — an empty pipe, so no sentence
// splitting, tagging or entities — the floor any reader of the text pays.
const [seed = '1', runs = '5'] = process.argv.slice(2);
const corpus = generateCorpus({ seed: Number(seed) });
const bytes = corpus.reduce((n, a) => n + Buffer.byteLength(a.text), 0);
const nlp = winkNLP(model, []);
const its = nlp.its;
emitStep('wink-tokenise', timePasses(corpus.map((a) => a.text), bytes, Number(runs), (text) => nlp.readDoc(text).tokens().out(its.value)));
