/**
 * Dates that only mean something against the publication date: "Wednesday (morning)",
 * "last Tuesday", "today", "yesterday", "last week", "this month", "earlier this year",
 * "late last year", "two weeks ago", "the weekend".
 *
 * Decisions: "today", "tonight", "yesterday" and "tomorrow" are tagged (they pin a day and wire
 * copy uses them for the news event itself); "now", "currently", "recently", "these days" are not
 * (no checkable extent). "in 20 days" is left to the duration tagger ("20 days"), like "within";
 * "two weeks ago" is a date (the week that holds the day two weeks before publication).
 */
import { PARTS_OF_DAY, SMALL_NUMBER_WORDS, VAGUE_COUNTS, WEEKDAY_NAMES, alternation } from '../vocab/time.js';
import {
  type Period,
  addMonths,
  dayPeriod,
  monthPeriod,
  quarterPeriod,
  weekPeriod,
  weekdayOf,
  yearPeriod,
  ymd,
} from './calendar.js';
import {
  type DateEnv,
  type DateHit,
  type DateMatcher,
  MOD,
  MONTH_ANY,
  WEEKDAY,
  atSentenceStart,
  prevWord,
  relativeHit,
  withMod,
} from './common.js';

const PART_OF_DAY = `(?:${alternation(PARTS_OF_DAY)})`;

/** "Wednesday", "on Wednesday morning", "last Tuesday", "late Friday". */
const WEEKDAY_REF = new RegExp(
  `(?:(?<mod>early|late|Early|Late)\\s+)?` +
    `(?:(?<rel>last|next|this(?:\\s+coming)?|coming|Last|Next|This(?:\\s+coming)?|Coming)\\s+)?` +
    `(?<wd>${WEEKDAY})(?![A-Za-z])(?:\\s+(?<pod>${PART_OF_DAY}))?`,
  'g',
);

/** "today", "yesterday morning", "tonight", "this morning", "last night". */
const DAY_WORD = new RegExp(
  `\\b(?:(?<word>[Tt]oday|[Tt]onight|[Yy]esterday|[Tt]omorrow)(?:\\s+(?<pod>${PART_OF_DAY}))?` +
    `|(?<this>[Tt]his|[Ll]ast)\\s+(?<pod2>${PART_OF_DAY}))\\b`,
  'g',
);

/** "last week", "this month", "next year", "late last year", "earlier this year", "later this week". */
const UNIT_REF = new RegExp(
  `(?:${MOD})?` +
    `(?:(?<rel>last|this(?:\\s+past)?|next|Last|This(?:\\s+past)?|Next|(?<cur>[Tt]he\\s+current))` +
    `|(?<edge>earlier|later|Earlier|Later)\\s+(?:this|in\\s+the))` +
    `\\s+(?<unit>week|month|year|quarter)\\b(?!-)`,
  'g',
);

/** "the start of the year", "the end of the month": a modifier on the current unit. */
const THE_UNIT = new RegExp(`(?:${MOD})(?:the\\s+)(?<unit>year|month|week|quarter)\\b`, 'g');

/** "two weeks ago", "a year ago", "10 days ago". */
const NUMBER = `(?:\\d{1,3}|an?|${alternation(Object.keys(SMALL_NUMBER_WORDS))})`;
const AGO = new RegExp(
  `\\b(?<n>${NUMBER}|a\\s+few|a\\s+couple\\s+of|several)\\s+(?<unit>day|week|month|year|decade)s?\\s+ago\\b`,
  'gi',
);

/** "the weekend", "this weekend", "last weekend". */
const WEEKEND = new RegExp(`\\b(?<rel>the|this(?:\\s+past)?|last|next|The|This(?:\\s+past)?|Last|Next)\\s+weekend\\b`, 'g');

/** "year-end", "month-end": the late part of the current unit. */
const UNIT_END = /\b(?<unit>year|month|quarter)-end\b/g;

