import { describe, expect, it } from 'vitest';
import { numberAt, parseNumeral } from '../../../src/tag/quantity/number.js';
import { tokenize } from '../../../src/tag/quantity/tokens.js';

/** [text, low, high, approx] for the number phrase at the start of text. */
const PHRASES: [string, number, number | null, string][] = [
  ['1,234.5 units', 1234.5, 1234.5, 'exact'],
  ['1.5 million', 1.5e6, 1.5e6, 'exact'],
  ['3.2m', 3.2e6, 3.2e6, 'exact'],
  ['a hundred', 100, 100, 'exact'],
  ['two dozen', 24, 24, 'exact'],
  ['twenty-five', 25, 25, 'exact'],
  ['two hundred and thirty-five', 235, 235, 'exact'],
  ['half a million', 5e5, 5e5, 'exact'],
  ['290-something', 290, 299, 'range'],
  ['300-odd', 300, 399, 'range'],
  ['100-plus', 100, null, 'at-least'],
  ['100+', 100, null, 'at-least'],
  ['a few hundred', 200, 999, 'about'],
  ['several thousand', 2000, 9999, 'about'],
  ['dozens', 24, null, 'at-least'],
  ['hundreds of thousands', 2e5, null, 'at-least'],
  ['tens of millions', 2e7, null, 'at-least'],
  ['1.2-billion', 1.2e9, 1.2e9, 'exact'],
  ['five million', 5e6, 5e6, 'exact'],
];

const NOT_NUMBERS = ['a few', 'several', 'many', 'tens', 'the', '1,23', '1.2.3'];

describe('number phrases', () => {
  for (const [text, low, high, approx] of PHRASES) {
    it(`reads ${JSON.stringify(text)}`, () => {
      const n = numberAt(tokenize(text), 0);
      expect(n && [n.low, n.high, n.approx]).toEqual([low, high, approx]);
    });
  }
  for (const text of NOT_NUMBERS) {
    it(`does not read ${JSON.stringify(text)}`, () => expect(numberAt(tokenize(text), 0)).toBeNull());
  }
  it('rejects malformed thousands separators', () => {
    expect(parseNumeral('1,23')).toBeNull();
    expect(parseNumeral('12,345')).toBe(12345);
  });
});
