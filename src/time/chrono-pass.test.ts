import { describe, expect, it } from 'vitest';
import { chronoHits } from './chrono-pass.js';

const words = (text: string) => chronoHits(text).map((h) => text.slice(h.start, h.end));

describe('chronoHits', () => {
  it('reads written dates of every shape its parsers know', () => {
    expect(words('The deal was signed on 2024-07-04 in Astana.')).toEqual(['2024-07-04']);
    expect(words('Elections were held on 12/03/2024.')).toEqual(['12/03/2024']);
    expect(words('They met on the 4th of July and again on Sept. 5.')).toEqual(['4th of July', 'Sept. 5']);
    expect(words('It joined in May 2019, not 2019 May.').length).toBe(2);
    expect(words('Talks resume on Monday.')).toEqual(['on Monday']);
    expect(words('They met Friday last week.')).toEqual(['Friday last week']);
  });

  it('runs no parser on words that only look like months or weekdays', () => {
    // "market", "decision", "Marchetti", "month", "common": no month or weekday can match there
    expect(chronoHits('The market decision by Marchetti took a month, a common complaint of 12 members.')).toEqual([]);
  });

  it('still reads abbreviations and run-together forms the patterns allow', () => {
    expect(words('Filed Dec. 5.')).toEqual(['Dec. 5']);
    expect(words('Due on Tue, May 5.').join(' ')).toContain('May 5');
  });
});
