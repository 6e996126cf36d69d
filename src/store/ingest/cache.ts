import type { ArticleProfile } from '../../reconcile/types.js';

/** Parsed profiles kept at most (a story's recent members come back for every new article). */
const PROFILE_LIMIT = 20_000;

/**
 * What one ingest run keeps in memory between articles and batches, so that reconciling an article
 * reads the store only for what it has not seen yet: document frequencies, parsed profiles, the
 * recent members of stories. Every entry mirrors committed or current-transaction state; the writer
 * clears the cache whenever it rolls anything back, so it never serves what the store lost.
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

  /** Remember a profile, forgetting everything when the bound is reached. */
  rememberProfile(pk: number, profile: ArticleProfile): void {
    if (this.profiles.size >= PROFILE_LIMIT) this.profiles.clear();
    this.profiles.set(pk, profile);
  }

  /** Forget what was read from the store, keeping the batch's unwritten term counts. */
  forgetReads(): void {
    this.df.clear();
    this.dfLoaded = new WeakSet();
    this.profiles.clear();
    this.storyMembers.clear();
    this.docCount = null;
  }

  /** Forget everything (after a rollback of the whole batch). */
  clear(): void {
    this.df.clear();
    this.dfLoaded = new WeakSet();
    this.pendingTerms.clear();
    this.profiles.clear();
    this.storyMembers.clear();
    this.docCount = null;
  }
}
