import { describe, expect, it } from 'vitest';
import { kindOf } from './kinds.js';

describe('kindOf', () => {
  it('names the kind of trigger words and nothing else', () => {
    expect(kindOf('summit')).toBe('summit');
    expect(kindOf('run-off')).toBe('election');
    expect(kindOf('talks')).toBe('talks');
    expect(kindOf('leaders')).toBeUndefined();
    // inherited object properties are no triggers
    expect(kindOf('constructor')).toBeUndefined();
  });
});
