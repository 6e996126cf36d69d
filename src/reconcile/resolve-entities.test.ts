import { describe, expect, it } from 'vitest';
import { factsView } from './test-views.js';
import type { FactsMembership, FactsPerson, FactsView } from '../core/facts.js';
import { reconcileCorpus } from './corpus.js';
import { applyOverrides } from './overrides.js';
import { entityKeys, resolveEntities } from './resolve-entities.js';
import type { EntityLink, EntityOverrides } from './types.js';

const view = (id: string, parts: Partial<FactsView>, published = '2024-07-04'): FactsView => factsView(id, published, parts);
const person = (name: string, offices: [string, string][] = [], mentions: string[] = [name]): FactsPerson => ({
  name,
  mentions,
  offices: offices.map(([title, of]) => ({ title, of })),
});
const member = (m: string, org: string): FactsMembership => ({ member: m, organization: org, status: 'member', since: null, hedged: false });

/** Entity links of articles resolved one after the other (the online flow, in memory). */
function linksOf(views: FactsView[], overrides?: EntityOverrides): readonly EntityLink[] {
  return reconcileCorpus(
    views.map((facts) => ({ id: facts.id, text: '', facts })),
    overrides,
  ).links;
}
const idOf = (links: readonly EntityLink[], article: string, name: string) => links.find((l) => l.articleId === article && l.name === name)?.entityId;

describe('countries and organisations', () => {
  it('Turkey and Türkiye are one country; SCO and its full name one organisation', () => {
    const links = linksOf([
      view('a', { memberships: [member('Turkey', 'SCO')] }),
      view('b', { memberships: [member('Türkiye', 'Shanghai Cooperation Organization')] }),
    ]);
    expect(idOf(links, 'a', 'Turkey')).toBe('country:TR');
    expect(idOf(links, 'b', 'Türkiye')).toBe('country:TR');
    expect(idOf(links, 'a', 'SCO')).toBe('org:SCO');
    expect(idOf(links, 'b', 'Shanghai Cooperation Organization')).toBe('org:SCO');
  });

  it('unknown organisations meet by equal names', () => {
    const links = linksOf([
      view('a', { organizations: [{ name: 'Council of Lakeside Towns', mentions: ['Council of Lakeside Towns'] }] }),
      view('b', { organizations: [{ name: 'the Council of Lakeside Towns', mentions: ['the Council of Lakeside Towns'] }] }),
    ]);
    expect(idOf(links, 'a', 'Council of Lakeside Towns')).toMatch(/^org:~/);
    expect(idOf(links, 'b', 'the Council of Lakeside Towns')).toBe(idOf(links, 'a', 'Council of Lakeside Towns'));
  });
});

