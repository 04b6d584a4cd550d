/**
 * What the date grammar files share: the matcher shape, the regular-expression pieces built from
 * the time vocabulary, how an underspecified date picks its year, and how "early/mid/late" narrow
 * a period.
 */
import type { DateValue } from '../../model.js';
import { AMBIGUOUS_MONTHS, MONTH_ABBREVIATIONS, MONTH_NAMES, WEEKDAY_NAMES, alternation } from '../vocab/time.js';
import { type Period, distance, isoDate, ymd } from './calendar.js';
import { type Direction, directionBefore } from './tense.js';

/** One sentence being read, with the publication day relative dates resolve against. */
export interface DateEnv {
  sentence: string;
  /** Publication date as a day number; null = relative dates cannot be resolved. */
  published: number | null;
}

/** A date found in a sentence; offsets are into the sentence. */
export interface DateHit {
  start: number;
  end: number;
  value: DateValue | null;
  reason?: string;
}

/** A named pattern plus the function that turns one match into a hit (or rejects it). */
export interface DateMatcher {
  name: string;
  pattern: RegExp;
  build(m: RegExpExecArray, env: DateEnv): DateHit | null;
}

/** Why a relative date has no value when the article has no publication date. */
export const NO_ANCHOR_REASON = 'relative date: the article has no publication date to resolve it against';
/** Why a date written without its year ("August 19", "in March") has no value when the article has no publication date. */
export const NO_YEAR_REASON = 'no year: the date is written without one and the article has no publication date to infer it from';

/** A future candidate wins over the past one only when it is this much closer (news speaks of the past). */
const PAST_BIAS = 0.5;

// ---- regular-expression pieces --------------------------------------------------------------

/** Full month names (case-sensitive, so "may" and "march" never match). */
export const MONTH_FULL = `(?:${alternation(MONTH_NAMES)})`;
/** Abbreviated month, optionally with its period; never followed by more letters. */
export const MONTH_ABBR = `(?:(?:${alternation(Object.keys(MONTH_ABBREVIATIONS))})\\.?(?![A-Za-z]))`;
export const MONTH_ANY = `(?:${MONTH_FULL}(?![A-Za-z])|${MONTH_ABBR})`;
/** Day of month 1-31 with an optional ordinal suffix, not part of a longer number. */
export const DAY = `(?:3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)?(?![\\d%A-Za-z]|[.,]\\d)`;
/** A four-digit year 1500-2099, not part of a longer number. */
export const YEAR = `(?:1[5-9]\\d\\d|20\\d\\d)(?![\\d%]|[.,]\\d)`;
export const WEEKDAY = `(?:${alternation(WEEKDAY_NAMES)})`;
/** Narrowing modifiers before a period ("mid-May", "late last year", "the end of 2019"). */
export const MOD = `(?:(?<mod>early|mid|late|Early|Mid|Late|(?:[Tt]he\\s+)?(?:start|beginning|middle|end)\\s+of)(?:\\s+|-))`;
/** Range connectors between two dates of the same kind. */
export const RANGE_SEP = `(?:\\s*[-–]\\s*|\\s+(?:to|through|until|till|thru)\\s+)`;
/** A start position not inside a number, a word, a price or a code ("555-2019", "$2019"). */
export const NUM_START = `(?<![\\w$€£¥#.,/@-])`;

export function isAmbiguousMonth(word: string): boolean {
  return AMBIGUOUS_MONTHS.has(word.replace(/\.$/, ''));
}

// ---- looking around a match -------------------------------------------------------------------

