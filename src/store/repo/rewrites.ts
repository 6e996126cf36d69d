import type { Claim, FactDrift, RewriteLink } from '../../reconcile/types.js';
import type { IngestCache } from '../ingest/cache.js';
import { insertRows } from './bulk.js';
import { chunks, type Db } from './db.js';
import { marks, run } from './prepared.js';

/** Articles compared with a new one at most, those sharing most fingerprints first. */
const MAX_CANDIDATES = 8;
/** A fingerprint shared by more articles than this is boilerplate, not a sign of copying. */
const COMMON_FINGERPRINT = 200;

/**
 * Record the text fingerprints of a batch's articles. They are written together at the end of
 * the batch, in key order: most of a batch's rows go to scattered places of the index, and
 * writing them sorted visits each page once (the batch's own articles are looked up in the
 * run's index meanwhile, not in the table).
 */
export async function saveFingerprints(db: Db, rows: readonly { readonly fp: string; readonly article_pk: number }[]): Promise<void> {
  const sorted = [...rows].sort((a, b) => (a.fp < b.fp ? -1 : a.fp > b.fp ? 1 : a.article_pk - b.article_pk));
  await insertRows(db, 'fingerprints', sorted, { ignoreConflicts: true });
}

/** A candidate must share at least this many fingerprints: one shared phrase is not copying. */
const MIN_SHARED = 2;

/**
 * Articles sharing fingerprints with an article, most shared first: this run's articles from the
 * run's index, older ones from the store.
 */
export async function rewriteCandidates(db: Db, cache: IngestCache, fingerprints: readonly string[], exceptPk: number): Promise<number[]> {
  const unique = [...new Set(fingerprints)];
  const before = cache.indexedAfter ?? Number.MAX_SAFE_INTEGER;
  const perFp = new Map<string, number[]>();
  // The article itself is indexed only after this lookup, so the run's lists never hold it.
  for (const fp of unique) {
    const recent = cache.fingerprints.get(fp);
    if (recent) perFp.set(fp, recent);
  }
  if (before > 0) {
    for (const part of chunks(unique, 900)) {
      const rows = await run<{ fp: string; article_pk: number }>(db, `SELECT fp, article_pk FROM fingerprints WHERE fp IN (${marks(part.length)}) AND article_pk != ? AND article_pk <= ?`, [...part, exceptPk, before]);
      for (const r of rows) {
        const list = perFp.get(r.fp);
        // Copy before adding: the run's lists belong to the cache.
        if (list) perFp.set(r.fp, [...list, r.article_pk]);
        else perFp.set(r.fp, [r.article_pk]);
      }
    }
  }
  // Templated wording shares fingerprints with up to COMMON_FINGERPRINT articles each: counted in
  // an array indexed by pk rather than a map, as this runs for every article.
  const hit: number[] = [];
  for (const pks of perFp.values()) {
    if (pks.length > COMMON_FINGERPRINT) continue;
    for (const pk of pks) {
      if (pk >= counts.length) grow(pk);
      if (counts[pk] === 0) hit.push(pk);
      counts[pk]!++;
    }
  }
  const out = hit
    .filter((pk) => counts[pk]! >= MIN_SHARED)
    .sort((a, b) => counts[b]! - counts[a]! || a - b)
    .slice(0, MAX_CANDIDATES);
  for (const pk of hit) counts[pk] = 0;
  return out;
}

/** Shared-fingerprint counts by pk, zero between uses. */
let counts = new Int32Array(1024);

function grow(pk: number): void {
  let size = counts.length;
  while (size <= pk) size *= 2;
  const next = new Int32Array(size);
  next.set(counts);
  counts = next;
}

/** Save rewrite links (article ids resolved to pks by the caller). */
export async function saveRewrites(db: Db, links: readonly RewriteLink[], pkOf: ReadonlyMap<string, number>): Promise<void> {
  const rows = links.flatMap((link) => {
    const a = pkOf.get(link.a);
    const b = pkOf.get(link.b);
    if (a === undefined || b === undefined) return [];
    const original = link.original === null ? null : (pkOf.get(link.original) ?? null);
    return [{ a_pk: Math.min(a, b), b_pk: Math.max(a, b), score: link.score, original_pk: original, passages: JSON.stringify(link.passages), drift: driftJson(link.drift) }];
  });
  for (const part of chunks(rows, 200)) {
    await run(
      db,
      `INSERT INTO rewrites (a_pk, b_pk, score, original_pk, passages, drift) VALUES ${part.map(() => '(?, ?, ?, ?, ?, ?)').join(', ')}
        ON CONFLICT (a_pk, b_pk) DO UPDATE SET score = excluded.score, original_pk = excluded.original_pk, passages = excluded.passages, drift = excluded.drift`,
      part.flatMap((r) => [r.a_pk, r.b_pk, r.score, r.original_pk, r.passages, r.drift]),
    );
  }
}

// An article's claims come back in the drift of each of its rewrite links (a story of templated
// copies links every pair): each claim is serialised once, and the drift put together around it.
const claimJson = new WeakMap<Claim, string>();
const DRIFT_KEYS = 'slot,label,kind,a,b';

/** `JSON.stringify(drift)`, the same text, with each claim's JSON computed once. */
export function driftJson(drift: readonly FactDrift[]): string {
  const items = drift.map((d) => {
    // Another shape (a key added to FactDrift) takes the plain path, so the text stays JSON's.
    if (Object.keys(d).join(',') !== DRIFT_KEYS) return JSON.stringify(d);
    return `{"slot":${JSON.stringify(d.slot)},"label":${JSON.stringify(d.label)},"kind":${JSON.stringify(d.kind)},"a":${claimsJson(d.a)},"b":${claimsJson(d.b)}}`;
  });
  return `[${items.join(',')}]`;
}

function claimsJson(claims: readonly Claim[]): string {
  const items = claims.map((c) => {
    let text = claimJson.get(c);
    if (text === undefined) claimJson.set(c, (text = JSON.stringify(c)));
    return text;
  });
  return `[${items.join(',')}]`;
}
