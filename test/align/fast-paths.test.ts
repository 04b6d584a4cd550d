/**
 * The allocation-free fast paths of the align stage give exactly what the plain versions give:
 * interval overlap, story overlap by index, the story pair cache, and the shingle words.
 */
import { describe, expect, it } from 'vitest';
import { intersectAll, intervalsOverlap, type Interval } from '../../src/align/compare.js';
import { StoryContext } from '../../src/align/stories.js';
import { shingles } from '../../src/align/copies.js';
import type { Article } from '../../src/model.js';

const iv = (lo: number, hi: number, loOpen = false, hiOpen = false): Interval => ({ lo, hi, loOpen, hiOpen });

describe('intervalsOverlap', () => {
  const cases: [Interval, Interval, boolean][] = [
    [iv(1, 5), iv(3, 8), true],
    [iv(1, 5), iv(5, 8), true], // touching closed ends
    [iv(1, 5, false, true), iv(5, 8), false], // "less than 5" and "5 or more"
    [iv(1, 5), iv(5, 8, true), false], // "more than 5"
    [iv(1, 2), iv(3, 4), false],
    [iv(3, 4), iv(1, 2), false],
    [iv(-Infinity, 10), iv(9, Infinity), true],
    [iv(7, 7), iv(7, 7), true],
    [iv(7, 7), iv(7 + 1e-12, 7 + 1e-12), true], // equal after unit conversion
    [iv(0, 1), iv(0, 1, true, true), true],
  ];
  it.each(cases)('%o ∩ %o → %s, as intersectAll says', (a, b, want) => {
    expect(intervalsOverlap(a, b)).toBe(want);
    expect(intervalsOverlap(b, a)).toBe(want);
    expect(intersectAll([a, b]) !== null).toBe(want);
  });
});

/** An article as StoryContext sees it: only its source id matters (names come from the callback). */
function article(id: string): Article {
  return { source: { id, path: `${id}.txt` } } as unknown as Article;
}

describe('StoryContext', () => {
  const names: Record<string, string[]> = {
    a: ['whitlock', 'velmar', 'harbor', 'council'],
    b: ['whitlock', 'velmar', 'tesmara', 'ministry'],
    c: ['zorin', 'kestrel', 'dunmore'],
    d: ['whitlock', 'velmar'], // too few names
  };
  const arts = Object.keys(names).map((id) => article(id));
  const ctx = new StoryContext(arts, (a) => names[a.source.id]);

  it('gives the idf-weighted Jaccard of two articles, the same both ways and on repeat', () => {
    // idf over 4 articles: whitlock, velmar in 3 (d counts) → ln(1 + 4/3); the rest in 1 → ln 5
    const common = Math.log(1 + 4 / 3);
    const rare = Math.log(5);
    const want = (2 * common) / (2 * common + 4 * rare);
    expect(ctx.overlap('a', 'b')).toBeCloseTo(want, 12);
    expect(ctx.overlap('b', 'a')).toBe(ctx.overlap('a', 'b'));
    expect(ctx.overlap('a', 'b')).toBe(ctx.overlap('a', 'b'));
    expect(ctx.overlap('a', 'c')).toBe(0);
  });

  it('is neutral (null overlap, factor 1) for unknown articles or articles with too few names', () => {
    expect(ctx.overlap('a', 'd')).toBeNull();
    expect(ctx.overlap('a', 'zz')).toBeNull();
    expect(ctx.factor('a', 'd')).toBe(1);
    expect(ctx.indexOf('zz')).toBe(-1);
  });

  it('factor by index equals factor by id; no shared name gives the floor factor', () => {
    expect(ctx.factorAt(ctx.indexOf('a'), ctx.indexOf('b'))).toBe(ctx.factor('a', 'b'));
    expect(ctx.factor('a', 'c')).toBeCloseTo(0.4, 12);
    expect(ctx.factor('a', 'b')).toBeGreaterThan(0.4);
  });
});

describe('shingles', () => {
  /** The plain form of the shingle words: separators replaced by spaces, then split. */
  const plain = (text: string): Set<string> => {
    const words = text.toLowerCase().replace(/[’‘]/g, "'").replace(/[^\p{L}\p{N}']+/gu, ' ').split(' ').filter(Boolean);
    const out = new Set<string>();
    for (let i = 0; i + 3 <= words.length; i++) out.add(words.slice(i, i + 3).join(' '));
    return out;
  };
  const texts = [
    'The toll rose to 24, officials said on Monday.',
    '“We won’t stop,” said the mayor’s spokesman — twice.',
    '  Leading and trailing   spaces, tabs\tand\nnew lines  ',
    'İSTANBUL: Çalışanlar 3,5 milyon €; naïve café-owners (AN) said',
    'emoji 🚢 between words and 1.5% rates, 12:30 p.m.',
    '',
    'two words',
  ];
  it.each(texts)('takes the same word runs as splitting at separators: %j', (t) => {
    expect([...shingles(t)]).toEqual([...plain(t)]);
  });
});
