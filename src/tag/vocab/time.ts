/**
 * Time vocabulary shared by the date and duration taggers: month names, weekdays, seasons,
 * parts of the day and time-unit words. Each list is the single source for the regular
 * expressions built from it, so a spelling added here is recognised everywhere.
 */

import type { Approx } from '../../model.js';

/** Full month names, January = index 0. Case-sensitive in matching: "may"/"march" are not months. */
export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** Abbreviations seen in wire copy (AP style "Aug.", "Sept.") and elsewhere ("Sep", "Aug"), month 1-12. */
export const MONTH_ABBREVIATIONS: Readonly<Record<string, number>> = {
  Jan: 1,
  Feb: 2,
  Mar: 3,
  Apr: 4,
  Jun: 6,
  Jul: 7,
  Aug: 8,
  Sep: 9,
  Sept: 9,
  Oct: 10,
  Nov: 11,
  Dec: 12,
};

/** Months that are also ordinary English words; a bare one needs a dating context ("in May"). */
export const AMBIGUOUS_MONTHS: ReadonlySet<string> = new Set(['May', 'March']);

/** Weekday names, Monday = index 0 (ISO order, so index = days after the week's Monday). */
export const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

/** Parts of the day that may follow a day ("Wednesday morning"); kept as `DateValue.time`. */
export const PARTS_OF_DAY = ['morning', 'afternoon', 'evening', 'night', 'overnight'] as const;

/** Meteorological seasons (northern hemisphere): first month (1-12) and length in months. */
export const SEASONS: Readonly<Record<string, { firstMonth: number; months: number }>> = {
  spring: { firstMonth: 3, months: 3 },
  summer: { firstMonth: 6, months: 3 },
  fall: { firstMonth: 9, months: 3 },
  autumn: { firstMonth: 9, months: 3 },
  winter: { firstMonth: 12, months: 3 },
};

/** Ordinal words for quarters and halves ("the third quarter", "the second half"). */
export const PERIOD_ORDINALS: Readonly<Record<string, number>> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  '1st': 1,
  '2nd': 2,
  '3rd': 3,
  '4th': 4,
};

/** Calendar units a relative date can count in ("last week", "two months ago"). */
export type CalendarUnit = 'day' | 'week' | 'month' | 'quarter' | 'year' | 'decade';

/** Time units of durations, singular (the `Quantity.unit`), with their plural forms. */
export const DURATION_UNITS: Readonly<Record<string, string>> = {
  second: 'second',
  seconds: 'second',
  minute: 'minute',
  minutes: 'minute',
  hour: 'hour',
  hours: 'hour',
  day: 'day',
  days: 'day',
  week: 'week',
  weeks: 'week',
  month: 'month',
  months: 'month',
  year: 'year',
  years: 'year',
  decade: 'decade',
  decades: 'decade',
  century: 'century',
  centuries: 'century',
  fortnight: 'fortnight',
  fortnights: 'fortnight',
};

/** Units stated as a multiple of another ("a fortnight" = 2 weeks), rewritten so values compare. */
export const UNIT_MULTIPLES: Readonly<Record<string, { unit: string; factor: number }>> = {
  fortnight: { unit: 'week', factor: 2 },
};

/** Small cardinal words used in time expressions ("two weeks ago", "nearly three years"). */
export const SMALL_NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  dozen: 12,
};

/**
 * Vague quantity words and the interval we give them (documented choice, not a standard):
 * "a couple of" = 2, "a few" = 2-4, "several" = 3-7.
 */
export const VAGUE_COUNTS: Readonly<Record<string, { low: number; high: number }>> = {
  'a couple of': { low: 2, high: 2 },
  'a few': { low: 2, high: 4 },
  few: { low: 2, high: 4 },
  several: { low: 3, high: 7 },
};

/** Words before a quantity of time that make it an interval ("more than a year" = (1, ∞)). */
export const DURATION_QUALIFIERS: Readonly<Record<string, Approx>> = {
  'more than': 'more-than',
  'longer than': 'more-than',
  'upwards of': 'more-than',
  'in excess of': 'more-than',
  'just over': 'more-than',
  over: 'more-than',
  beyond: 'more-than',
  'less than': 'less-than',
  'fewer than': 'less-than',
  'shorter than': 'less-than',
  'just under': 'less-than',
  under: 'less-than',
  'at least': 'at-least',
  'a minimum of': 'at-least',
  'no less than': 'at-least',
  'no fewer than': 'at-least',
  'at most': 'at-most',
  'up to': 'at-most',
  'no more than': 'at-most',
  'a maximum of': 'at-most',
  'as long as': 'at-most',
  'as many as': 'at-most',
  about: 'about',
  around: 'about',
  roughly: 'about',
  approximately: 'about',
  nearly: 'about',
  almost: 'about',
  some: 'about',
  'close to': 'about',
  'an estimated': 'about',
};

/** "about"-qualifiers that bound the quantity from above ("nearly six hours" = [5.4, 6]), like counts. */
export const NEARLY_QUALIFIERS: ReadonlySet<string> = new Set(['nearly', 'almost', 'close to']);

/** Regex alternation of the keys of a word list, longest first so that "Sept" beats "Sep". */
export function alternation(words: Iterable<string>): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');
}

/** Like `alternation`, but a space in a phrase matches any run of whitespace ("more  than"). */
export function phraseAlternation(phrases: Iterable<string>): string {
  return alternation(phrases).replace(/ /g, '\\s+');
}

/** Month number (1-12) of a full name or abbreviation (with or without its period), else 0. */
export function monthNumber(word: string): number {
  const w = word.replace(/\.$/, '');
  const full = MONTH_NAMES.indexOf(w as (typeof MONTH_NAMES)[number]);
  if (full >= 0) return full + 1;
  return MONTH_ABBREVIATIONS[w] ?? 0;
}
