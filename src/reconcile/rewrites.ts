/**
 * Rewrite detection: is one article a reworded copy of another? Three signals over the text
 * outside boilerplate (shared site chrome must not look like shared wording):
 * - containment of word 4-grams (shared wording, however rare the phrase),
 * - aligned sentences (each sentence of one paired with its most similar sentence of the other,
 *   content words compared),
 * - the order of facts (the share of aligned pairs in one increasing sequence).
 * The score is a weighted mean; the passages are the aligned sentence runs with offsets in both
 * texts; the original is the earlier article when publication dates tell.
 */
import { normaliseName } from '../knowledge/normalise.js';
import { getPerson } from '../knowledge/office-holders.js';
import { compareClaims } from './drift.js';
import { kbIdOf } from './knowledge-ids.js';
import { linkLookup } from './profile.js';
import { foldWord, isStopWord, sentences, stem, words, type Range, type Word } from './text.js';
import type { AlignedPassage, CorpusStats, EntityLink, RewriteInput, RewriteLink } from './types.js';

/** Word n-gram length for containment. */
export const NGRAM = 4;
/** Containment at or above this counts fully (rewrites in the fixtures: 0.23-0.40; independent reports 0.01-0.04). */
export const FULL_CONTAINMENT = 0.25;
/** Two sentences align when the Jaccard similarity of their content words reaches this. */
export const SENTENCE_ALIGN = 0.4;
/** A pair is reported as a rewrite from this score. */
export const REWRITE_THRESHOLD = 0.4;
/** Sentence order counts once this many sentences align; below, the order of named entities is used. */
export const MIN_ALIGNED_FOR_ORDER = 3;
/** Entity order counts when the shorter sequence of shared entity mentions is at least this long. */
export const MIN_ENTITY_SEQUENCE = 8;
/** Shared unusual name spellings count fully from this many. */
export const FULL_RARE_FORMS = 3;
/** A spelling is unusual in a store when at most this share of its articles use its words. */
export const RARE_DF_SHARE = 0.2;

/**
 * A copy keeps the names of its original: two articles are compared only when, of the smaller of
 * their sets of linked entities, at least this share is in both. Templated news (market reports,
 * results, "X and Y launch talks on …" wires about other events) shares whole sentences with
 * different names in them; in the fixtures, true copies share 0.94-1.00 and template
 * look-alikes 0.0-0.3.
 */
export const MIN_SHARED_ENTITIES = 0.5;
/** The entity gate applies once both articles link at least this many entities (fewer tell little). */
export const MIN_ENTITIES_FOR_GATE = 4;

/** Weights of shared wording, aligned sentences, order of facts and shared unusual spellings. */
export const WEIGHTS = { containment: 0.35, aligned: 0.25, order: 0.2, rare: 0.2 } as const;

// FNV-1a, 32 bits: stable across runs and platforms.
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

function ngrams(ws: readonly Word[], n: number): string[] {
  const out: string[] = [];
  // Joined by hand: slicing and mapping for every position made most of the garbage here.
  for (let i = 0; i + n <= ws.length; i++) {
    let gram = ws[i]!.norm;
    for (let k = 1; k < n; k++) gram += ` ${ws[i + k]!.norm}`;
    out.push(gram);
  }
  return out;
}

/**
 * Fingerprints of a text for the store's rewrite index: winnowed hashes of word 5-grams (window
 * of 8), so two texts sharing a run of 12 words share at least one fingerprint. Sorted, unique.
 * About a fifth of the positions: each is a row in the store, and writing them was the costliest
 * insert of ingest with a window of 4. (A window-8 minimum is also a minimum of some window of 4
 * inside it, so stores written with the smaller window still find what the larger one keeps.)
 */
