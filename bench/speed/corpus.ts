import { mulberry32 } from '../quality/seeded.js';

/**
 * The speed corpus: diplomatic news articles generated from a small grammar written for this
 * benchmark (no seed article or dataset text), about 4 KB each, deterministic for a seed. They
 * exercise what extraction reads — titles and names, countries and bodies, memberships,
 * attendance, quotes, dates. Sentences are assembled from independently chosen pieces so that two
 * articles rarely share long runs of words: a corpus of near-copies would make rewrite detection
 * (and so ingest) do work real news does not ask of it.
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

type Country = readonly [name: string, demonym: string, capital: string];
const COUNTRIES: readonly Country[] = [
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
  ['Morocco', 'Moroccan', 'Rabat'],
  ['Philippines', 'Philippine', 'Manila'],
  ['Colombia', 'Colombian', 'Bogota'],
  ['Tanzania', 'Tanzanian', 'Dodoma'],
  ['Azerbaijan', 'Azerbaijani', 'Baku'],
  ['Finland', 'Finnish', 'Helsinki'],
];

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

const GIVEN = ['Amira', 'Daniyar', 'Lucia', 'Tomasz', 'Nadia', 'Rafael', 'Ingrid', 'Kwame', 'Mei', 'Olusegun', 'Farida', 'Mateus', 'Sione', 'Jonas', 'Leila', 'Arman', 'Beatriz', 'Chidi', 'Hana', 'Viktor', 'Esra', 'Pablo', 'Aigerim', 'Tendai', 'Noor', 'Henrik', 'Ximena', 'Bilal'];
const FAMILY = ['Serikbayeva', 'Okonkwo', 'Marchetti', 'Lindqvist', 'Haddad', 'Castellanos', 'Nurlanov', 'Mensah', 'Takahara', 'Dubrovska', 'Achterberg', 'Quispe', 'Rahimov', 'Ferreira', 'Osei', 'Kowalczyk', 'Batbayar', 'Ndiaye', 'Sorensen', 'Valdivia', 'Yilmaz', 'Abdullayev', 'Moreno', 'Kariuki', 'Santos', 'Virtanen', 'Pham', 'Bakr'];
const TITLES = ['Foreign Minister', 'President', 'Prime Minister', 'Deputy Foreign Minister', 'Trade Minister', 'Finance Minister', 'Ambassador', 'Energy Minister', 'Defence Minister', 'Vice President'];
const TOPICS = [
  ['energy transit', 'pipeline', 'gas flows'],
  ['regional security', 'border patrols', 'militant attacks'],
  ['food security', 'grain reserves', 'harvest losses'],
  ['trade corridors', 'customs posts', 'freight volumes'],
  ['water sharing', 'river basin', 'dam releases'],
  ['digital payments', 'card networks', 'settlement systems'],
  ['climate finance', 'adaptation fund', 'emission targets'],
  ['border crossings', 'visa rules', 'transit permits'],
  ['fertiliser supply', 'potash exports', 'crop yields'],
  ['rail links', 'gauge changes', 'container trains'],
  ['fisheries', 'fishing quotas', 'coastal patrols'],
  ['vaccine production', 'licensing deals', 'cold chains'],
  ['critical minerals', 'lithium processing', 'export levies'],
  ['air connectivity', 'landing rights', 'passenger routes'],
  ['debt relief', 'restructuring talks', 'bond payments'],
  ['space research', 'satellite launches', 'ground stations'],
] as const;
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const AGENCIES = ['Reuters', 'AFP', 'AP', 'Xinhua', 'Anadolu', 'Kyodo', 'EFE'];
const NUMBERS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

type Rng = () => number;
const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)]!;
const int = (rng: Rng, from: number, to: number) => from + Math.floor(rng() * (to - from + 1));

/** Fisher–Yates with the article's generator (not Array.sort with a random comparator, whose result depends on the engine). */
function shuffle<T>(rng: Rng, xs: readonly T[]): T[] {
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

interface Person {
  readonly name: string;
  readonly family: string;
  readonly title: string;
  readonly country: Country;
}

interface Cast {
  readonly host: Country;
  readonly guests: readonly Country[];
  readonly body: (typeof BODIES)[number];
  readonly people: readonly Person[];
  readonly topic: (typeof TOPICS)[number];
  readonly published: Date;
}

function castFor(rng: Rng, index: number): Cast {
  const countries = shuffle(rng, COUNTRIES);
  const host = countries[0]!;
  const guests = countries.slice(1, int(rng, 3, 7));
  const people = [host, ...guests].map((country) => {
    const family = pick(rng, FAMILY);
    return { name: `${pick(rng, GIVEN)} ${family}`, family, title: pick(rng, TITLES), country };
  });
  // Dates spread over 2024 so that relative dates resolve to different weeks.
  const published = new Date(Date.UTC(2024, 0, 1) + ((index * 37 + int(rng, 0, 29)) % 360) * 86_400_000);
  return { host, guests, body: pick(rng, BODIES), people, topic: pick(rng, TOPICS), published };
}

const iso = (d: Date) => d.toISOString().slice(0, 10);
const spelled = (d: Date) => `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}`;
const shifted = (d: Date, days: number) => new Date(d.getTime() + days * 86_400_000);

// Sentence pieces: each sentence draws several of them independently.
const OPENERS = ['', 'On the sidelines of the meeting, ', 'In a separate development, ', 'Earlier in the day, ', 'Behind the scenes, ', 'By the evening, ', 'At a news conference, ', 'Later, '];
const MOODS = ['cautious', 'upbeat', 'tense', 'businesslike', 'warm', 'guarded', 'constructive', 'strained'];
const OBSERVERS = ['analysts', 'diplomats', 'officials', 'business groups', 'opposition figures', 'economists', 'former envoys', 'civil society groups'];
const OBSERVER_VERBS = ['noted', 'pointed out', 'warned', 'argued', 'cautioned', 'suggested', 'observed', 'complained'];
const CLAIMS = [
  (c: Cast) => `funding for ${c.topic[1]} remained unclear`,
  (c: Cast) => `the ${c.body[1]} had rarely moved quickly on ${c.topic[0]}`,
  (c: Cast) => `${c.topic[2]} had fallen sharply over the past year`,
  (c: Cast) => `similar pledges on ${c.topic[1]} had stalled before`,
  (c: Cast) => `smaller members felt left out of the ${c.topic[0]} talks`,
  (c: Cast) => `the plan depended on financing from outside the region`,
  (c: Cast) => `${c.host[1]} officials wanted a binding timetable`,
  (c: Cast) => `the text left the hardest questions on ${c.topic[2]} to experts`,
];
const SAY = ['said', 'told reporters', 'said in a statement', 'told a news conference', 'wrote on social media', 'told state television'];
const QUOTES = [
  (c: Cast) => `We did not come here to sign declarations about ${c.topic[0]}. We came to see ${c.topic[1]} working`,
  (c: Cast) => `Nobody in this room can solve ${c.topic[2]} alone`,
  (c: Cast) => `The ${c.body[1]} has to prove it can deliver, and ${c.topic[0]} is where it will be judged`,
  (c: Cast) => `Our position on ${c.topic[1]} has not changed, but our patience has limits`,
  () => 'This is a good day for our region, and a better one for our farmers and traders',
  (c: Cast) => `We have agreed on the direction. The details of ${c.topic[1]} will take months`,
  () => 'There were frank exchanges, and that is how it should be between partners',
  (c: Cast) => `If ${c.topic[2]} keep falling, every one of us will pay for it`,
  () => 'We expect the first results before the end of the year',
  () => 'Partners who respect our sovereignty will always find an open door',
];
const STATUS_PHRASES = ['became a full member of', 'was admitted as an observer to', 'joined as a dialogue partner of', 'was granted partner status in', 'became a founding member of'];
const VISIT_PURPOSES = [(c: Cast) => `talks on ${c.topic[0]}`, (c: Cast) => `a meeting on ${c.topic[1]}`, (c: Cast) => `consultations about ${c.topic[2]}`, () => 'a two-day official visit', () => 'a working visit'];
const FOLLOWUPS = ['a follow-up meeting', 'a ministerial round', 'an expert workshop', 'a donors conference', 'a technical session'];

/** Sentence generators: each returns one sentence for the article's cast. */
const SENTENCES: readonly ((rng: Rng, c: Cast) => string)[] = [
  (rng, c) => {
    const p = pick(rng, c.people.slice(1));
    return `${pick(rng, OPENERS)}${p.country[1]} ${p.title} ${p.name} arrived in ${c.host[2]} on ${pick(rng, WEEKDAYS)} for ${pick(rng, VISIT_PURPOSES)(c)}, the first such visit in ${pick(rng, NUMBERS)} years.`;
  },
  (rng, c) => {
    const p = pick(rng, c.people);
    return `"${pick(rng, QUOTES)(c)}," ${p.title} ${p.family} ${pick(rng, SAY)}.`;
  },
  (rng, c) => {
    const p = pick(rng, c.people);
    return `${p.name} ${pick(rng, ['said', 'insisted', 'acknowledged', 'conceded'])} that "${pick(rng, QUOTES)(c).toLowerCase()}".`;
  },
  (rng, c) => {
    const signers = shuffle(rng, [c.host, ...c.guests]).slice(0, int(rng, 2, 4)).map((x) => x[0]);
    return `${signers.slice(0, -1).join(', ')} and ${signers[signers.length - 1]} signed ${pick(rng, ['a memorandum', 'a joint declaration', 'a framework agreement', 'a road map'])} on ${c.topic[1]} on ${pick(rng, WEEKDAYS)}, according to ${pick(rng, ['a joint statement', 'the host government', 'a copy seen by reporters', 'the secretariat'])}.`;
  },
  (rng, c) => `${pick(rng, c.guests)[0]} ${pick(rng, STATUS_PHRASES)} the ${c.body[0]} (${c.body[1]}) in ${int(rng, 1996, 2023)}.`,
  (rng, c) => {
    const p = pick(rng, c.people);
    return `${p.name}, ${p.country[0]}'s ${p.title.toLowerCase()} since ${pick(rng, MONTHS)} ${int(rng, 2014, 2023)}, described the talks as "${pick(rng, MOODS)}".`;
  },
  (rng, c) => `The next ${c.body[1]} summit is due to be held in ${pick(rng, c.guests)[2]} on ${spelled(shifted(c.published, int(rng, 20, 90)))}, where leaders are expected to ${pick(rng, ['approve', 'debate', 'sign off on', 'review'])} a plan on ${c.topic[0]}.`,
  (rng, c) => `${pick(rng, ['Last week', 'Two days earlier', 'Last month', 'On the eve of the talks'])}, ${pick(rng, NUMBERS)} ${pick(rng, ['senior officials', 'deputy ministers', 'negotiators', 'technical teams'])} met in ${pick(rng, COUNTRIES)[2]} to prepare the text on ${c.topic[1]}.`,
  (rng, c) => `${pick(rng, OBSERVERS).replace(/^./, (s) => s.toUpperCase())} ${pick(rng, OBSERVER_VERBS)} that ${pick(rng, CLAIMS)(c)}, and the mood was ${pick(rng, MOODS)}.`,
  (rng, c) => `${c.host[0]} was represented by ${c.people[0]!.title} ${c.people[0]!.name}, while ${pick(rng, c.guests)[0]} sent its ${pick(rng, ['deputy foreign minister', 'ambassador', 'trade envoy', 'deputy prime minister'])}.`,
  (rng, c) => `Trade between ${pick(rng, c.guests)[0]} and ${c.host[0]} reached ${(int(rng, 10, 900) / 10).toFixed(1)} billion dollars in ${c.published.getUTCFullYear() - 1}, ${pick(rng, ['up', 'down'])} ${(int(rng, 5, 190) / 10).toFixed(1)} percent, according to figures ${pick(rng, ['published', 'released', 'compiled'])} by the ${c.body[1]} on ${spelled(shifted(c.published, -int(rng, 3, 40)))}.`,
  (rng, c) => `An opposition lawmaker in ${c.host[2]} ${pick(rng, ['said', 'complained', 'argued'])} that the government had "${pick(rng, ['promised much and delivered little', 'given away too much', 'ignored parliament', 'moved too slowly'])}" on ${c.topic[2]}.`,
  (rng, c) => `The ${c.body[0]} was founded in ${int(rng, 1960, 2006)} and now has ${int(rng, 5, 30)} member states; its secretary general, ${pick(rng, GIVEN)} ${pick(rng, FAMILY)}, will visit ${pick(rng, c.guests)[0]} ${pick(rng, ['next month', 'in the autumn', 'next week', 'early next year'])}.`,
  (rng, c) => `${pick(rng, c.guests)[0]} applied to join the ${c.body[1]} in ${int(rng, 2015, 2023)}, but a decision was ${pick(rng, ['postponed', 'deferred', 'blocked', 'put off'])} at the ${pick(rng, ['last summit', 'previous meeting', 'spring session'])}.`,
  (rng, c) => {
    const p = pick(rng, c.people.slice(1));
    return `${p.title} ${p.family} said ${p.country[0]} would host ${pick(rng, FOLLOWUPS)} ${pick(rng, ['before the end of the year', 'in the spring', 'within three months', 'next year'])}.`;
  },
  (rng, c) => `Among those attending were ${shuffle(rng, c.people).slice(0, int(rng, 2, 4)).map((p) => `${p.title} ${p.name} of ${p.country[0]}`).join(', ')}.`,
  (rng, c) => `${pick(rng, ['Prices', 'Volumes', 'Costs', 'Delays'])} linked to ${c.topic[2]} have ${pick(rng, ['doubled', 'eased', 'risen by a third', 'fallen'])} since ${pick(rng, MONTHS)}, ${pick(rng, ['industry data show', 'port figures show', 'central bank data suggest', 'a recent survey found'])}.`,
];

// Filler prose: most of an article is context and analysis without names. It is composed word
// by word from large lists so that no two articles share long runs of words.
const ADJ = 'regional national fragile modest sharp gradual uneven costly urgent lengthy fresh broad narrow quiet public private rural coastal northern southern eastern western local foreign domestic annual monthly weekly informal formal technical political economic fiscal legal digital agricultural industrial financial seasonal temporary permanent cautious steady sudden renewed limited wider'.split(' ');
const NOUNS = 'exporters importers farmers lenders insurers ports ministries regulators courts provinces municipalities refineries unions traders investors carriers shippers donors auditors hospitals schools utilities miners smelters airlines railways wholesalers retailers cooperatives lawmakers governors mayors negotiators inspectors engineers planners economists households suppliers contractors developers creditors'.split(' ');
const MASS = 'funding demand supply pressure capacity oversight spending inflation credit revenue investment output tonnage traffic uncertainty paperwork congestion competition debt liquidity'.split(' ');
const VERBS = 'questioned welcomed delayed doubled trimmed revised challenged reviewed expanded postponed tightened relaxed monitored financed resisted tested audited rejected endorsed extended replaced streamlined absorbed redirected renegotiated cushioned strained reshaped'.split(' ');
const PREPS = 'across within beyond near along despite amid after before around'.split(' ');
const PLACES = ['valleys', 'highlands', 'border districts', 'river towns', 'free zones', 'industrial parks', 'outer suburbs', 'island provinces', 'mountain passes', 'delta regions', 'port cities', 'mining belts', 'capital region', 'coastal plains', 'western provinces'];
const TIMES = ['this quarter', 'in recent weeks', 'since the spring', 'over the winter', 'for most of the decade', 'late last year', 'during the summer', 'in the previous budget', 'after the elections', 'before the rainy season'];
const ADVERBS = 'Meanwhile Still However Separately Elsewhere Privately Publicly Increasingly Historically Locally'.split(' ');
const REPORTERS = ['officials said', 'people familiar with the talks said', 'a spokesman said', 'according to local media', 'documents show', 'one negotiator said'];

function nounPhrase(rng: Rng): string {
  return `${pick(rng, ['the', 'many', 'some', 'several', 'most', 'few'])} ${pick(rng, ADJ)} ${pick(rng, NOUNS)}`;
}

/** One sentence of filler prose. */
function filler(rng: Rng, c: Cast): string {
  const patterns = [
    () => `${nounPhrase(rng).replace(/^./, (x) => x.toUpperCase())} ${pick(rng, VERBS)} ${pick(rng, ADJ)} ${pick(rng, MASS)} ${pick(rng, PREPS)} the ${pick(rng, PLACES)} ${pick(rng, TIMES)}, ${pick(rng, REPORTERS)}.`,
    () => `${pick(rng, ADVERBS)}, ${pick(rng, ADJ)} ${pick(rng, MASS)} from ${pick(rng, NOUNS)} and ${pick(rng, NOUNS)} ${pick(rng, VERBS)} the ${pick(rng, ADJ)} ${pick(rng, MASS)} that ${c.topic[1]} ${pick(rng, ['depends on', 'was meant to ease', 'has long relied on', 'could not absorb'])}.`,
    () => `${pick(rng, ['In', 'Across', 'Outside'])} the ${pick(rng, PLACES)}, ${nounPhrase(rng)} ${pick(rng, VERBS)} ${int(rng, 3, 97)} ${pick(rng, ['projects', 'contracts', 'licences', 'shipments', 'permits', 'loans'])} ${pick(rng, TIMES)} as ${pick(rng, MASS)} ${pick(rng, ['rose', 'fell', 'stalled', 'recovered', 'slipped', 'surged'])}.`,
    () => `${pick(rng, ['Critics', 'Supporters', 'Observers', 'Residents', 'Investors'])} ${pick(rng, ['say', 'argue', 'fear', 'hope', 'expect'])} that ${pick(rng, ADJ)} ${pick(rng, MASS)} ${pick(rng, ['will', 'may', 'could', 'is unlikely to'])} ${pick(rng, ['outlast', 'undermine', 'shape', 'complicate', 'speed up'])} ${c.topic[0]} ${pick(rng, PREPS)} the ${pick(rng, PLACES)}.`,
  ];
  return pick(rng, patterns)();
}

/** A paragraph: one to three sentences, a fact sentence (each kind at most once per article) or filler. */
function paragraph(rng: Rng, c: Cast, facts: ((rng: Rng, c: Cast) => string)[]): string {
  return Array.from({ length: int(rng, 1, 3) }, () => (facts.length > 0 && rng() < 0.4 ? facts.pop()!(rng, c) : filler(rng, c))).join(' ');
}

/** One article of about `bytes` bytes for the given index. */
function article(rng: Rng, index: number, bytes: number): CorpusArticle {
  const c = castFor(rng, index);
  const headline = `${c.host[0]} and ${c.guests[0]![0]} ${pick(rng, ['agree to deepen', 'fail to agree on', 'launch talks on', 'step up'])} cooperation on ${c.topic[0]}`;
  const dateline = `${c.host[2].toUpperCase()}, ${spelled(c.published)} (${pick(rng, AGENCIES)}) — ${pick(rng, ['Leaders and ministers', 'Envoys', 'Senior officials'])} from ${c.people.length} countries met in ${c.host[2]} on ${pick(rng, WEEKDAYS)} to discuss ${c.topic[0]} under the banner of the ${c.body[0]}.`;
  // A publication line read() recognises, so that `dossier ingest` of the files dates them as extract() is told to.
  const paragraphs = [headline, `Published: ${iso(c.published)}`, dateline];
  let size = Buffer.byteLength(paragraphs.join('\n\n'));
  const facts = shuffle(rng, SENTENCES);
  while (size < bytes) {
    const p = paragraph(rng, c, facts);
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
