/**
 * Public types and function signatures of cross-source reconciliation (`src/reconcile/`).
 *
 * Everything here is pure: no database, no clock, no network. The store persists what these
 * functions return and hands back the records they ask for. The flow per ingested article is:
 *
 * 1. `entityKeys` for each person/country/organisation of the article's facts view; the store
 *    loads the `EntityRecord`s sharing a key and calls `resolveEntities` (with the user's
 *    overrides). It persists `upserts`, `links` and `merges`.
 * 2. `profileArticle` (needs the links) gives an `ArticleProfile` to persist; `storyKeys` gives its
 *    blocking keys. The store loads candidate stories (their `StoryRecord` and member profiles)
 *    sharing a key, and calls `assignStory` with its running `CorpusStats`. It persists the
 *    assignment (and any `merges` of stories).
 * 3. `rewriteFingerprints` on the text (boilerplate left out); the store loads the `RewriteInput`s
 *    of the articles sharing at least 2 fingerprints (the 10 sharing most) and of the article's
 *    latest story mates, and calls `findRewrites` (with `CorpusStats`); persists the links.
 * 4. `claimsOf(facts, links, storyId)` gives the article's claims, each with a `slot` key; the
 *    store persists them and,
 *    for every slot touched, calls `judgeSlot` with all claims of that slot (store-wide or one
 *    story) and persists the `FactGroup`.
 * 5. `checkKnowledge` gives the article's disagreements with the reference knowledge.
 *
 * `reconcileCorpus` runs the whole online flow in memory over a list of articles (the reference
 * implementation of the sequence above, used by tests and by a full rebuild).
 */
import type { Evidence, FactsView } from '../core/facts.js';

// ---------------------------------------------------------------------------------------------
// Common
// ---------------------------------------------------------------------------------------------

/** What an article is to reconciliation: its id, the text evidence offsets point into, its facts. */
export interface ArticleInput {
  readonly id: string;
  /** The text the facts view's evidence offsets index (the extracted input text). */
  readonly text: string;
  readonly facts: FactsView;
  /** Site chrome spans of the text (`Article.boilerplate`): left out of text similarity. */
  readonly boilerplate?: readonly { readonly start: number; readonly end: number }[];
  /**
   * `wordCounts(text, boilerplate)` when computed already (ingest computes it on the extraction
   * threads); profiling computes it otherwise.
   */
  readonly wordCounts?: readonly (readonly [string, number])[];
}

/** A pointer back to the words that state something in one article. */
export interface Citation {
  readonly articleId: string;
  readonly evidence: readonly Evidence[];
}

// ---------------------------------------------------------------------------------------------
// Entities
// ---------------------------------------------------------------------------------------------

export type EntityKind = 'person' | 'country' | 'organisation';

/** An office as reconciliation keeps it: lower-cased title, country/organisation entity id or null. */
export interface EntityOffice {
  readonly title: string;
  readonly of: string | null;
}

/**
 * One cross-article entity, as the store keeps it. Ids are deterministic: `country:TR`,
 * `org:SCO`, `person:xi-jinping` for entities known to the reference knowledge, else
 * `person:~<normalised-name>` (`~` marks "not in the knowledge"), with `#2`, `#3`… appended when a
 * different entity already took that id.
 */
export interface EntityRecord {
  readonly id: string;
  readonly kind: EntityKind;
  /** Display name: the knowledge's name, else the longest full name seen. */
  readonly name: string;
  /** Every distinct surface name seen for it (facts-view names and mentions), sorted. */
  readonly aliases: readonly string[];
  /** Reference knowledge id (ISO alpha-2, organisation id, office-holder person id) or null. */
  readonly kbId: string | null;
  /** Offices seen with it (people only), sorted, deduplicated. */
  readonly offices: readonly EntityOffice[];
  /** Blocking keys under which the store indexes it (see `entityKeys`). */
  readonly keys: readonly string[];
}

