import type { RewriteLink } from '../../reconcile/types.js';
import { chunks, type Db } from './db.js';

/** Articles compared with a new one at most, those sharing most fingerprints first. */
const MAX_CANDIDATES = 12;
/** A fingerprint shared by more articles than this is boilerplate, not a sign of copying. */
const COMMON_FINGERPRINT = 200;

/** Record an article's text fingerprints. */
export async function saveFingerprints(db: Db, articlePk: number, fingerprints: readonly string[]): Promise<void> {
  const rows = [...new Set(fingerprints)].map((fp) => ({ fp, article_pk: articlePk }));
  for (const part of chunks(rows, 800)) await db.insertInto('fingerprints').values(part).onConflict((oc) => oc.doNothing()).execute();
}

/** Articles sharing fingerprints with an article, most shared first. */
export async function rewriteCandidates(db: Db, fingerprints: readonly string[], exceptPk: number): Promise<number[]> {
  const hits = new Map<number, number>();
  for (const part of chunks([...new Set(fingerprints)], 900)) {
    if (part.length === 0) continue;
    const rows = await db.selectFrom('fingerprints').select(['fp', 'article_pk']).where('fp', 'in', part).where('article_pk', '!=', exceptPk).execute();
    const perFp = new Map<string, number[]>();
    for (const r of rows) perFp.set(r.fp, [...(perFp.get(r.fp) ?? []), r.article_pk]);
    for (const pks of perFp.values()) {
      if (pks.length > COMMON_FINGERPRINT) continue;
      for (const pk of pks) hits.set(pk, (hits.get(pk) ?? 0) + 1);
    }
  }
  return [...hits].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, MAX_CANDIDATES).map(([pk]) => pk);
}

/** Save rewrite links (article ids resolved to pks by the caller). */
export async function saveRewrites(db: Db, links: readonly RewriteLink[], pkOf: ReadonlyMap<string, number>): Promise<void> {
  for (const link of links) {
    const a = pkOf.get(link.a);
    const b = pkOf.get(link.b);
    if (a === undefined || b === undefined) continue;
    const original = link.original === null ? null : (pkOf.get(link.original) ?? null);
    const row = { a_pk: Math.min(a, b), b_pk: Math.max(a, b), score: link.score, original_pk: original, passages: JSON.stringify(link.passages), drift: JSON.stringify(link.drift) };
    await db
      .insertInto('rewrites')
      .values(row)
      .onConflict((oc) => oc.columns(['a_pk', 'b_pk']).doUpdateSet({ score: row.score, original_pk: row.original_pk, passages: row.passages, drift: row.drift }))
      .execute();
  }
}
