import { describe, expect, it } from 'vitest';
import { isPlural, lemma } from '../../../src/tag/quantity/unit.js';

const LEMMAS: [string, string][] = [
  ['entities', 'entity'], ['applications', 'application'], ['people', 'person'], ['children', 'child'],
  ['branches', 'branch'], ['taxes', 'tax'], ['classes', 'class'], ['businesses', 'business'],
  ['licenses', 'license'], ['cases', 'case'], ['viruses', 'virus'], ['lives', 'life'],
  ['archives', 'archive'], ['heroes', 'hero'], ['shoes', 'shoe'], ['movies', 'movie'],
  ['telecom-makers', 'telecom-maker'], ['police', 'police'], ['aircraft', 'aircraft'],
  ['employees', 'employee'], ['inches', 'inch'], ['crises', 'crisis'], ['series', 'series'],
  ['fishermen', 'fisherman'], ['congressmen', 'congressman'], ['specimen', 'specimen'],
];

const NOT_PLURALS = ['news', 'status', 'analysis', 'various', 'class', "china's", 'says', 'bus', 'series'];

describe('unit lemmas', () => {
  for (const [plural, singular] of LEMMAS) {
    it(`${plural} → ${singular}`, () => expect(lemma(plural)).toBe(singular));
  }
  for (const w of NOT_PLURALS) {
    it(`${w} is not a plural`, () => expect(isPlural(w)).toBe(false));
  }
});