/** Capitalised words that turn a weekday into a holiday or a name ("Black Friday", "Super Tuesday"). */
const WEEKDAY_NAME_BEFORE = /^(?:Black|Good|Cyber|Ash|Holy|Maundy|Super|Giving|Bloody|Man|Girl|Blue|Easter|Palm|Shrove|Fat)$/;

/** Capitalised words after a weekday that make it a title ("The Sunday Times", "Monday Night Football"). */
const WEEKDAY_NAME_AFTER = /^\s+(?:Times|Telegraph|Mirror|Express|Post|Herald|Star|Night|Independent|Review|Business|Morning|Sport|Politics)\b/;

/** "every Monday and Thursday", "each Tuesday, Thursday or Saturday", "every other Friday": a weekday in a list opened
 * by a habitual quantifier. */
const HABITUAL_LIST_BEFORE = new RegExp(
  `\\b(?:every(?:\\s+other|\\s+second)?|each|on\\s+all)\\s+(?:${WEEKDAY}(?:\\s*,\\s*|\\s+))*(?:(?:and|or|&)\\s+)?$`,
  'i',
);

/** Words after a weekday that are no surname: months, weekdays, times, titles already handled, abbreviations. */
const NOT_SURNAME = new RegExp(`^(?:${WEEKDAY}|${MONTH_ANY}|[A-Z]{2,}|I|A|The|This|That|It|He|She|We|They)$`);

/** Words before a weekday that introduce a name ("as Wednesday Addams", "actress Tuesday Weld"); after a verb or a
 * preposition a capitalised word is the next clause's subject ("said Tuesday Iran had ...", "On Monday Parliament voted"). */
const NAME_LEAD = /^(?:the|a|as|plays|played|playing|starring|star|stars|actress|actor|character|named|called|like|singer|author|writer)$/i;

/** Capitalised words before a weekday that are a clause opener, not part of a name ("On Monday Parliament ..."). */
const DATE_LEAD = /^(?:On|By|Until|Since|Before|After|From|Through|Last|Next|This|Late|Early|And|But|Then|Also|Later|Earlier)$/;

/** "Wednesday Addams returns": a weekday used as a first name, followed by a capitalised surname-like word,
 * at the start of the sentence or after a name lead, a possessive or another capitalised name word. */
