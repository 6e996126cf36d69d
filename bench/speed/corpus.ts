import { mulberry32 } from '../quality/seeded.js';

/**
 * The speed corpus: diplomatic news articles generated from templates written for this benchmark
 * (no seed article or dataset text), about 4 KB each, deterministic for a seed. They exercise what
 * extraction reads — titles and names, countries and bodies, memberships, attendance, quotes,
 * dates — so the timing reflects the kind of text dossier is built for.
 */

/** One generated article. */
export interface CorpusArticle {
  readonly id: string;
  /** ISO publication date. */
  readonly published: string;
  /** Plain text: headline, publication line, dateline paragraph, body paragraphs, separated by blank lines. */
  readonly text: string;
}

/** Options for {@link generateCorpus}. */
export interface CorpusOptions {
  readonly seed?: number;
  /** Stop once the corpus holds this many UTF-8 bytes (default 1 MB). */
  readonly totalBytes?: number;
  /** Aim for articles of about this many bytes (default 4096). */
  readonly articleBytes?: number;
}

const COUNTRIES = [
  ['Kazakhstan', 'Kazakh', 'Astana'],
  ['India', 'Indian', 'New Delhi'],
  ['Brazil', 'Brazilian', 'Brasilia'],
  ['Indonesia', 'Indonesian', 'Jakarta'],
  ['Turkey', 'Turkish', 'Ankara'],
  ['Egypt', 'Egyptian', 'Cairo'],
  ['Nigeria', 'Nigerian', 'Abuja'],
  ['Argentina', 'Argentine', 'Buenos Aires'],
  ['Vietnam', 'Vietnamese', 'Hanoi'],
  ['Kenya', 'Kenyan', 'Nairobi'],
  ['Mexico', 'Mexican', 'Mexico City'],
  ['Pakistan', 'Pakistani', 'Islamabad'],
  ['Malaysia', 'Malaysian', 'Kuala Lumpur'],
  ['Ethiopia', 'Ethiopian', 'Addis Ababa'],
  ['Uzbekistan', 'Uzbek', 'Tashkent'],
  ['Chile', 'Chilean', 'Santiago'],
  ['Norway', 'Norwegian', 'Oslo'],
  ['Poland', 'Polish', 'Warsaw'],
  ['Thailand', 'Thai', 'Bangkok'],
  ['Ghana', 'Ghanaian', 'Accra'],
  ['Peru', 'Peruvian', 'Lima'],
  ['Mongolia', 'Mongolian', 'Ulaanbaatar'],
  ['Senegal', 'Senegalese', 'Dakar'],
  ['Portugal', 'Portuguese', 'Lisbon'],
] as const;

const BODIES = [
  ['Shanghai Cooperation Organisation', 'SCO'],
  ['Association of Southeast Asian Nations', 'ASEAN'],
  ['African Union', 'AU'],
  ['BRICS', 'BRICS'],
  ['Organization of American States', 'OAS'],
  ['Commonwealth of Independent States', 'CIS'],
  ['Gulf Cooperation Council', 'GCC'],
  ['Economic Community of West African States', 'ECOWAS'],
] as const;

const STATUSES = ['a full member', 'an observer', 'a dialogue partner', 'a partner country'] as const;
const GIVEN = ['Amira', 'Daniyar', 'Lucia', 'Tomasz', 'Nadia', 'Rafael', 'Ingrid', 'Kwame', 'Mei', 'Olusegun', 'Farida', 'Mateus', 'Sione', 'Jonas', 'Leila', 'Arman', 'Beatriz', 'Chidi', 'Hana', 'Viktor'];
const FAMILY = ['Serikbayeva', 'Okonkwo', 'Marchetti', 'Lindqvist', 'Haddad', 'Castellanos', 'Nurlanov', 'Mensah', 'Takahara', 'Dubrovska', 'Achterberg', 'Quispe', 'Rahimov', 'Ferreira', 'Osei', 'Kowalczyk', 'Batbayar', 'Ndiaye', 'Sorensen', 'Valdivia'];
const TITLES = ['Foreign Minister', 'President', 'Prime Minister', 'Deputy Foreign Minister', 'Trade Minister', 'Finance Minister', 'Ambassador'];
const TOPICS = ['energy transit', 'regional security', 'food security', 'trade corridors', 'water sharing', 'digital payments', 'climate finance', 'border crossings', 'fertiliser supply', 'rail links'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const AGENCIES = ['Reuters', 'AFP', 'AP', 'Xinhua', 'Anadolu'];
const VERBS = ['said', 'told reporters', 'said in a statement', 'added', 'stressed'];

type Rng = () => number;
const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)]!;

