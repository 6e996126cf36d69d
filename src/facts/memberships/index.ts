/** Memberships of countries and bodies in organisations, as the text states them. */
export { findMemberships } from './find.js';
export type { MembershipContext, MembershipFact } from './types.js';