const PREV_WORD = /([A-Za-z][A-Za-z'.]*)[^A-Za-z0-9]*$/;
const NEXT_WORD = /^[^A-Za-z0-9]*([A-Za-z0-9][A-Za-z'-]*)/;

/** The word just before offset (as written), or '' at the start of the sentence. */
export function prevWord(sentence: string, offset: number): string {
  const m = PREV_WORD.exec(sentence.slice(Math.max(0, offset - 40), offset));
  return m ? m[1] : '';
}

/** The word just after offset (as written), or ''. */
export function nextWord(sentence: string, offset: number): string {
  const m = NEXT_WORD.exec(sentence.slice(offset, offset + 40));
  return m ? m[1] : '';
}

/** True when only spaces and opening punctuation stand before offset (sentence start). */
export function atSentenceStart(sentence: string, offset: number): boolean {
  return /^[\s"“‘'([]*$/.test(sentence.slice(0, offset));
}

/** Day number of a ISO-ish value start/end, for output. */
export function toValue(p: Period, relative: boolean, extra: { inferred?: string[]; time?: string } = {}): DateValue {
  const v: DateValue = { start: isoDate(p.start), end: isoDate(p.end), granularity: p.granularity, relative };
  if (extra.inferred && extra.inferred.length > 0) v.inferred = extra.inferred;
  if (extra.time) v.time = extra.time;
  return v;
}

/** A hit that needs the publication date: resolved when there is one, else a null value with a reason. */
export function relativeHit(
  m: RegExpExecArray,
  env: DateEnv,
  resolve: (published: number, dir: Direction) => Period | null,
  extra: { inferred?: string[]; time?: string } = {},
): DateHit | null {
  const start = m.index;
  const end = m.index + m[0].length;
  if (env.published === null) {
    // "August 19": only the year is missing, so the date is not relative, just incomplete
    const yearOnly = extra.inferred?.length === 1 && extra.inferred[0] === 'year';
    return { start, end, value: null, reason: yearOnly ? NO_YEAR_REASON : NO_ANCHOR_REASON };
  }
  const period = resolve(env.published, directionBefore(env.sentence, start, end));
  if (!period) return null;
  return { start, end, value: toValue(period, true, extra) };
}

export function absoluteHit(m: RegExpExecArray, period: Period, extra: { time?: string } = {}): DateHit {
  return { start: m.index, end: m.index + m[0].length, value: toValue(period, false, extra) };
}

/**
 * Pick one of the candidate periods (sorted by start) of an underspecified date: the latest one
 * begun by the publication day when pointing back, the first one not yet over when pointing
 * forward, and with no cue the nearest, with the past preferred unless the future is much closer.
 */
export function choosePeriod(candidates: Period[], published: number, dir: Direction): Period {
  const past = [...candidates].reverse().find((p) => p.start <= published) ?? candidates[0];
  const future = candidates.find((p) => p.end >= published) ?? candidates[candidates.length - 1];
  if (dir === 'past') return past;
  if (dir === 'future') return future;
  if (distance(past, published) === 0) return past;
  const next = candidates.find((p) => p.start > published);
  if (next && distance(next, published) < PAST_BIAS * distance(past, published)) return next;
  return past;
}

/** The years to try for a date stated without its year. */
export function yearsAround(published: number): number[] {
  const y = ymd(published).year;
  return [y - 1, y, y + 1];
}

// ---- early / mid / late ---------------------------------------------------------------------

export type Part = 'early' | 'mid' | 'late';

/** Map a matched modifier ("the end of", "mid", "Late") to its part of the period. */
export function partOf(mod: string | undefined): Part | null {
  if (!mod) return null;
  const m = mod.toLowerCase();
  if (m.includes('start') || m.includes('beginning') || m === 'early') return 'early';
  if (m.includes('middle') || m === 'mid') return 'mid';
  if (m.includes('end') || m === 'late') return 'late';
  return null;
}

/** Split n sub-units into early / mid / late thirds (a year: 4 + 4 + 4 months; a decade: 3 + 4 + 3 years). */
function thirds(n: number, part: Part): [number, number] {
  const a = Math.round(n / 3);
  const b = Math.round((2 * n) / 3);
  if (part === 'early') return [0, a - 1];
  if (part === 'mid') return [a, b - 1];
  return [b, n - 1];
}

/**
 * Narrow a period to its early, middle or late part, keeping its granularity: a month splits
 * into days 1-10 / 11-20 / 21-end, a year into Jan-Apr / May-Aug / Sep-Dec, a quarter or season
 * into its months, a week or a range of days into thirds of its days, several years into thirds.
 */
export function narrow(p: Period, part: Part): Period {
  const a = ymd(p.start);
  const b = ymd(p.end);
  if (p.granularity === 'month' && a.month === b.month && a.year === b.year) {
    const [from, to] = part === 'early' ? [1, 10] : part === 'mid' ? [11, 20] : [21, b.day];
    return { ...p, start: p.start + from - 1, end: part === 'late' ? p.end : p.start + to - 1 };
  }
  const months = (b.year - a.year) * 12 + (b.month - a.month) + 1;
  if (p.granularity === 'week' || p.granularity === 'day' || months < 2) {
    const [from, to] = thirds(p.end - p.start + 1, part);
    return { ...p, start: p.start + from, end: p.start + to };
  }
  if (months > 12 && a.month === 1 && b.month === 12) {
    const [from, to] = thirds(b.year - a.year + 1, part);
    return { ...p, start: Date.UTC(a.year + from, 0, 1) / 86_400_000, end: Date.UTC(a.year + to, 11, 31) / 86_400_000 };
  }
  const [from, to] = thirds(months, part);
  const start = Date.UTC(a.year, a.month - 1 + from, 1) / 86_400_000;
  const end = Date.UTC(a.year, a.month + to, 0) / 86_400_000;
  return { ...p, start, end };
}

/** Apply an optional modifier group to a resolved period. */
export function withMod(p: Period, mod: string | undefined): Period {
  const part = partOf(mod);
  return part ? narrow(p, part) : p;
}
