/**
 * Named periods: a bare month ("in May", "mid-December", "late-August"), quarters ("the third
 * quarter", "Q3 2019", "third-quarter"), halves ("the first half of 2019") and seasons ("this
 * summer", "the summer of 2018"). Without a year they take the one the tense and the
 * publication date point to (`inferred: ['year']`). Fiscal quarters are read as calendar quarters.
 */
import { PERIOD_ORDINALS, SEASONS, SMALL_NUMBER_WORDS, alternation, monthNumber } from '../vocab/time.js';
import { type Period, monthPeriod, monthsPeriod, quarterPeriod, ymd } from './calendar.js';
import type { Direction } from './tense.js';
import {
  type DateEnv,
  type DateHit,
  type DateMatcher,
  MOD,
  MONTH_FULL,
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

/** A month with no day or year; the build step decides whether it is a month at all. */
const BARE_MONTH = new RegExp(`(?:${MOD})?(?:(?<rel>last|next|this|Last|Next|This)\\s+)?(?<m>${MONTH_FULL})(?![A-Za-z])(?!\\.?\\s*\\d+(?:st|nd|rd|th)?\\b)`, 'g');

const ORDINAL = `(?:${alternation(Object.keys(PERIOD_ORDINALS))})`;
const YEAR_REF = `(?:(?:fiscal\\s+|FY\\s*)?(?<y>${YEAR})|(?:the|this)\\s+year|(?<yrel>last|next)\\s+year)`;

/** "the third quarter (of 2019)", "third-quarter", "the fourth quarter of last year". */
const QUARTER = new RegExp(
  `(?:(?<the>[Tt]he)\\s+)?(?<ord>${ORDINAL})[\\s-]+quarter\\b(?:\\s+of\\s+${YEAR_REF}|,?\\s+(?:fiscal\\s+)?(?<y2>${YEAR}))?`,
  'g',
);

/** "Q3", "Q3 2019", "Q3'19". */
const Q_QUARTER = new RegExp(`\\bQ(?<q>[1-4])(?:\\s+(?<y>${YEAR})|['’]?(?<yy>\\d\\d))?\\b`, 'g');

/** "the first half of 2019", "the second half of the year" (a bare "second half" is too often sport). */
const HALF = new RegExp(`(?:(?:[Tt]he)\\s+)?(?<ord>first|second|1st|2nd)[\\s-]+half\\s+of\\s+${YEAR_REF}`, 'g');

/** "the December quarter": the three months that end in the named month (Apple-style fiscal naming). */
const MONTH_QUARTER = new RegExp(`[Tt]he\\s+(?<m>${MONTH_FULL})\\s+quarter\\b(?:\\s+of\\s+${YEAR_REF})?`, 'g');

/** Nouns after a quarter that make it the period reported on ("will report first-quarter earnings"): the
 * quarter is the latest one begun, whatever the tense of the reporting verb. */
const REPORTED_AFTER = /^[\s-]+(?:earnings|results|profits?|revenues?|sales|losses|loss|income|GDP|growth|figures|numbers|data|report|deliveries|shipments)\b/;

/** The direction for a reporting period: the past when a reported figure follows, else the tense's. */
function periodDirection(env: DateEnv, end: number, dir: Direction): Direction {
  return REPORTED_AFTER.test(env.sentence.slice(end)) ? 'past' : dir;
}

/** Number words up to eleven: how many months a part of a year can hold. */
const MONTH_COUNT_WORDS = alternation(Object.keys(SMALL_NUMBER_WORDS).filter((w) => (SMALL_NUMBER_WORDS[w] ?? 0) <= 11));

/** "the first nine months of 2023", "the last three months of the year". */
const PART_OF_YEAR = new RegExp(
  `[Tt]he\\s+(?<edge>first|last|final)\\s+(?<n>${MONTH_COUNT_WORDS}|[1-9]|1[01])\\s+months\\s+of\\s+${YEAR_REF}`,
  'g',
);

/** "this summer", "the summer of 2018", "last fall", "Summer 2019", "early spring". */
const SEASON_WORDS = alternation(Object.keys(SEASONS));
const SEASON = new RegExp(
  `(?:(?<rel>last|this|next|the|Last|This|Next|The)\\s+|(?:${MOD}))?` +
    `(?<s>${SEASON_WORDS}|(?:${SEASON_WORDS.replace(/\b([a-z])/g, (c) => c.toUpperCase())})(?=\\s+(?:of\\s+)?\\d))` +
    `(?:\\s+of\\s+(?<y>${YEAR})|\\s+(?<y2>${YEAR}))?\\b`,
  'g',
);

/** Words before a bare month that make it a date ("in May", "since March", "between May and July"). */
const MONTH_CONTEXT: ReadonlySet<string> = new Set([
  'in', 'since', 'until', 'till', 'by', 'from', 'through', 'during', 'before', 'after', 'of', 'between', 'and',
  'to', 'or', 'last', 'next', 'this', 'early', 'mid', 'late', 'end', 'around', 'as', 'for', 'into', 'throughout',
  'that', 'ending', 'starting', 'beginning', 'than',
]);

/** Words that follow "May"/"March" used as a verb or noun ("May I", "March on"). */
const NOT_AFTER_AMBIGUOUS = /^(?:I|we|you|he|she|it|they|be|have|not|also|well|the|a|an|on|against|to)$/;

/** Determiners that make a capitalised "May"/"March" before a noun the month ("its March meeting"). */
const DETERMINERS: ReadonlySet<string> = new Set(['the', 'its', 'their', 'his', 'her', 'our', 'a', 'an']);

/** Nouns after "the May" that point to Theresa May rather than the month. */
const PERSON_NOUNS = /^(?:government|administration|cabinet|ministry|era|years|premiership)$/;

/** Words that make a sentence habitual, so "the winter" in it is every winter ("open every Monday ... closes for the winter"). */
const HABITUAL = /\b(?:every|each\s+(?:year|week|day|month|season|spring|summer|autumn|fall|winter)|usually|typically|normally|generally|always|often|annually|traditionally|tends?\s+to|routinely)\b/i;

function yearFrom(published: number, g: Record<string, string | undefined>): number | null {
  if (g.y) return Number(g.y);
  if (g.y2) return Number(g.y2);
  if (g.yrel) return ymd(published).year + (g.yrel === 'last' ? -1 : 1);
  return null;
}

function buildBareMonth(m: RegExpExecArray, env: DateEnv): DateHit | null {
  const g = m.groups ?? {};
  // "until at least March", "by March at the latest": a hedge between the preposition and the month
  const hedge = /\s+at\s+(?:least|most|the\s+(?:latest|earliest))\s+$/i.exec(env.sentence.slice(Math.max(0, m.index - 30), m.index));
  const before = prevWord(env.sentence, hedge ? m.index - hedge[0].length + 1 : m.index);
  const after = nextWord(env.sentence, m.index + m[0].length);
  // only a word directly after (no comma) can show "May" as a verb: "In March, the ..." is a date
  const directlyAfter = /^\s+[A-Za-z]/.test(env.sentence.slice(m.index + m[0].length)) ? after : '';
  const context = Boolean(g.mod) || Boolean(g.rel) || MONTH_CONTEXT.has(before.toLowerCase());
  // "the March of Dimes": a month then "of" and a capitalized word is a name
  if (/^\s+of\s+(?:the\s+)?\p{Lu}/u.test(env.sentence.slice(m.index + m[0].length))) return null;
  if (isAmbiguousMonth(g.m)) {
    // "the May ban" is the month; "the May government" is Theresa May's
    const determined = DETERMINERS.has(before.toLowerCase()) && /^[a-z]/.test(directlyAfter) && !PERSON_NOUNS.test(directlyAfter);
    if ((!context && !determined) || NOT_AFTER_AMBIGUOUS.test(directlyAfter)) return null;
  } else if (!context) {
    // "June Carter", "Mrs. August": part of a name
    if (/^[A-Z]/.test(after) || (/^[A-Z]/.test(before) && !atSentenceStart(env.sentence, m.index))) {
      if (before !== 'The') return null;
    }
  }
  const month = monthNumber(g.m);
  const rel = g.rel?.toLowerCase();
  return relativeHit(
    m,
    env,
    (pub, dir) => {
      const candidates = yearsAround(pub).map((y) => monthPeriod(y, month));
      let p: Period;
      if (rel === 'last') p = [...candidates].reverse().find((c) => c.end < pub) ?? candidates[0];
      else if (rel === 'next') p = candidates.find((c) => c.start > pub) ?? candidates[2];
      else if (rel === 'this') p = candidates[1];
      else p = choosePeriod(candidates, pub, dir);
      return withMod(p, g.mod);
    },
    { inferred: ['year'] },
  );
}

function buildQuarter(m: RegExpExecArray, env: DateEnv): DateHit | null {
  const g = m.groups ?? {};
  const q = PERIOD_ORDINALS[g.ord.toLowerCase()] ?? 0;
  if (q < 1 || q > 4) return null;
  // "a third quarter" or "the third" alone is a fraction or sport, we need "the", a hyphen or a year
  if (!g.the && !g.y && !g.y2 && !m[0].includes('-')) {
    const before = prevWord(env.sentence, m.index).toLowerCase();
    if (!['in', 'for', 'during', 'of', 'its', 'their', 'this', 'last', 'next'].includes(before)) return null;
  }
  const explicit = g.y ?? g.y2;
  if (explicit) return absoluteHit(m, quarterPeriod(Number(explicit), q));
  const end = m.index + m[0].length;
  const current = /\b(?:the|this)\s+year$/.test(m[0]) || Boolean(g.yrel);
  return relativeHit(
    m,
    env,
    (pub, dir) => {
      const y = yearFrom(pub, g);
      if (y !== null) return quarterPeriod(y, q);
      if (current) return quarterPeriod(ymd(pub).year, q);
      return choosePeriod(yearsAround(pub).map((yy) => quarterPeriod(yy, q)), pub, periodDirection(env, end, dir));
    },
    current ? {} : { inferred: ['year'] },
  );
}

function buildQ(m: RegExpExecArray, env: DateEnv): DateHit | null {
  const g = m.groups ?? {};
  const q = Number(g.q);
  if (g.y) return absoluteHit(m, quarterPeriod(Number(g.y), q));
  if (g.yy) return absoluteHit(m, quarterPeriod(2000 + Number(g.yy), q));
  const end = m.index + m[0].length;
  return relativeHit(
    m,
    env,
    (pub, dir) => choosePeriod(yearsAround(pub).map((y) => quarterPeriod(y, q)), pub, periodDirection(env, end, dir)),
    { inferred: ['year'] },
  );
}

/** "in the first half", "first-half profit": a half with no year, in a sentence about business or the economy. */
const HALF_BARE = /\b(?:(?:[Tt]he)\s+(?<ord>first|second)\s+half\b(?!\s+of\b)(?![\s-]+(?:time|century|decade|season)\b)|(?<ord2>[Ff]irst|[Ss]econd)-half\b(?=\s+(?:profit|revenue|sales|earnings|results|loss|losses|growth|output|figures|net|operating|income)\b))/g;
/** Words that make a bare half a period of the year (money, growth, results). */
const HALF_MONEY = /\b(?:profits?|revenues?|sales|earnings|results|loss(?:es)?|growth|output|economy|GDP|inflation|exports?|imports?|shipments|deliveries|prices|income|dividend|percent|per cent|%|\$|£|€|million|billion|year|fiscal|demand|market|orders|production|investment|unemployment|jobs)\b|[$£€%]/i;
/** Words of a game: a bare half is part of a match. */
const HALF_SPORT = /\b(?:scored|score|goals?|match|game|minutes?|penalty|touchdowns?|points|led|trailed|kick-?off|striker|coach|team|innings|whistle|play|played|quarterback|pitch|halftime|half-time|lead|tries|try)\b/i;

function buildHalfBare(m: RegExpExecArray, env: DateEnv): DateHit | null {
  const g = m.groups ?? {};
  if (!HALF_MONEY.test(env.sentence) || HALF_SPORT.test(env.sentence)) return null;
  const h = (g.ord ?? g.ord2).toLowerCase() === 'first' ? 1 : 2;
  const half = (y: number): Period => monthsPeriod(y, h === 1 ? 1 : 7, 6, 'quarter');
  return relativeHit(m, env, (pub, dir) => choosePeriod(yearsAround(pub).map(half), pub, dir), { inferred: ['year'] });
}

function buildHalf(m: RegExpExecArray, env: DateEnv): DateHit | null {
  const g = m.groups ?? {};
  const h = PERIOD_ORDINALS[g.ord.toLowerCase()] ?? 1;
  const half = (y: number): Period => monthsPeriod(y, h === 1 ? 1 : 7, 6, 'quarter');
  if (g.y) return absoluteHit(m, half(Number(g.y)));
  return relativeHit(m, env, (pub) => half(yearFrom(pub, g) ?? ymd(pub).year));
}

function buildMonthQuarter(m: RegExpExecArray, env: DateEnv): DateHit | null {
  const g = m.groups ?? {};
  const last = monthNumber(g.m);
  const span = (y: number): Period => monthsPeriod(y, last - 2, 3, 'quarter');
  if (g.y) return absoluteHit(m, span(Number(g.y)));
  return relativeHit(m, env, (pub, dir) => {
    const y = yearFrom(pub, g);
    if (y !== null) return span(y);
    return choosePeriod(yearsAround(pub).map(span), pub, periodDirection(env, m.index + m[0].length, dir));
  }, { inferred: ['year'] });
}

function buildPartOfYear(m: RegExpExecArray, env: DateEnv): DateHit | null {
  const g = m.groups ?? {};
  const n = /^\d/.test(g.n) ? Number(g.n) : (SMALL_NUMBER_WORDS[g.n.toLowerCase()] ?? 0);
  if (n < 1 || n > 11) return null;
  const first = g.edge === 'first' ? 1 : 13 - n;
  const span = (y: number): Period => monthsPeriod(y, first, n, 'month');
  if (g.y) return absoluteHit(m, span(Number(g.y)));
  return relativeHit(m, env, (pub) => span(yearFrom(pub, g) ?? ymd(pub).year));
}

function seasonPeriod(season: string, year: number): Period {
  const s = SEASONS[season];
  return monthsPeriod(year, s.firstMonth, s.months, 'quarter');
}

function buildSeason(m: RegExpExecArray, env: DateEnv): DateHit | null {
  const g = m.groups ?? {};
  const season = g.s.toLowerCase();
  const rel = g.rel?.toLowerCase();
  const explicit = g.y ?? g.y2;
  if (explicit) return absoluteHit(m, withMod(seasonPeriod(season, Number(explicit)), g.mod));
  // a season needs a determiner or a year: "fall" alone is a verb, "spring" a noun
  if (!rel && !g.mod) return null;
  // "the fall of the Berlin Wall", "the fall in prices": the noun, not the season
  const after = nextWord(env.sentence, m.index + m[0].length);
  if (season === 'fall' && (rel === 'the' || !rel) && /^(?:of|in|from|to|and)$/.test(after)) return null;
  if (rel === 'the' && /^(?:of|in)$/.test(after)) return null;
  // "the winter" in a habitual sentence is every winter, not one ("open every Monday ... closes for the winter")
  // "typically runs from late spring to early autumn": a modified season without a year is habitual too
  if ((rel === 'the' || (!rel && g.mod)) && HABITUAL.test(env.sentence)) return null;
  return relativeHit(
    m,
    env,
    (pub, dir) => {
      const candidates = yearsAround(pub).map((y) => seasonPeriod(season, y));
      const containing = candidates.find((p) => p.start <= pub && pub <= p.end);
      let p: Period;
      if (rel === 'this') p = containing ?? candidates[1];
      else if (rel === 'last') p = [...candidates].reverse().find((c) => c.end < (containing?.start ?? pub + 1)) ?? candidates[0];
      else if (rel === 'next') p = candidates.find((c) => c.start > pub) ?? candidates[2];
      else p = choosePeriod(candidates, pub, dir);
      return withMod(p, g.mod);
    },
    { inferred: ['year'] },
  );
}

export const periodMatchers: readonly DateMatcher[] = [
  { name: 'quarter', pattern: QUARTER, build: buildQuarter },
  { name: 'q-quarter', pattern: Q_QUARTER, build: buildQ },
  { name: 'half', pattern: HALF, build: buildHalf },
  { name: 'half-bare', pattern: HALF_BARE, build: buildHalfBare },
  { name: 'month-quarter', pattern: MONTH_QUARTER, build: buildMonthQuarter },
  { name: 'part-of-year', pattern: PART_OF_YEAR, build: buildPartOfYear },
  { name: 'season', pattern: SEASON, build: buildSeason },
  { name: 'bare-month', pattern: BARE_MONTH, build: buildBareMonth },
];