/** One name of an article (a facts-view person/organisation, or a country named anywhere). */
export interface EntityMention {
  readonly kind: EntityKind;
  /** The name as the facts view gives it. */
  readonly name: string;
  /** Other surface forms the article uses for it. */
  readonly mentions: readonly string[];
  /** Offices the article gives (people only), `of` as written. */
  readonly offices: readonly { readonly title: string; readonly of: string | null }[];
}

/** Where one name of an article went, and why. */
export interface EntityLink {
  readonly articleId: string;
  readonly kind: EntityKind;
  /** The name as the facts view gives it (unique per kind within an article). */
  readonly name: string;
  readonly entityId: string;
  /** Why: "knowledge: findPeople", "same office President of KZ and similar name (0.86)", "new"… */
  readonly reason: string;
}

/** Two existing entities found to be one (automatic or forced). `from` is folded into `into`. */
export interface EntityMerge {
  readonly into: string;
  readonly from: string;
  readonly reason: string;
  readonly forced: boolean;
}

/**
 * The user's corrections (`dossier entity merge/split`), applied on top of the automatic result.
 * A merge folds `ids[1..]` into `ids[0]`. A split takes the named surface forms out of an entity
 * into a new one (id `<entityId>/<normalised first name>`), and keeps automatic resolution from
 * putting them back.
 */
export interface EntityOverrides {
  readonly merges: readonly { readonly ids: readonly string[]; readonly reason?: string }[];
  readonly splits: readonly { readonly entityId: string; readonly names: readonly string[]; readonly reason?: string }[];
}

/** What `resolveEntities` decided for one article. */
export interface EntityResolution {
  /** One per person, organisation and country of the article, in facts-view order. */
  readonly links: readonly EntityLink[];
  /** New entities and changed existing ones (aliases, offices, keys), sorted by id. */
  readonly upserts: readonly EntityRecord[];
  /** Existing entities this article showed to be one. */
  readonly merges: readonly EntityMerge[];
}

/**
 * Blocking keys of a name: knowledge id, folded full names, consonant skeleton of the family name
 * (people); knowledge id, names and acronyms (organisations, countries). `published` helps tell
 * which office holder a bare family name is.
 */
export type EntityKeysFn = (mention: EntityMention, published?: string | null) => readonly string[];

/**
 * Resolve the names of one article against the candidate entities (those sharing a key).
 * @param candidates existing entities sharing a blocking key with any of the article's names
 */
export type ResolveEntitiesFn = (
  article: FactsView,
  candidates: readonly EntityRecord[],
  overrides?: EntityOverrides,
  /** The article's names as `prepareNames` read them, when computed ahead (on an extraction thread). */
  prepared?: readonly PreparedName[],
) => EntityResolution;

/**
 * A name of an article as resolution reads it before looking at the store: the mention, the
 * reference-knowledge person it is (people only), and its blocking keys. It depends on the facts
 * view alone, so it can be computed beside extraction.
 */
export interface PreparedName {
  readonly mention: EntityMention;
  readonly kb: { readonly id: string; readonly reason: string } | null;
  readonly keys: readonly string[];
}

/**
 * Final links after the overrides: names a split lists move to the split's id, then every id
 * follows the forced merges (and, when given, the automatic merges recorded so far).
 */
export type ApplyOverridesFn = (links: readonly EntityLink[], overrides: EntityOverrides, automatic?: readonly EntityMerge[]) => readonly EntityLink[];

// ---------------------------------------------------------------------------------------------
// Stories
// ---------------------------------------------------------------------------------------------

/** A compact event descriptor used to tell stories apart. */
export interface EventSignature {
  readonly kind: string;
  /** Organisation entity id or null. */
  readonly organisation: string | null;
  /** Normalised place or null. */
  readonly place: string | null;
  /** ISO date at its precision or null. */
  readonly date: string | null;
}

/** What story clustering needs of an article; computed once, persisted by the store (as JSON). */
export interface ArticleProfile {
  readonly id: string;
  readonly published: string | null;
  /** The organisation the article is most about (not a news outlet), entity id, or null. */
  readonly organisation: string | null;
  /** Term counts: words (stemmed, stop words out) and `@<entity id>` for entities, in order of first use. */
  readonly terms: Readonly<Record<string, number>>;
  /** Entity ids named by the article, sorted. */
  readonly entities: readonly string[];
  readonly events: readonly EventSignature[];
  /** The article's best-supported date for the story it reports (event date, else published). */
  readonly date: string | null;
}

