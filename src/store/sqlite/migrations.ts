/**
 * The SQLite schema as numbered migrations. A migration never changes once released; a change
 * to the schema is a new migration at the end. Opening a store applies the missing ones, each in
 * its own transaction with the row that records it, so a crash leaves the previous version.
 */

/** One schema step. */
export interface Migration {
  readonly version: number;
  readonly name: string;
  /** SQL statements separated by `;` at line ends (executed as one script). */
  readonly sql: string;
}

const initial = `
CREATE TABLE articles (
  pk INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  hash TEXT NOT NULL UNIQUE,
  path TEXT,
  format TEXT NOT NULL,
  title TEXT,
  byline TEXT,
  source_credit TEXT,
  site_name TEXT,
  published TEXT,
  published_source TEXT,
  language TEXT NOT NULL,
  text TEXT NOT NULL,
  -- 1 when the text holds characters outside the BMP: SQL substr() then counts differently from
  -- the UTF-16 offsets evidence uses, and quoting must slice the text in JavaScript.
  astral INTEGER NOT NULL DEFAULT 0,
  boilerplate TEXT NOT NULL,
  facts TEXT NOT NULL,
  profile TEXT,
  batch INTEGER NOT NULL,
  ingested_at TEXT NOT NULL
);

-- Full-text search over titles and texts; the index reads the rows of articles (external content).
CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', content_rowid='pk', tokenize='unicode61 remove_diacritics 2');
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
  INSERT INTO articles_fts(rowid, title, text) VALUES (new.pk, new.title, new.text);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
  INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.pk, old.title, old.text);
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
  INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.pk, old.title, old.text);
  INSERT INTO articles_fts(rowid, title, text) VALUES (new.pk, new.title, new.text);
END;

CREATE TABLE entities (
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('person', 'country', 'organisation')),
  name TEXT NOT NULL,
  kb_id TEXT,
  offices TEXT NOT NULL DEFAULT '[]'
) WITHOUT ROWID;

CREATE TABLE entity_aliases (
  entity_id TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
  alias TEXT NOT NULL,
  norm TEXT NOT NULL,
  PRIMARY KEY (entity_id, alias)
) WITHOUT ROWID;

CREATE TABLE entity_keys (
  key TEXT NOT NULL,
  entity_id TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
  PRIMARY KEY (key, entity_id)
) WITHOUT ROWID;

CREATE TABLE entity_redirects (
  from_id TEXT PRIMARY KEY,
  into_id TEXT NOT NULL,
  reason TEXT NOT NULL,
  forced INTEGER NOT NULL,
  aliases TEXT NOT NULL DEFAULT '[]'
) WITHOUT ROWID;

CREATE TABLE entity_links (
  article_pk INTEGER NOT NULL REFERENCES articles(pk) ON DELETE CASCADE,
  kind TEXT NOT NULL,
  name TEXT NOT NULL,
  entity_id TEXT NOT NULL REFERENCES entities(id),
  reason TEXT NOT NULL,
  PRIMARY KEY (article_pk, kind, name)
) WITHOUT ROWID;

CREATE TABLE mentions (
  id INTEGER PRIMARY KEY,
  article_pk INTEGER NOT NULL REFERENCES articles(pk) ON DELETE CASCADE,
  entity_id TEXT NOT NULL REFERENCES entities(id),
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  text TEXT NOT NULL,
  rule TEXT
);

CREATE TABLE facts (
  id INTEGER PRIMARY KEY,
  article_pk INTEGER NOT NULL REFERENCES articles(pk) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('office', 'membership', 'event', 'attendance', 'delegate', 'expected', 'quote')),
  ref TEXT NOT NULL,
  subject_id TEXT REFERENCES entities(id),
  subject_name TEXT,
  object_id TEXT REFERENCES entities(id),
  object_name TEXT,
  value TEXT,
  args TEXT NOT NULL,
  modality TEXT NOT NULL CHECK (modality IN ('stated', 'hedged', 'expected')),
  time TEXT,
  time_precision TEXT CHECK (time_precision IN ('day', 'month', 'year')),
  time_text TEXT,
  event_ref TEXT,
  published TEXT,
  at TEXT
);

-- What many articles state alike, counted as they come in, so that "offices of X" or "members
-- of Y" read a few rows however many articles said it. subject_key/object_key are entity ids, or
-- '?' and the name for a name no entity took.
CREATE TABLE fact_summaries (
  kind TEXT NOT NULL,
  subject_key TEXT NOT NULL,
  object_key TEXT NOT NULL,
  value TEXT NOT NULL,
  modality TEXT NOT NULL,
  subject_name TEXT,
  object_name TEXT,
  n INTEGER NOT NULL,
  first_at TEXT,
  last_at TEXT,
  min_time TEXT,
  -- The ids of the latest facts (newest first, at most a few), JSON: the sources to show.
  samples TEXT NOT NULL,
  PRIMARY KEY (kind, subject_key, object_key, value, modality)
) WITHOUT ROWID;

CREATE TABLE evidence (
  id INTEGER PRIMARY KEY,
  fact_id INTEGER NOT NULL REFERENCES facts(id) ON DELETE CASCADE,
  article_pk INTEGER NOT NULL REFERENCES articles(pk) ON DELETE CASCADE,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  rule TEXT
);

CREATE TABLE stories (
  id TEXT PRIMARY KEY,
  title TEXT,
  first_published TEXT,
  last_published TEXT,
  article_count INTEGER NOT NULL DEFAULT 0,
  contradiction_count INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;

CREATE TABLE story_articles (
  story_id TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
  article_pk INTEGER NOT NULL UNIQUE REFERENCES articles(pk) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  score REAL NOT NULL,
  reason TEXT NOT NULL,
  PRIMARY KEY (story_id, article_pk)
) WITHOUT ROWID;

CREATE TABLE story_keys (
  key TEXT NOT NULL,
  article_pk INTEGER NOT NULL REFERENCES articles(pk) ON DELETE CASCADE,
  PRIMARY KEY (key, article_pk)
) WITHOUT ROWID;

CREATE TABLE terms (
  term TEXT PRIMARY KEY,
  df INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE fingerprints (
  fp TEXT NOT NULL,
  article_pk INTEGER NOT NULL REFERENCES articles(pk) ON DELETE CASCADE,
  PRIMARY KEY (fp, article_pk)
) WITHOUT ROWID;

CREATE TABLE rewrites (
  a_pk INTEGER NOT NULL REFERENCES articles(pk) ON DELETE CASCADE,
  b_pk INTEGER NOT NULL REFERENCES articles(pk) ON DELETE CASCADE,
  score REAL NOT NULL,
  original_pk INTEGER REFERENCES articles(pk),
  passages TEXT NOT NULL,
  drift TEXT NOT NULL,
  PRIMARY KEY (a_pk, b_pk)
) WITHOUT ROWID;

CREATE TABLE claims (
  id INTEGER PRIMARY KEY,
  article_pk INTEGER NOT NULL REFERENCES articles(pk) ON DELETE CASCADE,
  story_id TEXT,
  slot TEXT NOT NULL,
  label TEXT NOT NULL,
  value TEXT NOT NULL,
  detail TEXT NOT NULL,
  hedged INTEGER NOT NULL,
  published TEXT,
  evidence TEXT NOT NULL
);

-- A slot judged within one story (scope = the story id) or over the whole store (scope = '*').
CREATE TABLE fact_groups (
  scope TEXT NOT NULL,
  slot TEXT NOT NULL,
  label TEXT NOT NULL,
  verdict TEXT NOT NULL CHECK (verdict IN ('agree', 'contradict', 'unique')),
  reason TEXT NOT NULL,
  article_count INTEGER NOT NULL,
  story_count INTEGER NOT NULL,
  PRIMARY KEY (scope, slot)
) WITHOUT ROWID;

CREATE TABLE fact_group_articles (
  scope TEXT NOT NULL,
  slot TEXT NOT NULL,
  article_pk INTEGER NOT NULL REFERENCES articles(pk) ON DELETE CASCADE,
  PRIMARY KEY (scope, slot, article_pk),
  FOREIGN KEY (scope, slot) REFERENCES fact_groups(scope, slot) ON DELETE CASCADE
) WITHOUT ROWID;

CREATE TABLE knowledge_flags (
  id INTEGER PRIMARY KEY,
  article_pk INTEGER NOT NULL REFERENCES articles(pk) ON DELETE CASCADE,
  kind TEXT NOT NULL,
  found TEXT NOT NULL,
  expected TEXT NOT NULL,
  message TEXT NOT NULL,
  evidence TEXT NOT NULL
);

CREATE TABLE entity_overrides (
  id INTEGER PRIMARY KEY,
  op TEXT NOT NULL CHECK (op IN ('merge', 'split')),
  payload TEXT NOT NULL,
  created_at TEXT NOT NULL
);
`;

