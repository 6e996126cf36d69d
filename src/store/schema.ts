/**
 * The store's tables as Kysely sees them. The DDL that creates them is in `sqlite/migrations.ts`;
 * a PostgreSQL dialect would ship its own migrations for these same shapes.
 *
 * Articles are referenced by an integer `pk` (compact indexes, the FTS rowid); everything
 * reconciliation names (articles, entities, stories) also has its string id.
 */
import type { Generated } from 'kysely';

/** One read and extracted article. `hash` makes re-ingesting the same content a no-op. */
export interface ArticleTable {
  pk: Generated<number>;
  /** Reconciliation id: the file stem, made unique with a hash suffix when taken. */
  id: string;
  /** SHA-256 of the text. */
  hash: string;
  path: string | null;
  format: string;
  title: string | null;
  byline: string | null;
  source_credit: string | null;
  site_name: string | null;
  /** ISO date as the article gives it (or as the user gave it with --published). */
  published: string | null;
  published_source: string | null;
  language: string;
  text: string;
  /** 1 when the text holds characters outside the BMP (quoting then slices in JavaScript). */
  astral: Generated<number>;
  /** Site chrome spans of the text (kind, rule, offsets), JSON. */
  boilerplate: string;
  /** The facts view as extracted, JSON. */
  facts: string;
  /** Reconciliation's article profile, JSON (null until reconciled). */
  profile: string | null;
  /** Which ingest batch stored it. */
  batch: number;
  ingested_at: string;
}

/** A person, country or organisation across articles, under reconciliation's deterministic id. */
export interface EntityTable {
  id: string;
  kind: string;
  name: string;
  kb_id: string | null;
  /** Offices seen with it (people), JSON `[{ title, of }]`. */
  offices: string;
}

/** Every surface name an entity goes by; `norm` is the folded form names are looked up by. */
export interface EntityAliasTable {
  entity_id: string;
  alias: string;
  norm: string;
}

/** Blocking keys: reconciliation loads the entities sharing a key with a new article's names. */
export interface EntityKeyTable {
  key: string;
  entity_id: string;
}

/** Where an entity went when it was folded into another (automatically or by the user). */
export interface EntityRedirectTable {
  from_id: string;
  into_id: string;
  reason: string;
  forced: number;
  /** The aliases the folded entity brought, JSON: what `entity split` can take out again. */
  aliases: string;
}

/** Which entity each name of an article was resolved to. */
export interface EntityLinkTable {
  article_pk: number;
  kind: string;
  name: string;
  entity_id: string;
  reason: string;
}

/** One occurrence of an entity's name in an article. */
export interface MentionTable {
  id: Generated<number>;
  article_pk: number;
  entity_id: string;
  start: number;
  end: number;
  text: string;
  rule: string | null;
}

/** The kinds of facts the store keeps, one per statement of the facts view. */
export const FACT_KINDS = ['office', 'membership', 'event', 'attendance', 'delegate', 'expected', 'quote'] as const;
export type FactKind = (typeof FACT_KINDS)[number];

/** How a fact is stated. */
export const MODALITIES = ['stated', 'hedged', 'expected'] as const;
export type Modality = (typeof MODALITIES)[number];

/**
 * One statement of one article: `subject` does `value` with respect to `object` (a person holds
 * the office "President" of a country; a country is a "member" of an organisation; a person
 * attended an event), with its time and precision and the rest of its arguments as JSON.
 */
export interface FactTable {
  id: Generated<number>;
  article_pk: number;
  kind: FactKind;
  /** Where it sits in the facts view, e.g. `memberships[3]`, `events[0].attendees[2]`. */
  ref: string;
  subject_id: string | null;
  subject_name: string | null;
  object_id: string | null;
  object_name: string | null;
  value: string | null;
  /** Every argument as the facts view gives it, JSON. */
  args: string;
  modality: Modality;
  /** ISO date at its precision: a membership's since, an event's date. */
  time: string | null;
  time_precision: 'day' | 'month' | 'year' | null;
  /** The words a relative date was written with ("on Thursday"). */
  time_text: string | null;
  /** The facts-view event id the fact belongs to (attendance, quotes…), within its article. */
  event_ref: string | null;
  /** The article's publication date (copied here so time-ordered queries need no join). */
  published: string | null;
  /** When the fact is about: its own time, else the article's publication date. */
  at: string | null;
}

