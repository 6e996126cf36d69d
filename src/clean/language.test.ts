import { describe, expect, it } from 'vitest';
import { guessLanguage } from './language.js';

describe('guessLanguage', () => {
  it('tells languages apart by their function words', () => {
    expect(guessLanguage('The leaders said that the group of states was ready for the talks on trade.')).toBe('en');
    expect(guessLanguage('Os líderes disseram que não há acordo para a cúpula do bloco com os dos vizinhos.')).toBe('pt');
    expect(guessLanguage('Les dirigeants sont dans la salle pour le sommet et la réunion des pays.')).toBe('fr');
  });

  it('reads Cyrillic text as Russian and gives up on too few clues', () => {
    expect(guessLanguage('Лидеры стран встретились в Астане на саммите ШОС.')).toBe('ru');
    expect(guessLanguage('Astana 😀 Tokayev Xi 𝐀𝐁')).toBe('und');
  });
});
