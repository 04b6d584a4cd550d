/**
 * Value comparison: quantities, durations and dates become intervals; two values agree when
 * their intervals overlap, conflict when they are disjoint. A set of intervals is conflict-free
 * exactly when it has a common point (pairwise overlap ⇔ common intersection in one dimension),
 * so a row is checked in O(n), never pairwise.
 */
import type { DateValue, Granularity, Quantity } from '../model.js';
import { GRANULARITY_ORDER, TIME_UNIT_DAYS } from './vocab.js';

/** "about 100" covers ±10 %: a hedge, not a measurement. */
const ABOUT_TOLERANCE = 0.1;
/** Share of the last stated digit's place a scaled number covers ("$11 billion" ±0.3 billion: 11.2 agrees, 11.5 and 10.5 do not). */
const ROUNDING_SHARE = 0.3;
/** Relative slack for float equality after unit conversion (15 months vs 456.55 days). */
const EPSILON = 1e-9;
/** Scale words: "$11 billion" is stated to the nearest half billion, not to the dollar. */
const SCALE_RE = /\b(thousand|million|billion|trillion|bn|mn|m|k)\b/i;
/** The written number before a scale word ("11.2" in "$11.2 billion"). */
const MANTISSA_RE = /(\d+(?:[.,]\d+)?)\s*(?:thousand|million|billion|trillion|bn|mn|m|k)\b/i;

export interface Interval {
  lo: number;
  hi: number;
  loOpen: boolean;
  hiOpen: boolean;
}

/** The interval of a quantity in its own unit (durations: in days); null when unbounded both ways. */
export function quantityInterval(q: Quantity, text = ''): Interval | null {
  if (q.low === null && q.high === null) return null;
  const factor = TIME_UNIT_DAYS.get(q.unit) ?? 1;
  let lo = q.low === null ? -Infinity : q.low * factor;
  let hi = q.high === null ? Infinity : q.high * factor;
  if (lo > hi) [lo, hi] = [hi, lo];
  if (q.approx === 'about' && lo === hi) {
    const d = Math.abs(lo) * ABOUT_TOLERANCE;
    return { lo: lo - d, hi: hi + d, loOpen: false, hiOpen: false };
  }
  if (q.approx === 'exact' && lo === hi && Number.isFinite(lo)) {
    const half = statedPrecision(text, lo);
    return { lo: lo - half, hi: hi + half, loOpen: false, hiOpen: half > 0 };
  }
  return { lo, hi, loOpen: q.approx === 'more-than', hiOpen: q.approx === 'less-than' };
}

/** Rounding slack when a scale word is used ("11 billion" → 0.3e9), else 0. */
function statedPrecision(text: string, value: number): number {
  if (!SCALE_RE.test(text)) return 0;
  const m = MANTISSA_RE.exec(text);
  if (!m) return 0;
  const mantissa = m[1].replace(',', '.');
  const mant = Number(mantissa);
  if (!mant) return 0;
  const decimals = mantissa.includes('.') ? mantissa.split('.')[1].length : 0;
  const scale = value / mant;
  return ROUNDING_SHARE * 10 ** -decimals * scale;
}

/** Common part of intervals; null when they do not all overlap. */
export function intersectAll(intervals: readonly Interval[]): Interval | null {
  if (intervals.length === 0) return null;
  const cur = { ...intervals[0] };
  for (let i = 1; i < intervals.length; i++) {
    const x = intervals[i];
    if (close(x.lo, cur.lo)) cur.loOpen ||= x.loOpen;
    else if (x.lo > cur.lo) Object.assign(cur, { lo: x.lo, loOpen: x.loOpen });
    if (close(x.hi, cur.hi)) cur.hiOpen ||= x.hiOpen;
    else if (x.hi < cur.hi) Object.assign(cur, { hi: x.hi, hiOpen: x.hiOpen });
    if (close(cur.lo, cur.hi) ? cur.loOpen || cur.hiOpen : cur.lo > cur.hi) return null;
  }
  return cur;
}