export function rewriteFingerprints(text: string, boilerplate: readonly Range[] = []): string[] {
  const ws = words(text, boilerplate);
  const wordHashes = ws.map((w) => hash(w.norm));
  const size = 5;
  const hashes: number[] = [];
  for (let i = 0; i + size <= wordHashes.length; i++) {
    // Combine the words' hashes in order (FNV-style), cheaper than hashing the joined 5-gram.
    let h = 0x811c9dc5;
    for (let k = 0; k < size; k++) h = Math.imul(h ^ wordHashes[i + k]!, 0x01000193) >>> 0;
    hashes.push(h);
  }
  const window = 8;
  const out = new Set<string>();
  for (let i = 0; i + window <= hashes.length; i++) {
    let min = hashes[i]!;
    for (let k = 1; k < window; k++) min = Math.min(min, hashes[i + k]!);
    out.add(min.toString(16).padStart(8, '0'));
  }
  if (hashes.length > 0 && hashes.length < window) out.add(Math.min(...hashes).toString(16).padStart(8, '0'));
  return [...out].sort();
}

/** A sentence outside boilerplate and its content words. */
export interface RewriteUnit {
  readonly range: Range;
  readonly content: ReadonlySet<string>;
}

/** The sentences of a text outside boilerplate, with their content-word sets. */
function unitsOf(text: string, boilerplate: readonly Range[]): RewriteUnit[] {
  const all = words(text);
  const out: RewriteUnit[] = [];
  let k = 0;
  for (const range of sentences(text)) {
    while (k < all.length && all[k]!.start < range.start) k++;
    const ws: Word[] = [];
    for (let i = k; i < all.length && all[i]!.end <= range.end; i++) ws.push(all[i]!);
    const kept = ws.filter((w) => !boilerplate.some((b) => w.start < b.end && w.end > b.start));
    if (kept.length < ws.length / 2) continue;
    const content = new Set(kept.filter((w) => !isStopWord(w.norm)).map((w) => stem(w.norm)));
    if (content.size >= 3) out.push({ range, content });
  }
  return out;
}

/** What rewrite detection reads of a text: its word 4-grams and its sentences' content words. */
export interface RewriteAnalysis {
  readonly grams: ReadonlySet<string>;
  readonly units: readonly RewriteUnit[];
}

// One article is compared with several candidates, and each candidate with many articles. Keyed
// by the text first (the same string object comes back, so the lookup hashes it once) and then by
// the boilerplate spans: a key joining both cost more than the analysis it saved.
// Two generations: when the current one is full it becomes the previous one, and a text found
// there moves back, so the texts compared lately stay (candidates are often weeks of articles
// back) while memory stays bounded without bookkeeping per entry.
const ANALYSED_TEXTS = 512;
let analysed = new Map<string, Map<string, RewriteAnalysis>>();
let analysedBefore = new Map<string, Map<string, RewriteAnalysis>>();

function analysesOf(text: string): Map<string, RewriteAnalysis> {
  let byBoilerplate = analysed.get(text);
  if (!byBoilerplate) {
    byBoilerplate = analysedBefore.get(text) ?? new Map<string, RewriteAnalysis>();
    if (analysed.size >= ANALYSED_TEXTS) {
      analysedBefore = analysed;
      analysed = new Map();
    }
    analysed.set(text, byBoilerplate);
  }
  return byBoilerplate;
}

const boilerplateKey = (boilerplate: readonly Range[]) => boilerplate.map((b) => `${b.start}-${b.end}`).join(',');

/** The analysis of a text for rewrite detection (kept for the comparisons to come). */
export function analyseForRewrites(text: string, boilerplate: readonly Range[] = []): RewriteAnalysis {
  const byBoilerplate = analysesOf(text);
  const key = boilerplateKey(boilerplate);
  let hit = byBoilerplate.get(key);
  if (!hit) {
    hit = { grams: new Set(ngrams(words(text, boilerplate), NGRAM)), units: unitsOf(text, boilerplate) };
    byBoilerplate.set(key, hit);
  }
  return hit;
}

const analyse = analyseForRewrites;

// Which sentences of an analysis hold each content word: alignment reads only the sentences that
// share a word, where comparing every pair of sentences made rewrite detection the costliest step
// of ingest. Built on first use, per analysis.
const postings = new WeakMap<RewriteAnalysis, Map<string, number[]>>();

