import { describe, expect, it } from 'vitest';
import {
  ABBREVIATIONS, AFTER_TITLE_STARTERS, EXCLAMATION_NAMES, SENTENCE_STARTERS, SPEECH_VERBS, TIME_CONTINUATIONS,
} from '../../src/segment/vocab.js';

describe('segmenter vocabulary', () => {
  it('stores abbreviations without their final period or spaces', () => {
    for (const key of ABBREVIATIONS.keys()) {
      expect(key.endsWith('.'), key).toBe(false);
      expect(/\s/.test(key), key).toBe(false);
    }
  });

  it.each([
    ['Mr', 'title'], ['Sen', 'title'], ['St', 'title'], ['Inc', 'post'], ['Co', 'post'], ['Calif', 'post'],
    ['Jr', 'post'], ['No', 'numeric'], ['Oct', 'numeric'], ['p', 'numeric'], ['vs', 'never'], ['e.g', 'never'], ['etc', 'weak'],
  ])('classifies %s as %s', (word, kind) => {
    expect(ABBREVIATIONS.get(word)).toBe(kind);
  });

  it.each(['ill', 'mass', 'wash', 'miss', 'man'])('leaves the ordinary word %s alone (state abbreviations are case-sensitive)', (word) => {
    expect(ABBREVIATIONS.has(word)).toBe(false);
  });

  it('lists sentence starters as capitalized words, and title breakers among them', () => {
    for (const w of SENTENCE_STARTERS) expect(w[0], w).toBe(w[0].toUpperCase());
    for (const w of AFTER_TITLE_STARTERS) expect(SENTENCE_STARTERS.has(w), w).toBe(true);
    // words that follow "U.S." inside names must not be starters
    for (const w of ['Government', 'Army', 'Senate', 'Trade', 'District', 'Open', 'Steel']) expect(SENTENCE_STARTERS.has(w), w).toBe(false);
  });

  it('keeps verbs of saying lowercase and time words capitalized', () => {
    for (const v of SPEECH_VERBS) expect(v, v).toBe(v.toLowerCase());
    for (const t of TIME_CONTINUATIONS) expect(t[0], t).toBe(t[0].toUpperCase());
    expect(EXCLAMATION_NAMES.has('Yahoo')).toBe(true);
  });
});
