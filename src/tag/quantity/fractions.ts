/**
 * Fractions of a whole, read as percentages so they compare with "33%":
 * "a third of" → 33.33 percent, "two-thirds of" → 66.67, "half of" → 50,
 * "one in five" → 20, "three out of four" → 75. Approximators apply ("more than half").
 * The word "of" (or "in"/"out of") is required: "a third round" is an ordinal, "half an hour"
 * a duration, and "the first half of 2019" (after an ordinal or "the") a date.
 */
import { FRACTION_WORDS, NUMBER_WORDS } from '../vocab/numbers.js';
import { intervalOf, prefixApproxAt, type Interval } from './approx.js';
import { parseNumeral } from './number.js';
import type { Token } from './tokens.js';

/** Percent values are rounded to two decimals (a third → 33.33). */
const PERCENT_DECIMALS = 100;
/** Words before a fraction that make it a period or a name ("the first half", "the third"). */
const NOT_FRACTION_BEFORE: ReadonlySet<string> = new Set([
  'the', 'first', 'second', 'third', 'fourth', 'final', 'last', 'latter', 'former', 'other', 'this', 'that', 'its',
]);
/** After "of": a time amount ("a quarter of an hour", "half of the year") is a duration. */
const TIME_AFTER_OF_RE = /^(?:an? (?:hour|day|week|month|year|century|decade|minute|second|season)|the (?:year|season|month|week|day|decade|century))$/;

/** Determiners that may follow "half" without "of" ("half its value", "half the staff"). */
const HALF_DETERMINERS: ReadonlySet<string> = new Set(['its', 'their', 'the', 'his', 'her', 'our', 'all', 'them']);

/** Words after "half" that make it part of a number or a time ("half a million", "half past"). */
const NOT_BARE_HALF_AFTER: ReadonlySet<string> = new Set([
  'a', 'an', 'past', 'point', 'points', 'percent', 'dozen', 'hour', 'hours', 'day', 'days', 'year', 'years',
  'time', 'way', 'million', 'billion', 'trillion', 'hundred', 'thousand',
]);

/** "nearly half said", "about half were women": after an approximator "half" stands alone. */
const bareHalf = (t: Token | undefined) =>
  t === undefined || (t.kind === 'punct' ? t.text !== '-' : t.kind === 'word' && !NOT_BARE_HALF_AFTER.has(t.lower));

/** Words that may follow a bare fraction ("fell by a third during ...", "a third in May"). */
const FRACTION_FOLLOWERS: ReadonlySet<string> = new Set([
  'during', 'in', 'since', 'from', 'over', 'last', 'this', 'year', 'on', 'after', 'before', 'to', 'and', 'or', 'but', 'as', 'while', 'when', 'compared', 'versus', 'at',
]);

export interface Fraction {
  first: number;
  end: number;
  interval: Interval;
}

const numeratorOf = (t: Token | undefined): number | null => {
  if (!t) return null;
  if (t.kind === 'num') return parseNumeral(t.text);
  if (t.lower === 'a' || t.lower === 'an') return 1;
  return NUMBER_WORDS.get(t.lower) ?? null;
};

/** A word after "a third" that makes it an ordinal ("by a third round"): a lower-case noun-like word. */
const startsUnit = (t: Token | undefined) =>
  t !== undefined && t.kind === 'word' && t.gap && /^[a-z]+$/.test(t.text) && !FRACTION_FOLLOWERS.has(t.lower);

/** Comparatives a fraction measures ("a third less cod", "a fifth more", "a quarter higher"). */
const COMPARATIVES: ReadonlySet<string> = new Set([
  'less', 'more', 'fewer', 'lower', 'higher', 'smaller', 'larger', 'bigger', 'cheaper', 'dearer', 'greater', 'faster', 'slower', 'longer', 'shorter', 'heavier', 'lighter', 'above', 'below',
]);
/** A comparative after the fraction, not glued to a hyphen ("a third less-known candidate" is an ordinal). */
export const comparative = (tokens: readonly Token[], k: number) =>
  COMPARATIVES.has(tokens[k]?.lower ?? '') && tokens[k].gap && !(tokens[k + 1]?.text === '-' && !tokens[k + 1].gap);

