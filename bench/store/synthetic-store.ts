/**
 * A synthetic store of many articles, written straight into the tables (going through extraction
 * and reconciliation would take far longer than the queries it is built to measure). The shapes
 * follow what ingest writes: per article ~20 facts with evidence, mentions, entity links, a story,
 * claims and fact groups; entity popularity is Zipf-like, so a few names (a president, a large
 * organisation) appear in a large share of the articles, as in real news.
 */
import type BetterSqlite3 from 'better-sqlite3';
import { rng } from './corpus.js';

/** Size of the synthetic store. */
export interface SyntheticOptions {
  readonly articles: number;
  readonly people?: number;
  readonly articlesPerStory?: number;
  readonly seed?: number;
}

/** What the benchmark needs to ask questions of the store. */
export interface SyntheticIndex {
  readonly people: readonly string[];
  readonly countries: readonly string[];
  readonly orgs: readonly string[];
  readonly stories: readonly string[];
  readonly words: readonly string[];
}

const COUNTRY_NAMES = ['Kazakhstan', 'India', 'Brazil', 'Indonesia', 'Turkey', 'Egypt', 'Nigeria', 'Vietnam', 'Kenya', 'Mexico', 'Pakistan', 'Chile', 'Norway', 'Poland', 'Ghana', 'Peru', 'Mongolia', 'Senegal', 'Morocco', 'Finland', 'Uzbekistan', 'Russia', 'China', 'Iran', 'Belarus', 'Japan', 'France', 'Germany', 'Italy', 'Spain', 'Canada', 'Australia', 'Argentina', 'Colombia', 'Ethiopia', 'Tanzania', 'Thailand', 'Malaysia', 'Philippines', 'Portugal'];
const ORG_NAMES = [
  ['SCO', 'Shanghai Cooperation Organisation'], ['ASEAN', 'Association of Southeast Asian Nations'], ['AU', 'African Union'], ['OAS', 'Organization of American States'],
  ['GCC', 'Gulf Cooperation Council'], ['NATO', 'North Atlantic Treaty Organization'], ['EU', 'European Union'], ['BRICS', 'BRICS'], ['G20', 'Group of Twenty'], ['OTS', 'Organization of Turkic States'],
];
const STATUSES = ['member', 'founding member', 'observer', 'dialogue partner', 'applicant'];
const TITLES = ['President', 'Prime Minister', 'Foreign Minister', 'Trade Minister', 'Finance Minister'];
const GIVEN = ['Amira', 'Daniyar', 'Lucia', 'Tomasz', 'Nadia', 'Rafael', 'Ingrid', 'Kwame', 'Mei', 'Farida', 'Mateus', 'Jonas', 'Leila', 'Arman', 'Beatriz', 'Chidi', 'Hana', 'Viktor', 'Esra', 'Pablo', 'Olga', 'Sami', 'Yuki', 'Omar'];
const FAMILY = ['Serikbayeva', 'Okonkwo', 'Marchetti', 'Lindqvist', 'Haddad', 'Castellanos', 'Nurlanov', 'Mensah', 'Takahara', 'Dubrovska', 'Quispe', 'Rahimov', 'Ferreira', 'Osei', 'Kowalczyk', 'Batbayar', 'Ndiaye', 'Sorensen', 'Valdivia', 'Yilmaz', 'Petrov', 'Kim', 'Nguyen', 'Alvarez'];
const WORDS = ['summit', 'talks', 'pipeline', 'security', 'grain', 'corridor', 'river', 'payments', 'climate', 'border', 'fertiliser', 'railway', 'fisheries', 'vaccine', 'lithium', 'aviation', 'debt', 'satellite', 'tariff', 'energy', 'water', 'drought', 'harbour', 'election', 'ceasefire', 'sanctions', 'investment', 'refinery', 'telecom', 'tourism'];