describe('people across articles', () => {
  it.each([
    ['Sadyr Zhaparov', 'Sadyr Japarov', 'person:sadyr-japarov'],
    ['Alexander Lukashenka', 'Alexander Lukashenko', 'person:alexander-lukashenko'],
    ['Kassym-Jomart Toqaev', 'Kassym-Jomart Tokayev', 'person:kassym-jomart-tokayev'],
    ['Mohammad Mokhbar', 'Mohammad Mokhber', 'person:mohammad-mokhber'],
  ])('%s and %s are one person (reference knowledge)', (a, b, id) => {
    const links = linksOf([view('a', { people: [person(a)] }), view('b', { people: [person(b)] })]);
    expect(idOf(links, 'a', a)).toBe(id);
    expect(idOf(links, 'b', b)).toBe(id);
    expect(links.find((l) => l.name === a)?.reason).toMatch(/knowledge/);
  });

  it('people the knowledge does not list: same office and country plus a similar name', () => {
    const links = linksOf([
      view('a', { people: [person('Askar Dzhumabekov', [['Foreign Minister', 'Kyrgyzstan']])] }),
      view('b', { people: [person('Askar Jumabekov', [['Foreign Minister', 'Kyrgyzstan']])] }),
    ]);
    expect(idOf(links, 'b', 'Askar Jumabekov')).toBe(idOf(links, 'a', 'Askar Dzhumabekov'));
    expect(links.find((l) => l.name === 'Askar Jumabekov')?.reason).toMatch(/same office .*foreign-minister.*country:KG/);
  });

  it('never on a shared family name alone: fathers and sons, two Bushes', () => {
    const links = linksOf([
      view('a', { people: [person('Heydar Aliyev', [['President', 'Azerbaijan']])] }, '1995-05-01'),
      view('b', { people: [person('Ilham Aliyev', [['President', 'Azerbaijan']])] }, '2024-07-04'),
      view('c', { people: [person('George H. W. Bush', [['President', 'United States']])] }, '1990-01-01'),
      view('d', { people: [person('George W. Bush', [['President', 'United States']])] }, '2004-01-01'),
      view('e', { people: [person('Bush')] }, '2004-01-01'),
    ]);
    expect(idOf(links, 'a', 'Heydar Aliyev')).not.toBe(idOf(links, 'b', 'Ilham Aliyev'));
    expect(idOf(links, 'b', 'Ilham Aliyev')).toBe('person:ilham-aliyev');
    expect(idOf(links, 'c', 'George H. W. Bush')).not.toBe(idOf(links, 'd', 'George W. Bush'));
    const bush = idOf(links, 'e', 'Bush');
    expect([idOf(links, 'c', 'George H. W. Bush'), idOf(links, 'd', 'George W. Bush')]).not.toContain(bush);
  });

  it('a family name alone joins the one person with the same office and country', () => {
    const links = linksOf([
      view('a', { people: [person('Marta Kovalenko', [['Prime Minister', 'Moldova']])] }),
      view('b', { people: [person('Kovalenko', [['Prime Minister', 'Moldova']])] }),
      view('c', { people: [person('Kovalenko')] }),
    ]);
    expect(idOf(links, 'b', 'Kovalenko')).toBe(idOf(links, 'a', 'Marta Kovalenko'));
    expect(idOf(links, 'c', 'Kovalenko')).not.toBe(idOf(links, 'a', 'Marta Kovalenko'));
  });

  it('a bare family name goes to the office holder the knowledge has at the date', () => {
    const links = linksOf([view('a', { people: [person('Aliyev', [['President', 'Azerbaijan']])] })]);
    expect(idOf(links, 'a', 'Aliyev')).toBe('person:ilham-aliyev');
    const none = linksOf([view('a', { people: [person('Aliyev')] })]);
    expect(idOf(none, 'a', 'Aliyev')).not.toBe('person:ilham-aliyev');
  });

  it('blocking keys of a variant reach the entity it joins', () => {
    const first = resolveEntities(view('a', { people: [person('Askar Dzhumabekov', [['Foreign Minister', 'Kyrgyzstan']])] }), []);
    const keys = new Set(entityKeys({ kind: 'person', name: 'Askar Jumabekov', mentions: [], offices: [] }));
    expect(first.upserts.find((e) => e.kind === 'person')!.keys.some((k) => keys.has(k))).toBe(true);
  });

  it('is deterministic and ignores re-ingested articles', () => {
    const views = [
      view('a', { people: [person('Sadyr Zhaparov', [['President', 'Kyrgyzstan']])], memberships: [member('Belarus', 'SCO')] }),
      view('b', { people: [person('Sadyr Japarov')] }),
    ];
    expect(linksOf(views)).toEqual(linksOf(views));
    expect(linksOf([...views, ...views])).toEqual(linksOf(views));
  });
});

describe('user overrides', () => {
  const views = [
    view('a', { people: [person('Tomas Verbeek', [['Prime Minister', 'Belgium']])] }),
    view('b', { people: [person('Thomas Verbeke')] }),
  ];

  it('a forced merge folds one entity into another', () => {
    const auto = linksOf(views);
    const a = idOf(auto, 'a', 'Tomas Verbeek')!;
    const b = idOf(auto, 'b', 'Thomas Verbeke')!;
    expect(a).not.toBe(b);
    const forced = linksOf(views, { merges: [{ ids: [a, b] }], splits: [] });
    expect(idOf(forced, 'b', 'Thomas Verbeke')).toBe(a);
    expect(forced.find((l) => l.articleId === 'b')?.reason).toMatch(/forced merge/);
  });

  it('a forced split moves the listed names to their own entity, applied on top of the automatic links', () => {
    const auto = linksOf([view('a', { people: [person('Sadyr Zhaparov')] }), view('b', { people: [person('Sadyr Japarov')] })]);
    const overrides: EntityOverrides = { merges: [], splits: [{ entityId: 'person:sadyr-japarov', names: ['Sadyr Zhaparov'] }] };
    const split = applyOverrides(auto, overrides);
    expect(idOf(split, 'a', 'Sadyr Zhaparov')).toBe('person:sadyr-japarov/sadyr-zhaparov');
    expect(idOf(split, 'b', 'Sadyr Japarov')).toBe('person:sadyr-japarov');
    expect(linksOf([view('a', { people: [person('Sadyr Zhaparov')] })], overrides)[0]!.entityId).toBe('person:sadyr-japarov/sadyr-zhaparov');
  });
});