/** Whether two intervals share a point: intersectAll([a, b]) !== null, without allocating. */
export function intervalsOverlap(a: Interval, b: Interval): boolean {
  let lo = a.lo;
  let loOpen = a.loOpen;
  if (close(b.lo, lo)) loOpen ||= b.loOpen;
  else if (b.lo > lo) {
    lo = b.lo;
    loOpen = b.loOpen;
  }
  let hi = a.hi;
  let hiOpen = a.hiOpen;
  if (close(b.hi, hi)) hiOpen ||= b.hiOpen;
  else if (b.hi < hi) {
    hi = b.hi;
    hiOpen = b.hiOpen;
  }
  return close(lo, hi) ? !(loOpen || hiOpen) : !(lo > hi);
}

function close(a: number, b: number): boolean {
  if (a === b) return true;
  if (!Number.isFinite(a) || !Number.isFinite(b)) return false;
  return Math.abs(a - b) <= EPSILON * Math.max(1, Math.abs(a), Math.abs(b));
}

export function sameInterval(a: Interval, b: Interval): boolean {
  return close(a.lo, b.lo) && close(a.hi, b.hi) && a.loOpen === b.loOpen && a.hiOpen === b.hiOpen;
}

/** Two quantities overlap (agree). */
export function quantitiesAgree(a: Quantity, b: Quantity, textA = '', textB = ''): boolean {
  const ia = quantityInterval(a, textA);
  const ib = quantityInterval(b, textB);
  return !ia || !ib || intersectAll([ia, ib]) !== null;
}

// ---- dates ---------------------------------------------------------------------------------

const DAY_MS = 86_400_000;

function dayNumber(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return Date.UTC(y, (m || 1) - 1, d || 1) / DAY_MS;
}

function isoOf(day: number): [number, number, number] {
  const d = new Date(day * DAY_MS);
  return [d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()];
}

/** First day of the bucket (at granularity g) that holds `day`. */
function bucketStart(day: number, g: Granularity): number {
  const [y, m] = isoOf(day);
  switch (g) {
    case 'day':
      return day;
    case 'week':
      return day - ((new Date(day * DAY_MS).getUTCDay() + 6) % 7); // ISO weeks start on Monday
    case 'month':
      return Date.UTC(y, m, 1) / DAY_MS;
    case 'quarter':
      return Date.UTC(y, m - (m % 3), 1) / DAY_MS;
    case 'year':
      return Date.UTC(y, 0, 1) / DAY_MS;
  }
}

/** Last day of the bucket that holds `day`. */
function bucketEnd(day: number, g: Granularity): number {
  const [y, m] = isoOf(day);
  switch (g) {
    case 'day':
      return day;
    case 'week':
      return bucketStart(day, 'week') + 6;
    case 'month':
      return Date.UTC(y, m + 1, 1) / DAY_MS - 1;
    case 'quarter':
      return Date.UTC(y, m - (m % 3) + 3, 1) / DAY_MS - 1;
    case 'year':
      return Date.UTC(y + 1, 0, 1) / DAY_MS - 1;
  }
}

export function granularityRank(g: Granularity): number {
  return GRANULARITY_ORDER.indexOf(g);
}

/** A date widened to whole buckets of granularity g (closed interval of day numbers). */
export function dateInterval(d: DateValue, g: Granularity): Interval {
  return {
    lo: bucketStart(dayNumber(d.start), g),
    hi: bucketEnd(dayNumber(d.end), g),
    loOpen: false,
    hiOpen: false,
  };
}

/**
 * Dates agree pairwise when they overlap at the coarser of their two granularities. A set is
 * conflict-free when, for every granularity g, the dates at g or finer overlap once widened to g
 * (a disjoint pair is found at the coarser of its two granularities, and widening never hides an
 * overlap): five passes over the set instead of all pairs.
 */
export function datesConsistent(dates: readonly DateValue[]): boolean {
  for (const g of GRANULARITY_ORDER) {
    const r = granularityRank(g);
    const at = dates.filter((d) => granularityRank(d.granularity) <= r);
    if (at.length > 1 && intersectAll(at.map((d) => dateInterval(d, g))) === null) return false;
  }
  return true;
}

/** True when all dates name the same bucket at the same granularity. */
export function datesIdentical(dates: readonly DateValue[]): boolean {
  return dates.every((d) => d.start === dates[0].start && d.end === dates[0].end && d.granularity === dates[0].granularity);
}
