/** Memberships of countries and bodies in organisations, as the text states them. */
export { findMemberships } from './find.js';
export { findFoundings } from './founding-date.js';
export { findSuspensions } from './suspensions.js';
export type { FoundingFact, MembershipContext, MembershipFact, SuspensionFact } from './types.js';
