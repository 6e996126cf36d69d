import { describe, expect, it } from 'vitest';
import { href, parseAt, parseHash } from './router.js';

describe('routes', () => {
  it('round-trips ids with the characters story and entity ids hold', () => {
    for (const id of ['story:broadcaster', 'person:~mehmet-karaca#2', 'a/b?c&d', 'Türkiye']) {
      const route = parseHash(href.entity(id));
      expect(route).toMatchObject({ page: 'entity', id });
    }
  });

  it('reads the page, the query and a cited range', () => {
    const route = parseHash(href.story('story:x', { article: 'wire', at: { start: 10, end: 42 } }));
    expect(route.page).toBe('story');
    expect(route.params.get('article')).toBe('wire');
    expect(parseAt(route.params.get('at'))).toEqual({ start: 10, end: 42 });
    expect(parseHash('').page).toBe('');
    expect(parseHash('#/').page).toBe('');
    expect(parseHash(href.search('a b')).params.get('q')).toBe('a b');
  });

  it('rejects malformed or empty ranges', () => {
    for (const bad of [null, '', '5', '5-', 'a-b', '9-3', '4-4']) expect(parseAt(bad)).toBeNull();
  });

  it('keeps a malformed percent-encoding as it is instead of failing', () => {
    expect(parseHash('#/entity/%E0%A4%A').id).toBe('%E0%A4%A');
  });

  it('sends organisations to their members page', () => {
    expect(href.entityOf('org:OTS', 'organisation')).toBe('#/org/org%3AOTS');
    expect(href.entityOf('country:TM', 'country')).toBe('#/entity/country%3ATM');
  });
});
