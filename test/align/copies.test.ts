/** findCopies() (shingles kept as numbers) against a plain reading of its rule with shingles() and shingleJaccard(). */
import { describe, expect, it } from 'vitest';
import { COPY_JACCARD, findCopies, shingleJaccard, shingles } from '../../src/align/copies.js';

/** The earlier sentence with the highest shingle Jaccard ≥ COPY_JACCARD (ties: the earliest), or -1. */
function reference(sentences: readonly string[]): number[] {
  const sets = sentences.map(shingles);
  return sets.map((mine, i) => {
    let best = -1;
    let bestScore = 0;
    if (mine.size < 5) return -1;
    for (let j = 0; j < i; j++) {
      if (sets[j].size < 5) continue;
      const s = shingleJaccard(mine, sets[j]);
      if (s >= COPY_JACCARD && s > bestScore) {
        best = j;
        bestScore = s;
      }
    }
    return best;
  });
}

/** Small seeded generator: sentences that are copies, light rewrites or unrelated. */
function rows(seed: number, count: number): string[][] {
  let x = seed;
  const rnd = () => ((x = (Math.imul(x, 1103515245) + 12345) >>> 0) / 2 ** 32);
  const vocab = 'the a port authority said ships were held at Harbor Bridge on Monday after officials closed it for repairs, and “ ’s 40 five'.split(' ');
  const out: string[][] = [];
  for (let r = 0; r < count; r++) {
    const row: string[] = [];
    const n = 2 + Math.floor(rnd() * 8);
    for (let i = 0; i < n; i++) {
      if (row.length && rnd() < 0.5) {
        const words = row[Math.floor(rnd() * row.length)].split(' ');
        const k = Math.floor(rnd() * words.length);
        if (rnd() < 0.7) words[k] = vocab[Math.floor(rnd() * vocab.length)];
        row.push(words.join(' '));
      } else row.push(Array.from({ length: 3 + Math.floor(rnd() * 14) }, () => vocab[Math.floor(rnd() * vocab.length)]).join(' '));
    }
    out.push(row);
  }
  return out;
}

describe('findCopies', () => {
  it('finds the copies the shingle rule gives', () => {
    let copies = 0;
    for (const row of rows(7, 400)) {
      const got = findCopies(row);
      expect(got).toEqual(reference(row));
      copies += got.filter((j) => j >= 0).length;
    }
    expect(copies).toBeGreaterThan(50); // the rows hold copies, not only unrelated sentences
  });

  it('reads the same sentence alike in later calls (cached shingles)', () => {
    const row = ['Officials said the bridge will reopen on Monday after repairs', 'Officials said the bridge will reopen on Monday after the repairs'];
    expect(findCopies(row)).toEqual([-1, 0]);
    expect(findCopies([...row].reverse())).toEqual([-1, 0]);
  });
});
