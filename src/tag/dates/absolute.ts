/**
 * Calendar dates as written: "Oct. 9, 2019", "August 19", "9 October", "Oct. 1-3",
 * "June 14 to July 15", "May 2019", "May to July", "2018", "2015 to 2018", "2018-19", "the 1990s",
 * "2019-10-09", "10/9/2019". A date without its year takes the year from the publication date
 * (`inferred: ['year']`, `relative: true`).
 */
import { WEEKDAY_NAMES, monthNumber } from '../vocab/time.js';
import {
  type Period,
  dayNumber,
  dayPeriod,
  daysInMonth,
  monthPeriod,
  monthsPeriod,
  weekdayOf,
  yearPeriod,
  yearsPeriod,
} from './calendar.js';
import {
  DAY,
  type DateEnv,
  type DateHit,
  type DateMatcher,
  MOD,
  MONTH_ANY,
  MONTH_FULL,
  NUM_START,
  RANGE_SEP,
  WEEKDAY,
  YEAR,
  absoluteHit,
  atSentenceStart,
  choosePeriod,
  isAmbiguousMonth,
  nextWord,
  prevWord,
  relativeHit,
  withMod,
  yearsAround,
} from './common.js';

/** "Tuesday, Oct. 8, 2019" / "Aug. 19" / "Oct. 1-3" / "June 14 to July 15" (one pattern, the longest form wins). */
const MONTH_DAY = new RegExp(
  `(?:(?<wd>${WEEKDAY}),?\\s+)?(?<m1>${MONTH_ANY})\\s*(?<d1>${DAY})` +
    `(?:${RANGE_SEP}(?:(?<m2>${MONTH_ANY})\\s*)?(?<d2>${DAY}))?(?:,?\\s+(?<y>${YEAR}))?`,
  'g',
);

/** "19 August 2019", "the 19th of August", "Monday 5 August". */
const DAY_MONTH = new RegExp(`(?:(?<wd>${WEEKDAY}),?\\s+(?:the\\s+)?)?${NUM_START}(?<d>${DAY})\\s+(?:of\\s+)?(?<m>${MONTH_ANY})(?:,?\\s+(?<y>${YEAR}))?`, 'g');

/** "May 2019", "May of 2019", "mid-May 2019". */
const MONTH_YEAR = new RegExp(`(?:${MOD})?(?<m>${MONTH_ANY})(?:\\s+of)?,?\\s+(?<y>${YEAR})`, 'g');

/** "May to July", "April-June", "the April-June quarter", "between May and July". */
const MONTH_RANGE = new RegExp(
  `(?:the\\s+(?=[A-Z][a-z]+\\s*[-–]\\s*[A-Z][a-z]+\\s+(?:quarter|period)))?(?<m1>${MONTH_FULL})` +
    `(?:${RANGE_SEP}|(?<=\\b[Bb]etween\\s+[A-Z][a-z]+)\\s+and\\s+)(?<m2>${MONTH_FULL})` +
    `(?:,?\\s+(?<y>${YEAR}))?(?:\\s+(?<q>quarter|period))?`,
  'g',
);

/** A year on its own, with an optional modifier ("early 2019", "the end of 2019"); "fiscal 2020" is read as the calendar year. */
const YEAR_ALONE = new RegExp(`${NUM_START}(?:${MOD})?(?<fiscal>fiscal\\s+(?:year\\s+)?)?(?<y>${YEAR})(?!-[A-Za-z])`, 'g');

/** "2015 to 2018", "2015-2018", "2018-19", "2019/20" (a fiscal or school year, read as both years), "between 2015 and 2018". */
const YEAR_RANGE = new RegExp(
  `${NUM_START}(?<y1>${YEAR})(?:${RANGE_SEP}|\\/|(?<=\\b[Bb]etween\\s+\\d{4})\\s+and\\s+)(?<y2>${YEAR}|\\d\\d(?![\\d%]|[.,]\\d))`,
  'g',
);