/** Fisher–Yates with the article's generator (not Array.sort with a random comparator, whose result depends on the engine). */
function shuffle<T>(rng: Rng, xs: readonly T[]): T[] {
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

interface Cast {
  readonly host: (typeof COUNTRIES)[number];
  readonly guests: readonly (typeof COUNTRIES)[number][];
  readonly body: (typeof BODIES)[number];
  readonly people: readonly { readonly name: string; readonly family: string; readonly title: string; readonly country: string; readonly demonym: string }[];
  readonly topic: string;
  readonly published: Date;
}

function castFor(rng: Rng, index: number): Cast {
  const shuffled = shuffle(rng, COUNTRIES);
  const host = shuffled[0]!;
  const guests = shuffled.slice(1, 4 + Math.floor(rng() * 4));
  const people = [host, ...guests].map((c) => {
    const family = pick(rng, FAMILY);
    return { name: `${pick(rng, GIVEN)} ${family}`, family, title: pick(rng, TITLES), country: c[0], demonym: c[1] };
  });
  // Dates spread over 2024 so that relative dates resolve to different weeks.
  const published = new Date(Date.UTC(2024, 0, 1) + ((index * 37 + Math.floor(rng() * 30)) % 360) * 86_400_000);
  return { host, guests, body: pick(rng, BODIES), people, topic: pick(rng, TOPICS), published };
}

const iso = (d: Date) => d.toISOString().slice(0, 10);
const spelled = (d: Date) => `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}`;
const daysBefore = (d: Date, n: number) => new Date(d.getTime() - n * 86_400_000);

/** Paragraph templates: each returns one paragraph for the article's cast. */
const PARAGRAPHS: readonly ((rng: Rng, c: Cast) => string)[] = [
  (rng, c) => {
    const p = c.people[1 + Math.floor(rng() * (c.people.length - 1))]!;
    return `${p.demonym} ${p.title} ${p.name} arrived in ${c.host[2]} on ${pick(rng, WEEKDAYS)} for talks on ${c.topic}, the first such visit in ${2 + Math.floor(rng() * 9)} years.`;
  },
  (rng, c) => {
    const p = c.people[0]!;
    return `"We are ready to work with every partner that respects our sovereignty," ${p.title} ${p.family} ${pick(rng, VERBS)}. "The ${c.topic} agenda cannot wait for another round of declarations."`;
  },
  (rng, c) => `${c.guests.map((g) => g[0]).join(', ')} and ${c.host[0]} signed a memorandum on ${c.topic} at the end of the meeting, according to a joint statement released ${pick(rng, ['late on', 'early on', 'on'])} ${pick(rng, WEEKDAYS)}.`,
  (rng, c) => `${c.guests[0]![0]} became ${pick(rng, STATUSES)} of the ${c.body[0]} (${c.body[1]}) in ${2001 + Math.floor(rng() * 22)}, and has since pressed for a larger role in its ${c.topic} programme.`,
  (rng, c) => {
    const p = c.people[c.people.length - 1]!;
    return `${p.name}, who has served as ${p.country}'s ${p.title.toLowerCase()} since ${MONTHS[Math.floor(rng() * 12)]} ${2015 + Math.floor(rng() * 8)}, said the talks had been "frank and constructive" but that differences remained over financing.`;
  },
  (rng, c) => `The ${c.body[1]} summit is due to be held in ${pick(rng, c.guests)[2]} on ${spelled(new Date(c.published.getTime() + (20 + Math.floor(rng() * 60)) * 86_400_000))}, where leaders are expected to approve a five-year plan on ${c.topic}.`,
  (rng, c) => `Last week, officials from ${c.guests.length + 1} countries met behind closed doors to prepare the text. ${pick(rng, c.people).demonym} diplomats described the mood as cautious, while analysts noted that the ${c.body[1]} has struggled to turn statements into projects.`,
  (rng, c) => {
    const p = pick(rng, c.people);
    return `Asked whether the deal would survive a change of government, ${p.family} replied: "Agreements between states are not agreements between parties. They outlast us all." The remark drew applause from the delegations.`;
  },
  (rng, c) => `${c.host[0]} was represented by ${c.people[0]!.title} ${c.people[0]!.name}, while ${c.guests[1]?.[0] ?? c.guests[0]![0]} sent its deputy foreign minister instead of the head of state, a choice that several observers read as a signal of reservations.`,
  (rng, c) => `Trade between the ${c.people.length} countries reached ${(10 + rng() * 80).toFixed(1)} billion dollars in ${c.published.getUTCFullYear() - 1}, up ${(2 + rng() * 15).toFixed(1)} percent from the year before, according to figures published by the ${c.body[1]} secretariat on ${spelled(daysBefore(c.published, 3 + Math.floor(rng() * 20)))}.`,
  (rng, c) => `Critics at home were less enthusiastic. An opposition lawmaker in ${c.host[2]} said the government had "promised much and delivered little" on ${c.topic}, and called for the memorandum to be put before parliament.`,
  (rng, c) => `The ${c.body[0]} was founded in ${1960 + Math.floor(rng() * 45)} and now counts ${6 + Math.floor(rng() * 20)} member states. Its secretary general, ${pick(rng, GIVEN)} ${pick(rng, FAMILY)}, is expected to visit ${c.host[0]} next month.`,
  (rng, c) => `${pick(rng, c.guests)[0]} applied to join the ${c.body[1]} as a full member in ${2019 + Math.floor(rng() * 5)}; a decision on its application was postponed at the last summit, held in ${pick(rng, COUNTRIES)[2]}.`,
  (rng, c) => `Speaking to reporters after the session, ${c.people[1]!.title} ${c.people[1]!.family} said ${c.people[1]!.country} would host a follow-up meeting "before the end of the year" and invited the ${c.body[1]} to send observers.`,
  (rng, c) => `Among those attending were ${c.people.slice(1).map((p) => `${p.title} ${p.name} of ${p.country}`).join(', ')}.`,
  (rng, c) => `The talks came two days after a separate meeting in ${pick(rng, COUNTRIES)[2]} on ${c.topic}, which ended without a joint communique. Diplomats said the two tracks were "complementary rather than competing".`,
];

/** One article of about `bytes` bytes for the given index. */
function article(rng: Rng, index: number, bytes: number): CorpusArticle {
  const c = castFor(rng, index);
  const headline = `${c.host[0]} and ${c.guests[0]![0]} agree to deepen cooperation on ${c.topic}`;
  const dateline = `${c.host[2].toUpperCase()}, ${spelled(c.published)} (${pick(rng, AGENCIES)}) — Leaders and ministers from ${c.people.length} countries met in ${c.host[2]} on ${pick(rng, WEEKDAYS)} to discuss ${c.topic}, as the ${c.body[0]} seeks a stronger voice in the region.`;
  // A publication line read() recognises, so that `dossier ingest` of the files dates them as extract() is told to.
  const paragraphs = [headline, `Published: ${iso(c.published)}`, dateline];
  let size = Buffer.byteLength(paragraphs.join('\n\n'));
  const order = shuffle(rng, [...PARAGRAPHS.keys()]);
  for (let k = 0; size < bytes; k++) {
    const p = PARAGRAPHS[order[k % order.length]!]!(rng, c);
    if (size + p.length + 2 > bytes * 1.1 && size > bytes * 0.85) break;
    paragraphs.push(p);
    size += Buffer.byteLength(p) + 2;
  }
  return { id: `bench-${String(index).padStart(4, '0')}`, published: iso(c.published), text: `${paragraphs.join('\n\n')}\n` };
}

/**
 * Generate the speed corpus: articles of about `articleBytes` until `totalBytes` is reached.
 * @example generateCorpus({ seed: 1 }).length; // about 250 articles, 1 MB
 */
export function generateCorpus(options: CorpusOptions = {}): CorpusArticle[] {
  const rng = mulberry32(options.seed ?? 1);
  const totalBytes = options.totalBytes ?? 1_000_000;
  const articleBytes = options.articleBytes ?? 4096;
  const out: CorpusArticle[] = [];
  let total = 0;
  while (total < totalBytes) {
    const a = article(rng, out.length, articleBytes * (0.85 + rng() * 0.3));
    out.push(a);
    total += Buffer.byteLength(a.text);
  }
  return out;
}
