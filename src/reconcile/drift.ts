/**
 * Drift between an original and its rewrite: the slots both state with clashing values, and the
 * slots only one of them states.
 */
import { claimsOf } from './claims.js';
import { clash } from './judge.js';
import type { Claim, FactDrift, RewriteInput } from './types.js';

function bySlot(claims: readonly Claim[]): Map<string, Claim[]> {
  const out = new Map<string, Claim[]>();
  for (const c of claims) {
    const list = out.get(c.slot);
    if (list) list.push(c);
    else out.set(c.slot, [c]);
  }
  return out;
}

// An article is compared with several others: its claims are read once per facts object and links.
const cache = new WeakMap<object, WeakMap<object, Map<string, Claim[]>>>();

function claimsBySlot(x: RewriteInput): Map<string, Claim[]> {
  let inner = cache.get(x.facts);
  if (!inner) cache.set(x.facts, (inner = new WeakMap()));
  let hit = inner.get(x.links);
  if (!hit || (hit.size > 0 && [...hit.values()][0]![0]!.articleId !== x.id)) {
    hit = bySlot(claimsOf({ ...x.facts, id: x.id }, x.links));
    inner.set(x.links, hit);
  }
  return hit;
}

/** The facts where two articles differ (same scope for their event slots), sorted by slot. */
export function compareClaims(a: RewriteInput, b: RewriteInput): FactDrift[] {
  const ca = claimsBySlot(a);
  const cb = claimsBySlot(b);
  const slots = [...new Set([...ca.keys(), ...cb.keys()])].sort();
  const out: FactDrift[] = [];
  for (const slot of slots) {
    const xa = ca.get(slot) ?? [];
    const xb = cb.get(slot) ?? [];
    const label = (xa[0] ?? xb[0])!.label;
    if (xa.length === 0) out.push({ slot, label, kind: 'only-b', a: [], b: xb });
    else if (xb.length === 0) out.push({ slot, label, kind: 'only-a', a: xa, b: [] });
    else if (xa.some((x) => xb.some((y) => clash(x, y) !== null))) out.push({ slot, label, kind: 'changed', a: xa, b: xb });
  }
  return out;
}
