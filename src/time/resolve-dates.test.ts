import { describe, expect, it } from 'vitest';
import { splitSentences } from '../nlp/sentences.js';
import { findDates, type DateMention } from './resolve-dates.js';

const THU = '2024-07-04'; // Thursday; ISO week 2024-W27
const MON = '2024-07-01'; // Monday
const NEW_YEAR = '2025-01-02'; // Thursday; the previous week is 2024-W52
const YEAR_END = '2024-12-31'; // Tuesday, already in ISO week 2025-W01
const LEAP = '2024-02-29'; // Thursday

function dates(text: string, published: string | null): DateMention[] {
  return findDates(text, splitSentences(text, [{ start: 0, end: text.length }]), published);
}

/** [published, sentence, words of the mention, expected value]. */
type Case = [string | null, string, string, string | null];

function check(cases: Case[]) {
  it.each(cases)('%s: %s → "%s" = %s', (published, sentence, words, value) => {
    const found = dates(sentence, published);
    const mention = found.find((m) => m.text === words);
    expect(mention, `mentions: ${found.map((m) => `"${m.text}"`).join(', ')}`).toBeDefined();
    expect(mention?.value).toBe(value);
    expect(sentence.slice(mention!.start, mention!.end)).toBe(words);
  });
}

describe('"in", "on" and "at" before a date with its own direction belong to the verb', () => {
  check([
    [THU, 'The tariff was brought in last year.', 'last year', '2023'],
    [THU, 'The tariff was brought in in 2019.', 'in 2019', '2019'],
    [THU, 'The levy has risen since last year.', 'since last year', '2023'],
  ]);
});

describe('weekdays, with tense', () => {
  check([
    [THU, 'He attended the summit on Thursday.', 'on Thursday', '2024-07-04'],
    [THU, 'The talks ended on Wednesday.', 'on Wednesday', '2024-07-03'],
    [THU, 'On Wednesday, the minister resigned.', 'On Wednesday', '2024-07-03'],
    [THU, 'She spoke on Friday.', 'on Friday', '2024-06-28'], // past by default
    [THU, 'The country is holding a runoff election on Friday.', 'on Friday', '2024-07-05'],
    [THU, 'The leaders will meet on Friday.', 'on Friday', '2024-07-05'],
    [THU, 'Talks are due to resume on Monday.', 'on Monday', '2024-07-08'],
    [THU, 'The party plans to announce its candidate on Tuesday.', 'on Tuesday', '2024-07-09'],
    [THU, 'The bill is expected to pass on Wednesday.', 'on Wednesday', '2024-07-10'],
    [THU, 'The court is set to rule on Monday.', 'on Monday', '2024-07-08'],
    [THU, 'The vote will be held on Wednesday.', 'on Wednesday', '2024-07-10'],
    [THU, 'The vote was held on Wednesday.', 'on Wednesday', '2024-07-03'],
    [THU, 'On Thursday, the council will vote on the budget.', 'On Thursday', '2024-07-04'],
    [THU, 'Next Friday is the deadline.', 'Next Friday', '2024-07-05'],
    [THU, 'It rained last Tuesday.', 'last Tuesday', '2024-07-02'],
    [THU, 'They met last Thursday.', 'last Thursday', '2024-06-27'],
    [THU, 'He left for Paris on Friday last week.', 'on Friday last week', '2024-06-28'],
    [THU, 'Police are investigating an attack on Tuesday that killed five people.', 'on Tuesday', '2024-07-02'],
    [THU, 'The minister said on Tuesday that talks will resume on Monday.', 'on Tuesday', '2024-07-02'],
    [THU, 'The minister said on Tuesday that talks will resume on Monday.', 'on Monday', '2024-07-08'],
    [THU, 'The event this Sunday was cancelled.', 'this Sunday', '2024-06-30'],
    [THU, 'This Friday will be busy.', 'This Friday', '2024-07-05'],
    [THU, 'The summit ends Saturday.', 'Saturday', '2024-07-06'],
    [THU, 'Trump said on Truth Social on Monday that he would attend.', 'on Monday', '2024-07-01'],
    [THU, 'The firm reported results on Tuesday and will report again in October.', 'on Tuesday', '2024-07-02'],
    [THU, 'The firm reported results on Tuesday and will report again in October.', 'in October', '2024-10'],
    [THU, 'The game was cancelled due to rain on Friday.', 'on Friday', '2024-06-28'],
    [THU, 'The minister, speaking on Tuesday, said no deal was near.', 'on Tuesday', '2024-07-02'],
    [THU, 'Prosecutors Tuesday put on their last witness.', 'Tuesday', '2024-07-02'],
    [THU, 'The quake hit at 7:48 am (2248 GMT Tuesday) offshore.', 'Tuesday', '2024-07-02'],
    [MON, 'He attended on Thursday.', 'on Thursday', '2024-06-27'],
    [MON, 'The results will be announced on Thursday.', 'on Thursday', '2024-07-04'],
    [MON, 'Protests spread over the weekend.', 'weekend', '2024-W26'],
    [THU, 'Thousands marched last weekend.', 'last weekend', '2024-W26'],
  ]);
});

