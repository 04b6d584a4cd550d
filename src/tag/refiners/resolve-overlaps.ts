import type { Claim, ClaimKind } from '../../model.js';
import type { Refiner } from '../types.js';

/** Kinds that may contain other claims (a quote holds a number; an attribution holds a name). */
const CONTAINERS: ReadonlySet<ClaimKind> = new Set(['quote', 'attribution']);

/** When two value claims overlap, the earlier kind in this list wins a tie in length. */
const PRIORITY: readonly ClaimKind[] = ['money', 'percent', 'duration', 'date', 'ordinal', 'count'];

const overlaps = (a: Claim, b: Claim) => a.span.start < b.span.end && b.span.start < a.span.end;

/**
 * Value claims (dates, counts, money, ...) must not overlap one another: keep the longer span,
 * and on equal length the kind that comes first in PRIORITY. Identical duplicates are dropped.
 */
export const resolveOverlaps: Refiner = {
  name: 'resolve-overlaps',
  refine(claims) {
    const ranked = [...claims].sort(
      (a, b) =>
        b.span.end - b.span.start - (a.span.end - a.span.start) ||
        PRIORITY.indexOf(a.kind) - PRIORITY.indexOf(b.kind) ||
        a.span.start - b.span.start,
    );
    const kept: Claim[] = [];
    for (const c of ranked) {
      const clash = kept.some((k) =>
        CONTAINERS.has(c.kind) || CONTAINERS.has(k.kind)
          ? k.kind === c.kind && k.span.start === c.span.start && k.span.end === c.span.end
          : overlaps(k, c),
      );
      if (!clash) kept.push(c);
    }
    return kept.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end || a.kind.localeCompare(b.kind));
  },
};
