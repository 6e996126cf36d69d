import type { Gazetteer } from '../knowledge/gazetteer.js';

/** What a gazetteer phrase stands for. */
export type LexRef =
  | { readonly type: 'COUNTRY'; readonly id: string }
  | { readonly type: 'DEMONYM'; readonly id: string }
  | { readonly type: 'CITY'; readonly id: string; readonly country: string }
  | { readonly type: 'ORG'; readonly id: string }
  | { readonly type: 'TITLE'; readonly id: string; readonly title: string; readonly role: string }
  | { readonly type: 'MODIFIER'; readonly id: string; readonly meaning: string }
  | { readonly type: 'PERSON'; readonly id: string };

/** The chunk types that gazetteers produce. */
export type LexType = LexRef['type'];

/** Everything recognition needs from the reference knowledge, built once. */
export interface Lexicon {
  readonly gazetteer: Gazetteer<LexRef>;
  /** Display name of a country id (`TR` → "Turkey"). */
  countryName(id: string): string | undefined;
  /** Full name of an organisation id (`SCO` → "Shanghai Cooperation Organisation"). */
  orgName(id: string): string | undefined;
  /** The kind of an organisation (news agencies are not the organisations of a story). */
  orgKind(id: string): string | undefined;
  /** Known people whose family name (or variant) is this word. */
  peopleBySurname(surname: string): readonly KnownPerson[];
  person(id: string): KnownPerson | undefined;
}

/** A well-known office holder from the reference knowledge. */
export interface KnownPerson {
  readonly id: string;
  readonly name: string;
  readonly variants: readonly string[];
  /** The name a later mention uses, when the reference knowledge says ("Tokayev"). */
  readonly familyName?: string;
  readonly terms: readonly { readonly office: string; readonly of: string; readonly from: string; readonly to?: string | null; readonly acting?: boolean }[];
}