function postingsOf(analysis: RewriteAnalysis): Map<string, number[]> {
  let index = postings.get(analysis);
  if (!index) {
    index = new Map();
    analysis.units.forEach((u, j) => {
      for (const w of u.content) {
        const list = index!.get(w);
        if (list) list.push(j);
        else index!.set(w, [j]);
      }
    });
    postings.set(analysis, index);
  }
  return index;
}

/**
 * Align each sentence of `a`, in order, with the most similar sentence of `b` not yet taken (the
 * first of equals), when their content words' Jaccard similarity reaches {@link SENTENCE_ALIGN}.
 * Similarity comes from shared-word counts gathered through `b`'s postings: the same values as
 * comparing every pair of sets, and sentences sharing no word are never looked at.
 */
function alignSentences(a: RewriteAnalysis, b: RewriteAnalysis): { i: number; j: number; sim: number }[] {
  const index = postingsOf(b);
  const ub = b.units;
  const shared = new Int32Array(ub.length);
  const touched: number[] = [];
  const usedB = new Uint8Array(ub.length);
  const pairs: { i: number; j: number; sim: number }[] = [];
  a.units.forEach((u, i) => {
    for (const w of u.content) {
      const list = index.get(w);
      if (!list) continue;
      for (const j of list) if (shared[j]!++ === 0) touched.push(j);
    }
    let best = -1;
    let bestSim = 0;
    for (const j of touched) {
      const inter = shared[j]!;
      shared[j] = 0;
      if (usedB[j]) continue;
      const sim = inter / (u.content.size + ub[j]!.content.size - inter);
      if (sim > bestSim || (sim === bestSim && j < best)) {
        bestSim = sim;
        best = j;
      }
    }
    touched.length = 0;
    if (best >= 0 && bestSim >= SENTENCE_ALIGN) {
      pairs.push({ i, j: best, sim: bestSim });
      usedB[best] = 1;
    }
  });
  return pairs;
}

/** Indexes of a longest strictly increasing subsequence of `xs`. */
function longestIncreasing(xs: readonly number[]): number[] {
  const tails: number[] = [];
  const prev = new Array<number>(xs.length).fill(-1);
  for (let i = 0; i < xs.length; i++) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (xs[tails[mid]!]! < xs[i]!) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[i] = tails[lo - 1]!;
    tails[lo] = i;
  }
  const out: number[] = [];
  for (let k = tails.length ? tails[tails.length - 1]! : -1; k >= 0; k = prev[k]!) out.push(k);
  return out.reverse();
}

/** The measures behind a rewrite score (exported for tests and for explaining a score). */
export interface RewriteMeasures {
  /** Word 4-gram containment (shared over the smaller set). */
  readonly containment: number;
  /** Aligned sentences over the sentences of the shorter text. */
  readonly aligned: number;
  /** Order of facts: sentence order when enough sentences align, else the order of shared entities. */
  readonly order: number;
  /** Unusual name spellings both use (the copy keeps the source's spellings). */
  readonly rareForms: readonly string[];
  readonly score: number;
  readonly passages: readonly AlignedPassage[];
}

/** What `measureRewrite` reads of an article: its text, and optionally its facts and links. */
export interface RewriteText {
  readonly text: string;
  readonly boilerplate?: readonly Range[];
  readonly facts?: RewriteInput['facts'];
  readonly links?: RewriteInput['links'];
}

// An article meets several candidates in one call: its sequence is read once per facts and links.
const sequences = new WeakMap<object, WeakMap<object, string[]>>();
const NO_LINKS: RewriteInput['links'] = [];

/** The entities an article names, in text order (people and organisations, by their evidence). */
function entitySequence(a: RewriteText): string[] {
  if (!a.facts) return [];
  const links = a.links ?? NO_LINKS;
  let byLinks = sequences.get(a.facts);
  if (!byLinks) sequences.set(a.facts, (byLinks = new WeakMap()));
  let hit = byLinks.get(links);
  if (!hit) byLinks.set(links, (hit = entitySequenceOf(a.facts, links)));
  return hit;
}

