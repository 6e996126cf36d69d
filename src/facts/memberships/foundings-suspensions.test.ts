import { describe, expect, it } from 'vitest';
import { extract, toFacts } from '../../extract/extract.js';

// Sentences written for these tests, about other bodies than the fixtures; each reads one
// construction news uses for foundings and suspensions.
const facts = (body: string, published = '2025-03-06') => toFacts(extract(`A headline\n\n${body}`, { published }));
const foundings = (body: string) => (facts(body).foundings ?? []).map((f) => `${f.organization}|${f.date}`);
const suspensions = (body: string, published?: string) => (facts(body, published).suspensions ?? []).map((s) => `${s.member}|${s.organization}|${s.since ?? '-'}`);

describe('foundings without founders', () => {
  it('reads passive founding, with or without an acronym after the name', () => {
    expect(foundings('The Southern African Development Community was established in 1992.')).toEqual(['Southern African Development Community|1992']);
    expect(foundings('The Economic Community of West African States (ECOWAS) was created in 1975 in Lagos.')).toEqual(['Economic Community of West African States|1975']);
    expect(foundings('The Pacific Islands Forum has been set up in 1971, officials recalled.')).toEqual(['Pacific Islands Forum|1971']);
  });

  it('reads appositions and relative clauses about the body or "the bloc"', () => {
    expect(foundings('Mercosur leaders met in Montevideo. The bloc, founded in 1991 by Argentina and Brazil, has not grown since.')).toEqual(['Mercosur|1991']);
    expect(foundings('The Organization of American States, which was founded in 1948, met in Lima.')).toEqual(['Organization of American States|1948']);
    expect(foundings('Founded in 1949, the Council of Europe now has 46 members.')).toEqual(['Council of Europe|1949']);
  });

  it('reads the founding as a noun: "since the founding of X in YEAR", "X\'s creation in YEAR"', () => {
    expect(foundings('It was the first walkout since the founding of the Organisation of Islamic Cooperation in 1969.')).toEqual(['Organisation of Islamic Cooperation|1969']);
    expect(foundings("Mercosur's creation in 1991 was hailed as a milestone.")).toEqual(['Mercosur|1991']);
  });

  it('leaves out what no body is the subject of, negations, and dates past the phrase', () => {
    expect(foundings('The fund, created in 2015, is run by the Commonwealth.')).toEqual([]);
    expect(foundings('Mercosur was not founded in 1985, historians note.')).toEqual([]);
    expect(foundings('The Pacific Islands Forum, founded by Fiji and Samoa, met in Tonga in 2024.')).toEqual([]);
    expect(foundings("ECOWAS's founding members met in 2024.")).toEqual([]);
    expect(foundings("NATO's founding treaty was signed in 1949.")).toEqual([]);
  });
});

describe('suspensions', () => {
  it('reads passive suspensions, of the country or of its membership', () => {
    expect(suspensions('Mercosur leaders met in Brasília. Venezuela was suspended from the bloc in 2016.')).toEqual(['Venezuela|Mercosur|2016']);
    expect(suspensions("Fiji's membership of the Commonwealth was suspended in 2009.")).toEqual(['Fiji|Commonwealth of Nations|2009']);
    expect(suspensions('Mali, which was suspended from the African Union in 2021, sent no one.')).toEqual(['Mali|African Union|2021']);
  });

  it('reads active suspensions by the body and the noun', () => {
    expect(suspensions('ECOWAS suspended Niger in July 2023 after the coup.')).toEqual(['Niger|Economic Community of West African States|2023-07']);
    expect(suspensions("The Commonwealth suspended Fiji's membership in 2009.")).toEqual(['Fiji|Commonwealth of Nations|2009']);
    expect(suspensions("Guinea's suspension from ECOWAS in 2021 still stands.")).toEqual(['Guinea|Economic Community of West African States|2021']);
  });

  it('leaves out threats, negations, lifted suspensions and things that are no memberships', () => {
    expect(suspensions('ECOWAS threatened to suspend Niger in 2023.')).toEqual([]);
    expect(suspensions('Venezuela was not suspended from Mercosur in 2012.')).toEqual([]);
    expect(suspensions("The Commonwealth lifted Fiji's suspension in 2014.")).toEqual([]);
    expect(suspensions('ECOWAS leaders met in Abuja. Flights to Niger were suspended in 2023.')).toEqual([]);
    expect(suspensions('The United States suspended aid to Niger in 2023.')).toEqual([]);
    expect(suspensions('The African Union met. Russia was suspended from the Olympics in 2017.')).toEqual([]);
    expect(suspensions('The European Union suspended talks with Turkey in 2018.')).toEqual([]);
    expect(suspensions("The Council of Europe suspended Russia's voting rights in 2014.")).toEqual([]);
    expect(suspensions("Mercosur leaders met. Paraguay's membership talks were suspended in 2012.")).toEqual([]);
  });
});
