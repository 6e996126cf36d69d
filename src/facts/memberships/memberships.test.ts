import { describe, expect, it } from 'vitest';
import { extract, toFacts } from '../../extract/extract.js';

// Sentences written for these tests; each reads one construction news uses for memberships.
const facts = (body: string, published = '2025-03-06') => toFacts(extract(`A headline\n\n${body}`, { published }));
const rows = (body: string, published?: string) =>
  facts(body, published).memberships.map((m) => `${m.member}|${m.organization}|${m.status}|${m.since ?? '-'}|${m.hedged ? 'hedged' : 'stated'}`).sort();

describe('memberships', () => {
  it('reads founding by a list of subjects, with the year', () => {
    expect(rows('Brazil, Russia, India and China set up the BRICS grouping in 2009 to coordinate their economic policies.')).toEqual([
      'Brazil|BRICS|founding member|2009|stated',
      'China|BRICS|founding member|2009|stated',
      'India|BRICS|founding member|2009|stated',
      'Russia|BRICS|founding member|2009|stated',
    ]);
  });

  it('reads passive founding with the date before "by"', () => {
    expect(rows('The alliance was founded in Washington in 1949 by Canada, Norway and Portugal among others, NATO officials said.')).toEqual(
      expect.arrayContaining(['Canada|North Atlantic Treaty Organization|founding member|1949|stated', 'Portugal|North Atlantic Treaty Organization|founding member|1949|stated']),
    );
  });

  it('dates a join resolved against the publication date and keeps possessors out', () => {
    // 2025-03-06 is a Thursday
    expect(rows("Turkey's neighbour Georgia joined the Organization of Turkic States on Thursday, officials in Baku said.")).toEqual([
      'Georgia|Organization of Turkic States|member|2025-03-06|stated',
    ]);
  });

  it('marks hedged forms: expected to join, soon to become, will become', () => {
    expect(rows('Indonesia is expected to join the OECD next year, diplomats said.')).toEqual(['Indonesia|Organisation for Economic Co-operation and Development|member|2026|hedged']);
    expect(rows('The summit was attended by President Ali Tarek of Egypt, soon to become a full member of the G20.')).toEqual(['Egypt|Group of Twenty|member|-|hedged']);
  });

  it('reads status lists and applications', () => {
    expect(rows('Observers of the Arctic Council include China, India and Japan.')).toEqual(
      expect.arrayContaining(['China|Arctic Council|observer|-|stated', 'India|Arctic Council|observer|-|stated', 'Japan|Arctic Council|observer|-|stated']),
    );
    expect(rows('Ukraine, which applied to join the European Union in 2022, hopes for talks soon.')).toEqual(['Ukraine|European Union|applicant|2022|stated']);
  });

  it('does not read memberships that the text denies or abandons', () => {
    expect(rows('Moscow demands that Ukraine abandons plans to join NATO before any talks.')).toEqual([]);
    expect(rows('Japan, South Korea and Australia are partners of NATO, and none has applied to join.')).not.toEqual(expect.arrayContaining([expect.stringMatching(/applicant/)]));
  });

  it('lets a body be a member of another', () => {
    expect(rows('The African Union became a permanent member of the G20 on Saturday.', '2023-09-09')).toEqual(['African Union|Group of Twenty|member|2023-09-09|stated']);
  });

  it('reads a body named with a number and a parenthesised acronym, keeping the date after it', () => {
    expect(rows('Ghana became a member of the Group of 77 (G77) developing nations on Friday.', '2025-03-07')).toEqual(['Ghana|Group of 77|member|2025-03-07|stated']);
  });

  it('gives a plural status statement to the whole list, and a hedge after the copula to the status', () => {
    expect(rows('Chile, Peru and Colombia are observers of the Pacific Islands Forum, not members.')).toEqual(
      expect.arrayContaining(['Chile|Pacific Islands Forum|observer|-|stated', 'Colombia|Pacific Islands Forum|observer|-|stated', 'Peru|Pacific Islands Forum|observer|-|stated']),
    );
    expect(rows('Mongolia is now expected to become the organisation’s tenth member, according to the Shanghai Cooperation Organisation.')).toEqual(['Mongolia|Shanghai Cooperation Organisation|member|-|hedged']);
  });

  it('reads a bare "applied" in a relative clause about the countries before it, not "applied sanctions"', () => {
    expect(rows('Mercosur leaders met in Montevideo. Bolivia and Ecuador, both of which have applied, were told to wait.')).toEqual(['Bolivia|Mercosur|applicant|-|stated', 'Ecuador|Mercosur|applicant|-|stated']);
    expect(rows('Mercosur leaders met in Montevideo. Brazil, which applied sanctions last year, said nothing.')).toEqual([]);
  });

  it('reads "expected to become the 11th" as a hedged membership of the body in focus, never of a news agency', () => {
    const body = 'LIMA, May 2 (Reuters) - Andean leaders opened their annual summit on Tuesday. The Andean Community has grown to five members. Chile, which was granted observer status last year, is expected to become the sixth.';
    expect(rows(body, '2025-05-02')).toEqual(['Chile|Andean Community|member|-|hedged', 'Chile|Andean Community|observer|2024|stated']);
  });

  it('reads the members a body is said to group, comprise or bring together', () => {
    expect(rows('The Andean Community, founded in 1969, groups Bolivia, Colombia, Ecuador and Peru.')).toEqual(
      expect.arrayContaining(['Bolivia|Andean Community|member|-|stated', 'Colombia|Andean Community|member|-|stated', 'Ecuador|Andean Community|member|-|stated', 'Peru|Andean Community|member|-|stated']),
    );
    expect(rows('Mercosur brings together Argentina, Brazil, Paraguay and Uruguay.')).toHaveLength(4);
    // the subject is no body: nothing
    expect(rows('The agenda includes Bolivia and Peru and their border dispute.')).toEqual([]);
  });

  it('reads rejoining as joining', () => {
    expect(rows('Morocco rejoined the African Union in 2017 after leaving its predecessor in 1984.')).toEqual(['Morocco|African Union|member|2017|stated']);
  });

  it('does not date a membership by when it was said, and reads "join … as an observer"', () => {
    expect(rows('Bolivia, which is a founding member of the Andean Community, has frozen its participation, its president said last month.')).toEqual(['Bolivia|Andean Community|founding member|-|stated']);
    expect(rows('Iran is expected to join the CIS as an observer next year.')).toEqual(['Iran|Commonwealth of Independent States|observer|2026|hedged']);
  });
});

