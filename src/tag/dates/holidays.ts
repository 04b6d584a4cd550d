/**
 * Named days: "Christmas", "Thanksgiving", "Labor Day", "Black Friday". The year comes from the
 * publication date and the tense, like a bare month ("on Christmas Eve" in a January article is
 * the one just past). "Christmas 2018" states its year.
 */
import { HOLIDAYS, type HolidayRule } from '../vocab/holidays.js';
import { alternation } from '../vocab/time.js';
import { type Period, dayNumber, dayPeriod, daysInMonth, weekdayOf } from './calendar.js';
import { type DateEnv, type DateHit, type DateMatcher, YEAR, absoluteHit, choosePeriod, relativeHit, yearsAround } from './common.js';

const HOLIDAY = new RegExp(`(?<![A-Za-z])(?<name>${alternation(Object.keys(HOLIDAYS))})(?![A-Za-z])(?:,?\\s+(?<y>${YEAR}))?`, 'g');

/** Words after a holiday name that make it a season or a thing, not a day ("Christmas shopping season"). */
const NOT_A_DAY_AFTER =
  /^\s+(?:season|holidays?|period|weekend|week|trees?|cards?|parades?|party|parties|carols?|sales|shopping|spirit|break|rush|travel|celebrations?|festivities|speech|address|message|dinner|lunch|feast|special)\b/;

export function holidayDay(rule: HolidayRule, year: number): number {
  if (rule.kind === 'fixed') return dayNumber(year, rule.month, rule.day);
  let dn: number;
  if (rule.n > 0) {
    const first = dayNumber(year, rule.month, 1);
    dn = first + ((rule.weekday - weekdayOf(first) + 7) % 7) + 7 * (rule.n - 1);
  } else {
    const last = dayNumber(year, rule.month, daysInMonth(year, rule.month));
    dn = last - ((weekdayOf(last) - rule.weekday + 7) % 7);
  }
  return dn + (rule.offsetDays ?? 0);
}

function buildHoliday(m: RegExpExecArray, env: DateEnv): DateHit | null {
  const g = m.groups ?? {};
  if (NOT_A_DAY_AFTER.test(env.sentence.slice(m.index + m[0].length))) return null;
  const rule = HOLIDAYS[g.name];
  if (g.y) return absoluteHit(m, dayPeriod(holidayDay(rule, Number(g.y))));
  return relativeHit(
    m,
    env,
    (pub, dir) => choosePeriod(yearsAround(pub).map((y): Period => dayPeriod(holidayDay(rule, y))), pub, dir),
    { inferred: ['year'] },
  );
}

export const holidayMatchers: readonly DateMatcher[] = [{ name: 'holiday', pattern: HOLIDAY, build: buildHoliday }];
