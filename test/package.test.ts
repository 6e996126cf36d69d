import { describe, expect, it } from 'vitest';

describe('the dossier package', () => {
  it('is importable by its name and exposes read', async () => {
    // Self-reference through package.json "exports": the same resolution a user's import gets.
    const dossier = await import('dossier');
    expect(typeof dossier.read).toBe('function');
    const article = dossier.read('A title\n\nTOKYO — Ministers met on Monday to talk about trade and security.\n\nThey agreed to meet again.');
    expect(article.dateline?.place).toBe('TOKYO');
  });
});