/** "1990s", "the early 1990s", "the '90s". */
const DECADE = new RegExp(`${NUM_START}(?:${MOD})?(?:(?<dec>1[5-9]\\d0|20\\d0)|['’](?<short>\\d0))s\\b`, 'g');

/** ISO "2019-10-09". */
const ISO_DATE = new RegExp(`${NUM_START}(?<y>1[5-9]\\d\\d|20\\d\\d)-(?<mo>0[1-9]|1[0-2])-(?<d>0[1-9]|[12]\\d|3[01])(?![\\d-])`, 'g');

/** US numeric "10/9/2019" (only with a four-digit year: "10/9" alone is as likely a fraction or score). */
const US_DATE = new RegExp(`${NUM_START}(?<mo>1[0-2]|0?[1-9])/(?<d>3[01]|[12]\\d|0?[1-9])/(?<y>(?:19|20)\\d\\d)(?![\\d/])`, 'g');

/** Words before a bare year that make it a year ("in 2018", "the 2019 budget", "fiscal 2020"). */
const YEAR_CONTEXT: ReadonlySet<string> = new Set([
  'in', 'since', 'until', 'till', 'by', 'from', 'through', 'during', 'before', 'after', 'of', 'between', 'and',
  'to', 'or', 'the', 'early', 'mid', 'late', 'end', 'around', 'as', 'fiscal', 'for', 'year', 'circa', 'than',
  'throughout', 'into', 'spring', 'summer', 'fall', 'autumn', 'winter', 'its', 'their', 'his', 'her', 'this',
  'that', 'a', 'an', 'at', 'on',
]);

/** Context words that also introduce counts: with a plural noun after, the number is a count. */
const WEAK_YEAR_CONTEXT: ReadonlySet<string> = new Set([
  'to', 'of', 'than', 'and', 'or', 'from', 'a', 'an', 'at', 'on', 'by', 'for', 'its', 'their', 'his', 'her',
  'this', 'that', 'between',
]);

/** Words before a number that make it a count, not a year ("about 2000 people", "some 1800 troops"). */
const COUNT_CUES: ReadonlySet<string> = new Set([
  'about', 'some', 'nearly', 'almost', 'roughly', 'approximately', 'over', 'under', 'least', 'most', 'just',
  'only', 'another', 'additional', 'extra', 'total', 'all', 'no', 'number',
]);

/** A four-digit clock time is followed by a time zone ("1400 GMT", "2000 hours"). */
const CLOCK_AFTER = /^\s*(?:GMT|UTC|ET|EDT|EST|CET|CEST|BST|PT|PDT|PST|JST|IST|local|hours|hrs|h)\b/;

/** Words directly after "2 May" that make "May" the modal verb ("2 May be"), not the month. */
const MODAL_AFTER = /^\s+(?:be|have|not|also|well|never|still|soon|yet|only|need|want|help|include|see|take|face|get|lose|rise|fall|go|come|become|remain)\b/;

/** Words before a number that make it a code to text, call or dial, not a year ("text 2020 for advice"). */
const CODE_BEFORE: ReadonlySet<string> = new Set([
  'text', 'texting', 'txt', 'sms', 'call', 'calling', 'dial', 'dialling', 'dialing', 'phone', 'ring', 'press', 'code',
  'extension', 'ext', 'pin', 'tel', 'telephone', 'hotline', 'helpline', 'number', 'no', 'flight', 'route', 'room',
  'platform', 'gate', 'channel', 'page', 'reference', 'ref', 'model',
]);

