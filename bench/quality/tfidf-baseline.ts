/**
 * The baseline the ECB+ README suggests: TF-IDF over words with average-link agglomerative
 * clustering at a cosine threshold. It is here only to put our figure in context; its threshold
 * is chosen on the dev split.
 */

const WORD = /[\p{L}\p{N}]+/gu;
// Only the commonest function words: idf does the rest.
const STOP = new Set('the a an and or but of to in on at by for with from as is are was were be been has have had it its he she they his her their that this which who said says'.split(' '));

/** Sparse unit TF-IDF vectors (sublinear tf, smoothed idf) of the texts, fitted on the texts themselves. */
export function tfidfVectors(texts: readonly string[]): Map<string, number>[] {
  const bags = texts.map((t) => {
    const bag = new Map<string, number>();
    for (const m of t.toLowerCase().matchAll(WORD)) if (!STOP.has(m[0])) bag.set(m[0], (bag.get(m[0]) ?? 0) + 1);
    return bag;
  });
  const df = new Map<string, number>();
  for (const bag of bags) for (const w of bag.keys()) df.set(w, (df.get(w) ?? 0) + 1);
  return bags.map((bag) => {
    const v = new Map<string, number>();
    let norm = 0;
    for (const [w, tf] of bag) {
      const x = (1 + Math.log(tf)) * (Math.log((1 + texts.length) / (1 + df.get(w)!)) + 1);
      v.set(w, x);
      norm += x * x;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [w, x] of v) v.set(w, x / norm);
    return v;
  });
}

function cosine(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  let s = 0;
  for (const [w, x] of small) s += x * (large.get(w) ?? 0);
  return s;
}

/** Pairwise cosine similarities of the vectors. */
export function similarityMatrix(vectors: readonly ReadonlyMap<string, number>[]): number[][] {
  return vectors.map((a, i) => vectors.map((b, j) => (i === j ? 1 : cosine(a, b))));
}

/** One merge of average-link clustering: the items of both sides joined at this mean similarity. */
export interface Merge {
  readonly a: number;
  readonly b: number;
  readonly similarity: number;
}

/**
 * The full average-link (UPGMA) merge sequence: repeatedly join the two clusters with the highest
 * mean pairwise similarity. UPGMA is monotone, so cutting at a threshold is replaying the merges
 * that reach it (see {@link cut}); one run serves every threshold tried on dev.
 */
export function averageLinkMerges(sim: readonly (readonly number[])[]): Merge[] {
  let clusters = sim.map((_, i) => [i]);
  const merges: Merge[] = [];
  while (clusters.length > 1) {
    let best = -Infinity;
    let bi = 0;
    let bj = 1;
    for (let i = 0; i < clusters.length; i++) {
      for (let j = i + 1; j < clusters.length; j++) {
        let s = 0;
        for (const a of clusters[i]!) for (const b of clusters[j]!) s += sim[a]![b]!;
        s /= clusters[i]!.length * clusters[j]!.length;
        if (s > best) {
          best = s;
          bi = i;
          bj = j;
        }
      }
    }
    merges.push({ a: clusters[bi]![0]!, b: clusters[bj]![0]!, similarity: best });
    clusters[bi] = [...clusters[bi]!, ...clusters[bj]!];
    clusters = clusters.filter((_, k) => k !== bj);
  }
  return merges;
}

/** The clusters (a number per item) left after the merges that reach `threshold`. */
export function cut(n: number, merges: readonly Merge[], threshold: number): number[] {
  const parent = Array.from({ length: n }, (_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  for (const m of merges) if (m.similarity >= threshold) parent[find(m.a)] = find(m.b);
  return parent.map((_, i) => find(i));
}
