import { describe, expect, it } from 'vitest';
import { tokenize } from '../nlp/tokenize.js';
import { clauseTense } from './tense.js';

/** Tense around the first occurrence of `words` in `sentence`. */
function tenseAround(sentence: string, words: string) {
  const start = sentence.indexOf(words);
  return clauseTense(tokenize(sentence), start, start + words.length);
}

describe('clause tense', () => {
  it.each([
    ['The leaders will meet on Friday.', 'on Friday', 'future'],
    ["We'll know more on Friday.", 'on Friday', 'future'],
    ['The country is holding a runoff election on Friday.', 'on Friday', 'future'],
    ['Talks are due to resume on Monday.', 'on Monday', 'future'],
    ['The party plans to name its candidate on Monday.', 'on Monday', 'future'],
    ['The court could rule on Monday.', 'on Monday', 'future'],
    ['The court could have ruled on Monday.', 'on Monday', 'past'],
    ['The ministry has to decide by Monday.', 'by Monday', 'future'],
    ['The vote was held on Monday.', 'on Monday', 'past'],
    ['The vote will be held on Monday.', 'on Monday', 'future'],
    ['He has resigned on Monday.', 'on Monday', 'past'],
    ['Officials met on Monday.', 'on Monday', 'past'],
    ['The minister resigned on Monday.', 'on Monday', 'past'],
    ['On Monday, the council will vote.', 'On Monday', 'future'],
    ['The trial, scheduled to begin on Monday, was delayed.', 'on Monday', 'future'],
    ['Refugees coming from Syria on Monday.', 'on Monday', null],
    ['Talks in the coming days on Monday.', 'on Monday', 'future'],
    ['Britain votes on Monday.', 'on Monday', 'future'], // timetabled present
    ['The law takes effect on Monday.', 'on Monday', 'future'],
    ['He said on Truth Social on Monday that he would attend.', 'on Monday', 'past'],
    ['The firm reported results on Monday and will report again soon.', 'on Monday', 'past'],
    ['Officials say on Monday.', 'on Monday', null],
    ['The armed men on Monday.', 'on Monday', null], // "armed" after "the" is an adjective
  ])('%s', (sentence, words, tense) => {
    expect(tenseAround(sentence, words)).toBe(tense);
  });

  it('does not reach across a semicolon or into a quotation', () => {
    expect(tenseAround('The talks will go on; on Monday the envoy is here.', 'on Monday')).toBeNull();
    expect(tenseAround('"He will come," she said on Monday.', 'on Monday')).toBe('past');
  });
});
