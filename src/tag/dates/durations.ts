/**
 * Durations: a length of time, not a point in it. "20 days", "two weeks", "a decade", "90-day",
 * "15-month", "more than a year", "nearly three years", "two to three years", "a year and a half",
 * "several months", "the past five years", "year-long", "for decades".
 *
 * Decisions: "in 20 days" / "within 30 days" tag "20 days" / "30 days" as durations (the
 * preposition is a signal, not part of the quantity); "two weeks ago" is a date (date tagger);
 * ages ("6-year-old", "45 years old"), rates and frequencies ("once a year", "£80,000 a week",
 * "five days a week", "two hours a day", "every two years") and the idiom "not one day sooner" are not
 * durations. Approximators follow the counts' table: "about 20 minutes" = 20 ± 10%, "nearly six hours" =
 * [5.4, 6], both 'about'. Vague counts get the intervals of VAGUE_COUNTS; a bare plural after "for"
 * ("for decades") is (2, ∞) 'at-least'.
 */
import type { Approx, Quantity } from '../../model.js';
import {
  DURATION_QUALIFIERS,
  DURATION_UNITS,
  NEARLY_QUALIFIERS,
  SMALL_NUMBER_WORDS,
  UNIT_MULTIPLES,
  VAGUE_COUNTS,
  alternation,
  phraseAlternation,
} from '../vocab/time.js';
import { ABOUT_TOLERANCE } from '../vocab/numbers.js';
import { atSentenceStart, prevWord } from './common.js';

export interface DurationHit {
  start: number;
  end: number;
  value: Quantity;
}

const UNITS = alternation(Object.keys(DURATION_UNITS));
const SINGULAR_UNITS = alternation(new Set(Object.values(DURATION_UNITS)));
const UNITS_DIGITS = `(?:one|two|three|four|five|six|seven|eight|nine)`;
const TENS = `(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)`;

/** A number: digits ("1,000", "1.5") or words ("twenty-five", "three"). */
const NUMBER =
  `(?:\\d{1,3}(?:,\\d{3})+(?!\\d)|\\d+(?:\\.\\d+)?|${TENS}(?:[\\s-]${UNITS_DIGITS})?` +
  `|${alternation(Object.keys(SMALL_NUMBER_WORDS))})`;

/** A count of units: a number, an article, or a vague count word. */
const COUNT = `(?:${NUMBER}|a\\s+couple\\s+of|a\\s+few|a\\s+dozen|several|few|an?)`;

/** Adjectives allowed between a count and its unit ("86 straight days", "two more years"). */
const UNIT_ADJECTIVE = `(?:straight|consecutive|successive|full|whole|long|additional|more|extra|further|short)`;

/** Qualifiers that make the quantity an interval (Quantity.approx), from the vocabulary. */
const QUALIFIER = `(?:${phraseAlternation(Object.keys(DURATION_QUALIFIERS))})`;

/** "more than two years", "two to three years", "10-15 days", "two and a half years", "a year and a half". */
const PHRASE = new RegExp(
  `\\b(?:(?<qual>${QUALIFIER})\\s+)?` +
    `(?:between\\s+(?<b1>${NUMBER})\\s+and\\s+(?<b2>${NUMBER})` +
    `|(?<n1>${COUNT})(?<frac>\\s+1\\/2|\\s*½)?(?:\\s*(?:[-–]|to|or)\\s*(?<n2>${NUMBER}))?)` +
    `(?<half1>\\s+and\\s+a\\s+half)?(?:\\s+${UNIT_ADJECTIVE})?\\s+(?<unit>${UNITS})\\b(?<half2>\\s+and\\s+a\\s+half\\b)?`,
  'gi',
);

/** "half an hour", "half a year", "a half-hour". */
const HALF = new RegExp(
  `\\b(?:(?<qual>${QUALIFIER})\\s+)?(?:half\\s+an?\\s+|an?\\s+half[\\s-])(?<unit>${SINGULAR_UNITS})\\b(?!-)`,
  'gi',
);

/** Compound adjectives: "90-day", "15-month", "two-year", "24-hour" (never "6-year-old"). */
const COMPOUND = new RegExp(`\\b(?<n>${NUMBER})-(?<unit>${SINGULAR_UNITS})(?:-long)?(?![-\\w])`, 'gi');

