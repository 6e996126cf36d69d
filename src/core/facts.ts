/**
 * The per-article facts view: the contract of `../shared/docs/facts-format.md`, shared by
 * extraction, gold files and the scorer. Every item dossier emits carries `evidence`.
 */

/** The words that state an item, and the rule that read them. */
export interface Evidence {
  readonly start: number;
  readonly end: number;
  readonly rule?: string;
}

/** Fields every emitted item may carry; gold files usually leave them out. */
interface WithEvidence {
  readonly evidence?: readonly Evidence[];
}

/** An office as the article states it: `{ title: 'acting President', of: 'Iran' }`. */
export interface FactsOffice extends WithEvidence {
  readonly title: string;
  readonly of: string | null;
}

export interface FactsPerson extends WithEvidence {
  readonly name: string;
  readonly mentions: readonly string[];
  readonly offices: readonly FactsOffice[];
  /** Gold only: a name from a byline or credit that must not be reported. */
  readonly in_boilerplate?: boolean;
}

export interface FactsOrganization extends WithEvidence {
  readonly name: string;
  readonly mentions: readonly string[];
  readonly in_boilerplate?: boolean;
}

/** Membership statuses, as facts-format.md lists them. */
export const MEMBERSHIP_STATUSES = [
  'founding member',
  'member',
  'observer',
  'dialogue partner',
  'partner country',
  'candidate',
  'applicant',
  'observer or dialogue partner',
] as const;
export type MembershipStatus = (typeof MEMBERSHIP_STATUSES)[number];

export interface FactsMembership extends WithEvidence {
  readonly member: string;
  readonly organization: string;
  readonly status: MembershipStatus | string;
  /** ISO date at the precision the text supports, or null. */
  readonly since: string | null;
  readonly hedged: boolean;
  /** Gold only: implied by the wording, not stated; counts neither way. */
  readonly explicit?: boolean;
  /**
   * Beyond facts-format.md: the status is stated in the past tense ("were the organisation's two
   * observers", "had been a member"), of some time before this ISO date (the "until" date the
   * text gives, else publication), not necessarily still at publication. Absent: not past.
   */
  readonly before?: string | null;
}

/** Beyond facts-format.md: an organisation's founding the text states, founders named or not. */
export interface FactsFounding extends WithEvidence {
  readonly organization: string;
  /** ISO date at the precision the text supports. */
  readonly date: string;
}

/** Beyond facts-format.md: a member suspended from an organisation ("Syria was suspended in 2011"). */
export interface FactsSuspension extends WithEvidence {
  readonly member: string;
  readonly organization: string;
  /** When the suspension began (ISO, at the text's precision), or null. */
  readonly since: string | null;
}

/** Beyond facts-format.md: a country the text says had no one at an event ("its chair stayed empty"). */
export interface FactsNotRepresented extends WithEvidence {
  readonly country: string;
}

export const EVENT_KINDS = ['summit', 'meeting', 'talks', 'visit', 'election', 'other'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export interface FactsAttendee extends WithEvidence {
  readonly person: string;
  readonly representing: string | null;
}

export interface FactsDelegate extends WithEvidence {
  readonly country: string;
  readonly delegate: string;
  readonly instead_of: string | null;
}

export interface FactsEvent extends WithEvidence {
  readonly id: string;
  readonly kind: EventKind | string;
  readonly name: string;
  readonly place: string | null;
  readonly date: string | null;
  readonly date_text: string | null;
  readonly organization: string | null;
  readonly host?: string | null;
  readonly attendees: readonly FactsAttendee[];
  readonly represented_by_delegate: readonly FactsDelegate[];
  readonly expected_only: readonly string[];
  /** Beyond facts-format.md (present only when non-empty): countries not represented at all. */
  readonly not_represented?: readonly FactsNotRepresented[];
}

export interface FactsQuote extends WithEvidence {
  readonly speaker: string | null;
  readonly text: string;
  readonly event: string | null;
}

/** One article's facts. */
export interface FactsView {
  readonly id: string;
  readonly published: string | null;
  readonly title: string | null;
  readonly byline: string | null;
  readonly people: readonly FactsPerson[];
  readonly organizations: readonly FactsOrganization[];
  readonly memberships: readonly FactsMembership[];
  readonly events: readonly FactsEvent[];
  readonly quotes: readonly FactsQuote[];
  /**
   * Beyond facts-format.md (present only when non-empty): foundings and suspensions, facts the
   * contract's sections have no place for; reconciliation compares them across articles.
   */
  readonly foundings?: readonly FactsFounding[];
  readonly suspensions?: readonly FactsSuspension[];
  /** Warnings met while extracting (never fatal). */
  readonly warnings?: readonly { readonly code: string; readonly message: string }[];
}

/** A gold file: a facts view plus keys that describe what a good system should also notice. */
export interface GoldFacts extends FactsView {
  readonly assume_published?: string;
  readonly boilerplate?: readonly string[];
  readonly errata?: readonly string[];
  readonly cross_source?: unknown;
  readonly other_dated_facts?: readonly { readonly what: string; readonly date: string; readonly date_text: string }[];
}
