import { f1Of } from './metrics.js';

/** Precision, recall and F1 of a clustering against gold labels. */
export interface ClusterScore {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

/**
 * B-cubed (Bagga & Baldwin 1998): for each item, the share of its predicted cluster that shares
 * its gold label (precision) and the share of its gold cluster that shares its predicted cluster
 * (recall), averaged over items. `predicted` and `gold` map every item to a cluster label.
 */
export function bcubed(predicted: ReadonlyMap<string, string>, gold: ReadonlyMap<string, string>): ClusterScore {
  const items = [...gold.keys()];
  const members = (labels: ReadonlyMap<string, string>) => {
    const out = new Map<string, Set<string>>();
    for (const i of items) {
      const l = labels.get(i)!;
      (out.get(l) ?? out.set(l, new Set()).get(l)!).add(i);
    }
    return out;
  };
  const p = members(predicted);
  const g = members(gold);
  let precision = 0;
  let recall = 0;
  for (const i of items) {
    const pc = p.get(predicted.get(i)!)!;
    const gc = g.get(gold.get(i)!)!;
    let both = 0;
    for (const j of pc) if (gc.has(j)) both++;
    precision += both / pc.size;
    recall += both / gc.size;
  }
  precision /= items.length || 1;
  recall /= items.length || 1;
  return { precision, recall, f1: f1Of(precision, recall) };
}

/** Pairwise: over all unordered item pairs, "same predicted cluster" against "same gold cluster". */
export function pairwise(predicted: ReadonlyMap<string, string>, gold: ReadonlyMap<string, string>): ClusterScore & { readonly ari: number } {
  const items = [...gold.keys()];
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  for (let a = 0; a < items.length; a++) {
    for (let b = a + 1; b < items.length; b++) {
      const sp = predicted.get(items[a]!) === predicted.get(items[b]!);
      const sg = gold.get(items[a]!) === gold.get(items[b]!);
      if (sp && sg) tp++;
      else if (sp) fp++;
      else if (sg) fn++;
      else tn++;
    }
  }
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  // Adjusted Rand index from the pair counts (Hubert & Arabie 1985).
  const n = tp + fp + fn + tn;
  const expected = ((tp + fp) * (tp + fn)) / (n || 1);
  const max = (tp + fp + (tp + fn)) / 2;
  const ari = max === expected ? 0 : (tp - expected) / (max - expected);
  return { precision, recall, f1: f1Of(precision, recall), ari };
}