function entitySequenceOf(facts: NonNullable<RewriteText['facts']>, links: RewriteInput['links']): string[] {
  const lookup = linkLookup(links);
  const at: [number, string][] = [];
  for (const p of facts.people) {
    const id = lookup('person', p.name) ?? `person:${normaliseName(p.name)}`;
    for (const e of p.evidence ?? []) at.push([e.start, id]);
  }
  for (const o of facts.organizations) {
    const id = lookup('organisation', o.name) ?? `org:${normaliseName(o.name)}`;
    for (const e of o.evidence ?? []) at.push([e.start, id]);
  }
  at.sort((x, y) => x[0] - y[0]);
  const out: string[] = [];
  for (const [, id] of at) if (out[out.length - 1] !== id) out.push(id);
  return out;
}

function lcsLength(a: readonly string[], b: readonly string[]): number {
  const row = new Array<number>(b.length + 1).fill(0);
  for (const x of a) {
    let prev = 0;
    for (let j = 1; j <= b.length; j++) {
      const keep = row[j]!;
      row[j] = x === b[j - 1] ? prev + 1 : Math.max(row[j]!, row[j - 1]!);
      prev = keep;
    }
  }
  return row[b.length]!;
}

/** Share of the shared entity mentions that come in the same order in both, or 0 when too few. */
export function entityOrder(a: RewriteText, b: RewriteText): number {
  const sa = entitySequence(a);
  const sb = entitySequence(b);
  const shared = new Set(sa.filter((x) => sb.includes(x)));
  const fa = sa.filter((x) => shared.has(x));
  const fb = sb.filter((x) => shared.has(x));
  const n = Math.min(fa.length, fb.length);
  return n < MIN_ENTITY_SEQUENCE ? 0 : lcsLength(fa, fb) / n;
}

/**
 * Spellings of known people that differ from the reference knowledge's name ("Mokhbar" for
 * Mokhber, "Zhaparov" for Japarov): with the store's statistics, only those whose odd words few
 * articles use; without (or in a small store), all of them.
 */
// Within one call the same article meets several others; the statistics object is the call's.
const formsCache = new WeakMap<object, { stats: CorpusStats | undefined; forms: Set<string> }>();

function unusualForms(a: RewriteText, stats: CorpusStats | undefined): Set<string> {
  if (!a.facts) return new Set();
  const hit = formsCache.get(a.facts);
  if (hit && hit.stats === stats && stats !== undefined) return hit.forms;
  const out = unusualFormsOf(a, stats);
  formsCache.set(a.facts, { stats, forms: out });
  return out;
}

function unusualFormsOf(a: RewriteText, stats: CorpusStats | undefined): Set<string> {
  const out = new Set<string>();
  if (!a.facts) return out;
  const lookup = linkLookup(a.links ?? []);
  for (const p of a.facts.people) {
    const id = lookup('person', p.name);
    const kb = id?.startsWith('person:') ? kbIdOf(id) : null;
    const person = kb ? getPerson(kb) : undefined;
    if (!person) continue;
    const canonical = new Set(normaliseName(person.name).split(' '));
    for (const form of [p.name, ...p.mentions]) {
      const odd = normaliseName(form)
        .split(' ')
        .filter((t) => t !== '' && !canonical.has(t) && !/^(?:king|queen|prince|sheikh|president|jr|sr)$/.test(t));
      if (odd.length === 0) continue;
      const rare = !stats || stats.docCount < 10 || odd.some((t) => stats.df(stem(foldWord(t))) / stats.docCount <= RARE_DF_SHARE);
      if (rare) out.add(normaliseName(form));
    }
  }
  return out;
}