describe('month names', () => {
  check([
    [THU, 'Prices rose in May.', 'in May', '2024-05'],
    [THU, 'Prices rose in August.', 'in August', '2023-08'],
    [THU, 'Prices rose in July.', 'in July', '2024-07'],
    [THU, 'The election in November will be close.', 'in November', '2024-11'],
    [THU, 'The new rules will take effect in March.', 'in March', '2025-03'],
    [THU, 'His June comment drew criticism.', 'June', '2024-06'],
    [THU, 'He has led the party since March.', 'since March', '2024-03'],
    [THU, 'The fighting began in early May.', 'in early May', '2024-05'],
    [THU, 'He was arrested in late last July.', 'in late last July', '2023-07'],
    [THU, 'The report came out last May.', 'last May', '2024-05'],
    [THU, 'The summit is planned for next May.', 'for next May', '2025-05'],
    [THU, 'The deal was signed in mid-January.', 'in mid-January', '2024-01'],
    [THU, 'Sales slumped last month.', 'last month', '2024-06'],
    [THU, 'The law takes effect next month.', 'next month', '2024-08'],
    [THU, 'Inflation eased this month.', 'this month', '2024-07'],
    [THU, 'Earlier this month, the bank cut rates.', 'Earlier this month', '2024-07'],
    [YEAR_END, 'He will start in January.', 'in January', '2025-01'],
    [YEAR_END, 'The budget is due next month.', 'next month', '2025-01'],
  ]);
});

describe('years', () => {
  check([
    [THU, 'He moved to Berlin in 2001.', 'in 2001', '2001'],
    [THU, 'The post has been vacant since 2017.', 'since 2017', '2017'],
    [THU, 'The plant was to close by 2022.', 'by 2022', '2022'],
    [THU, 'The party was founded in 1949.', 'in 1949', '1949'],
    [THU, 'He served from 2015 to 2019.', 'from 2015', '2015'],
    [THU, 'He served from 2015 to 2019.', 'to 2019', '2019'],
    [THU, 'He took part in the expedition of 1957-58.', '1957', '1957'],
    [THU, 'He took part in the expedition of 1957-58.', '58', '1958'],
    [THU, 'Growth slowed in mid-2023.', 'in mid-2023', '2023'],
    [THU, 'The 2022 election was close.', '2022', '2022'],
    [THU, 'The war of 1812 is remembered.', '1812', '1812'],
    [THU, 'He was seized during a 2008 police raid.', '2008', '2008'],
    [THU, 'Profits fell last year.', 'last year', '2023'],
    [THU, 'Elections are due next year.', 'next year', '2025'],
    [THU, 'This year has been hard.', 'This year', '2024'],
    [THU, 'The agency must cut spending this fiscal year.', 'this fiscal year', '2024'],
    [NEW_YEAR, 'Profits fell last year.', 'last year', '2024'],
  ]);

  it.each([
    'The army sent 2,000 troops.',
    'The army sent 2000 troops.',
    'It promised results in 100 days.',
    'Flight 1549 landed safely.',
    'Between 1500 and 2000 people attended.',
    'Turnout was 1987 votes short.',
    'A 2000-strong force arrived.',
    'It was built in the 1990s.',
    'The curfew starts at 2100 GMT.',
    'UN Resolution 2334 was adopted.',
    'Unemployment reached 1998 percent, a typo.',
    'The screen has 1920 x 1200 pixels.',
    'It ships with 1066 MHz memory.',
    'The screen is 2880 pixels by 1800.',
    'It lasts up to 1000 charges.',
    'Published April 24th 2013 - 17:59.',
  ])('no year in %s', (sentence) => {
    expect(dates(sentence, THU).filter((m) => m.rule === 'time/bare-year')).toEqual([]);
  });
});

