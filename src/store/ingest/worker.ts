/**
 * Worker-thread entry: extracts the tasks the pool sends and posts the outcomes back. Extraction
 * is pure CPU, so threads (not processes) are enough and the lexicon is built once per thread.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { extractOne, type ExtractSettings, type IngestTask } from './extract-one.js';

const settings = workerData as ExtractSettings;
const port = parentPort;
if (!port) throw new Error('the extraction worker must run in a worker thread');

port.on('message', (message: { readonly seq: number; readonly task: IngestTask }) => {
  port.postMessage({ seq: message.seq, outcome: extractOne(message.task, settings) });
});
