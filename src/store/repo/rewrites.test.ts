import { describe, expect, it } from 'vitest';
import type { Claim, FactDrift } from '../../reconcile/types.js';
import { driftJson } from './rewrites.js';

const claim = (articleId: string, value: string): Claim => ({
  slot: 'membership|country:BY|org:SCO',
  label: 'membership of Belarus in "SCO" — Shanghai Cooperation Organisation',
  value,
  detail: { status: value, date: null },
  hedged: value === 'expected',
  articleId,
  published: null,
  evidence: [{ start: 3, end: 17, rule: 'membership-join' }],
});

describe('driftJson', () => {
  it('writes the same text as JSON.stringify, reusing each claim', () => {
    const a = claim('a', 'full member');
    const b = claim('b', 'expected');
    const drift: FactDrift[] = [
      { slot: a.slot, label: a.label, kind: 'changed', a: [a], b: [b] },
      { slot: 'office|x', label: 'office ✓ \u2028', kind: 'only-a', a: [a, a], b: [] },
      { slot: 'quote|y', label: 'quote', kind: 'only-b', a: [], b: [b] },
    ];
    expect(driftJson(drift)).toBe(JSON.stringify(drift));
    expect(driftJson(drift)).toBe(JSON.stringify(drift));
    expect(driftJson([])).toBe('[]');
  });

  it('falls back to JSON.stringify for a drift of another shape', () => {
    const odd = { label: 'l', slot: 's', kind: 'only-a', a: [], b: [], note: 'extra' } as unknown as FactDrift;
    expect(driftJson([odd])).toBe(JSON.stringify([odd]));
  });
});
