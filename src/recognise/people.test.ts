import { describe, expect, it } from 'vitest';
import { extract, toFacts } from '../extract/extract.js';

// Sentences written for these tests, with names no reference list holds, so that the patterns
// (not the knowledge) find the people.
const people = (body: string) =>
  toFacts(extract(`A headline\n\n${body}`, { published: '2025-05-14' })).people.map((p) => `${p.name}: ${p.offices.map((o) => `${o.title} of ${o.of}`).join('; ')}`);

describe('people and their offices', () => {
  it('reads demonym, possessive, "of" and apposition titles', () => {
    expect(people('Kenyan President Daniel Mwangi met Peru\'s foreign minister Ana Quispe and Prime Minister Jonas Berg of Norway on Tuesday.')).toEqual([
      'Daniel Mwangi: President of Kenya',
      'Ana Quispe: Foreign Minister of Peru',
      'Jonas Berg: Prime Minister of Norway',
    ]);
    expect(people('The president of Chile, Rosa Vidal, and Tomas Novak, the prime minister of Slovakia, spoke first.')).toEqual([
      'Rosa Vidal: President of Chile',
      'Tomas Novak: Prime Minister of Slovakia',
    ]);
  });

  it('keeps modifiers that change the office and skips honorifics', () => {
    expect(people('Acting President Omar Haddad of Tunisia and Emirati Foreign Minister Sheikh Khalid bin Rashid attended.')).toEqual([
      'Omar Haddad: acting President of Tunisia',
      'Khalid bin Rashid: Foreign Minister of United Arab Emirates',
    ]);
  });

  it('skips a "Prince" before a name and portfolio titles', () => {
    expect(people('Qatari Energy Minister Prince Hamad bin Nasser and Oman\'s trade minister, Princess Mira bint Saud, signed the deal.')).toEqual([
      'Hamad bin Nasser: Energy Minister of Qatar',
      'Mira bint Saud: Trade Minister of Oman',
    ]);
  });

  it('does not take a known short form ("bin Salman") out of a longer name ("Abdulaziz bin Salman")', () => {
    expect(people('Saudi Energy Minister Abdulaziz bin Salman spoke first.')).toEqual(['Abdulaziz bin Salman: Energy Minister of Saudi Arabia']);
  });

  it('gives "the Ukrainian president" to the one person the reference knowledge has in that office, and to no one else', () => {
    const view = (body: string) => toFacts(extract(`A headline\n\n${body}`, { published: '2023-07-12' })).people.map((p) => `${p.name}: ${p.offices.map((o) => `${o.title} of ${o.of}`).join('; ')}`);
    expect(view('Volodymyr Zelenskyy came to Vilnius on Wednesday. The Ukrainian president met allied leaders.')).toEqual(['Volodymyr Zelenskyy: President of Ukraine']);
    // an unknown name gets no office from a description the knowledge cannot tie to them
    expect(view('Ukrainian Foreign Minister Oleh Marchenko came to Vilnius on Wednesday. The Ukrainian president met allied leaders.')).toEqual(['Oleh Marchenko: Foreign Minister of Ukraine']);
  });

  it('links a lone surname to a well-known person only where the article names their country, and never after "the"', () => {
    const names = (body: string) => toFacts(extract(`A headline\n\n${body}`, { published: '2023-08-24' })).people.map((p) => p.name);
    expect(names('Brazil pushed for the deal. Lula said the door would stay open.')).toEqual(['Luiz Inácio Lula da Silva']);
    expect(names('The sect is led by Winston Blackmore. Bishop said the ruling was unfair.')).toEqual([]);
    expect(names('Australia voted first. Blackmore is known as the Bishop of Bountiful.')).toEqual([]);
  });

  it('reads a full name without a title as a person from a speech verb or a person\'s appositive, never a place', () => {
    expect(people('Marta Quispe said the vote was close. The talks failed, said Tomas Lind. Ines Duarte, a senior analyst at a Lima think tank, agreed.')).toEqual(['Marta Quispe: ', 'Tomas Lind: ', 'Ines Duarte: ']);
    expect(people('Downing Street said the talks were useful, and Brussels said nothing.')).toEqual([]);
  });

  it('reads a second office from an appositive after a titled name, a body\'s "chief", and not the next name of a list', () => {
    expect(people('Peruvian President Ana Rojas, the current chairperson of the Andean Community, spoke first.')).toEqual(['Ana Rojas: President of Peru; Chairperson of Andean Community']);
    expect(people('Mercosur chief Tomas Lind said it.')).toEqual(['Tomas Lind: Chief of Mercosur']);
    expect(people('Peruvian President Ana Rojas, Chilean President Rosa Vidal and others spoke.')).toEqual(['Ana Rojas: President of Peru', 'Rosa Vidal: President of Chile']);
  });

  it('states the office of a body inside an organisation as its role in that body', () => {
    expect(people('European Commission President Ursula von der Leyen spoke first.')).toEqual(['Ursula von der Leyen: President of European Commission']);
  });

  it('reads particles, hyphenated names and later mentions by surname', () => {
    const text = 'Brazilian President Joana da Costa and Egyptian Prime Minister Karim al-Masri held talks. Da Costa said the talks went well, and al-Masri agreed.';
    const facts = toFacts(extract(`A headline\n\n${text}`, { published: '2025-05-14' }));
    expect(facts.people.map((p) => [p.name, p.mentions])).toEqual([
      ['Joana da Costa', ['Joana da Costa', 'Da Costa']],
      ['Karim al-Masri', ['Karim al-Masri', 'al-Masri']],
    ]);
  });

  it("gives a title after 'his' the country of the person named before", () => {
    expect(people('Kenyan President Daniel Mwangi stayed home and sent his foreign minister, Grace Otieno, instead.')).toEqual([
      'Daniel Mwangi: President of Kenya',
      'Grace Otieno: Foreign Minister of Kenya',
    ]);
  });

  it('finds no person in a sentence without one', () => {
    expect(people('The Foreign Ministry said the Central Asian states would meet in Almaty.')).toEqual([]);
  });
});