const roundPct = (x: number) => Math.round(x * 100 * PERCENT_DECIMALS) / PERCENT_DECIMALS;

/** The fraction starting at token i (after an optional approximator), or null. */
export function fractionAt(tokens: readonly Token[], i: number): Fraction | null {
  let j = i;
  const pre = prefixApproxAt(tokens, j);
  if (pre) j = pre.next;
  if (NOT_FRACTION_BEFORE.has(tokens[j - 1]?.lower ?? '') && !pre) return null;
  let value: number | null = null;
  let end = j;
  const t = tokens[j];
  if (!t) return null;
  if (t.lower === 'half' && (tokens[j + 1]?.lower === 'of' || HALF_DETERMINERS.has(tokens[j + 1]?.lower ?? '') || (pre !== null && bareHalf(tokens[j + 1])))) {
    value = 0.5; // "half of", "half its value", "half the staff", "nearly half said"
    end = j + 1;
  } else {
    const num = numeratorOf(t);
    if (num === null) return null;
    let k = j + 1;
    if (tokens[k]?.text === '-' && !tokens[k].gap) k++; // "two-thirds"
    const den = FRACTION_WORDS.get(tokens[k]?.lower ?? '');
    // "a third of", "two-thirds of"; a hyphenated plural needs no "of" ("a two-thirds majority")
    const hyphenated = k === j + 2 && num > 1;
    // "fell by nearly a third", "cut by a quarter": after an approximator or "by", no "of" needed
    const byOrApprox = pre !== null || tokens[j - 1]?.lower === 'by';
    if (den !== undefined && (tokens[k + 1]?.lower === 'of' || hyphenated || (byOrApprox && !startsUnit(tokens[k + 1])) || comparative(tokens, k + 1)) && (num === 1) === !tokens[k].lower.endsWith('s')) {
      value = num / den;
      end = k + 1;
    } else if (t.kind !== 'num' || !t.text.includes('.')) {
      // "one in five", "three out of four"
      let m = j + 1;
      if (tokens[m]?.lower === 'in') m += tokens[m + 1]?.lower === 'every' ? 2 : 1;
      else if (tokens[m]?.lower === 'out' && tokens[m + 1]?.lower === 'of') m += 2;
      else return null;
      const d = numeratorOf(tokens[m]);
      if (d === null || tokens[m].lower === 'a' || d <= num || d > 1000) return null;
      value = num / d;
      end = m + 1;
    }
  }
  if (value === null || value <= 0 || value > 1) return null;
  const ofPhrase = `${tokens[end + 1]?.lower ?? ''} ${tokens[end + 2]?.lower ?? ''}`;
  if (tokens[end]?.lower === 'of' && TIME_AFTER_OF_RE.test(ofPhrase)) return null;
  const pct = roundPct(value);
  return { first: i, end, interval: intervalOf({ low: pct, high: pct, approx: 'exact' }, pre?.kind ?? null) };
}

/** Fractions start on one of these words (or a digit), so most tokens are skipped at once. */
const FRACTION_STARTS_RE = /^(?:\d+|a|an|half|one|two|three|four|five|six|seven|eight|nine|ten|more|over|nearly|almost|about|around|roughly|some|less|fewer|under|at|just|close|well|up|only)$/;

let cachedTokens: readonly Token[] | undefined;
let cachedFractions: Fraction[] = [];

/** Every fraction in the token list, left to right (cached per token list). */
export function scanFractions(tokens: readonly Token[]): readonly Fraction[] {
  if (tokens === cachedTokens) return cachedFractions;
  const out: Fraction[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!FRACTION_STARTS_RE.test(tokens[i].lower)) continue;
    const f = fractionAt(tokens, i);
    if (!f) continue;
    out.push(f);
    i = f.end - 1;
  }
  cachedTokens = tokens;
  cachedFractions = out;
  return out;
}
