import { describe, expect, it } from 'vitest';
import { matchLineRule } from './boilerplate-rules.js';

// Blocks written for these tests: site chrome on one side, news sentences that share its words on the other.
describe('line rules', () => {
  it('recognise newsletter prompts', () => {
    for (const t of ['Sign up for our daily briefing', 'Subscribe to our newsletter', 'Get the best of our reporting in your inbox every morning.', 'Register now for free updates'])
      expect(matchLineRule(t)?.kind, t).toBe('newsletter');
  });

  it('leave news sentences that merely share their words in the body', () => {
    for (const t of [
      'Brazilian Energy Minister Joana Prado told the online meeting that Brazil would sign up to the charter of cooperation from January.',
      'The foreign minister told a briefing in Lima that member states would get a vote on the new rules.',
      'Peru said it would subscribe to the declaration once parliament had approved it.',
    ])
      expect(matchLineRule(t), t).toBeUndefined();
  });
});
