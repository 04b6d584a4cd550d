/**
 * stringWidth answers one-column text without loading string-width (start-up time): that fast path
 * must give string-width's answer for every character it covers, alone and in any sequence.
 */
import fc from 'fast-check';
import stringWidthLib from 'string-width';
import { describe, expect, it } from 'vitest';
import { stringWidth, truncate, wrap } from '../../src/report/util/width.js';

/** The fast path's characters, as ranges (keep in step with ONE_COLUMN_RE in src/report/util/width.ts). */
const ONE_COLUMN: readonly [number, number][] = [
  [0x20, 0x7e], [0xa0, 0xa8], [0xaa, 0xac], [0xaf, 0x17f], [0x2010, 0x2027], [0x2030, 0x203b], [0x203d, 0x2048], [0x204a, 0x205e], [0x20ac, 0x20ac],
  [0x2190, 0x2193], [0x2212, 0x2212], [0x2248, 0x2248], [0x2260, 0x2260], [0x2264, 0x2265], [0x2500, 0x257f], [0x2713, 0x2713], [0x2717, 0x2717], [0x27e6, 0x27ef],
];
const chars = ONE_COLUMN.flatMap(([a, b]) => Array.from({ length: b - a + 1 }, (_, i) => String.fromCodePoint(a + i)));

describe('stringWidth', () => {
  it('counts every character of the Basic Multilingual Plane as string-width does (but ↪)', () => {
    const differ: string[] = [];
    for (let cp = 0; cp <= 0xffff; cp++) {
      if ((cp >= 0xd800 && cp <= 0xdfff) || cp === 0x21aa) continue;
      const ch = String.fromCodePoint(cp);
      if (stringWidth(ch) !== stringWidthLib(ch)) differ.push(cp.toString(16));
    }
    expect(differ).toEqual([]);
  });

  it('counts any text of those characters as string-width does', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...chars), { maxLength: 40 }), (cs) => {
      const s = cs.join('');
      expect(stringWidth(s)).toBe(stringWidthLib(s));
    }));
  });

  it('leaves other text to string-width: wide, emoji, combining, zero-width and control characters', () => {
    const cases = ['漢字', 'a\u0301', '👍🏽', '©', 'x\u00ADy', 'a\u200Bb', 'tab\there', '\u001B[31mred\u001B[39m', 'café ✓', 'Ünïcödé — “quoted” 日本'];
    for (const s of cases) expect([s, stringWidth(s)]).toEqual([s, stringWidthLib(s)]);
    expect(stringWidth('a ↪ b')).toBe(5); // the via mark is drawn in one column
  });

  it('wraps and truncates by columns on either path', () => {
    expect(wrap('“Quoted” words — wrapped', 10)).toEqual(['“Quoted”', 'words —', 'wrapped']);
    expect(wrap('日本語の文章です', 6)).toEqual(['日本語', 'の文章', 'です']);
    expect(truncate('naïve résumé', 6)).toBe('naïve…');
    expect(truncate('日本語の文章', 5)).toBe('日本…');
  });
});
