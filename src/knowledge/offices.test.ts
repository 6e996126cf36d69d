import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normaliseName } from './normalise.js';
import { findModifier, findOffice, getOffice, indexOffices, loadOffices, officesFileSchema } from './offices.js';

const raw = JSON.parse(readFileSync(new URL('../../data/offices.json', import.meta.url), 'utf8')) as unknown;

describe('data/offices.json', () => {
  it('matches the schema', () => {
    expect(officesFileSchema.safeParse(raw).success).toBe(true);
  });

  it('has unique office and modifier ids', () => {
    const { offices, modifiers } = officesFileSchema.parse(raw);
    expect(new Set(offices.map((o) => o.id)).size).toBe(offices.length);
    expect(new Set(modifiers.map((m) => m.id)).size).toBe(modifiers.length);
  });

  it('lists each normalised form under one office only', () => {
    const owners = new Map<string, Set<string>>();
    for (const office of officesFileSchema.parse(raw).offices) {
      for (const form of office.forms) {
        const key = normaliseName(form);
        owners.set(key, (owners.get(key) ?? new Set()).add(office.id));
      }
    }
    const shared = [...owners].filter(([, ids]) => ids.size > 1).map(([key]) => key);
    expect(shared).toEqual([]);
  });

  it('names only existing offices as equivalents', () => {
    const { offices } = officesFileSchema.parse(raw);
    const ids = new Set(offices.map((o) => o.id));
    for (const office of offices) if (office.equivalent) expect(ids, office.id).toContain(office.equivalent);
  });

  it('is sorted by id and pretty-printed deterministically', () => {
    const file = officesFileSchema.parse(raw);
    const sorted = (ids: string[]) => [...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    expect(file.offices.map((o) => o.id)).toEqual(sorted(file.offices.map((o) => o.id)));
    expect(file.modifiers.map((m) => m.id)).toEqual(sorted(file.modifiers.map((m) => m.id)));
    const text = readFileSync(new URL('../../data/offices.json', import.meta.url), 'utf8');
    expect(text).toBe(`${JSON.stringify(raw, null, 2)}\n`);
  });
});

describe('indexOffices', () => {
  const about = { description: 'd', sources: ['s'], policy: 'p', as_of: '2026' };
  const modifiers = [{ id: 'acting', forms: ['acting'], meaning: 'acting', time: 'current', position: 'before' }] as const;

  it('refuses a form claimed by two offices', () => {
    const file = officesFileSchema.parse({
      about,
      offices: [
        { id: 'a', title: 'A', forms: ['Premier'], role: 'head-of-government' },
        { id: 'b', title: 'B', forms: ['PREMIER'], role: 'other' },
      ],
      modifiers,
    });
    expect(() => indexOffices(file)).toThrow(/claimed by both "a" and "b"/);
  });

  it('refuses an unknown equivalent', () => {
    const file = officesFileSchema.parse({
      about,
      offices: [{ id: 'a', title: 'A', forms: ['A'], role: 'other', equivalent: 'missing' }],
      modifiers,
    });
    expect(() => indexOffices(file)).toThrow(/unknown equivalent "missing"/);
  });
});

describe('findOffice', () => {
  it.each([
    ['President', 'president', 'head-of-state'],
    ['Prime Minister', 'prime-minister', 'head-of-government'],
    ['Premier', 'prime-minister', 'head-of-government'],
    ['Chancellor', 'chancellor', 'head-of-government'],
    ['King', 'king', 'head-of-state'],
    ['Queen', 'queen', 'head-of-state'],
    ['Emir', 'emir', 'head-of-state'],
    ['Amir', 'emir', 'head-of-state'],
    ['Sultan', 'sultan', 'head-of-state'],
    ['Crown Prince', 'crown-prince', 'other'],
    ['Supreme Leader', 'supreme-leader', 'head-of-state'],
    ['Foreign Minister', 'foreign-minister', 'minister'],
    ['Minister of Foreign Affairs', 'foreign-minister', 'minister'],
    ['External Affairs Minister', 'foreign-minister', 'minister'],
    ['Minister of External Affairs', 'foreign-minister', 'minister'],
    ['Secretary of State', 'secretary-of-state', 'minister'],
    ['Defence Minister', 'defence-minister', 'minister'],
    ['Defense Minister', 'defence-minister', 'minister'],
    ['Secretary-General', 'secretary-general', 'organisation-head'],
    ['Secretary General', 'secretary-general', 'organisation-head'],
    ['Director-General', 'director-general', 'organisation-head'],
    ['President of the European Commission', 'president-of-the-european-commission', 'organisation-head'],
    ['High Representative', 'high-representative', 'minister'],
    ['Vice President', 'vice-president', 'deputy'],
    ['Vice-President', 'vice-president', 'deputy'],
    ['Deputy Prime Minister', 'deputy-prime-minister', 'deputy'],
    ['First Deputy Prime Minister', 'first-deputy-prime-minister', 'deputy'],
    ['Chairman', 'chairman', 'organisation-head'],
    ['Chairperson', 'chairman', 'organisation-head'],
    ['Chair of the African Union Commission', 'chairperson-of-the-au-commission', 'organisation-head'],
    ['Governor', 'governor', 'other'],
    ['Mayor', 'mayor', 'other'],
    ['Ambassador', 'ambassador', 'other'],
    ['Envoy', 'envoy', 'other'],
    ['Spokesperson', 'spokesperson', 'other'],
    ['Press Secretary', 'press-secretary', 'other'],
    ['Finance Minister', 'finance-minister', 'minister'],
    ['Pope', 'pope', 'head-of-state'],
    ['Grand Duke', 'grand-duke', 'head-of-state'],
    ['Taoiseach', 'taoiseach', 'head-of-government'],
  ])('reads %s as %s', (form, id, role) => {
    const office = findOffice(form);
    expect(office?.id).toBe(id);
    expect(office?.role).toBe(role);
  });

  it('gives the normalised display title', () => {
    expect(findOffice('Minister of External Affairs')?.title).toBe('Foreign Minister');
    expect(findOffice('Premier')?.title).toBe('Prime Minister');
    expect(findOffice('secretary general')?.title).toBe('Secretary-General');
  });

  it('ignores case, diacritics, dots, hyphens and a leading "the"', () => {
    expect(findOffice('PRIME MINISTER')?.id).toBe('prime-minister');
    expect(findOffice('Tánaiste')?.id).toBe('deputy-prime-minister');
    expect(findOffice('U.S. Secretary of State')?.id).toBe('secretary-of-state');
    expect(findOffice('the Foreign Minister')?.id).toBe('foreign-minister');
  });

  it('does not read words that are no title', () => {
    expect(findOffice('Minister of Magic Affairs')).toBeUndefined();
    expect(findOffice('PM')).toBeUndefined();
    expect(findOffice('')).toBeUndefined();
  });

  it('points local titles at the generic office they are', () => {
    expect(getOffice('secretary-of-state')?.equivalent).toBe('foreign-minister');
    expect(getOffice('chancellor')?.equivalent).toBe('prime-minister');
    expect(getOffice('president')?.equivalent).toBeUndefined();
  });
});

describe('findModifier', () => {
  it.each([
    ['acting', 'acting', 'current'],
    ['interim', 'interim', 'current'],
    ['former', 'former', 'past'],
    ['ex-', 'former', 'past'],
    ['outgoing', 'outgoing', 'current'],
    ['incoming', 'incoming', 'future'],
    ['caretaker', 'caretaker', 'current'],
    ['newly elected', 'newly elected', 'current'],
    ['newly re-elected', 'newly re-elected', 'current'],
    ['then-', 'then', 'past'],
    ['late', 'late', 'past'],
    ['-elect', 'elect', 'future'],
    ['Acting', 'acting', 'current'],
  ])('reads %s as %s', (word, meaning, time) => {
    const modifier = findModifier(word);
    expect(modifier?.meaning).toBe(meaning);
    expect(modifier?.time).toBe(time);
  });

  it('does not read a title as a modifier', () => {
    expect(findModifier('President')).toBeUndefined();
  });

  it('places -elect after the title', () => {
    expect(findModifier('elect')?.position).toBe('after');
    expect(findModifier('acting')?.position).toBe('before');
  });
});

it('loads once and returns the same index', () => {
  expect(loadOffices()).toBe(loadOffices());
});