/** "year-long", "yearlong", "weeklong", "decades-long". */
const LONG = new RegExp(`\\b(?<unit>${SINGULAR_UNITS}|(?<plural>decades|years|months|weeks|days|hours))-?long\\b`, 'gi');

/** "the past five years", "the last 12 months", "the next two weeks", "the past year", "the past few days". */
const THE_PAST = new RegExp(
  `\\b[Tt]he\\s+(?:(?<adj>past|last|next|coming|previous|first|final)\\s+)?` +
    `(?:(?<n>${NUMBER}|few|several|couple\\s+of)\\s+)?(?<unit>${UNITS})\\b`,
  'g',
);

/** A bare plural after "for": "for decades", "for years", "for months". */
const FOR_PLURAL = /(?<=\b[Ff]or\s+)(?<unit>decades|years|months|weeks|hours)\b/g;

/** Words before "a year" that make it a rate ("once a year", "$5 billion a year", "24 hours a day"). */
const FREQUENCY_BEFORE =
  /^(?:once|twice|thrice|times|per|million|billion|trillion|thousand|percent|dollars|cents|euros|pounds|yuan|barrels|tons|tonnes|people|units)$|^\d|^[$€£¥]/i;

/** A plural noun before "a year" makes a rate ("11 million vehicles a year"), unless it is a verb ("takes a year"). */
const PLURAL_NOUN = /^[a-z]{2,}[^s'u]s$/;
const S_VERBS: ReadonlySet<string> = new Set(['takes', 'lasts', 'needs', 'spends', 'requires', 'gets', 'remains', 'seems', 'gives', 'makes', 'runs', 'waits', 'looks', 'means']);

function isRateBefore(word: string): boolean {
  return FREQUENCY_BEFORE.test(word) || (PLURAL_NOUN.test(word) && !S_VERBS.has(word));
}

/** The token written right before offset, digits and symbols included ("£80,000" in "£80,000 a week"). */
const RAW_TOKEN_BEFORE = /(\S+)\s+$/;

/** An amount before "a week" makes a rate: "earns £80,000 a week", "rose 3% a year", "40 a day". */
const AMOUNT_TOKEN = /\d|^[$€£¥]/;

/** "not one day sooner", "not a minute too soon": an idiom of timing, no length of time. */
const NOT_ONE_AFTER = /^\s+(?:sooner|later|earlier|too|longer|more|less|before|after)\b/i;

/** Words before a count that make the whole a frequency or an ordinal position ("every two years"). */
const NOT_DURATION_BEFORE = /^(?:every|each)$/i;

/**
 * "over" means "more than" after these words ("for over a year", "lasted over two hours");
 * elsewhere it usually means "across" ("ten increases over 14 months", "held over two days").
 */
const OVER_AS_MORE_THAN =
  /^(?:for|in|after|of|than|lasting|lasted|lasts|last|spent|spend|served|serve|waited|wait|within|by|since|taking|took|take|takes)$/i;

/**
 * What follows a duration-looking phrase that makes it a date ("ago"), an age ("-old"), a comparison
 * basis ("year-on-year") or a part of a period ("nine months of the year", "of 2019").
 */
const NOT_DURATION_AFTER = new RegExp(
  '^(?:-(?:on|over|to)-|\\s+ago\\b|[\\s-]+old\\b|\\s+of\\s+age\\b' +
    '|\\s+of\\s+(?:the|this|that|last|next|its|their)\\s+(?:year|month|week|decade|century|season|quarter)\\b|\\s+of\\s+\\d{4}\\b' +
    // "five days a week", "two hours a day", "three hours per night": a frequency, not a length
    '|\\s+(?:a|an|per|each|every)\\s+(?:second|minute|hour|day|night|week|month|year|decade|fortnight)\\b(?!\\s+ago))',
  'i',
);

function parseNumber(raw: string): number | null {
  const w = raw.toLowerCase().replace(/\s+/g, ' ').trim();
  if (/^[\d,.]+$/.test(w)) {
    const n = Number(w.replace(/,/g, ''));
    return Number.isFinite(n) ? n : null;
  }
  if (w === 'a' || w === 'an') return 1;
  if (w === 'a dozen') return 12;
  const parts = w.split(/[\s-]/);
  let total = 0;
  for (const p of parts) {
    const v = SMALL_NUMBER_WORDS[p];
    if (v === undefined) return null;
    total += v;
  }
  return total;
}

/** Rounds away float noise (6 × 0.9 = 5.4, not 5.4000000000000004). */
function tidy(n: number): number {
  return Math.round(n * 1e9) / 1e9;
}

function approxOf(qual: string | undefined): Approx {
  if (!qual) return 'exact';
  return DURATION_QUALIFIERS[qual.toLowerCase().replace(/\s+/g, ' ')] ?? 'exact';
}

/** Build the interval from bounds and a qualifier ("more than 2" = (2, ∞), "up to 20" = (∞, 20]). */
function quantity(low: number, high: number, unit: string, qual: string | undefined, vague: boolean): Quantity {
  const approx = approxOf(qual);
  switch (approx) {
    case 'more-than':
    case 'at-least':
      return { low, high: null, unit, approx };
    case 'less-than':
    case 'at-most':
      return { low: null, high, unit, approx };
    case 'about': {
      // the counts' convention: "about 20" = 20 ± 10%, "nearly 6" = [5.4, 6]; a range or vague count keeps its bounds
      if (low !== high || vague) return { low, high, unit, approx };
      const nearly = NEARLY_QUALIFIERS.has((qual ?? '').toLowerCase().replace(/\s+/g, ' '));
      return { low: tidy(low * (1 - ABOUT_TOLERANCE)), high: nearly ? high : tidy(high * (1 + ABOUT_TOLERANCE)), unit, approx };
    }
    default:
      return { low, high, unit, approx: vague || low !== high ? 'range' : 'exact' };
  }
}

function singular(unit: string): string {
  return DURATION_UNITS[unit.toLowerCase()] ?? unit.toLowerCase();
}

interface Span {
  start: number;
  end: number;
}

function buildPhrase(m: RegExpExecArray, s: string): DurationHit | null {
  const g = m.groups ?? {};
  const unit = singular(g.unit);
  let start = m.index;
  let qual: string | undefined = g.qual;
  const first = (g.n1 ?? g.b1 ?? '').toLowerCase().replace(/\s+/g, ' ');
  const before = prevWord(s, start);
  if (NOT_DURATION_BEFORE.test(before)) return null;
  if ((first === 'a' || first === 'an') && !qual) {
    const raw = RAW_TOKEN_BEFORE.exec(s.slice(Math.max(0, start - 40), start))?.[1] ?? '';
    if (isRateBefore(before) || AMOUNT_TOKEN.test(raw)) return null;
  }
  if (/^not$/i.test(before) && /^(?:one|a|an|single)$/.test(first) && NOT_ONE_AFTER.test(s.slice(m.index + m[0].length))) return null;
  if (unit === 'second' && /^(?:a|an)$/.test(first)) return null; // "a second time"
  if (unit === 'day' && first === 'one' && atSentenceStart(s, start)) return null; // "One day, ..."
  if (qual && /^over$/i.test(qual) && !(OVER_AS_MORE_THAN.test(before) || atSentenceStart(s, start))) {
    start += qual.length + 1;
    qual = undefined;
  }
  let low: number;
  let high: number;
  let vague = false;
  const v = VAGUE_COUNTS[first];
  if (v) {
    [low, high] = [v.low, v.high];
    vague = true;
  } else {
    const a = parseNumber(first);
    const b = g.n2 ?? g.b2 ? parseNumber(g.n2 ?? g.b2) : a;
    if (a === null || b === null || b < a) return null;
    [low, high] = [a, b];
  }
  if (g.half1 || g.half2 || g.frac) {
    if (low !== high || vague) return null;
    low += 0.5;
    high += 0.5;
  }
  return { start, end: m.index + m[0].length, value: quantity(low, high, unit, qual, vague) };
}

function buildHalf(m: RegExpExecArray): DurationHit | null {
  const g = m.groups ?? {};
  return { start: m.index, end: m.index + m[0].length, value: quantity(0.5, 0.5, singular(g.unit), g.qual, false) };
}

function buildCompound(m: RegExpExecArray): DurationHit | null {
  const g = m.groups ?? {};
  const n = parseNumber(g.n);
  if (n === null || n <= 0) return null;
  return { start: m.index, end: m.index + m[0].length, value: quantity(n, n, singular(g.unit), undefined, false) };
}

function buildLong(m: RegExpExecArray): DurationHit | null {
  const g = m.groups ?? {};
  const unit = singular(g.unit);
  const value: Quantity = g.plural ? { low: 2, high: null, unit, approx: 'at-least' } : { low: 1, high: 1, unit, approx: 'exact' };
  return { start: m.index, end: m.index + m[0].length, value };
}

function buildThePast(m: RegExpExecArray, s: string): DurationHit | null {
  const g = m.groups ?? {};
  const unit = singular(g.unit);
  // "the last week of June", "the first day of trading": a part of something, not a length
  if (/^\s+of\b/.test(s.slice(m.index + m[0].length))) return null;
  const plural = g.unit.toLowerCase() !== unit;
  if (!g.adj && !g.n) return null; // "the year": not a length
  if (!g.n) {
    if (plural) return null; // "the coming weeks": no extent to check
    return { start: m.index, end: m.index + m[0].length, value: quantity(1, 1, unit, undefined, false) };
  }
  const key = g.n.toLowerCase().replace(/\s+/g, ' ');
  const v = VAGUE_COUNTS[key] ?? VAGUE_COUNTS[`a ${key}`];
  if (v) return { start: m.index, end: m.index + m[0].length, value: quantity(v.low, v.high, unit, undefined, true) };
  const n = parseNumber(g.n);
  if (n === null) return null;
  return { start: m.index, end: m.index + m[0].length, value: quantity(n, n, unit, undefined, false) };
}

function buildForPlural(m: RegExpExecArray): DurationHit | null {
  const g = m.groups ?? {};
  return { start: m.index, end: m.index + m[0].length, value: { low: 2, high: null, unit: singular(g.unit), approx: 'at-least' } };
}

/** The duration patterns; on equal length the earlier one wins. */
const MATCHERS: ReadonlyArray<{ pattern: RegExp; build: (m: RegExpExecArray, s: string) => DurationHit | null }> = [
  { pattern: THE_PAST, build: buildThePast },
  { pattern: PHRASE, build: buildPhrase },
  { pattern: HALF, build: buildHalf },
  { pattern: COMPOUND, build: buildCompound },
  { pattern: LONG, build: buildLong },
  { pattern: FOR_PLURAL, build: buildForPlural },
];

/** "a fortnight" = 2 weeks: rewrite multiples into their base unit so values compare. */
function inBaseUnit(q: Quantity): Quantity {
  const mult = UNIT_MULTIPLES[q.unit];
  if (!mult) return q;
  const scale = (n: number | null) => (n === null ? null : n * mult.factor);
  return { ...q, low: scale(q.low), high: scale(q.high), unit: mult.unit };
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/** Duration hits in one sentence (offsets into it), longest first among overlaps, sorted by position. */
export function findDurations(sentence: string): DurationHit[] {
  const hits: { hit: DurationHit; rank: number }[] = [];
  MATCHERS.forEach(({ pattern, build }, rank) => {
    const re = new RegExp(pattern.source, pattern.flags);
    for (let m = re.exec(sentence); m !== null; m = re.exec(sentence)) {
      if (NOT_DURATION_AFTER.test(sentence.slice(m.index + m[0].length))) continue;
      const hit = build(m, sentence);
      if (hit) hits.push({ hit: { ...hit, value: inBaseUnit(hit.value) }, rank });
    }
  });
  hits.sort((a, b) => b.hit.end - b.hit.start - (a.hit.end - a.hit.start) || a.rank - b.rank || a.hit.start - b.hit.start);
  const kept: DurationHit[] = [];
  for (const { hit } of hits) if (!kept.some((k) => overlaps(k, hit))) kept.push(hit);
  return kept.sort((a, b) => a.start - b.start);
}
