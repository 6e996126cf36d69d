import { describe, expect, it } from 'vitest';
import { extract, toFacts } from '../../extract/extract.js';

// Sentences written for these tests: attendance, delegates, expected-only, and event dates.
const view = (body: string, published = '2025-05-15') => toFacts(extract(`A headline\n\n${body}`, { published }));
const attended = (body: string) =>
  view(body)
    .events.flatMap((e) => e.attendees.map((a) => `${a.person}|${a.representing}`))
    .sort();

describe('events and who took part', () => {
  it('reads lists after "was attended by" and "guests included", and dates the summit', () => {
    const body =
      'Kenyan President Daniel Mwangi attended on Thursday a summit of the African Union in Addis Ababa. The meeting was attended by Ghanaian President Kofi Mensah; Senegalese President Awa Diop; and Nigerian Vice President Musa Bello. Other guests included Chilean President Rosa Vidal.';
    expect(attended(body)).toEqual(['Awa Diop|Senegal', 'Daniel Mwangi|Kenya', 'Kofi Mensah|Ghana', 'Musa Bello|Nigeria', 'Rosa Vidal|Chile']);
    const summit = view(body).events[0]!;
    expect([summit.kind, summit.date, summit.organization]).toEqual(['summit', '2025-05-15', 'African Union']);
  });

  it('tells delegates and people only expected from attendees', () => {
    const f = view(
      'Leaders of the Arab League met in Baghdad on Saturday. Iraqi Prime Minister Ali Hassan hosted the summit. Egypt sent its foreign minister, Sami Fahmy. Jordanian King Faisal Nour was represented by Crown Prince Zaid Nour. UN Secretary-General Ines Moreau is also expected to attend.',
    );
    const e = f.events[0]!;
    expect(e.attendees.map((a) => a.person)).toEqual(['Ali Hassan']);
    expect(e.host).toBe('Ali Hassan');
    expect(e.represented_by_delegate.map((d) => `${d.delegate}|${d.country}|${d.instead_of}`).sort()).toEqual(['Sami Fahmy|Egypt|null', 'Zaid Nour|Jordan|Faisal Nour']);
    expect(e.expected_only).toEqual(['Ines Moreau']);
  });

  it('keeps a dated meeting "with" someone apart from the main summit, and dates elections by tense', () => {
    const f = view('At a meeting with Kenyan President Daniel Mwangi on Wednesday, Ghanaian President Kofi Mensah praised the plan. Peru is holding a presidential election on Sunday.');
    const rows = f.events.map((e) => `${e.kind}|${e.date}`).sort();
    expect(rows).toEqual(['election|2025-05-18', 'meeting|2025-05-14']);
    expect(f.events.find((e) => e.kind === 'meeting')!.attendees.map((a) => a.person).sort()).toEqual(['Daniel Mwangi', 'Kofi Mensah']);
  });

  it('places the summit in cities no list knows, in a country’s capital named by its adjective, and before the trigger', () => {
    const place = (body: string) => view(body).events[0]?.place ?? null;
    expect(place('Gulf leaders opened their summit in Dammam on Tuesday.')).toBe('Dammam');
    expect(place('Pacific leaders opened their annual summit on the resort island of Aitutaki on Tuesday.')).toBe('Aitutaki');
    expect(place('Andean leaders opened their annual summit in the Peruvian capital on Tuesday.')).toBe('Lima');
    expect(place('The Cusco summit of Andean leaders ended on Tuesday.')).toBe('Cusco');
    // a person, not a place
    expect(place('Peruvian President Ana Rojas spoke. Andean leaders held a summit in Rojas’s honour on Tuesday.')).not.toBe('Rojas');
  });

  it('counts leaders said to be in the summit city as attendees', () => {
    expect(attended('Andean leaders opened their summit in Cusco on Tuesday. President Ana Rojas of Peru and Prime Minister Luis Vega of Ecuador are both in Cusco.')).toEqual(['Ana Rojas|Peru', 'Luis Vega|Ecuador']);
  });

  it('reads a meeting of two people from "met" with a person after it, and places a gathering by its verb', () => {
    const f = view('Andean leaders gathered in Cusco on Wednesday for a summit. Peruvian President Ana Rojas arrived from Quito, where she met Ecuadorean President Luis Vega on Tuesday.');
    expect(f.events.find((e) => e.kind === 'summit')?.place).toBe('Cusco');
    const meeting = f.events.find((e) => e.kind === 'meeting')!;
    expect([meeting.date, meeting.attendees.map((a) => a.person).sort()]).toEqual(['2025-05-13', ['Ana Rojas', 'Luis Vega']]);
    // no person after the verb: no meeting of two
    expect(view('Andean leaders met in Cusco on Tuesday.').events.filter((e) => e.kind === 'meeting' && e.attendees.length === 2)).toEqual([]);
  });

  it('never gives the summit to the agency of the dateline', () => {
    const f = view('LIMA, May 2 (Reuters) - Andean leaders opened their annual summit on Tuesday. The Andean Community has five members.');
    expect(f.events[0]?.organization).not.toBe('Reuters');
  });

  it('reads attendance added with "along with" and "as did", and "joined the leaders"', () => {
    expect(
      attended('Andean leaders opened their summit in Cusco on Tuesday. Peruvian President Ana Rojas attended, along with Bolivian President Luis Arce Mamani. Chilean President Rosa Vidal joined the leaders on Wednesday. Ecuadorean President Tomas Vega took part in a session, as did Colombian President Ines Duarte.'),
    ).toEqual(['Ana Rojas|Peru', 'Ines Duarte|Colombia', 'Luis Arce Mamani|Bolivia', 'Rosa Vidal|Chile', 'Tomas Vega|Ecuador']);
    // joining a body is no attendance
    expect(attended('Andean leaders opened their summit in Cusco on Tuesday. Chile joined the Andean Community in 1969.')).toEqual([]);
  });

  it('reads an ordinary session of the assembly as the summit, speakers to the leaders as attending, and "expected to address" as expected', () => {
    const f = view('The 12th ordinary session of the Assembly of the Andean Community opened on Thursday in the Peruvian capital. Peruvian President Ana Rojas told the leaders that the bloc had to act. Bolivian President Luis Arce Mamani and Chilean President Rosa Vidal were among the heads of state in attendance. UN Secretary-General Ines Moreau is also expected to address the assembly on Friday.');
    const e = f.events[0]!;
    expect([e.kind, e.date, e.place]).toEqual(['summit', '2025-05-15', 'Lima']);
    expect(e.attendees.map((a) => a.person).sort()).toEqual(['Ana Rojas', 'Luis Arce Mamani', 'Rosa Vidal']);
    expect(e.expected_only).toEqual(['Ines Moreau']);
  });

  it('opens the main event from "leaders gathered in X" with no event word, and dates a range across months', () => {
    const f = view('Andean leaders gathered in Cusco on Wednesday. Peruvian President Ana Rojas hosted the talks.');
    expect(f.events.map((e) => [e.kind, e.place, e.date, e.host])).toEqual([['summit', 'Cusco', '2025-05-14', 'Ana Rojas']]);
    const next = view('Andean leaders met in Cusco on Wednesday. They will hold their next summit in Quito on August 31-September 1.').events.find((e) => e.place === 'Quito');
    expect(next?.date).toBe('2025-08-31');
  });

  it('places a visit where its visitor arrived', () => {
    const f = view('Peruvian President Ana Rojas arrived in Quito on Thursday for a two-day state visit.');
    expect(f.events.map((e) => [e.kind, e.place, e.date])).toEqual([['visit', 'Quito', '2025-05-15']]);
  });
});
