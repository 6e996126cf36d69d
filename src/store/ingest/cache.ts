import type { ArticleProfile, EntityRecord, RewriteInput } from '../../reconcile/types.js';

/** Parsed profiles kept at most (a story's recent members come back for every new article). */
const PROFILE_LIMIT = 20_000;
/** Articles kept ready for rewrite comparison (text, facts, links). */
const REWRITE_INPUT_LIMIT = 5_000;

/**
 * What one ingest run keeps in memory between articles and batches, so that reconciling an article
 * reads the store only for what it has not seen yet: document frequencies, parsed profiles, entities
 * and their blocking keys, the recent members of stories, and blocking indexes (story keys, text
 * fingerprints) of the articles this run stored. Every entry mirrors committed or
 * current-transaction state; the writer drops it whenever it rolls anything back, so the cache
 * never serves what the store lost.
 */
export class IngestCache {
  /** Document frequency of every term looked up or counted so far (0 = not in the store). */
  readonly df = new Map<string, number>();
  /** Profiles all of whose terms are in {@link df}. */
  dfLoaded = new WeakSet<ArticleProfile>();
  /** Term counts of the current batch not yet written to the terms table. */
  readonly pendingTerms = new Map<string, number>();
  /** Parsed profiles by article pk. */
  readonly profiles = new Map<number, ArticleProfile>();
  /** Most recent members (pk, id) of stories, oldest first, as far as loaded. */
  readonly storyMembers = new Map<string, { pk: number; id: string }[]>();
  /** Articles with a profile in the store (story clustering's document count), once loaded. */
  docCount: number | null = null;

  /** Entities by id, as loaded or written. */
  readonly entities = new Map<string, EntityRecord>();
  /** Entity ids under each blocking key: complete for every key present. */
  readonly entityKeys = new Map<string, Set<string>>();

  /**
   * The highest article pk the store held before the articles this run's indexes cover; older
   * articles are looked up in the store, newer ones in the indexes below. Null until read.
   */
  indexedAfter: number | null = null;
  /** Story blocking keys of the articles after {@link indexedAfter}: key to pks, oldest first. */
  readonly storyKeys = new Map<string, number[]>();
  /** Text fingerprints of the articles after {@link indexedAfter}: fingerprint to pks. */
  readonly fingerprints = new Map<string, number[]>();
  /** Story of each article after {@link indexedAfter}. */
  readonly storyOf = new Map<number, string>();
  /** Pks of articles by id, as seen. */
  readonly pkById = new Map<string, number>();
  /** Rewrite inputs of recent articles by pk. */
  readonly rewriteInputs = new Map<number, RewriteInput>();

  /** Remember a profile, forgetting everything when the bound is reached. */
  rememberProfile(pk: number, profile: ArticleProfile): void {
    if (this.profiles.size >= PROFILE_LIMIT) this.profiles.clear();
    this.profiles.set(pk, profile);
  }

  /** Remember what rewrite detection needs of an article. */
  rememberRewriteInput(pk: number, input: RewriteInput): void {
    if (this.rewriteInputs.size >= REWRITE_INPUT_LIMIT) this.rewriteInputs.clear();
    this.rewriteInputs.set(pk, input);
  }

  /** Index a stored article under its story keys and fingerprints. */
  index(pk: number, storyKeys: readonly string[], fingerprints: readonly string[]): void {
    for (const key of new Set(storyKeys)) push(this.storyKeys, key, pk);
    for (const fp of new Set(fingerprints)) push(this.fingerprints, fp, pk);
  }

  /** An entity was written: keep the record and its keys. */
  rememberEntity(record: EntityRecord): void {
    const old = this.entities.get(record.id);
    if (old) for (const key of old.keys) if (!record.keys.includes(key)) this.entityKeys.get(key)?.delete(record.id);
    this.entities.set(record.id, record);
    // Only keys already complete gain the id; others load from the store when asked for.
    for (const key of record.keys) this.entityKeys.get(key)?.add(record.id);
  }

  /** Entity `from` was folded into `into`: what pointed to one points to the other. */
  foldEntity(from: string, into: string): void {
    this.entities.delete(from);
    this.entities.delete(into); // it gained aliases and keys in the store: load it again
    for (const ids of this.entityKeys.values()) {
      if (ids.delete(from)) ids.add(into);
    }
    // Links of earlier articles changed.
    this.rewriteInputs.clear();
  }

  /** Forget what was read from the store, keeping the batch's unwritten term counts. */
  forgetReads(): void {
    this.df.clear();
    this.dfLoaded = new WeakSet();
    this.profiles.clear();
    this.storyMembers.clear();
    this.docCount = null;
    this.entities.clear();
    this.entityKeys.clear();
    this.indexedAfter = null;
    this.storyKeys.clear();
    this.fingerprints.clear();
    this.storyOf.clear();
    this.pkById.clear();
    this.rewriteInputs.clear();
  }

  /** Forget everything (after a rollback of the whole batch). */
  clear(): void {
    this.forgetReads();
    this.pendingTerms.clear();
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
