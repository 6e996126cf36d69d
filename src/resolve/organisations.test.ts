import { describe, expect, it } from 'vitest';
import { extract, toFacts } from '../extract/extract.js';

// Sentences written for these tests.
const orgs = (body: string) => toFacts(extract(`A headline\n\n${body}`, { published: '2025-05-14' })).organizations.map((o) => o.name);

describe('organisations of an article', () => {
  it('keeps a seat of government that acts, not one named as a place', () => {
    expect(orgs('The Kremlin said the talks went well.')).toEqual(['Kremlin']);
    expect(orgs('Leaders dined at the Kremlin on Tuesday and flew home from the White House a day later.')).toEqual([]);
  });

  it('reads a capitalised run ending in a body noun as a body, not a person', () => {
    expect(orgs("Peru's Geophysical Institute said the quake was shallow.")).toEqual(['Geophysical Institute']);
  });
});
