import { describe, expect, it } from 'vitest';
import { extract, toFacts } from '../../extract/extract.js';

// Sentences written for these tests: countries with nobody at a gathering, and delegates
// described by role rather than named.
const view = (body: string, published = '2025-05-15') => toFacts(extract(`A headline\n\n${body}`, { published }));
const unrepresented = (body: string) =>
  view(body)
    .events.flatMap((e) => (e.not_represented ?? []).map((n) => n.country))
    .sort();
const delegates = (body: string) => view(body).events.flatMap((e) => e.represented_by_delegate.map((d) => `${d.country}|${d.delegate}`));

describe('countries not represented', () => {
  it('reads "was not represented", "went unrepresented" and an empty seat', () => {
    expect(unrepresented('ECOWAS leaders met in Abuja on Sunday. Niger was not represented.')).toEqual(['Niger']);
    expect(unrepresented('ECOWAS leaders met in Abuja on Sunday. Niger has not been represented since the coup.')).toEqual(['Niger']);
    expect(unrepresented('ECOWAS leaders met in Abuja on Sunday. Mali has been unrepresented since the coup.')).toEqual(['Mali']);
    expect(unrepresented('ECOWAS leaders met in Abuja on Sunday. Mali, whose junta seized power in 2021, went unrepresented.')).toEqual(['Mali']);
    expect(unrepresented("Pacific Islands Forum leaders met in Tonga on Monday. Kiribati's seat at the table remained empty.")).toEqual(['Kiribati']);
  });

  it('reads a country that sent nobody or boycotted the summit', () => {
    expect(unrepresented('Commonwealth leaders met in Apia on Friday. Fiji did not send a delegation.')).toEqual(['Fiji']);
    expect(unrepresented('Commonwealth leaders met in Apia on Friday. Nauru sent no representative.')).toEqual(['Nauru']);
    expect(unrepresented('Mercosur leaders met in Asunción on Monday. Venezuela boycotted the summit.')).toEqual(['Venezuela']);
  });

  it('keeps it apart from a country stated before any gathering is named, until the gathering is', () => {
    expect(unrepresented("Guinea's chair stayed empty. Leaders of ECOWAS met in Abuja on Sunday for a summit.")).toEqual(['Guinea']);
  });

  it('leaves out people, plans, other objects and representation by someone', () => {
    expect(unrepresented('ECOWAS leaders met in Abuja on Sunday. President Ali Musa did not send a message.')).toEqual([]);
    expect(unrepresented('ECOWAS leaders met in Abuja on Sunday. Niger will not be represented at the next summit.')).toEqual([]);
    expect(unrepresented('ECOWAS leaders met in Abuja on Sunday. Ghana did not send troops.')).toEqual([]);
    expect(unrepresented('ECOWAS leaders met in Abuja on Sunday. Togo was not represented by its president.')).toEqual([]);
    expect(unrepresented('ECOWAS leaders met in Abuja on Sunday. Exports to Niger were not represented in the figures.')).toEqual([]);
    expect(unrepresented('ECOWAS leaders met in Abuja on Sunday. Ghana was not represented at ministerial level.')).toEqual([]);
    expect(unrepresented('ECOWAS leaders met in Abuja on Sunday. Togo boycotted the election in 2020.')).toEqual([]);
  });
});

describe('delegates described by role', () => {
  it('reads "a senior official of its foreign ministry" as the delegate', () => {
    expect(delegates('ECOWAS leaders met in Abuja on Sunday. Guinea was represented by a senior official of its foreign ministry.')).toEqual(['Guinea|senior official of its foreign ministry']);
    expect(delegates('ECOWAS leaders met in Abuja on Sunday. Mali was represented by an official of the presidency.')).toEqual(['Mali|official of the presidency']);
    // a title after "an" is read as the title
    expect(delegates('ECOWAS leaders met in Abuja on Sunday. Mali was represented by an envoy.')).toEqual(['Mali|envoy']);
  });

  it('does not stretch a role over what follows "of" when it is no body', () => {
    expect(delegates('ECOWAS leaders met in Abuja on Sunday. Mali was represented by an official of long standing.')).toEqual([]);
  });
});
