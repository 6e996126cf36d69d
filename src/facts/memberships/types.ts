/** What the membership rules read and what they state. */
import type { DateRef } from '../../core/doc.js';
import type { MembershipStatus } from '../../core/facts.js';
import type { Item } from '../../recognise/items.js';

/** A membership the text states, with the words that state it. */
export interface MembershipFact {
  readonly member: string; // country id
  readonly org: string; // organisation id
  readonly status: MembershipStatus;
  readonly since: DateRef | null;
  readonly hedged: boolean;
  readonly start: number;
  readonly end: number;
  readonly rule: string;
  /**
   * The status is stated in the past tense ("were the organisation's two observers", "had been
   * a member"): it held at some time before this date (the "until" date the text gives, else
   * publication), not necessarily at publication.
   */
  readonly before?: DateRef | 'published';
}

/** What a sentence offers a membership rule: its items, its dates, and the organisation in focus. */
export interface MembershipContext {
  readonly items: readonly Item[];
  readonly dates: readonly DateRef[];
  /** The organisation "the group"/"the bloc" refers to: the one the article is about so far. */
  readonly focusOrg: string | null;
  /** The organisation whose summit the article reports, when known: the default for "a member". */
  readonly eventOrg?: string | null;
  /** The kind of an organisation id (organisations that can be members of others are intergovernmental). */
  readonly orgKind?: (id: string) => string | undefined;
}

/** A sentence with the member each item names, computed once. */
export interface Ctx extends MembershipContext {
  readonly ids: readonly (string | null)[];
}

/** An organisation's founding date the text states, founders named or not ("the bloc, founded in 2002"). */
export interface FoundingFact {
  readonly org: string; // organisation id
  readonly date: DateRef;
  readonly start: number;
  readonly end: number;
  readonly rule: string;
}

/** A member suspended from an organisation ("Syria was suspended from the bloc in 2011"). */
export interface SuspensionFact {
  readonly member: string; // country id, or `org:<ID>`
  readonly org: string; // organisation id
  readonly since: DateRef | null;
  readonly start: number;
  readonly end: number;
  readonly rule: string;
}
