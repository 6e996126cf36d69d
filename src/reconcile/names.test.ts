import { describe, expect, it } from 'vitest';
import { familySimilarity, foldToken, givenCompatible, jaroWinkler, nameParts, skeleton } from './names.js';

describe('transliteration variants', () => {
  it.each([
    ['zhaparov', 'japarov'],
    ['lukashenko', 'lukashenka'],
    ['tokayev', 'toqaev'],
    ['mokhbar', 'mokhber'],
    ['zelenskyy', 'zelensky'],
    ['erdogan', 'erdogan'],
  ])('%s ~ %s share a skeleton and are similar', (a, b) => {
    expect(skeleton(a)).toBe(skeleton(b));
    expect(familySimilarity(a, b)).toBeGreaterThanOrEqual(0.9);
  });

  it.each([
    ['aliyev', 'putin'],
    ['modi', 'macron'],
    ['xi', 'li'],
  ])('%s and %s are not variants', (a, b) => {
    expect(familySimilarity(a, b)).toBeLessThan(0.85);
  });

  it('folds clusters consistently', () => {
    expect(foldToken('dzhaparov')).toBe(foldToken('japarov'));
    expect(foldToken('khan')).toBe('han');
  });

  it('Jaro-Winkler is 1 for equal strings and symmetric', () => {
    expect(jaroWinkler('martha', 'martha')).toBe(1);
    expect(jaroWinkler('martha', 'marhta')).toBeCloseTo(jaroWinkler('marhta', 'martha'));
    expect(jaroWinkler('martha', 'marhta')).toBeCloseTo(0.961, 2);
  });
});

describe('name parts', () => {
  it('drops honorifics, keeps particles out of given names and suffixes apart', () => {
    expect(nameParts('King Charles III')).toMatchObject({ family: 'charles', suffix: 'iii' });
    expect(nameParts('Luiz Inácio Lula da Silva')).toMatchObject({ family: 'silva', given: ['luiz', 'inacio', 'lula'] });
    expect(nameParts('Ferdinand Marcos Jr.')).toMatchObject({ family: 'marcos', suffix: 'jr' });
    expect(nameParts('Putin')).toMatchObject({ family: 'putin', given: [] });
  });

  it('given names: George W. Bush is not George H. W. Bush; Heydar is not Ilham', () => {
    expect(givenCompatible(nameParts('George W. Bush').given, nameParts('George H. W. Bush').given)).toBe(false);
    expect(givenCompatible(nameParts('Heydar Aliyev').given, nameParts('Ilham Aliyev').given)).toBe(false);
    expect(givenCompatible(nameParts('V. Putin').given, nameParts('Vladimir Putin').given)).toBe(true);
    expect(givenCompatible([], nameParts('Vladimir Putin').given)).toBe(true);
  });
});
