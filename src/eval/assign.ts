/**
 * One-to-one matching of gold items to predicted items.
 *
 * The number of matches is the size of a maximum bipartite matching over the pairs that match
 * at all, so true positives never depend on item order or on which algorithm finds it: anyone
 * can reproduce the counts. Which pairs are chosen prefers the best-scoring ones: pairs are
 * first taken greedily by descending score, then augmenting paths (Kuhn) add whatever matches
 * the greedy pass blocked.
 */

/**
 * Match gold items to predicted items one-to-one.
 * @param scores `scores[g][p]` > 0 when predicted item `p` may match gold item `g`; higher is better.
 * @returns for each gold index, the matched predicted index or -1.
 */
export function assign(scores: readonly (readonly number[])[], predictedCount: number): number[] {
  const goldOf = new Array<number>(predictedCount).fill(-1);
  const predOf = new Array<number>(scores.length).fill(-1);

  const pairs: { g: number; p: number; s: number }[] = [];
  scores.forEach((row, g) => row.forEach((s, p) => s > 0 && pairs.push({ g, p, s })));
  // Stable order: score, then gold order, then predicted order.
  pairs.sort((a, b) => b.s - a.s || a.g - b.g || a.p - b.p);
  for (const { g, p } of pairs) {
    if (predOf[g] === -1 && goldOf[p] === -1) {
      predOf[g] = p;
      goldOf[p] = g;
    }
  }

  const candidates = scores.map((row) =>
    row
      .map((s, p) => ({ s, p }))
      .filter((c) => c.s > 0)
      .sort((a, b) => b.s - a.s || a.p - b.p)
      .map((c) => c.p),
  );
  const augment = (g: number, seen: Set<number>): boolean => {
    for (const p of candidates[g] ?? []) {
      if (seen.has(p)) continue;
      seen.add(p);
      const holder = goldOf[p] as number;
      if (holder === -1 || augment(holder, seen)) {
        goldOf[p] = g;
        predOf[g] = p;
        return true;
      }
    }
    return false;
  };
  // Kuhn's theorem: one pass over the free gold items reaches a maximum matching.
  for (let g = 0; g < scores.length; g++) if (predOf[g] === -1) augment(g, new Set());
  return predOf;
}
