/**
 * Runs jobs one after the other, in the order they were queued. SQLite has one writer: two
 * ingests interleaving their awaits would fight over the write transaction, so the API queues
 * them. Reads do not queue.
 */
export class WriteQueue {
  private tail: Promise<unknown> = Promise.resolve();
  private waiting = 0;

  /** Jobs queued or running. */
  get size(): number {
    return this.waiting;
  }

  /** Run `job` when every job queued before it has finished (failed or not). */
  run<T>(job: () => Promise<T>): Promise<T> {
    this.waiting++;
    // The tail never rejects (see below), so each job starts only after the previous one settled.
    const result = this.tail.then(() => job());
    this.tail = result.then(
      () => this.waiting--,
      () => this.waiting--,
    );
    return result;
  }
}