describe('weeks, days and counts back', () => {
  check([
    [THU, 'Sales fell last week.', 'last week', '2024-W26'],
    [THU, 'Six deaths were reported in the last week.', 'in the last week', '2024-W26'],
    [THU, 'The talks continue this week.', 'this week', '2024-W27'],
    [THU, 'The talks resume next week.', 'next week', '2024-W28'],
    [NEW_YEAR, 'Sales fell last week.', 'last week', '2024-W52'],
    [YEAR_END, 'The talks continue this week.', 'this week', '2025-W01'],
    [YEAR_END, 'Sales fell last week.', 'last week', '2024-W52'],
    [THU, 'He arrived yesterday.', 'yesterday', '2024-07-03'],
    [THU, 'He arrives today.', 'today', '2024-07-04'],
    [THU, 'He leaves tomorrow.', 'tomorrow', '2024-07-05'],
    [THU, 'The shelling continued last night.', 'last night', '2024-07-03'],
    [THU, 'The ministry said so two days ago.', 'two days ago', '2024-07-02'],
    [THU, 'The firm was sold three weeks ago.', 'three weeks ago', '2024-W24'],
    [THU, 'He quit 18 months ago.', '18 months ago', '2023-01'],
    [THU, 'The plant opened four years ago.', 'four years ago', '2020'],
    [LEAP, 'He arrived yesterday.', 'yesterday', '2024-02-28'],
    [LEAP, 'He leaves tomorrow.', 'tomorrow', '2024-03-01'],
    [LEAP, 'The ministry said so two days ago.', 'two days ago', '2024-02-27'],
    [LEAP, 'Sales fell last week.', 'last week', '2024-W08'],
    [LEAP, 'Prices jumped a year ago.', 'a year ago', '2023'],
    [LEAP, 'Prices jumped last month.', 'last month', '2024-01'],
  ]);
});

describe('written dates', () => {
  check([
    [THU, 'The treaty was signed on July 4, 2024.', 'on July 4, 2024', '2024-07-04'],
    [THU, 'The treaty was signed on 4 July 2024.', 'on 4 July 2024', '2024-07-04'],
    [THU, 'The treaty was signed on Friday, March 22, 2013.', 'on Friday, March 22, 2013', '2013-03-22'],
    [THU, 'The filing is dated 2024-07-04.', '2024-07-04', '2024-07-04'],
    [THU, 'The filing is dated 03/14/2013.', '03/14/2013', '2013-03-14'],
    [THU, 'The filing is dated 12.03.2024.', '12.03.2024', '2024-03-12'], // dotted: day first
    [THU, 'The complaint was filed on Jan. 12.', 'on Jan. 12', '2024-01-12'],
    [THU, 'He resigned on June 9.', 'on June 9', '2024-06-09'],
    [THU, 'The attack on Sept. 3 killed 12.', 'on Sept. 3', '2023-09-03'],
    [THU, 'Voting will begin on Sept. 3.', 'on Sept. 3', '2024-09-03'],
    [THU, 'Elections are scheduled for November 5.', 'for November 5', '2024-11-05'],
    [THU, 'The trial, scheduled to begin Jan. 24, was delayed.', 'Jan. 24', '2025-01-24'],
    [THU, 'The law, passed in 2019, takes effect on Jan. 1.', 'on Jan. 1', '2025-01-01'],
    [THU, 'He was arrested on June 30 and will appear in court on July 8.', 'on June 30', '2024-06-30'],
    [THU, 'The summit on July 25 will be in Rome.', 'on July 25', '2024-07-25'],
    [THU, 'Delegates gather on July 25 in Rome.', 'on July 25', '2024-07-25'], // weeks ahead, no tense cue
    [THU, 'In April last year a quake struck.', 'In April last year', '2023-04'],
    [THU, 'He left on June 9 of last year.', 'on June 9 of last year', '2023-06-09'],
    [THU, 'The ceasefire agreed on 12 June collapsed.', 'on 12 June', '2024-06-12'],
    [THU, 'The bank cut rates in May 2010.', 'in May 2010', '2010-05'],
    [THU, 'The bank cut rates in March of 2010.', 'in March of 2010', '2010-03'],
    [THU, 'The festival ran from June 1 to June 5.', 'from June 1', '2024-06-01'],
    [THU, 'The festival ran from June 1 to June 5.', 'to June 5', '2024-06-05'],
    [THU, 'The festival ran on July 1-3.', 'on July 1', '2024-07-01'],
    [THU, 'The festival ran on July 1-3.', '3', '2024-07-03'],
    [THU, 'Talks opened at 3 p.m. on Tuesday.', 'on Tuesday', '2024-07-02'],
    [LEAP, 'The law passed on Feb. 29.', 'on Feb. 29', '2024-02-29'],
    ['2025-03-01', 'The law passed on Feb. 29.', 'on Feb. 29', '2024-02-29'],
    [THU, 'On Friday, July 5, the leaders meet.', 'On Friday, July 5', '2024-07-05'],
  ]);
});

