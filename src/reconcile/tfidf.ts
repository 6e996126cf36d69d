/**
 * TF-IDF cosines for story assignment, computed the way `vectorOf` and the cosine of `stories.ts`
 * define them (same operations in the same order, so the same bits) but without a map per vector.
 * A new article meets hundreds of member profiles per assignment, and the document frequencies
 * move with every article, so member vectors cannot be kept between assignments; what can be kept
 * is what does not depend on the statistics: each profile's terms as small integers and their
 * sublinear term frequencies. Within one assignment the statistics are fixed, so every term's IDF
 * is computed once and read from an array.
 */
import type { ArticleProfile, CorpusStats } from './types.js';

/** Prefix of entity terms (as in `profile.ts`; repeated to keep this module free of imports). */
const ENTITY_TERM = '@';

/** Terms interned at most before the table starts over (memory stays bounded on huge stores). */
const MAX_TERMS = 1 << 21;

let termIds = new Map<string, number>();
let termNames: string[] = [];
/** Bumped when the table starts over: encodings of older generations are stale. */
let generation = 0;

/** A profile's terms in `Object.entries` order, with what does not depend on the statistics. */
interface Encoded {
  readonly generation: number;
  readonly ids: Int32Array;
  /** `1 + Math.log(tf)` per term. */
  readonly logTf: Float64Array;
  /** Entity boost factor per term (1 for words). */
  readonly boost: Float64Array;
}

const encodings = new WeakMap<ArticleProfile, Encoded>();

function termId(term: string): number {
  let id = termIds.get(term);
  if (id === undefined) {
    id = termNames.length;
    termIds.set(term, id);
    termNames.push(term);
  }
  return id;
}

function encode(p: ArticleProfile, boost: number): Encoded {
  const hit = encodings.get(p);
  if (hit && hit.generation === generation) return hit;
  const entries = Object.entries(p.terms);
  const ids = new Int32Array(entries.length);
  const logTf = new Float64Array(entries.length);
  const boosts = new Float64Array(entries.length);
  entries.forEach(([term, tf], i) => {
    ids[i] = termId(term);
    logTf[i] = 1 + Math.log(tf);
    boosts[i] = term.startsWith(ENTITY_TERM) ? boost : 1;
  });
  const out = { generation, ids, logTf, boost: boosts };
  encodings.set(p, out);
  return out;
}

/** A unit vector: term ids and weights in the profile's term order. */
interface Vector {
  readonly ids: Int32Array;
  readonly weights: Float64Array;
}

// Scratch tables indexed by term id, valid where their stamp equals the current one: IDFs of the
// current scorer, and the weights of the vector last spread out for lookups.
let idfValues = new Float64Array(1024);
let idfStamps = new Uint32Array(1024);
let spreadValues = new Float64Array(1024);
let spreadStamps = new Uint32Array(1024);
let stampCounter = 0;

function nextStamp(): number {
  stampCounter = (stampCounter + 1) >>> 0;
  if (stampCounter === 0) {
    // Wrapped around: old stamps could look current again.
    idfStamps.fill(0);
    spreadStamps.fill(0);
    stampCounter = 1;
  }
  return stampCounter;
}

function ensureCapacity(): void {
  const need = termNames.length;
  if (idfValues.length >= need) return;
  let size = idfValues.length;
  while (size < need) size *= 2;
  const grow = <T extends Float64Array | Uint32Array>(old: T, make: (n: number) => T): T => {
    const next = make(size);
    next.set(old);
    return next;
  };
  idfValues = grow(idfValues, (n) => new Float64Array(n));
  idfStamps = grow(idfStamps, (n) => new Uint32Array(n));
  spreadValues = grow(spreadValues, (n) => new Float64Array(n));
  spreadStamps = grow(spreadStamps, (n) => new Uint32Array(n));
}

/**
 * Cosines between profiles under one set of corpus statistics (one story assignment). Vectors are
 * kept per profile id for the scorer's life, as the assignment's own cache did.
 */
export class TfIdfScorer {
  private readonly idfStamp = nextStamp();
  private readonly vectors = new Map<string, Vector>();
  private spreadStamp = 0;
  private spreadOf: Vector | null = null;

  constructor(
    private readonly stats: CorpusStats,
    /** Weight factor of entity terms. */
    private readonly entityBoost: number,
    /** The IDF of a term under the statistics. */
    private readonly idf: (stats: CorpusStats, term: string) => number,
  ) {
    // Start the table over between scorers only: a scorer's vectors must keep their ids.
    if (termNames.length > MAX_TERMS) {
      termIds = new Map();
      termNames = [];
      generation++;
    }
  }

  /** The unit TF-IDF vector of a profile (as `vectorOf` computes it). */
  vector(p: ArticleProfile): Vector {
    const known = this.vectors.get(p.id);
    if (known) return known;
    const e = encode(p, this.entityBoost);
    ensureCapacity();
    const n = e.ids.length;
    const weights = new Float64Array(n);
    let norm = 0;
    for (let i = 0; i < n; i++) {
      const id = e.ids[i]!;
      let idf: number;
      if (idfStamps[id] === this.idfStamp) idf = idfValues[id]!;
      else {
        idf = this.idf(this.stats, termNames[id]!);
        idfValues[id] = idf;
        idfStamps[id] = this.idfStamp;
      }
      const w = e.logTf[i]! * idf * e.boost[i]!;
      weights[i] = w;
      norm += w * w;
    }
    norm = Math.sqrt(norm) || 1;
    for (let i = 0; i < n; i++) weights[i] = weights[i]! / norm;
    const v = { ids: e.ids, weights };
    this.vectors.set(p.id, v);
    return v;
  }

  /** The cosine of two profiles: the smaller vector's terms in order, looked up in the larger. */
  cosine(a: ArticleProfile, b: ArticleProfile): number {
    const va = this.vector(a);
    const vb = this.vector(b);
    const [small, large] = va.ids.length <= vb.ids.length ? [va, vb] : [vb, va];
    const stamp = this.spread(large);
    let dot = 0;
    for (let i = 0; i < small.ids.length; i++) {
      const id = small.ids[i]!;
      if (spreadStamps[id] === stamp) dot += small.weights[i]! * spreadValues[id]!;
    }
    return dot;
  }

  /** Spread a vector's weights over the scratch table (unless it is already there). */
  private spread(v: Vector): number {
    if (this.spreadOf === v && this.spreadStamp === stampCounter) return this.spreadStamp;
    const stamp = nextStamp();
    for (let i = 0; i < v.ids.length; i++) {
      spreadValues[v.ids[i]!] = v.weights[i]!;
      spreadStamps[v.ids[i]!] = stamp;
    }
    this.spreadOf = v;
    this.spreadStamp = stamp;
    return stamp;
  }
}
