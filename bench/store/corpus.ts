/**
 * Articles for the store benchmarks, generated from templates written for them (no third-party
 * text): summits of real organisations with invented delegates, memberships, quotes and dates, so
 * that extraction, entity resolution, stories, rewrites and claims all have work to do. A seed
 * gives the same corpus every time.
 */

import { mulberry32 as rng } from '../quality/seeded.js';

export { rng };

const COUNTRIES = [
  ['Kazakhstan', 'Kazakh', 'Astana'], ['India', 'Indian', 'New Delhi'], ['Brazil', 'Brazilian', 'Brasilia'],
  ['Indonesia', 'Indonesian', 'Jakarta'], ['Turkey', 'Turkish', 'Ankara'], ['Egypt', 'Egyptian', 'Cairo'],
  ['Nigeria', 'Nigerian', 'Abuja'], ['Vietnam', 'Vietnamese', 'Hanoi'], ['Kenya', 'Kenyan', 'Nairobi'],
  ['Mexico', 'Mexican', 'Mexico City'], ['Pakistan', 'Pakistani', 'Islamabad'], ['Chile', 'Chilean', 'Santiago'],
  ['Norway', 'Norwegian', 'Oslo'], ['Poland', 'Polish', 'Warsaw'], ['Ghana', 'Ghanaian', 'Accra'],
  ['Peru', 'Peruvian', 'Lima'], ['Mongolia', 'Mongolian', 'Ulaanbaatar'], ['Senegal', 'Senegalese', 'Dakar'],
  ['Morocco', 'Moroccan', 'Rabat'], ['Finland', 'Finnish', 'Helsinki'], ['Uzbekistan', 'Uzbek', 'Tashkent'],
] as const;
const BODIES = [
  ['Shanghai Cooperation Organisation', 'SCO'], ['Association of Southeast Asian Nations', 'ASEAN'], ['African Union', 'AU'],
  ['Organization of American States', 'OAS'], ['Gulf Cooperation Council', 'GCC'], ['Organization of Turkic States', 'OTS'],
] as const;
const GIVEN = ['Amira', 'Daniyar', 'Lucia', 'Tomasz', 'Nadia', 'Rafael', 'Ingrid', 'Kwame', 'Mei', 'Farida', 'Mateus', 'Jonas', 'Leila', 'Arman', 'Beatriz', 'Chidi', 'Hana', 'Viktor', 'Esra', 'Pablo'];
const FAMILY = ['Serikbayeva', 'Okonkwo', 'Marchetti', 'Lindqvist', 'Haddad', 'Castellanos', 'Nurlanov', 'Mensah', 'Takahara', 'Dubrovska', 'Quispe', 'Rahimov', 'Ferreira', 'Osei', 'Kowalczyk', 'Batbayar', 'Ndiaye', 'Sorensen', 'Valdivia', 'Yilmaz'];
const TITLES = ['Foreign Minister', 'President', 'Prime Minister', 'Trade Minister', 'Finance Minister', 'Energy Minister'];
const TOPICS = ['energy transit', 'regional security', 'food security', 'trade corridors', 'water sharing', 'digital payments', 'climate finance', 'rail links', 'critical minerals', 'debt relief'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** One generated article. */
export interface BenchArticle {
  readonly name: string;
  readonly text: string;
}

/**
 * `count` articles; every `storySize` consecutive articles report one summit (so stories form),
 * and every third article of a story rewrites the one before it (so rewrites are found).
 */
export function generateArticles(count: number, seed = 1, storySize = 4): BenchArticle[] {
  const out: BenchArticle[] = [];
  let previous = '';
  for (let i = 0; i < count; i++) {
    const story = Math.floor(i / storySize);
    const s = rng(seed * 1_000_003 + story);
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(s() * xs.length)]!;
    const host = pick(COUNTRIES);
    const body = pick(BODIES);
    const topic = pick(TOPICS);
    const guests = [pick(COUNTRIES), pick(COUNTRIES), pick(COUNTRIES)].filter((c) => c !== host);
    const people = [host, ...guests].map((c) => ({ name: `${pick(GIVEN)} ${pick(FAMILY)}`, title: pick(TITLES), country: c }));
    const month = MONTHS[story % 12]!;
    const day = 1 + (story % 27);
    const weekday = WEEKDAYS[story % 5]!;
    const joiner = pick(COUNTRIES);
    const a = rng(seed * 7919 + i);
    const own = <T>(xs: readonly T[]) => xs[Math.floor(a() * xs.length)]!;
    const hedged = a() < 0.3;
    const lead = people[0]!;
    // Several wordings per sentence, so that unrelated articles share names, not phrases.
    const v = <T>(...xs: T[]) => own(xs);
    const guestsLine = people.slice(1).map((p) => `${p.country[1]} ${p.title} ${p.name}`).join(', ');
    const paragraphs = [
      v(`${body[1]} leaders meet in ${host[2]} on ${topic}`, `${host[0]} hosts ${body[1]} talks on ${topic}`, `${topic} dominates ${body[1]} gathering in ${host[2]}`, `${body[0]} opens ${host[2]} session`),
      `${month} ${day}, 2025`,
      v(
        `${host[2].toUpperCase()} — ${host[1]} ${lead.title} ${lead.name} hosted a summit of the ${body[0]} (${body[1]}) in ${host[2]} on ${weekday}, with ${topic} at the top of the agenda.`,
        `${host[2].toUpperCase()} — The ${body[0]} (${body[1]}) opened its summit in ${host[2]} on ${weekday} under ${host[1]} ${lead.title} ${lead.name}, who put ${topic} first.`,
        `${host[2].toUpperCase()} — Delegations of the ${body[0]} (${body[1]}) gathered in ${host[2]} on ${weekday} for a summit chaired by ${lead.title} ${lead.name} of ${host[0]}.`,
      ),
      v(`${guestsLine} attended the meeting, officials said.`, `Among those present were ${guestsLine}.`, `${guestsLine} arrived for the opening session.`, `The guests included ${guestsLine}, a spokesperson said.`),
      hedged
        ? v(`${joiner[0]}, which holds observer status, is expected to join the ${body[1]} as a full member soon.`, `${joiner[0]} is expected to become a full member of the ${body[1]} next year.`)
        : v(`${joiner[0]} joined the ${body[1]} as a full member on ${weekday}.`, `${joiner[0]} became a full member of the ${body[1]} on ${weekday}.`),
      v(
        `"We came to ${host[2]} to agree on ${topic}, and we did," ${lead.name} told reporters after the session.`,
        `"There is no alternative to working together on ${topic}," ${lead.name} said in a statement.`,
        `${lead.name} said the talks on ${topic} had been "frank and useful".`,
        `"${topic} cannot wait another year," said ${lead.name}.`,
      ),
      v(
        `${own(people).name} said the next meeting on ${own(TOPICS)} would take place in ${own(COUNTRIES)[2]} later in the year.`,
        `A follow-up meeting on ${own(TOPICS)} is planned in ${own(COUNTRIES)[2]}, according to ${own(people).name}.`,
        `Ministers will report back on ${own(TOPICS)} by ${own(MONTHS)}, ${own(people).name} added.`,
        `No date was set for the next round, ${own(people).name} said.`,
      ),
    ];
    // A rewrite copies most of the previous article and rewords a sentence.
    const text = i % storySize === 2 && previous ? `${previous.replace(/officials said/, 'according to officials').replace(/told reporters/, 'said')}\n\nThe talks were described as constructive.` : paragraphs.join('\n\n');
    previous = text;
    out.push({ name: `bench-${String(i).padStart(6, '0')}.txt`, text });
  }
  return out;
}
