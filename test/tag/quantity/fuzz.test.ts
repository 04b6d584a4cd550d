/**
 * Robustness: on random number-heavy text the quantity taggers never throw, keep every span
 * inside the text with text === slice, never overlap after resolution, and give well-formed
 * intervals (low ≤ high when both are set). Fixed seed, so the run is deterministic.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Quantity } from '../../../src/model.js';
import { claimsOf, contextOf, QUANTITY_TAGGERS } from './harness.js';

const PIECES = [
  '5', '1,234', '3.5', '2019', '290', '-', '–', 'something', '%', 'percent', 'per', 'cent', '$', '£', 'US$', 'million',
  'billion', 'bn', 'm', 'a', 'hundred', 'dozens', 'of', 'the', 'people', 'companies', 'more', 'than', 'about', 'nearly',
  'between', 'and', 'to', 'or', 'third', 'half', 'first', '13th', 'Oct.', 'Mate', 'G', 'one', 'two', '.', ',', '\n',
  'killed', 'days', 'yuan', 'cents', 'at', 'least', 'up', 'from', 'in', 'A.D.', 'percentage', 'points',
];

const textArb = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 40 }).map((ws) => ws.join(' '));

describe('quantity taggers on random text', () => {
  it('keep spans, intervals and non-overlap invariants', () => {
    fc.assert(
      fc.property(textArb, (text) => {
        const claims = ['count', 'money', 'percent', 'ordinal'].flatMap((k) => claimsOf(text, k as 'count'));
        for (const c of claims) {
          expect(text.slice(c.span.start, c.span.end)).toBe(c.text);
          const q = c.value as Quantity;
          if (q.low !== null && q.high !== null) expect(q.low).toBeLessThanOrEqual(q.high);
        }
        const sorted = [...claims].sort((a, b) => a.span.start - b.span.start);
        for (let i = 1; i < sorted.length; i++) expect(sorted[i].span.start).toBeGreaterThanOrEqual(sorted[i - 1].span.end);
      }),
      { seed: 20191009, numRuns: 300 },
    );
  });

  it('handles a long number-dense text quickly', () => {
    const text = Array.from({ length: 4000 }, (_, i) => `${(i % 999) + 1},${String(i % 1000).padStart(3, "0")} people and $${i}m`).join('; ');
    const ctx = contextOf(text);
    const t0 = performance.now();
    const drafts = QUANTITY_TAGGERS.flatMap((t) => t.extract(ctx));
    expect(drafts.filter((d) => d.kind === 'count').length).toBe(4000);
    expect(drafts.filter((d) => d.kind === 'money').length).toBe(4000);
    expect(performance.now() - t0).toBeLessThan(10_000); // ~0.5 ms/KB; generous for loaded CI
  });
});