function weekdayAsName(sentence: string, start: number, end: number): boolean {
  const m = /^ ([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b(?![.,]?\s*\d)/.exec(sentence.slice(end, end + 40));
  if (!m || NOT_SURNAME.test(m[1])) return false;
  if (atSentenceStart(sentence, start)) return true;
  const before = prevWord(sentence, start);
  if (NAME_LEAD.test(before) || /['’]s$/.test(sentence.slice(Math.max(0, start - 3), start).trimEnd())) return true;
  return /^[A-Z][a-z]/.test(before) && !DATE_LEAD.test(before);
}

/** A frequency that makes a schedule habitual ("three times a day", "twice weekly", "daily", "every"). */
const FREQUENCY = /\b(?:(?:once|twice|thrice|\w+\s+times)\s+(?:a|an|per|each)\s+(?:day|week|hour|night)|(?:once|twice)\s+daily|daily|hourly|nightly|every|each\s+day|per\s+day)\b/i;
const RANGE_AFTER = new RegExp(`^\\s*(?:to|through|thru|until|till|-|–|—)\\s*${WEEKDAY}\\b`, 'i');
const RANGE_BEFORE = new RegExp(`\\b${WEEKDAY}\\s*(?:to|through|thru|until|till|-|–|—)\\s*$`, 'i');

/**
 * "three times a day from Monday to Friday", "open Monday through Friday": a weekday range in a
 * timetable (a frequency in the same sentence) is every such week, not one date.
 */
function habitualRange(sentence: string, start: number, end: number): boolean {
  const ranged = RANGE_AFTER.test(sentence.slice(end, end + 24)) || RANGE_BEFORE.test(sentence.slice(Math.max(0, start - 24), start));
  return ranged && FREQUENCY.test(sentence);
}

function weekdayOnOrBefore(dn: number, wd: number): number {
  return dn - ((weekdayOf(dn) - wd + 7) % 7);
}

function weekdayOnOrAfter(dn: number, wd: number): number {
  return dn + ((wd - weekdayOf(dn) + 7) % 7);
}

function buildWeekday(m: RegExpExecArray, env: DateEnv): DateHit | null {
  const g = m.groups ?? {};
  const before = prevWord(env.sentence, m.index);
  if (!g.rel && (WEEKDAY_NAME_BEFORE.test(before) || /^(?:every|each)$/i.test(before))) return null; // names; "every Monday" is a rule
  if (!g.pod && WEEKDAY_NAME_AFTER.test(env.sentence.slice(m.index + m[0].length))) return null;
  if (!g.rel && HABITUAL_LIST_BEFORE.test(env.sentence.slice(Math.max(0, m.index - 80), m.index))) return null;
  if (!g.rel && !g.mod && habitualRange(env.sentence, m.index, m.index + m[0].length)) return null;
  if (!g.rel && !g.mod && !g.pod && weekdayAsName(env.sentence, m.index, m.index + m[0].length)) return null;
  const wd = WEEKDAY_NAMES.indexOf(g.wd as (typeof WEEKDAY_NAMES)[number]);
  const rel = g.rel?.toLowerCase();
  const time = g.pod ?? g.mod?.toLowerCase();
  return relativeHit(
    m,
    env,
    (pub, dir) => {
      if (rel === 'last') return dayPeriod(weekdayOnOrBefore(pub - 1, wd));
      if (rel === 'next' || rel?.endsWith('coming')) return dayPeriod(weekdayOnOrAfter(pub + 1, wd));
      if (rel === 'this') return dayPeriod(weekPeriod(pub).start + wd);
      return dayPeriod(dir === 'future' ? weekdayOnOrAfter(pub, wd) : weekdayOnOrBefore(pub, wd));
    },
    { inferred: ['year', 'month', 'day'], time },
  );
}

function buildDayWord(m: RegExpExecArray, env: DateEnv): DateHit | null {
  const g = m.groups ?? {};
  const word = (g.word ?? '').toLowerCase();
  // a capitalised "Today" inside a sentence is a title ("USA Today", NBC's "Today" show)
  if (/^[A-Z]/.test(g.word ?? '') && !atSentenceStart(env.sentence, m.index)) return null;
  let offset = 0;
  let time = g.pod ?? g.pod2;
  if (word === 'yesterday') offset = -1;
  else if (word === 'tomorrow') offset = 1;
  else if (word === 'tonight') time = 'night';
  else if (g.this?.toLowerCase() === 'last') offset = -1; // "last night"
  return relativeHit(m, env, (pub) => dayPeriod(pub + offset), { time });
}

/** The period of `unit` that holds the day, shifted by `shift` whole units. */
function unitPeriod(unit: string, dn: number, shift: number): Period {
  const { year, month } = ymd(dn);
  switch (unit) {
    case 'week':
      return weekPeriod(dn + 7 * shift);
    case 'month':
      return monthPeriod(year, month + shift);
    case 'quarter': {
      const q = Math.floor((month - 1) / 3) + shift; // may leave 0..3
      const y = year + Math.floor(q / 4);
      return quarterPeriod(y, (((q % 4) + 4) % 4) + 1);
    }
    default:
      return yearPeriod(year + shift);
  }
}

function buildUnitRef(m: RegExpExecArray, env: DateEnv): DateHit | null {
  const g = m.groups ?? {};
  // "the last week of June" / "the past year" are durations or anaphora, not "last week";
  // "the last quarter" is the previous quarter (a quarter is not a duration unit)
  const the = /[Tt]he\s+$/.exec(env.sentence.slice(0, m.index));
  if (the && !g.mod && g.unit !== 'quarter') return null;
  const unit = g.unit;
  const hit = relativeHit(m, env, (pub) => {
    if (g.edge) {
      const p = unitPeriod(unit, pub, 0);
      return g.edge.toLowerCase() === 'earlier' ? { ...p, end: pub } : { ...p, start: pub };
    }
    const rel = g.cur ? 'this' : g.rel.toLowerCase().replace(/\s+/g, ' ');
    const shift = rel === 'last' || rel === 'this past' ? -1 : rel === 'next' ? 1 : 0;
    return withMod(unitPeriod(unit, pub, shift), g.mod);
  });
  // "the last quarter" keeps its article, like "the third quarter"
  if (hit && the && !g.mod) hit.start = the.index;
  return hit;
}

function buildTheUnit(m: RegExpExecArray, env: DateEnv): DateHit | null {
  const g = m.groups ?? {};
  return relativeHit(m, env, (pub) => withMod(unitPeriod(g.unit, pub, 0), g.mod));
}

function buildUnitEnd(m: RegExpExecArray, env: DateEnv): DateHit | null {
  const g = m.groups ?? {};
  return relativeHit(m, env, (pub) => withMod(unitPeriod(g.unit, pub, 0), 'late'));
}

function buildAgo(m: RegExpExecArray, env: DateEnv): DateHit | null {
  const g = m.groups ?? {};
  const w = g.n.toLowerCase().replace(/\s+/g, ' ');
  const vague = VAGUE_COUNTS[w];
  const n = /^\d/.test(w) ? Number(w) : w === 'a' || w === 'an' ? 1 : (SMALL_NUMBER_WORDS[w] ?? 0);
  if (n <= 0 && !vague) return null;
  const unit = g.unit.toLowerCase();
  const back = (pub: number, k: number): Period => agoPeriod(unit, pub, k);
  // "a few weeks ago": from the earliest to the latest reading of the vague count
  if (vague) return relativeHit(m, env, (pub) => ({ ...back(pub, vague.high), end: back(pub, vague.low).end }));
  return relativeHit(m, env, (pub) => back(pub, n));
}

/** The period of `unit` that holds the day n units before publication. */
function agoPeriod(unit: string, pub: number, n: number): Period {
  switch (unit) {
    case 'day':
      return dayPeriod(pub - n);
    case 'week':
      return weekPeriod(pub - 7 * n);
    case 'month': {
      const { year, month } = ymd(addMonths(pub, -n));
      return monthPeriod(year, month);
    }
    case 'decade':
      return yearPeriod(ymd(pub).year - 10 * n);
    default:
      return yearPeriod(ymd(pub).year - n);
  }
}

function buildWeekend(m: RegExpExecArray, env: DateEnv): DateHit | null {
  const g = m.groups ?? {};
  const rel = g.rel.toLowerCase().replace(/\s+/g, ' ');
  return relativeHit(m, env, (pub, dir) => {
    const saturday = weekPeriod(pub).start + 5;
    const current = pub >= saturday; // published on the weekend itself
    let start: number;
    if (rel === 'last' || rel === 'this past') start = saturday - 7;
    else if (rel === 'next') start = saturday + 7;
    else if (rel === 'this') start = saturday;
    else if (current) start = saturday;
    else start = dir === 'future' ? saturday : saturday - 7;
    return { start, end: start + 1, granularity: 'day' };
  });
}

export const relativeMatchers: readonly DateMatcher[] = [
  { name: 'weekday', pattern: WEEKDAY_REF, build: buildWeekday },
  { name: 'day-word', pattern: DAY_WORD, build: buildDayWord },
  { name: 'unit-ref', pattern: UNIT_REF, build: buildUnitRef },
  { name: 'the-unit', pattern: THE_UNIT, build: buildTheUnit },
  { name: 'ago', pattern: AGO, build: buildAgo },
  { name: 'weekend', pattern: WEEKEND, build: buildWeekend },
  { name: 'unit-end', pattern: UNIT_END, build: buildUnitEnd },
];