describe('what is not a date', () => {
  it.each([
    'Theresa May said the plan was sound.',
    'He may resign.',
    'The Women’s March drew crowds.',
    'April Ryan asked a question.',
    'He sat down and waited.',
    'Mondays are busy at the office.',
    'The 9/11 attacks changed policy.',
    'Good Friday was quiet.',
    'USA Today reported the story.',
  ])('%s', (sentence) => {
    expect(dates(sentence, THU).map((m) => m.text)).toEqual([]);
  });
});

describe('published date unknown', () => {
  const text = 'He attended on Thursday. It was founded in 1949. The treaty was signed on July 4, 2024. Sales fell last week. He came in May. He resigned on June 9.';
  const found = dates(text, null);

  it('keeps relative mentions with a null value and precision', () => {
    const relative = found.filter((m) => m.relative);
    expect(relative.map((m) => m.text)).toEqual(['on Thursday', 'last week', 'in May', 'on June 9']);
    for (const m of relative) expect([m.value, m.precision]).toEqual([null, null]);
  });

  it('still resolves absolute ones', () => {
    expect(found.filter((m) => !m.relative).map((m) => [m.text, m.value, m.precision])).toEqual([
      ['in 1949', '1949', 'year'],
      ['on July 4, 2024', '2024-07-04', 'day'],
    ]);
  });

  it('treats an unreadable date as unknown', () => {
    expect(dates('He attended on Thursday.', 'yesterday')[0]?.value).toBeNull();
  });
});

describe('shape of the output', () => {
  const text = 'On Wednesday the minister, who took office in 2019, said elections would be held next month. Two days ago he was in Paris.';
  const sentences = splitSentences(text, [{ start: 0, end: text.length }]);

  it('gives precision, relativity, rule and clause tense per mention, in text order', () => {
    expect(findDates(text, sentences, THU).map((m) => [m.text, m.value, m.precision, m.relative, m.rule, m.tense])).toEqual([
      ['On Wednesday', '2024-07-03', 'day', true, 'time/weekday', 'past'],
      ['in 2019', '2019', 'year', false, 'time/bare-year', 'past'],
      ['next month', '2024-08', 'month', true, 'time/relative-month', 'future'],
      ['Two days ago', '2024-07-02', 'day', true, 'time/ago', 'past'],
    ]);
  });

  it('marks planned events by the future tense of their clause', () => {
    const [runoff] = dates('Iran is holding a runoff election on Friday.', THU);
    expect([runoff?.value, runoff?.tense]).toEqual(['2024-07-05', 'future']);
    const [summit] = dates('Leaders gathered in Astana on Wednesday.', THU);
    expect(summit?.tense).toBe('past');
  });

  it('scans only the given ranges', () => {
    const second = sentences[1]!;
    expect(findDates(text, [second], THU).map((m) => m.text)).toEqual(['Two days ago']);
  });

  it('accepts a date-time as the publication date', () => {
    expect(findDates(text, sentences, '2024-07-04T23:30:00Z')[0]?.value).toBe('2024-07-03');
  });
});

describe('dates counted from the date stated before them', () => {
  check([
    [THU, 'Mercosur suspended Paraguay in 2012 and readmitted it the following year.', 'the following year', '2013'],
    [THU, 'The Pacific Islands Forum was set up in 1971. Fiji was suspended two years later.', 'two years later', '1973'],
    [THU, 'Venezuela joined in July 2012 and was suspended four months later.', 'four months later', '2012-11'],
    [THU, 'ECOWAS imposed sanctions in 2022; they were lifted a year later.', 'a year later', '2023'],
    [THU, 'The bloc admitted Croatia in 2013 and Greece left the next year.', 'the next year', '2014'],
    [THU, 'Elections are due the next year.', 'the next year', '2025'], // no past anchor: from publication
    [THU, 'Gambia left the Commonwealth in 2013 and rejoined the year after.', 'the year after', '2014'],
    [THU, 'The treaty came into force the following year.', 'the following year', null], // nothing to count from
    // A preposition framing the date stays with it; a verb's particle ("brought in") does not.
    [THU, 'Fiji was suspended in 2009 and stayed out until the following year.', 'until the following year', '2010'],
    [THU, 'The council was set up in 2010 and a quota was brought in four years later.', 'four years later', '2014'],
  ]);

  it('counts from the last date before it, not from a date two sentences back', () => {
    const text = 'Fiji was suspended in 2009. It held elections. It was readmitted the following year.';
    expect(dates(text, THU).find((m) => m.rule === 'time/later')?.value).toBeNull();
  });

  it('leaves "the year after the war" to the words that follow', () => {
    expect(dates('Talks resumed the year after the war ended.', THU).some((m) => m.rule === 'time/later')).toBe(false);
  });
});