// Indexes for ingest lookups and for the queries; each names the query it serves.
const indexes = `
CREATE INDEX articles_published ON articles(published);
CREATE INDEX entity_aliases_norm ON entity_aliases(norm);
CREATE INDEX entity_keys_entity ON entity_keys(entity_id);
CREATE INDEX entity_kb ON entities(kb_id);
CREATE INDEX entity_links_entity ON entity_links(entity_id);
CREATE INDEX mentions_article ON mentions(article_pk);
CREATE INDEX mentions_entity ON mentions(entity_id);
-- dossier entity / org / timeline: facts about a subject (or naming an object) by kind, in date
-- order. Every index here costs each ingested fact a b-tree update, so there are only these.
CREATE INDEX facts_subject ON facts(subject_id, kind, at);
CREATE INDEX facts_object ON facts(object_id, kind, at);
CREATE INDEX facts_article ON facts(article_pk);
CREATE INDEX evidence_fact ON evidence(fact_id);
-- dossier org (members of an organisation), office holders of a country.
CREATE INDEX fact_summaries_object ON fact_summaries(object_key, kind, n);
CREATE INDEX story_articles_story ON story_articles(story_id, position);
-- dossier stories: newest first, undated last (the ORDER BY of listStories, term for term).
CREATE INDEX stories_listing ON stories((last_published IS NULL), last_published DESC, id);
-- story_keys and fingerprints have no index by article: only lookups by key are made, and
-- articles are never deleted (a cascade would scan; acceptable for what never happens).
CREATE INDEX rewrites_b ON rewrites(b_pk);
CREATE INDEX claims_slot ON claims(slot, id);
CREATE INDEX claims_story_slot ON claims(story_id, slot);
CREATE INDEX claims_article ON claims(article_pk);
-- dossier contradictions: groups by verdict (dossier story reads a scope through the primary key).
CREATE INDEX fact_groups_verdict ON fact_groups(verdict, scope, slot);
CREATE INDEX fact_group_articles_article ON fact_group_articles(article_pk);
CREATE INDEX knowledge_flags_article ON knowledge_flags(article_pk);
`;

// Articles go into the search index once per ingest batch, in one statement (indexArticles), no
// longer row by row from a trigger: once the index is written in a transaction, FTS5 flushes its
// pending terms to disk at every later statement's savepoint, so the trigger left one tiny
// segment per article and merging them cost more than all the other inserts of ingest together.
const searchPerBatch = `
DROP TRIGGER articles_fts_insert;
`;

// Slots about a story's own event (isStoryEventSlot in reconcile/claims.ts) are judged within
// that story only: their store-wide group repeated the story's. The slot types are written out,
// not imported: a migration must not change when that list does.
const noStoreGroupsOfEventSlots = `
DELETE FROM fact_groups WHERE scope = '*' AND (slot LIKE 'representation|%' OR slot LIKE 'attendance|%' OR slot LIKE 'event-date|%' OR slot LIKE 'event-place|%' OR slot LIKE 'event-host|%');
`;

/** Every migration, in order. */
export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: 'tables', sql: initial },
  { version: 2, name: 'indexes', sql: indexes },
  { version: 3, name: 'search index written per batch', sql: searchPerBatch },
  { version: 4, name: 'event slots judged within their story only', sql: noStoreGroupsOfEventSlots },
];

/** The schema version this build of dossier writes. */
export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
