import { it } from 'vitest';
import { splitSentences } from '../../nlp/sentences.js';
import { findQuotes } from './find-quotes.js';
it('print', () => {
  const text = 'More aid is needed.  "I believe the Clinton campaign has the resources," Mr. Butterfield said.  Mr. Clyburn invoked a bitter anecdote.';
  const paras = [{start:0,end:text.length}];
  const m = [{start:text.indexOf('Butterfield'),end:text.indexOf('Butterfield')+11,entity:'B',kind:'person' as const}];
  console.log(splitSentences(text, paras).map(s=>text.slice(s.start,s.end)));
  console.log(JSON.stringify(findQuotes(text, splitSentences(text, paras), m)));
});
