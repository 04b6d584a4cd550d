import type { Claim, ClaimKind } from '../../model.js';
import type { Refiner } from '../types.js';

/** Kinds that may contain other claims (a quote holds a number; an attribution holds a name). */
const CONTAINERS: ReadonlySet<ClaimKind> = new Set(['quote', 'attribution']);

/** When two value claims overlap, the earlier kind in this list wins a tie in length. */
const PRIORITY: readonly ClaimKind[] = ['money', 'percent', 'duration', 'date', 'ordinal', 'count'];

const overlaps = (a: Claim, b: Claim) => a.span.start < b.span.end && b.span.start < a.span.end;

const byLengthThenPriority = (a: Claim, b: Claim) =>
  b.span.end - b.span.start - (a.span.end - a.span.start) ||
  PRIORITY.indexOf(a.kind) - PRIORITY.indexOf(b.kind) ||
  a.span.start - b.span.start;

/**
 * Value claims (dates, counts, money, ...) must not overlap one another: keep the longer span,
 * and on equal length the kind that comes first in PRIORITY. Identical duplicates are dropped.
 * Value claims never cross a sentence, so the greedy choice runs per sentence (linear overall).
 */
export const resolveOverlaps: Refiner = {
  name: 'resolve-overlaps',
  refine(claims) {
    const kept: Claim[] = [];
    const seen = new Set<string>();
    const bySentence = new Map<number, Claim[]>();
    for (const c of claims) {
      if (CONTAINERS.has(c.kind)) {
        const key = `${c.kind}:${c.span.start}:${c.span.end}`;
        if (!seen.has(key)) {
          seen.add(key);
          kept.push(c);
        }
        continue;
      }
      const list = bySentence.get(c.sentence);
      if (list) list.push(c);
      else bySentence.set(c.sentence, [c]);
    }
    for (const list of bySentence.values()) {
      const chosen: Claim[] = [];
      for (const c of list.sort(byLengthThenPriority)) {
        if (!chosen.some((k) => overlaps(k, c))) chosen.push(c);
      }
      kept.push(...chosen);
    }
    return kept.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end || a.kind.localeCompare(b.kind));
  },
};