/** Draw from 0..n-1 with probability ~ 1/(k+1)^s (a few very common, a long tail). */
function zipf(r: () => number, n: number, s = 1.1): () => number {
  const weights = Array.from({ length: n }, (_, k) => 1 / (k + 1) ** s);
  const total = weights.reduce((a, b) => a + b, 0);
  const cdf: number[] = [];
  let acc = 0;
  for (const w of weights) cdf.push((acc += w / total));
  return () => {
    const x = r();
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cdf[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

/** Fill an empty store (schema already migrated) with `articles` synthetic articles. */
export function buildSyntheticStore(sqlite: BetterSqlite3.Database, options: SyntheticOptions, progress: (done: number) => void = () => {}): SyntheticIndex {
  const r = rng(options.seed ?? 7);
  const nPeople = options.people ?? 5000;
  const perStory = options.articlesPerStory ?? 5;
  const pickPerson = zipf(r, nPeople);
  const pickCountry = zipf(r, COUNTRY_NAMES.length, 0.8);
  const pickOrg = zipf(r, ORG_NAMES.length, 0.9);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;

  const people = Array.from({ length: nPeople }, (_, i) => `${GIVEN[i % GIVEN.length]} ${FAMILY[Math.floor(i / GIVEN.length) % FAMILY.length]}${i >= GIVEN.length * FAMILY.length ? ` ${i}` : ''}`);
  const personId = (i: number) => `person:~${people[i]!.toLowerCase().replace(/ /g, '-')}`;
  const countryId = (i: number) => `country:${COUNTRY_NAMES[i]!.slice(0, 2).toUpperCase()}${i}`;
  const orgId = (i: number) => `org:${ORG_NAMES[i]![0]}`;

  const insertEntity = sqlite.prepare('INSERT INTO entities (id, kind, name, kb_id, offices) VALUES (?, ?, ?, ?, ?)');
  const insertAlias = sqlite.prepare('INSERT OR IGNORE INTO entity_aliases (entity_id, alias, norm) VALUES (?, ?, ?)');
  const insertKey = sqlite.prepare('INSERT OR IGNORE INTO entity_keys (key, entity_id) VALUES (?, ?)');
  sqlite.transaction(() => {
    people.forEach((name, i) => {
      insertEntity.run(personId(i), 'person', name, null, '[]');
      insertAlias.run(personId(i), name, name.toLowerCase());
      insertAlias.run(personId(i), name.split(' ')[1]!, name.split(' ')[1]!.toLowerCase());
      insertKey.run(`p:name:${name.toLowerCase()}`, personId(i));
    });
    COUNTRY_NAMES.forEach((name, i) => {
      insertEntity.run(countryId(i), 'country', name, name.slice(0, 2).toUpperCase(), '[]');
      insertAlias.run(countryId(i), name, name.toLowerCase());
      insertKey.run(`c:name:${name.toLowerCase()}`, countryId(i));
    });
    ORG_NAMES.forEach(([acr, name], i) => {
      insertEntity.run(orgId(i), 'organisation', name, acr, '[]');
      insertAlias.run(orgId(i), name, name!.toLowerCase());
      insertAlias.run(orgId(i), acr, acr!.toLowerCase());
      insertKey.run(`o:acr:${acr}`, orgId(i));
    });
  })();

  const insertArticle = sqlite.prepare(
    'INSERT INTO articles (pk, id, hash, path, format, title, byline, source_credit, site_name, published, published_source, language, text, boilerplate, facts, profile, batch, ingested_at) VALUES (?, ?, ?, ?, ?, ?, NULL, NULL, NULL, ?, ?, ?, ?, ?, ?, NULL, 1, ?)',
  );
  const insertStory = sqlite.prepare('INSERT INTO stories (id, title, first_published, last_published, article_count, contradiction_count) VALUES (?, ?, ?, ?, ?, ?)');
  const insertMember = sqlite.prepare('INSERT INTO story_articles (story_id, article_pk, position, score, reason) VALUES (?, ?, ?, ?, ?)');
  const insertLink = sqlite.prepare('INSERT OR IGNORE INTO entity_links (article_pk, kind, name, entity_id, reason) VALUES (?, ?, ?, ?, ?)');
  const insertMention = sqlite.prepare('INSERT INTO mentions (article_pk, entity_id, start, "end", text, rule) VALUES (?, ?, ?, ?, ?, ?)');
  const insertFact = sqlite.prepare(
    'INSERT INTO facts (id, article_pk, kind, ref, subject_id, subject_name, object_id, object_name, value, args, modality, time, time_precision, time_text, event_ref, published, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const insertEvidence = sqlite.prepare('INSERT INTO evidence (fact_id, article_pk, start, "end", rule) VALUES (?, ?, ?, ?, ?)');
  const insertClaim = sqlite.prepare('INSERT INTO claims (article_pk, story_id, slot, label, value, detail, hedged, published, evidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)');
  const insertGroup = sqlite.prepare('INSERT OR REPLACE INTO fact_groups (scope, slot, label, verdict, reason, article_count, story_count) VALUES (?, ?, ?, ?, ?, ?, ?)');
  const insertGroupArticle = sqlite.prepare('INSERT OR IGNORE INTO fact_group_articles (scope, slot, article_pk) VALUES (?, ?, ?)');
  const insertRewrite = sqlite.prepare('INSERT OR IGNORE INTO rewrites (a_pk, b_pk, score, original_pk, passages, drift) VALUES (?, ?, ?, ?, ?, ?)');

  const indexChunk = sqlite.prepare('INSERT INTO articles_fts(rowid, title, text) SELECT pk, title, text FROM articles WHERE pk >= ?');

  const stories: string[] = [];
  let factId = 0;
  const CHUNK = 2000;
  for (let from = 0; from < options.articles; from += CHUNK) {
    sqlite.transaction(() => {
      for (let pk = from + 1; pk <= Math.min(options.articles, from + CHUNK); pk++) {
        const storyIndex = Math.floor((pk - 1) / perStory);
        const storyId = `story:s${storyIndex}`;
        const day = new Date(Date.UTC(2015, 0, 1) + Math.floor((storyIndex * 3650) / Math.ceil(options.articles / perStory)) * 86_400_000).toISOString().slice(0, 10);
        const host = pickCountry();
        const org = pickOrg();
        const cast = [pickPerson(), pickPerson(), pickPerson(), pickPerson(), pickPerson()];
        const topic = [pick(WORDS), pick(WORDS), pick(WORDS)];
        const lead = people[cast[0]!]!;
        const title = `${ORG_NAMES[org]![0]} ${topic[0]} talks in ${COUNTRY_NAMES[host]}`;
        const sentences = [
          `${title}.`,
          `${lead} of ${COUNTRY_NAMES[host]} hosted the ${ORG_NAMES[org]![1]} meeting on ${topic.join(', ')}.`,
          ...cast.slice(1).map((p, k) => `${people[p]} (${COUNTRY_NAMES[(host + k + 1) % COUNTRY_NAMES.length]}) attended and spoke about ${pick(WORDS)} and ${pick(WORDS)}.`),
          `"We agreed on ${topic[1]} and ${topic[2]}," ${lead} said.`,
          `${COUNTRY_NAMES[(host + 7) % COUNTRY_NAMES.length]} is a ${pick(STATUSES)} of the ${ORG_NAMES[org]![0]}.`,
          `${Array.from({ length: 8 }, () => pick(WORDS)).join(' ')}.`,
        ];
        const text = sentences.join('\n\n');
        const at = (needle: string) => Math.max(0, text.indexOf(needle));
        const id = `a${pk}`;
        insertArticle.run(pk, id, `h${pk}`, `/corpus/${id}.txt`, 'text', title, day, 'given', 'en', text, '[]', '{}', day);
        if ((pk - 1) % perStory === 0) {
          insertStory.run(storyId, title, day, day, perStory, 0);
          stories.push(storyId);
        }
        insertMember.run(storyId, pk, (pk - 1) % perStory, 0.8, 'similar');
        const fact = (kind: string, ref: string, subject: string | null, subjectName: string | null, object: string | null, objectName: string | null, value: string, args: object, time: string | null, start: number, end: number, eventRef: string | null = null) => {
          factId++;
          insertFact.run(factId, pk, kind, ref, subject, subjectName, object, objectName, value, JSON.stringify(args), 'stated', time, time ? 'day' : null, null, eventRef, day, time ?? day);
          insertEvidence.run(factId, pk, start, end, `${kind}/synthetic`);
        };
        // Entities and their mentions.
        cast.forEach((p, k) => {
          insertLink.run(pk, 'person', people[p], personId(p), 'same name');
          insertMention.run(pk, personId(p), at(people[p]!), at(people[p]!) + people[p]!.length, people[p], 'person/name');
          const country = k === 0 ? host : (host + k) % COUNTRY_NAMES.length;
          insertLink.run(pk, 'country', COUNTRY_NAMES[country], countryId(country), 'knowledge');
          fact('office', `people[${k}].offices[0]`, personId(p), people[p]!, countryId(country), COUNTRY_NAMES[country]!, TITLES[p % TITLES.length]!, {}, null, at(people[p]!), at(people[p]!) + people[p]!.length);
          fact('attendance', `events[0].attendees[${k}]`, personId(p), people[p]!, countryId(country), COUNTRY_NAMES[country]!, `${ORG_NAMES[org]![1]} summit`, { event: 'e1' }, day, at(people[p]!), at(people[p]!) + people[p]!.length, 'e1');
        });
        insertLink.run(pk, 'organisation', ORG_NAMES[org]![1], orgId(org), 'knowledge');
        fact('event', 'events[0]', orgId(org), ORG_NAMES[org]![1]!, personId(cast[0]!), lead, `${ORG_NAMES[org]![1]} summit`, { id: 'e1', kind: 'summit', name: `${ORG_NAMES[org]![1]} summit`, place: COUNTRY_NAMES[host], date: day, date_text: null, organization: ORG_NAMES[org]![1], host: lead }, day, at('hosted'), at('hosted') + 6, 'e1');
        fact('quote', 'quotes[0]', personId(cast[0]!), lead, null, null, `We agreed on ${topic[1]} and ${topic[2]}`, { speaker: lead, event: 'e1' }, null, at('"We agreed'), at('"We agreed') + 20, 'e1');
        // Memberships: several per article, of the article's organisation.
        for (let m = 0; m < 6; m++) {
          const member = (host + 7 + m) % COUNTRY_NAMES.length;
          const status = m === 0 ? pick(STATUSES) : STATUSES[(member + org) % 3]!;
          fact('membership', `memberships[${m}]`, countryId(member), COUNTRY_NAMES[member]!, orgId(org), ORG_NAMES[org]![1]!, status, { since: null, hedged: false }, null, at(' is a '), at(' is a ') + 10);
          const slot = `membership|${countryId(member)}|${orgId(org)}`;
          insertClaim.run(pk, storyId, slot, `membership of ${COUNTRY_NAMES[member]} in ${ORG_NAMES[org]![1]}`, status, JSON.stringify({ status }), 0, day, JSON.stringify([{ start: at(' is a '), end: at(' is a ') + 10, rule: 'membership/synthetic', text: text.slice(at(' is a '), at(' is a ') + 10) }]));
          // Within the story: agree, except now and then a clash.
          const verdict = m === 0 && pk % 7 === 0 ? 'contradict' : 'agree';
          insertGroup.run(storyId, slot, `membership of ${COUNTRY_NAMES[member]} in ${ORG_NAMES[org]![1]}`, verdict, verdict === 'contradict' ? 'member vs observer' : '', perStory, 1);
          insertGroupArticle.run(storyId, slot, pk);
        }
        if ((pk - 1) % perStory > 0 && pk % 3 === 0) insertRewrite.run(pk - 1, pk, 0.6, pk - 1, '[]', '[]');
      }
      // The search index, as ingest writes it: the chunk's articles at its end.
      indexChunk.run(from + 1);
    })();
    progress(Math.min(options.articles, from + CHUNK));
  }
  // What ingest keeps up to date as it goes: fact summaries (with the latest five facts as samples).
  sqlite.exec(`
    INSERT INTO fact_summaries (kind, subject_key, object_key, value, modality, subject_name, object_name, n, first_at, last_at, min_time, samples)
    SELECT kind, sk, ok, v, modality, max(subject_name), max(object_name), count(*), min(at), max(at), min(time),
           '[' || group_concat(CASE WHEN rn <= 5 THEN id END, ',') || ']'
      FROM (SELECT f.*, coalesce(subject_id, '?' || coalesce(subject_name, '')) AS sk, coalesce(object_id, '?' || coalesce(object_name, '')) AS ok, coalesce(value, '') AS v,
                   row_number() OVER (PARTITION BY kind, subject_id, object_id, value, modality ORDER BY id DESC) AS rn
              FROM facts f WHERE kind IN ('office', 'membership', 'attendance', 'delegate', 'expected'))
     GROUP BY kind, sk, ok, v, modality`);
  sqlite.exec("UPDATE stories SET contradiction_count = (SELECT count(*) FROM fact_groups g WHERE g.scope = stories.id AND g.verdict = 'contradict')");
  sqlite.exec('ANALYZE');
  return {
    people: people.map((_, i) => personId(i)),
    countries: COUNTRY_NAMES.map((_, i) => countryId(i)),
    orgs: ORG_NAMES.map((_, i) => orgId(i)),
    stories,
    words: WORDS,
  };
}
