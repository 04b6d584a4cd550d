import { describe, expect, it } from 'vitest';
import { shortNames } from '../../src/report/util/sources.js';
import { source } from '../helpers/articles.js';

describe('shortNames', () => {
  it('drops "The" and corporate endings, cuts long names (at a word when one ends past half the width) with an ellipsis', () => {
    const names = shortNames([
      source('nyt', { publisher: 'The New York Times Company' }),
      source('vl', { publisher: 'The Valley Ledger Company' }),
      source('long', { publisher: 'Northern Territories Broadcasting Service' }),
      source('plain-file'),
    ]);
    expect(names.get('nyt')).toBe('New York Times');
    expect(names.get('vl')).toBe('Valley Ledger');
    expect(names.get('long')).toBe('Northern Territor…');
    expect(names.get('plain-file')).toBe('plain-file');
  });
  it('keeps duplicates apart by id', () => {
    const names = shortNames([source('a', { publisher: 'Daily News' }), source('b', { publisher: 'Daily News Inc.' })]);
    expect(names.get('a')).toBe('Daily News (a)');
    expect(names.get('b')).toBe('Daily News (b)');
  });
});
