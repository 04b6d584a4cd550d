/**
 * Approximators ("more than", "nearly", "at least", "or more") and how they turn a number
 * into an interval. The scheme (documented in docs of the tag stage and in the tests):
 *   exact N          → [N, N]
 *   about N          → [N − 10%, N + 10%]          ("about", "around", "roughly", "some", "N or so")
 *   nearly N         → [N − 10%, N], approx about  ("nearly", "almost", "close to")
 *   more than N      → (N, ∞)                      ("over", "above", "upwards of")
 *   at least N       → [N, ∞)                      ("no fewer than", "N or more", "N-plus")
 *   less than N      → (−∞, N)                     ("fewer than", "under", "below")
 *   at most N        → (−∞, N]                     ("up to", "as many as", "no more than")
 *   between A and B  → [A, B], approx range        ("A to B", "A-B", "A or B")
 */
import type { Approx } from '../../model.js';
import { ABOUT_TOLERANCE, PREFIX_APPROXIMATORS } from '../vocab/numbers.js';
import { clean, matchWords, type NumberPhrase } from './number.js';
import type { Token } from './tokens.js';

export type ApproxWord = Approx | 'nearly';

/** Prefix phrases grouped by their first word, longest first, so a match is one map lookup. */
const PREFIXES_BY_FIRST: ReadonlyMap<string, readonly (readonly [string[], ApproxWord])[]> = (() => {
  const m = new Map<string, [string[], ApproxWord][]>();
  for (const [phrase, kind] of PREFIX_APPROXIMATORS) {
    const words = phrase.split(' ');
    const list = m.get(words[0]) ?? [];
    list.push([words, kind]);
    m.set(words[0], list);
  }
  for (const list of m.values()) list.sort((a, b) => b[0].length - a[0].length);
  return m;
})();

/** Suffix phrases after the number ("130 or more", "50 or so", "10 or fewer"). */
const SUFFIXES: readonly (readonly [string[], ApproxWord])[] = [
  [['or', 'more'], 'at-least'],
  [['or', 'so'], 'about'],
  [['or', 'fewer'], 'at-most'],
  [['or', 'less'], 'at-most'],
  [['and', 'up'], 'at-least'],
];

/**
 * Verbs whose particle "up" makes "up to N" a total or a new level, not a bound: "the requests
 * add up to $4.1 million" (a sum), "the rate went up to 5%" (a value).
 */
const PHRASAL_UP_VERBS: ReadonlySet<string> = new Set([
  'add', 'adds', 'added', 'adding', 'sum', 'sums', 'summed', 'summing', 'total', 'totals', 'totaled', 'totalled',
  'go', 'goes', 'went', 'gone', 'going', 'move', 'moves', 'moved', 'moving', 'step', 'steps', 'stepped',
  'ramp', 'ramps', 'ramped', 'bump', 'bumps', 'bumped', 'shot', 'jumped', 'climbed', 'crept', 'creeping',
  // verbs of a level moving: "edged up to 3.9%" is a new level, not "at most 3.9%"
  ...['edge', 'tick', 'inch', 'climb', 'jump', 'push', 'revise', 'scale', 'ratchet', 'drift', 'trend', 'mark', 'round', 'creep', 'shoot', 'rise', 'drive', 'bid'].flatMap(
    (v) => [v, v + 's', v.endsWith('e') ? v + 'd' : v + 'ed', (v.endsWith('e') ? v.slice(0, -1) : v) + 'ing'],
  ),
  'rose', 'risen', 'drove', 'driven', 'bidding', 'shooting',
]);

export interface ApproxMatch {
  kind: ApproxWord;
  next: number;
}

export function prefixApproxAt(tokens: readonly Token[], i: number): ApproxMatch | null {
  const t = tokens[i];
  if (!t) return null;
  const list = PREFIXES_BY_FIRST.get(t.lower);
  if (!list) return null;
  if (t.lower === 'up' && PHRASAL_UP_VERBS.has(tokens[i - 1]?.lower ?? '')) return null;
  for (const [words, kind] of list) {
    const next = matchWords(tokens, i, words);
    if (next >= 0) return { kind, next };
  }
  return null;
}

export function suffixApproxAt(tokens: readonly Token[], i: number): ApproxMatch | null {
  for (const [words, kind] of SUFFIXES) {
    const next = matchWords(tokens, i, words);
    if (next >= 0) return { kind, next };
  }
  return null;
}

export interface Interval {
  low: number | null;
  high: number | null;
  approx: Approx;
}

/** The interval a (possibly approximated) single number phrase stands for. */
export function intervalOf(n: Pick<NumberPhrase, 'low' | 'high' | 'approx'>, kind: ApproxWord | null): Interval {
  const v = n.low;
  const top = n.high ?? n.low;
  switch (kind) {
    case null:
    case 'exact':
      return { low: n.low, high: n.high, approx: n.approx };
    case 'more-than':
      return { low: v, high: null, approx: 'more-than' };
    case 'at-least':
      return { low: v, high: null, approx: 'at-least' };
    case 'less-than':
      return { low: null, high: v, approx: 'less-than' };
    case 'at-most':
      return { low: null, high: top, approx: 'at-most' };
    case 'nearly':
      return { low: clean(v * (1 - ABOUT_TOLERANCE)), high: v, approx: 'about' };
    case 'about':
      if (n.high !== n.low) return { low: n.low, high: n.high, approx: 'about' };
      return { low: clean(v * (1 - ABOUT_TOLERANCE)), high: clean(v * (1 + ABOUT_TOLERANCE)), approx: 'about' };
    case 'range':
      return { low: n.low, high: n.high, approx: 'range' };
  }
}

/** Scales every bound (cents → dollars, "a third" → percent). */
export function scaleInterval(iv: Interval, factor: number): Interval {
  return {
    low: iv.low === null ? null : clean(iv.low * factor),
    high: iv.high === null ? null : clean(iv.high * factor),
    approx: iv.approx,
  };
}
