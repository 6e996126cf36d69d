/**
 * The user's entity corrections (`dossier entity merge/split`) applied on top of the automatic
 * links. Splits first (they name automatic entity ids), then merges (which may name split ids),
 * so "split X out of A, then merge X into B" works.
 */
import { normaliseName } from '../knowledge/normalise.js';
import { slug } from './names.js';
import type { EntityLink, EntityMerge, EntityOverrides } from './types.js';

/** The id a split gives the names it takes out of an entity. */
export function splitId(entityId: string, names: readonly string[]): string {
  return `${entityId}/${slug(names[0] ?? 'split')}`;
}

/**
 * A function from entity id to its final id under a list of merges (transitive; forced merges
 * fold `ids[1..]` into `ids[0]`, automatic ones `from` into `into`).
 */
export function mergeMap(merges: readonly { readonly into: string; readonly from: string }[]): (id: string) => string {
  const parent = new Map<string, string>();
  const find = (id: string): string => {
    let x = id;
    const seen = new Set<string>();
    while (parent.has(x) && !seen.has(x)) {
      seen.add(x);
      x = parent.get(x)!;
    }
    return x;
  };
  for (const m of merges) {
    const a = find(m.into);
    const b = find(m.from);
    if (a !== b) parent.set(b, a);
  }
  return find;
}

/** Forced merges of the overrides as entity merges. */
export function forcedMerges(overrides: EntityOverrides): EntityMerge[] {
  return overrides.merges.flatMap((m) =>
    m.ids.slice(1).map((from) => ({ into: m.ids[0]!, from, reason: m.reason ?? 'forced merge (user)', forced: true })),
  );
}

/**
 * Final links under the overrides (and, optionally, the automatic merges the store recorded).
 * A link whose name a split lists moves to the split's id; every id then follows the merges.
 */
export function applyOverrides(links: readonly EntityLink[], overrides: EntityOverrides, automatic: readonly EntityMerge[] = []): EntityLink[] {
  if (automatic.length === 0 && overrides.merges.length === 0 && overrides.splits.length === 0) return [...links];
  const auto = mergeMap(automatic);
  const forced = mergeMap(forcedMerges(overrides));
  return links.map((link) => {
    let id = auto(link.entityId);
    let reason = link.reason;
    const key = overrides.splits.length > 0 ? normaliseName(link.name) : '';
    for (const s of overrides.splits) {
      if (s.entityId === id && s.names.some((n) => normaliseName(n) === key)) {
        id = splitId(s.entityId, s.names);
        reason = s.reason ?? `forced split (user) out of ${s.entityId}`;
      }
    }
    const final = forced(id);
    if (final !== id) reason = `forced merge (user) of ${id} into ${final}`;
    return final === link.entityId && reason === link.reason ? link : { ...link, entityId: final, reason };
  });
}
