/** The cue words of membership statements. */
import type { MembershipStatus } from '../../core/facts.js';

export const ANAPHORS = new Set(['group', 'bloc', 'grouping', 'organisation', 'organization', 'alliance', 'union', 'club', 'body', 'forum', 'league', 'community']);

export const FOUND_VERBS = new Set(['formed', 'founded', 'created', 'established', 'launched', 'co-founded', 'cofounded']);

export const JOIN_VERBS = new Set(['joined', 'join', 'joins', 'joining', 'rejoined', 'rejoin', 'rejoins', 'admitted', 'acceded', 'accede', 'accedes']);

export const HEDGES = new Set(['should', 'must', 'whether', 'how', 'expected', 'will', 'set', 'soon', 'plans', 'planned', 'plan', 'poised', 'likely', 'could', 'may', 'might', 'would', 'invited', 'hopes', 'hoping', 'due', 'aims', 'seeking', 'seeks', 'wants', 'bid']);

export const APPLY = new Set(['applied', 'applies', 'apply', 'applying', 'application']);

export const CLAUSE_BREAK = new Set([';', ':', '.', '?', '!', '(', ')', 'which', 'who', 'while', 'whereas', 'but', 'although']);

// List cues: the words before a list of countries, and the status they give.
export const LIST_CUES: readonly { readonly words: readonly string[]; readonly status: MembershipStatus }[] = [
  { words: ['observer', 'states', 'and', 'dialogue', 'partners'], status: 'observer or dialogue partner' },
  { words: ['observers', 'and', 'dialogue', 'partners'], status: 'observer or dialogue partner' },
  { words: ['observer', 'countries', 'and', 'dialogue', 'partners'], status: 'observer or dialogue partner' },
  { words: ['dialogue', 'partners'], status: 'dialogue partner' },
  { words: ['observer', 'states'], status: 'observer' },
  { words: ['observer', 'countries'], status: 'observer' },
  { words: ['observers'], status: 'observer' },
  { words: ['partner', 'countries'], status: 'partner country' },
  { words: ['partner', 'states'], status: 'partner country' },
  { words: ['founding', 'members'], status: 'founding member' },
  { words: ['candidate', 'countries'], status: 'candidate' },
  { words: ['candidates'], status: 'candidate' },
  { words: ['member', 'states'], status: 'member' },
  { words: ['member', 'countries'], status: 'member' },
  { words: ['members'], status: 'member' },
];

export const LIST_VERBS = new Set(['include', 'includes', 'including', 'included', 'like', 'are', 'were', 'comprise', 'comprises', 'such']);

// Members are countries, or organisations that sit in another ("the African Union became a member of the G20"): `org:<ID>`.
// Bodies nobody joins: news agencies quoted as sources, government offices.
export const NOT_JOINABLE = new Set(['news-agency', 'government-body']);

export const MEMBER_ORG_KINDS = new Set(['intergovernmental', 'grouping', 'alliance', 'union', 'regional', 'supranational']);

// "abandons plans to join", "opposes Ukraine joining", "did not join": no membership is stated.
export const NEGATORS = new Set(['none', 'no', 'neither', 'nor', 'not', "n't", 'never', 'abandon', 'abandons', 'abandoned', 'drop', 'drops', 'dropped', 'scrap', 'scraps', 'scrapped', 'renounce', 'renounces', 'renounced', 'against', 'oppose', 'opposes', 'opposed', 'block', 'blocks', 'blocked', 'veto', 'vetoed', 'refuse', 'refuses', 'refused', 'reject', 'rejects', 'rejected', 'without']);

export const READMIT_VERBS = new Set(['readmit', 'readmitted', 'readmits', 'reinstate', 'reinstated', 'reinstates']);

export const ADMIT_VERBS = new Set(['admitted', 'admit', 'admits', 'invited', 'welcomed', 'accepted', ...READMIT_VERBS]);

/** The auxiliary of a passive: "was founded", "were suspended", "has been established". */
export const PASSIVE_BE = new Set(['was', 'were', 'is', 'are', 'been', 'being']);
export const COPULAS = new Set(['is', 'was', 'are', 'were', 'been', 'remains', 'remained']);

export const STATUS_NOUNS: Record<string, MembershipStatus> = { member: 'member', members: 'member', observer: 'observer', observers: 'observer', candidate: 'candidate', candidates: 'candidate', applicant: 'applicant', applicants: 'applicant', partner: 'dialogue partner', partners: 'dialogue partner' };