/** Statements many articles make alike (same kind, subject, object, value, modality), counted. */
export interface FactSummaryTable {
  kind: FactKind;
  /** Entity id, or `?` and the name for a name no entity took. */
  subject_key: string;
  object_key: string;
  value: string;
  modality: Modality;
  subject_name: string | null;
  object_name: string | null;
  n: number;
  first_at: string | null;
  last_at: string | null;
  /** Earliest own date of the facts (a membership's since). */
  min_time: string | null;
  /** Ids of the latest facts, newest first, JSON. */
  samples: string;
}

/** The words that state a fact, and the rule that read them. */
export interface EvidenceTable {
  id: Generated<number>;
  fact_id: number;
  article_pk: number;
  start: number;
  end: number;
  rule: string | null;
}

/** A story: articles reporting the same event. */
export interface StoryTable {
  id: string;
  /** The title of its first article, for listings. */
  title: string | null;
  first_published: string | null;
  last_published: string | null;
  article_count: number;
  contradiction_count: number;
}

export interface StoryArticleTable {
  story_id: string;
  article_pk: number;
  /** Order of assignment within the story. */
  position: number;
  score: number;
  reason: string;
}

/** Story blocking keys of each article. */
export interface StoryKeyTable {
  key: string;
  article_pk: number;
}

/** Document frequencies of profile terms (story clustering's corpus statistics). */
export interface TermTable {
  term: string;
  df: number;
}

/** Winnowed text fingerprints (rewrite detection's blocking). */
export interface FingerprintTable {
  fp: string;
  article_pk: number;
}

/** One article is a reworded copy of the other (`a_pk < b_pk` by article id order). */
export interface RewriteTable {
  a_pk: number;
  b_pk: number;
  score: number;
  original_pk: number | null;
  /** Aligned passages, JSON. */
  passages: string;
  /** Facts that drifted in the copy, JSON. */
  drift: string;
}

/** One article's statement about a reconciliation slot. */
export interface ClaimTable {
  id: Generated<number>;
  article_pk: number;
  /** The story of the article when the claim was made (claims are judged within it). */
  story_id: string | null;
  slot: string;
  label: string;
  value: string;
  detail: string;
  hedged: number;
  published: string | null;
  evidence: string;
}

/** Scope of fact groups judged over the whole store. */
export const STORE_SCOPE = '*';

/** The verdict over the claims of a slot, within one story or over the whole store. */
export interface FactGroupTable {
  /** A story id, or {@link STORE_SCOPE}. */
  scope: string;
  slot: string;
  label: string;
  verdict: 'agree' | 'contradict' | 'unique';
  reason: string;
  article_count: number;
  /** Stories the claims come from (a store-wide group spanning two stories is news). */
  story_count: number;
}

/** Articles taking part in a fact group. */
export interface FactGroupArticleTable {
  scope: string;
  slot: string;
  article_pk: number;
}

/** A fact that disagrees with the reference knowledge. */
export interface KnowledgeFlagTable {
  id: Generated<number>;
  article_pk: number;
  kind: string;
  found: string;
  expected: string;
  message: string;
  evidence: string;
}

/** The user's entity corrections, kept and re-applied on every ingest. */
export interface EntityOverrideTable {
  id: Generated<number>;
  op: 'merge' | 'split';
  /** JSON: `{ ids }` for a merge, `{ entityId, names }` for a split. */
  payload: string;
  created_at: string;
}

/** Applied schema versions. */
export interface SchemaVersionTable {
  version: number;
  name: string;
  applied_at: string;
}

/** Every table of the store. */
export interface StoreDatabase {
  articles: ArticleTable;
  entities: EntityTable;
  entity_aliases: EntityAliasTable;
  entity_keys: EntityKeyTable;
  entity_redirects: EntityRedirectTable;
  entity_links: EntityLinkTable;
  mentions: MentionTable;
  facts: FactTable;
  evidence: EvidenceTable;
  fact_summaries: FactSummaryTable;
  stories: StoryTable;
  story_articles: StoryArticleTable;
  story_keys: StoryKeyTable;
  terms: TermTable;
  fingerprints: FingerprintTable;
  rewrites: RewriteTable;
  claims: ClaimTable;
  fact_groups: FactGroupTable;
  fact_group_articles: FactGroupArticleTable;
  knowledge_flags: KnowledgeFlagTable;
  entity_overrides: EntityOverrideTable;
  schema_version: SchemaVersionTable;
}
