import { describe, expect, it } from 'vitest';
import { extract, toFacts } from './extract.js';

// Sentences written for these tests: who said a quote, through the whole pipeline.
const quotes = (body: string) => toFacts(extract(`A headline\n\n${body}`, { published: '2025-05-14' })).quotes.map((q) => `${q.speaker ?? '-'}: ${q.text}`);

describe('quote speakers', () => {
  it('reads the subject behind an appositive and a relative clause', () => {
    expect(quotes('Ana Rojas, the president of Peru, who is hosting the summit, told delegates that trade had to be "at the heart" of the plan.')).toEqual(['Ana Rojas: at the heart']);
  });

  it('gives a statement and every cue-less quote of its sentence to the body that issued it', () => {
    expect(quotes('The Andean Community said in a statement that the vote was "long overdue" and would bring "a voice to millions".')).toEqual([
      'Andean Community: long overdue',
      'Andean Community: a voice to millions',
    ]);
  });

  it('resolves "the Peruvian president" and a country speaking through its ministry', () => {
    expect(quotes('Peruvian President Ana Rojas arrived on Monday. The Peruvian president insisted she was on a "peace mission". Chile\'s foreign ministry called the trip "a stunt".')).toEqual([
      'Ana Rojas: peace mission',
      'Chile: a stunt',
    ]);
  });
});