/** Document frequencies over the store (the store keeps them up to date as articles come in). */
export interface CorpusStats {
  readonly docCount: number;
  readonly df: (term: string) => number;
}

/** A story as the store keeps it. Ids are `story:<id of its first article>`. */
export interface StoryRecord {
  readonly id: string;
  /** Member article ids in the order they were assigned. */
  readonly articles: readonly string[];
}

/** A candidate story with the profiles of its members. */
export interface StoryCandidate {
  readonly story: StoryRecord;
  readonly members: readonly ArticleProfile[];
}

/** Two existing stories found to be one by a new article that clearly bridges them. */
export interface StoryMerge {
  readonly into: string;
  readonly from: string;
  readonly score: number;
  readonly reason: string;
}

/** Where an article went. */
export interface StoryAssignment {
  readonly articleId: string;
  readonly storyId: string;
  readonly created: boolean;
  /** Similarity with the chosen story (0 when created). */
  readonly score: number;
  readonly reason: string;
  readonly merges: readonly StoryMerge[];
}

export type ProfileArticleFn = (article: ArticleInput, links: readonly EntityLink[]) => ArticleProfile;
/** Blocking keys of an article: entity ids, event signatures, rare terms. */
export type StoryKeysFn = (profile: ArticleProfile) => readonly string[];
export type AssignStoryFn = (profile: ArticleProfile, candidates: readonly StoryCandidate[], stats: CorpusStats) => StoryAssignment;

// ---------------------------------------------------------------------------------------------
// Rewrites
// ---------------------------------------------------------------------------------------------

/** What rewrite detection needs of an article. */
export interface RewriteInput {
  readonly id: string;
  readonly text: string;
  readonly published: string | null;
  readonly facts: FactsView;
  /** Site chrome spans of the text: shared chrome must not look like shared wording. */
  readonly boilerplate?: readonly { readonly start: number; readonly end: number }[];
  /** Entity links of the article (to compare facts across spellings); may be empty. */
  readonly links: readonly EntityLink[];
}

/** Two passages that say the same thing, offsets into each text. */
export interface AlignedPassage {
  readonly a: { readonly start: number; readonly end: number };
  readonly b: { readonly start: number; readonly end: number };
  /** Word overlap of the two passages, 0..1. */
  readonly similarity: number;
}

/** A fact where the copy drifted: both say it with different values, or only one says it. */
export interface FactDrift {
  readonly slot: string;
  readonly label: string;
  /** `changed`: both state it, differently; `only-a` / `only-b`: one side only. */
  readonly kind: 'changed' | 'only-a' | 'only-b';
  readonly a: readonly Claim[];
  readonly b: readonly Claim[];
}

/** One article is a reworded copy of the other. */
export interface RewriteLink {
  /** Ids sorted: `a < b`. */
  readonly a: string;
  readonly b: string;
  /** 0..1; a link is reported from 0.35. */
  readonly score: number;
  /** The earlier article's id when publication dates tell, else null. */
  readonly original: string | null;
  readonly passages: readonly AlignedPassage[];
  readonly drift: readonly FactDrift[];
}

/** Fingerprints (winnowed hashes of word 5-grams) under which the store indexes an article's text (boilerplate spans left out when given). */
export type RewriteFingerprintsFn = (text: string, boilerplate?: readonly { readonly start: number; readonly end: number }[]) => readonly string[];
/** `stats` (the store's word document frequencies, as for stories) tells which spellings are unusual. */
export type FindRewritesFn = (article: RewriteInput, candidates: readonly RewriteInput[], stats?: CorpusStats) => readonly RewriteLink[];

// ---------------------------------------------------------------------------------------------
// Agreement
// ---------------------------------------------------------------------------------------------