/** Compare two articles: containment, sentence alignment, order, shared unusual spellings, score, passages (a -> b offsets). */
export function measureRewrite(a: RewriteText, b: RewriteText, stats?: CorpusStats): RewriteMeasures {
  const analysisA = analyse(a.text, a.boilerplate ?? []);
  const analysisB = analyse(b.text, b.boilerplate ?? []);
  const { grams: ga, units: ua } = analysisA;
  const { grams: gb, units: ub } = analysisB;
  let shared = 0;
  for (const g of ga) if (gb.has(g)) shared++;
  const containment = shared / (Math.min(ga.size, gb.size) || 1);

  const pairs = alignSentences(analysisA, analysisB);
  const aligned = pairs.length / (Math.min(ua.length, ub.length) || 1);
  const inOrder = longestIncreasing(pairs.map((p) => p.j)).map((k) => pairs[k]!);
  const order = pairs.length >= MIN_ALIGNED_FOR_ORDER ? inOrder.length / pairs.length : entityOrder(a, b);
  const fa = unusualForms(a, stats);
  const rareForms = [...unusualForms(b, stats)].filter((f) => fa.has(f)).sort();
  const score =
    WEIGHTS.containment * Math.min(1, containment / FULL_CONTAINMENT) +
    WEIGHTS.aligned * Math.min(1, aligned) +
    WEIGHTS.order * order +
    WEIGHTS.rare * Math.min(1, rareForms.length / FULL_RARE_FORMS);

  // Runs of consecutive aligned sentences become one passage.
  const passages: AlignedPassage[] = [];
  let run: typeof inOrder = [];
  const flush = () => {
    if (run.length === 0) return;
    const first = run[0]!;
    const last = run[run.length - 1]!;
    passages.push({
      a: { start: ua[first.i]!.range.start, end: ua[last.i]!.range.end },
      b: { start: ub[first.j]!.range.start, end: ub[last.j]!.range.end },
      similarity: Math.round((run.reduce((s, p) => s + p.sim, 0) / run.length) * 1000) / 1000,
    });
    run = [];
  };
  for (const p of inOrder) {
    const last = run[run.length - 1];
    if (last && (p.i !== last.i + 1 || p.j !== last.j + 1)) flush();
    run.push(p);
  }
  flush();
  return { containment, aligned, order, rareForms, score, passages };
}

/** The earlier of two articles by publication date, or null when dates are missing or equal. */
function earlier(a: RewriteInput, b: RewriteInput): string | null {
  if (!a.published || !b.published) return null;
  const pa = a.published.slice(0, 10);
  const pb = b.published.slice(0, 10);
  if (pa.length !== pb.length || pa === pb) return null;
  return pa < pb ? a.id : b.id;
}

const entitySets = new WeakMap<readonly EntityLink[], Set<string>>();

function entitySet(links: readonly EntityLink[]): Set<string> {
  let set = entitySets.get(links);
  if (!set) entitySets.set(links, (set = new Set(links.map((l) => l.entityId))));
  return set;
}

/** Whether two articles name enough of the same entities to be copies ({@link MIN_SHARED_ENTITIES}). */
export function shareNames(a: RewriteInput, b: RewriteInput): boolean {
  const ea = entitySet(a.links);
  const eb = entitySet(b.links);
  if (ea.size < MIN_ENTITIES_FOR_GATE || eb.size < MIN_ENTITIES_FOR_GATE) return true;
  const [small, large] = ea.size <= eb.size ? [ea, eb] : [eb, ea];
  let shared = 0;
  for (const x of small) if (large.has(x)) shared++;
  return shared / small.size >= MIN_SHARED_ENTITIES;
}

/**
 * The rewrite links between an article and candidates (the store's fingerprint hits and story
 * mates), each scored, with aligned passages, the original where dates tell, and the drift of
 * facts between them. Sorted by the other article's id.
 */
export function findRewrites(article: RewriteInput, candidates: readonly RewriteInput[], stats?: CorpusStats): RewriteLink[] {
  const out: RewriteLink[] = [];
  const seen = new Set<string>();
  for (const c of [...candidates].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0))) {
    if (c.id === article.id || seen.has(c.id)) continue;
    seen.add(c.id);
    const [a, b] = article.id < c.id ? [article, c] : [c, article];
    if (!shareNames(a, b)) continue;
    const m = measureRewrite(a, b, stats);
    if (m.score < REWRITE_THRESHOLD) continue;
    out.push({
      a: a.id,
      b: b.id,
      score: Math.round(m.score * 1000) / 1000,
      original: earlier(a, b),
      passages: m.passages,
      drift: compareClaims(a, b),
    });
  }
  return out;
}
