/**
 * Facts that disagree with the reference knowledge: a person named to an office of a country at
 * the article's date when the knowledge has someone else in it; a membership whose status or start
 * differs from `membersOf`; a founding year that differs from the organisation's.
 */
import type { FactsView } from '../core/facts.js';
import { findOffice } from '../knowledge/offices.js';
import { holdersOf } from '../knowledge/office-holders.js';
import { getOrganisation, membersOf } from '../knowledge/organisations.js';
import { datesCompatible, dayRange } from './dates.js';
import { STATUS_FAMILY as FAMILY } from './judge.js';
import { kbIdOf } from './knowledge-ids.js';
import { linkLookup, placeholderId } from './profile.js';
import type { EntityLink, KnowledgeFlag } from './types.js';


function statusAgrees(text: string, kb: string): boolean {
  if (text === kb) return true;
  if (text === 'observer or dialogue partner') return kb === 'observer' || kb === 'dialogue partner';
  const f = FAMILY[text];
  return f === 'member' && FAMILY[kb] === 'member';
}

function lastDay(date: string | null): string | null {
  const r = date ? dayRange(date) : null;
  return r ? new Date(r.to).toISOString().slice(0, 10) : null;
}

/** A member reference of the knowledge (`BY`, `org:AU`) for an entity id (`country:BY`, `org:AU`). */
function memberRef(entityId: string | null): string | null {
  if (!entityId || kbIdOf(entityId) === null) return null;
  if (entityId.startsWith('country:')) return entityId.slice(8);
  if (entityId.startsWith('org:') && !entityId.startsWith('org:media/')) return entityId;
  return null;
}

/** The article's disagreements with the reference knowledge, in facts-view order. */
export function checkKnowledge(facts: FactsView, links: readonly EntityLink[]): KnowledgeFlag[] {
  const lookup = linkLookup(links);
  const out: KnowledgeFlag[] = [];
  const at = facts.published;

  if (at) {
    for (const p of facts.people) {
      if (p.in_boilerplate) continue;
      const personId = lookup('person', p.name);
      const kbPerson = personId?.startsWith('person:') ? kbIdOf(personId) : null;
      for (const o of p.offices) {
        const office = findOffice(o.title);
        const of = memberRef(placeholderId(lookup, o.of));
        if (!office || !of) continue;
        const holders = holdersOf(office.id, of, at);
        if (holders.length === 0 || holders.some((h) => h.person.id === kbPerson)) continue;
        const names = [...new Set(holders.map((h) => h.person.name))].join(', ');
        out.push({
          articleId: facts.id,
          kind: 'office',
          found: `${p.name}: ${o.title} of ${o.of}`,
          expected: `${office.title} of ${o.of} on ${at}: ${names}`,
          message: `the article names ${p.name} ${o.title} of ${o.of}; the reference knowledge has ${names} in that office on ${at}`,
          evidence: o.evidence ?? p.evidence ?? [],
        });
      }
    }
  }

  for (const m of facts.memberships) {
    if (m.hedged || m.explicit === false) continue;
    const orgEntity = lookup('organisation', m.organization);
    const orgId = orgEntity?.startsWith('org:') ? kbIdOf(orgEntity) : null;
    const org = orgId ? getOrganisation(orgId) : undefined;
    const member = memberRef(placeholderId(lookup, m.member));
    if (!org || !member) continue;
    const founding = m.status === 'founding member';
    if (founding && m.since && org.founded && !datesCompatible(m.since.slice(0, 4), org.founded.slice(0, 4))) {
      out.push({
        articleId: facts.id,
        kind: 'membership',
        found: `${org.name} founded in ${m.since.slice(0, 4)}`,
        expected: `founded ${org.founded}`,
        message: `the article dates the founding of ${org.name} to ${m.since.slice(0, 4)}; the reference knowledge has ${org.founded}`,
        evidence: m.evidence ?? [],
      });
    }
    // The status at the end of the stated period: "member since April 2023" is checked on 30 April.
    const when = founding ? null : lastDay(m.since ?? at);
    if (!when) continue;
    let status: ReturnType<typeof membersOf>[number] | undefined;
    try {
      status = membersOf(org.id, { at: when }).find((x) => x.member === member);
    } catch {
      continue; // a date the knowledge cannot read (an ISO week): nothing to compare
    }
    const full = org.memberList === 'complete';
    if (!status) {
      if (!full) continue;
      const ever = org.members.filter((x) => x.member === member);
      const later = ever.map((x) => `${x.status}${x.since ? ` from ${x.since}` : ''}`).join(', ');
      out.push({
        articleId: facts.id,
        kind: 'membership',
        found: `${m.member}: ${m.status}${m.since ? ` since ${m.since}` : ''} of ${org.name}`,
        expected: later ? `${later}` : `not listed among ${org.name}'s members`,
        message: `the article has ${m.member} ${m.status} of ${org.name} at ${when}; the reference knowledge ${later ? `has ${later}` : 'does not list it'}`,
        evidence: m.evidence ?? [],
      });
      continue;
    }
    const statusOk = statusAgrees(m.status, status.status);
    const sinceOk = founding || !m.since || !status.since || datesCompatible(m.since, status.since);
    if (statusOk && sinceOk) continue;
    out.push({
      articleId: facts.id,
      kind: 'membership',
      found: `${m.member}: ${m.status}${m.since ? ` since ${m.since}` : ''} of ${org.name}`,
      expected: `${status.status}${status.since ? ` since ${status.since}` : ''}`,
      message: `the article has ${m.member} ${m.status}${m.since ? ` since ${m.since}` : ''} of ${org.name}; the reference knowledge has ${status.status}${status.since ? ` since ${status.since}` : ''} at ${when}`,
      evidence: m.evidence ?? [],
    });
  }
  return out;
}