/**
 * One article's statement about a slot. Slot keys use entity ids so spellings meet:
 * `membership|country:BY|org:SCO`, `office|person:xi-jinping`, `attendance|person:~x|<event key>`,
 * `representation|country:IN|<event key>`, `event-date|<event key>`, `event-place|<event key>`,
 * `founded|org:BRICS`, `founding-members|org:BRICS`.
 */
export interface Claim {
  readonly slot: string;
  /** Human label of the slot: "membership of Belarus in Shanghai Cooperation Organisation". */
  readonly label: string;
  /** The claimed value, normalised for comparison ("member since 2024-07-04", "attended"…). */
  readonly value: string;
  /** Structured value parts compared by `judgeSlot`. */
  readonly detail: ClaimDetail;
  readonly hedged: boolean;
  readonly articleId: string;
  readonly published: string | null;
  readonly evidence: readonly Evidence[];
}

/** The comparable parts of a claim value. */
export interface ClaimDetail {
  /** Membership status, office title, "attended" / "delegate" / "expected", place, … */
  readonly status?: string;
  /** A date at its precision ("2023", "2023-04", "2023-04-04"). */
  readonly date?: string | null;
  /** Who (a person entity id or delegate title) where the slot is about representation. */
  readonly who?: string | null;
  /** A status stated in the past tense held at some time before this ISO date, maybe no longer. */
  readonly before?: string | null;
}

export type Verdict = 'agree' | 'contradict' | 'unique';

/** The claims of one slot and what they add up to. */
export interface FactGroup {
  readonly slot: string;
  readonly label: string;
  readonly verdict: Verdict;
  /** Why (for contradictions: which values clash). */
  readonly reason: string;
  /** Distinct articles among the members. */
  readonly articles: readonly string[];
  readonly members: readonly Claim[];
  /** The story the group was judged within; absent for store-wide groups. */
  readonly scope?: string;
}

/**
 * The claims of an article. `scope` names the event its event claims (attendance, representation,
 * event date/place/host) are about: pass the article's story id, so that every article of a story
 * speaks of one event however extraction split it. A function is called once, with the id of the
 * article's main event (else its first event), and its result is used as that scope. Default:
 * `"story"` (fine when comparing articles of one story, as rewrite drift does).
 */
export type ClaimsOfFn = (article: FactsView, links: readonly EntityLink[], scope?: string | ((eventId: string) => string)) => readonly Claim[];
export type JudgeSlotFn = (claims: readonly Claim[]) => FactGroup;

// ---------------------------------------------------------------------------------------------
// Reference knowledge check
// ---------------------------------------------------------------------------------------------

/** A fact that disagrees with the reference knowledge. */
export interface KnowledgeFlag {
  readonly articleId: string;
  readonly kind: 'office' | 'membership';
  /** What the article says. */
  readonly found: string;
  /** What the knowledge says. */
  readonly expected: string;
  readonly message: string;
  readonly evidence: readonly Evidence[];
}

export type CheckKnowledgeFn = (article: FactsView, links: readonly EntityLink[]) => readonly KnowledgeFlag[];

// ---------------------------------------------------------------------------------------------
// Whole-corpus (in memory)
// ---------------------------------------------------------------------------------------------

/** Everything reconciliation says about a set of articles. */
export interface ReconcileResult {
  readonly entities: readonly EntityRecord[];
  readonly links: readonly EntityLink[];
  readonly entityMerges: readonly EntityMerge[];
  readonly stories: readonly StoryRecord[];
  readonly assignments: readonly StoryAssignment[];
  readonly rewrites: readonly RewriteLink[];
  /** Slot groups judged within each story (`scope` is the story id). */
  readonly groups: readonly FactGroup[];
  /**
   * Slot groups judged over the whole store (time-aware: a status may change between stories); slots
   * about a story's own event are judged within their story only (`isStoryEventSlot`).
   */
  readonly storeGroups: readonly FactGroup[];
  readonly knowledgeFlags: readonly KnowledgeFlag[];
}

/** Run the online flow over the articles in the given order (ingest order). */
export type ReconcileCorpusFn = (articles: readonly ArticleInput[], overrides?: EntityOverrides) => ReconcileResult;
