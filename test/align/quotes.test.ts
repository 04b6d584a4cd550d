import { describe, expect, it } from 'vitest';
import { quoteRelation, quotesConsistent, quoteWords, speakersDiffer, wordDiff } from '../../src/align/quotes.js';

describe('quoteWords', () => {
  it('folds case, curly quotes and punctuation', () => {
    expect(quoteWords('“As of right this moment, the status-quo holds.”')).toEqual(['as', 'of', 'right', 'this', 'moment', 'the', 'status', 'quo', 'holds']);
    expect(quoteWords('We don’t know')).toEqual(quoteWords("we don't know"));
  });
});

describe('quoteRelation', () => {
  const cases: [string, string, ReturnType<typeof quoteRelation>][] = [
    ['as of right this moment, the status quo holds.', 'As of right this moment — the status quo holds', 'same'],
    ['We welcome the approval of export licenses for commercial technologies', 'approval of export licenses', 'contains'],
    ['approval of export licenses', 'We welcome the approval of export licenses', 'contained'],
    ['we hope license approvals continue to proceed', 'approvals continue to proceed in a timely manner', 'overlap'],
    ['as of right this moment, the status quo holds', 'as of this moment the status quo still holds', 'different'],
  ];
  it.each(cases)('%s ~ %s → %s', (a, b, rel) => {
    expect(quoteRelation(a, b)).toBe(rel);
  });
});

describe('wordDiff', () => {
  it('marks removed and added words', () => {
    expect(wordDiff('as of right this moment, the status quo holds', 'as of this moment, the status quo still holds')).toEqual([
      { op: 'equal', text: 'as of' },
      { op: 'delete', text: 'right' },
      { op: 'equal', text: 'this moment, the status quo' },
      { op: 'insert', text: 'still' },
      { op: 'equal', text: 'holds' },
    ]);
  });
  it('ignores punctuation and case differences', () => {
    expect(wordDiff('The status quo holds.', 'the status quo holds')).toEqual([{ op: 'equal', text: 'The status quo holds.' }]);
  });
  it('handles a full replacement and empty input', () => {
    expect(wordDiff('a b', 'c d')).toEqual([
      { op: 'delete', text: 'a b' },
      { op: 'insert', text: 'c d' },
    ]);
    expect(wordDiff('', 'new words')).toEqual([{ op: 'insert', text: 'new words' }]);
  });
});

describe('quotesConsistent', () => {
  it('agrees for the same quote, a substring and overlapping fragments', () => {
    const r = quotesConsistent(['the status quo holds', 'As of right this moment, the status quo holds.', 'as of right this moment']);
    expect(r).toEqual({ consistent: true, representative: 1 });
  });
  it('finds drift', () => {
    expect(quotesConsistent(['as of right this moment, the status quo holds', 'as of this moment the status quo still holds']).consistent).toBe(false);
  });
});

describe('speakersDiffer', () => {
  it.each([
    ['Commerce Department', 'a spokesman for the Commerce Department', false],
    ['Gina Raimondo', 'Raimondo', false],
    ['Gina Raimondo', 'Antony Blinken', true],
    ['Gina Raimondo', null, false],
    ['the spokesman', 'Antony Blinken', false],
  ] as const)('%s / %s → %s', (a, b, differ) => {
    expect(speakersDiffer(a, b)).toBe(differ);
  });
});
