/**
 * A deliberately simple reconciler for the store's own tests: names meet only when they
 * normalise alike, every article sharing an organisation joins one story, memberships are the only
 * claims, and two different statuses contradict. It exercises every table ingest writes without
 * depending on the heuristics of `src/reconcile/`.
 */
import type { FactsView } from '../../core/facts.js';
import { normaliseName } from '../../knowledge/normalise.js';
import type { Claim, EntityKind, EntityLink, EntityMention, EntityRecord, FactGroup } from '../../reconcile/types.js';
import type { Reconciler } from '../ingest/reconciler.js';

const key = (kind: EntityKind, name: string) => `${kind}:${normaliseName(name)}`;

function names(facts: FactsView): EntityMention[] {
  const out = new Map<string, EntityMention>();
  const add = (kind: EntityKind, name: string | null | undefined, mentions: readonly string[] = []) => {
    if (name && !out.has(key(kind, name))) out.set(key(kind, name), { kind, name, mentions, offices: [] });
  };
  for (const p of facts.people) add('person', p.name, p.mentions);
  for (const o of facts.organizations) add('organisation', o.name, o.mentions);
  for (const m of facts.memberships) {
    add('organisation', m.organization);
    add('country', m.member);
  }
  for (const p of facts.people) for (const o of p.offices) add('country', o.of);
  for (const e of facts.events) for (const a of e.attendees) add('country', a.representing);
  return [...out.values()];
}

/** The naive reconciler (see the module comment). */
export const naiveReconciler: Reconciler = {
  articleNames: names,
  entityKeys: (m) => [key(m.kind, m.name)],
  resolveEntities(facts, candidates) {
    const byKey = new Map<string, EntityRecord>();
    for (const c of candidates) for (const k of c.keys) byKey.set(k, c);
    const links: EntityLink[] = [];
    const upserts = new Map<string, EntityRecord>();
    for (const m of names(facts)) {
      const k = key(m.kind, m.name);
      const found = byKey.get(k);
      const id = found?.id ?? `${m.kind}:~${normaliseName(m.name).replace(/ /g, '-')}`;
      const aliases = [...new Set([...(found?.aliases ?? []), m.name, ...m.mentions])].sort();
      if (!found || aliases.length !== found.aliases.length) {
        upserts.set(id, { id, kind: m.kind, name: found?.name ?? m.name, aliases, kbId: null, offices: [], keys: [k] });
      }
      links.push({ articleId: facts.id, kind: m.kind, name: m.name, entityId: id, reason: found ? 'same name' : 'new' });
    }
    return { links, upserts: [...upserts.values()], merges: [] };
  },
  applyOverrides: (links, overrides) =>
    links.map((l) => {
      let entityId = l.entityId;
      for (const m of overrides.merges) if (m.ids.slice(1).includes(entityId)) entityId = m.ids[0]!;
      for (const s of overrides.splits) {
        const names = s.names.map(normaliseName);
        if (entityId === s.entityId && names.includes(normaliseName(l.name))) entityId = `${s.entityId}/${names[0]!.replace(/ /g, '-')}`;
      }
      return entityId === l.entityId ? l : { ...l, entityId };
    }),
  profileArticle: (article, links) => ({
    id: article.id,
    published: article.facts.published,
    organisation: links.find((l) => l.kind === 'organisation')?.entityId ?? null,
    terms: {},
    entities: [...new Set(links.map((l) => l.entityId))].sort(),
    events: [],
    date: article.facts.published,
  }),
  storyKeys: (profile) => (profile.organisation ? [profile.organisation] : []),
  assignStory: (profile, candidates) => {
    const story = candidates[0]?.story;
    return story
      ? { articleId: profile.id, storyId: story.id, created: false, score: 1, reason: 'same organisation', merges: [] }
      : { articleId: profile.id, storyId: `story:${profile.id}`, created: true, score: 0, reason: 'new', merges: [] };
  },
  rewriteFingerprints: () => [],
  findRewrites: () => [],
  claimsOf(facts, links) {
    const id = (kind: EntityKind, name: string) => links.find((l) => l.kind === kind && l.name === name)?.entityId ?? name;
    return facts.memberships.map(
      (m): Claim => ({
        slot: `membership|${id('country', m.member)}|${id('organisation', m.organization)}`,
        label: `membership of ${m.member} in ${m.organization}`,
        value: m.hedged ? `${m.status} (hedged)` : m.status,
        detail: { status: m.status, date: m.since },
        hedged: m.hedged,
        articleId: facts.id,
        published: facts.published,
        evidence: m.evidence ?? [],
      }),
    );
  },
  judgeSlot(claims): FactGroup {
    const articles = [...new Set(claims.map((c) => c.articleId))];
    const values = new Set(claims.map((c) => c.value));
    const verdict = articles.length < 2 ? 'unique' : values.size > 1 ? 'contradict' : 'agree';
    return { slot: claims[0]!.slot, label: claims[0]!.label, verdict, reason: [...values].join(' vs '), articles, members: claims };
  },
  checkKnowledge: () => [],
};