/** Plural nouns after a number make it a count ("2000 people"), unless a determiner made it a year. */
const PLURAL_NOUN = /^[a-z]{2,}[^s']s$/;

/** Capitalised words allowed right before a year ("In 2018", "Since 2009", "FY 2020"). */
const CAPITALISED_YEAR_CONTEXT =
  /^(?:In|Since|Until|By|From|Through|During|Before|After|Of|Between|And|The|Early|Mid|Late|End|Fiscal|FY|For|As|Around|Summer|Spring|Fall|Autumn|Winter|This|That)$/;

function monthDayCandidates(month: number, day: number, years: number[]): Period[] | null {
  const out: Period[] = [];
  for (const y of years) {
    if (day > daysInMonth(y, month)) continue;
    out.push(dayPeriod(dayNumber(y, month, day)));
  }
  return out.length > 0 ? out : null;
}

/** The candidates that fall on the stated weekday ("Tuesday, Oct. 8" picks the year). */
function weekdayMatches(candidates: Period[], weekday: string | undefined): Period[] {
  const wd = weekday ? WEEKDAY_NAMES.indexOf(weekday as (typeof WEEKDAY_NAMES)[number]) : -1;
  return wd >= 0 ? candidates.filter((p) => weekdayOf(p.start) === wd) : [];
}

function dayNum(s: string): number {
  return parseInt(s, 10);
}

function buildMonthDay(m: RegExpExecArray, env: DateEnv): DateHit | null {
  const g = m.groups ?? {};
  const m1 = monthNumber(g.m1);
  const d1 = dayNum(g.d1);
  const m2 = g.m2 ? monthNumber(g.m2) : m1;
  const d2 = g.d2 ? dayNum(g.d2) : d1;
  if (g.d2 && m2 === m1 && d2 <= d1) return null;
  const span = (y: number): Period | null => {
    if (d1 > daysInMonth(y, m1)) return null;
    const y2 = m2 < m1 ? y + 1 : y;
    if (d2 > daysInMonth(y2, m2)) return null;
    return { start: dayNumber(y, m1, d1), end: dayNumber(y2, m2, d2), granularity: 'day' };
  };
  if (g.y) {
    const year = Number(g.y);
    const p = span(m2 < m1 ? year - 1 : year);
    return p ? absoluteHit(m, p) : null;
  }
  if (env.published === null) return relativeHit(m, env, () => null, { inferred: ['year'] });
  const candidates = yearsAround(env.published).map(span).filter((p): p is Period => p !== null);
  if (candidates.length === 0) return null;
  const byWeekday = weekdayMatches(candidates, g.wd);
  return relativeHit(m, env, (pub, dir) => (byWeekday.length === 1 ? byWeekday[0] : choosePeriod(candidates, pub, dir)), {
    inferred: ['year'],
  });
}

function buildDayMonth(m: RegExpExecArray, env: DateEnv): DateHit | null {
  const g = m.groups ?? {};
  const month = monthNumber(g.m);
  const day = dayNum(g.d);
  // "2 May be ..." is a modal verb, not a date
  if (!g.y && isAmbiguousMonth(g.m) && MODAL_AFTER.test(env.sentence.slice(m.index + m[0].length))) return null;
  if (g.y) {
    const y = Number(g.y);
    return day <= daysInMonth(y, month) ? absoluteHit(m, dayPeriod(dayNumber(y, month, day))) : null;
  }
  if (env.published === null) return relativeHit(m, env, () => null, { inferred: ['year'] });
  const candidates = monthDayCandidates(month, day, yearsAround(env.published));
  if (!candidates) return null;
  const byWeekday = weekdayMatches(candidates, g.wd);
  return relativeHit(m, env, (pub, dir) => (byWeekday.length === 1 ? byWeekday[0] : choosePeriod(candidates, pub, dir)), {
    inferred: ['year'],
  });
}

function buildMonthYear(m: RegExpExecArray): DateHit | null {
  const g = m.groups ?? {};
  return absoluteHit(m, withMod(monthPeriod(Number(g.y), monthNumber(g.m)), g.mod));
}

function buildMonthRange(m: RegExpExecArray, env: DateEnv): DateHit | null {
  const g = m.groups ?? {};
  const m1 = monthNumber(g.m1);
  const m2 = monthNumber(g.m2);
  if (m1 === m2) return null;
  const gran = g.q === 'quarter' ? 'quarter' : 'month';
  const count = ((m2 - m1 + 12) % 12) + 1;
  const span = (y: number): Period => monthsPeriod(y, m1, count, gran);
  if (g.y) {
    const y = Number(g.y);
    return absoluteHit(m, span(m2 < m1 ? y - 1 : y));
  }
  if (env.published === null) return relativeHit(m, env, () => null, { inferred: ['year'] });
  const candidates = yearsAround(env.published).map(span);
  return relativeHit(m, env, (pub, dir) => choosePeriod(candidates, pub, dir), { inferred: ['year'] });
}

function buildYear(m: RegExpExecArray, env: DateEnv): DateHit | null {
  const g = m.groups ?? {};
  const year = Number(g.y);
  if (!g.mod && !g.fiscal) {
    // "4 p.m. (2000 GMT)": a clock time
    if (CLOCK_AFTER.test(env.sentence.slice(m.index + m[0].length))) return null;
    const before = prevWord(env.sentence, m.index);
    const after = nextWord(env.sentence, m.index + m[0].length);
    const start = atSentenceStart(env.sentence, m.index);
    const lower = before.toLowerCase();
    if (COUNT_CUES.has(before) || COUNT_CUES.has(lower) || CODE_BEFORE.has(lower)) return null;
    const context = YEAR_CONTEXT.has(lower) || CAPITALISED_YEAR_CONTEXT.test(before) || monthNumber(before) > 0;
    if (!context) {
      if (year < 1900) return null;
      // "Windows 2000", "Section 2018": a name before the number
      if (!start && /^[A-Z]/.test(before)) return null;
      if (PLURAL_NOUN.test(after)) return null;
    } else if (WEAK_YEAR_CONTEXT.has(lower) && PLURAL_NOUN.test(after)) {
      return null; // "rose to 2000 employees", "one of 1500 troops"
    }
  }
  return absoluteHit(m, withMod(yearPeriod(year), g.mod));
}

function buildYearRange(m: RegExpExecArray): DateHit | null {
  const g = m.groups ?? {};
  const y1 = Number(g.y1);
  let y2 = Number(g.y2);
  if (g.y2.length === 2) y2 = Math.floor(y1 / 100) * 100 + y2;
  if (y2 <= y1 || y2 - y1 > 100) return null;
  return absoluteHit(m, yearsPeriod(y1, y2));
}

function buildDecade(m: RegExpExecArray): DateHit | null {
  const g = m.groups ?? {};
  let first: number;
  if (g.dec) first = Number(g.dec);
  else {
    const short = Number(g.short);
    first = short >= 30 ? 1900 + short : 2000 + short;
  }
  return absoluteHit(m, withMod(yearsPeriod(first, first + 9), g.mod));
}

function buildNumeric(m: RegExpExecArray): DateHit | null {
  const g = m.groups ?? {};
  const [y, mo, d] = [Number(g.y), Number(g.mo), Number(g.d)];
  if (d > daysInMonth(y, mo)) return null;
  return absoluteHit(m, dayPeriod(dayNumber(y, mo, d)));
}

export const absoluteMatchers: readonly DateMatcher[] = [
  { name: 'month-day', pattern: MONTH_DAY, build: buildMonthDay },
  { name: 'day-month', pattern: DAY_MONTH, build: buildDayMonth },
  { name: 'month-year', pattern: MONTH_YEAR, build: buildMonthYear },
  { name: 'month-range', pattern: MONTH_RANGE, build: buildMonthRange },
  { name: 'year-range', pattern: YEAR_RANGE, build: buildYearRange },
  { name: 'decade', pattern: DECADE, build: buildDecade },
  { name: 'iso-date', pattern: ISO_DATE, build: buildNumeric },
  { name: 'us-date', pattern: US_DATE, build: buildNumeric },
  { name: 'year', pattern: YEAR_ALONE, build: buildYear },
];
