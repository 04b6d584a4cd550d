/**
 * Calendar arithmetic on day numbers (days since 1970-01-01, UTC), so that no local time zone or
 * clock ever enters a resolution. A `Period` is an inclusive range of days plus its granularity.
 */
import type { Granularity } from '../../model.js';

const MS_PER_DAY = 86_400_000;

export interface Period {
  start: number;
  end: number;
  granularity: Granularity;
}

/** Day number of a calendar date; month is 1-12 and may overflow (13 = January next year). */
export function dayNumber(year: number, month: number, day: number): number {
  return Math.round(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

export function ymd(dn: number): { year: number; month: number; day: number } {
  const d = new Date(dn * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function isoDate(dn: number): string {
  return new Date(dn * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Day number of a YYYY-MM-DD string (a longer ISO timestamp is cut to its date), or null. */
export function parseIsoDate(iso: string | undefined): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso ?? '');
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return null;
  return dayNumber(y, mo, d);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** 0 = Monday ... 6 = Sunday. 1970-01-01 was a Thursday. */
export function weekdayOf(dn: number): number {
  return (((dn + 3) % 7) + 7) % 7;
}

export function dayPeriod(dn: number): Period {
  return { start: dn, end: dn, granularity: 'day' };
}

/** ISO week (Monday to Sunday) containing the day. */
export function weekPeriod(dn: number): Period {
  const start = dn - weekdayOf(dn);
  return { start, end: start + 6, granularity: 'week' };
}

export function monthPeriod(year: number, month: number): Period {
  const first = dayNumber(year, month, 1);
  const { year: y, month: m } = ymd(first); // normalises month overflow
  return { start: first, end: dayNumber(y, m, daysInMonth(y, m)), granularity: 'month' };
}

/** Several whole months from a first month (which may overflow), e.g. a quarter or a season. */
export function monthsPeriod(year: number, firstMonth: number, count: number, granularity: Granularity): Period {
  const a = monthPeriod(year, firstMonth);
  const b = monthPeriod(year, firstMonth + count - 1);
  return { start: a.start, end: b.end, granularity };
}

export function quarterPeriod(year: number, quarter: number): Period {
  return monthsPeriod(year, (quarter - 1) * 3 + 1, 3, 'quarter');
}

export function yearPeriod(year: number): Period {
  return { start: dayNumber(year, 1, 1), end: dayNumber(year, 12, 31), granularity: 'year' };
}

export function yearsPeriod(first: number, last: number): Period {
  return { start: dayNumber(first, 1, 1), end: dayNumber(last, 12, 31), granularity: 'year' };
}

/** Shift a day by whole months, clamping the day of month ("Mar 31" minus one month = "Feb 28"). */
export function addMonths(dn: number, months: number): number {
  const { year, month, day } = ymd(dn);
  const target = monthPeriod(year, month + months);
  const t = ymd(target.start);
  return dayNumber(t.year, t.month, Math.min(day, daysInMonth(t.year, t.month)));
}

/** Gap in days between a period and a day (0 when the period contains it). */
export function distance(p: Period, dn: number): number {
  if (dn < p.start) return p.start - dn;
  if (dn > p.end) return dn - p.end;
  return 0;
}