describe('joining counted from an earlier date, and passive "added"', () => {
  it('resolves "the following year" and "N years later" against the year stated before', () => {
    // counts beyond twelve in words are left undated rather than guessed
    expect(rows('Indonesia, Malaysia and Thailand founded ASEAN in 1967. Brunei was added to the bloc seventeen years later.').filter((r) => r.startsWith('Brunei'))).toEqual(['Brunei|Association of Southeast Asian Nations|member|-|stated']);
    expect(rows('Indonesia, Malaysia and Thailand founded ASEAN in 1967. Brunei was added to the bloc 17 years later.').filter((r) => r.startsWith('Brunei'))).toEqual(['Brunei|Association of Southeast Asian Nations|member|1984|stated']);
    expect(rows('Fiji and Samoa set up the Pacific Islands Forum in 1971; Nauru joined the following year.').filter((r) => r.startsWith('Nauru'))).toEqual(['Nauru|Pacific Islands Forum|member|1972|stated']);
  });

  it('reads "was added" only with a body, a status or a date after it', () => {
    expect(rows('Croatia was added to the European Union in 2013.')).toEqual(['Croatia|European Union|member|2013|stated']);
    expect(rows('The European Union was mentioned. Russia was added to the sanctions list in 2014.')).toEqual([]);
    expect(rows('ECOWAS leaders met in Abuja. "We stand together," Nigeria added.')).toEqual([]);
  });
});

describe('statuses stated in the past tense', () => {
  // 2025-03-06 is a Thursday
  const past = (body: string) => facts(body).memberships.map((m) => `${m.member}|${m.status}|${m.since ?? '-'}|${m.before === undefined ? 'now' : `before ${m.before}`}`).sort();

  it('marks "were" and "had been" as held before publication, or before the "until" date', () => {
    expect(past('Leaders of the Organization of Turkic States met on Monday. Until Monday, Hungary and Georgia were the organisation\'s two observers.')).toEqual([
      'Georgia|observer|-|before 2025-03-03',
      'Hungary|observer|-|before 2025-03-03',
    ]);
    expect(past('Mercosur leaders met in Montevideo. Bolivia had been an observer.')).toEqual(['Bolivia|observer|-|before 2025-03-06']);
    expect(past('Mercosur leaders met in Montevideo. Bolivia was an observer until 2015.')).toEqual(['Bolivia|observer|-|before 2015']);
  });

  it('leaves the present and statuses that began with an event unmarked', () => {
    expect(past('Mercosur leaders met in Montevideo. Bolivia is an observer.')).toEqual(['Bolivia|observer|-|now']);
    expect(past('Mercosur leaders met in Montevideo. Bolivia has been an observer since 2015.')).toEqual(['Bolivia|observer|2015|now']);
    expect(past('Mercosur leaders met in Montevideo. Bolivia was made a full member in 2024.')).toEqual(['Bolivia|member|2024|now']);
  });
});
