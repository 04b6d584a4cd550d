/**
 * The shared quantity scanner: one left-to-right pass over the tokens that finds every
 * number mention with its approximator, currency, range and percent sign. The money, percent
 * and count taggers each take the mentions of their measure from this list (it is computed
 * once per text and cached), so a number is read one way only.
 */
import {
  AMBIGUOUS_CURRENCY_WORDS, COUNTRY_FIRST_WORDS, CURRENCY_CODES, CURRENCY_SYMBOLS, CURRENCY_WORDS,
  DOLLAR_QUALIFIERS, MOVEMENT_WORDS, NATIONAL_CURRENCIES, QUALIFIED_CURRENCY_WORDS, RATE_WORDS,
  RESOLUTION_NUMBERS, SUBUNIT_WORDS,
} from '../vocab/numbers.js';
import { intervalOf, prefixApproxAt, scaleInterval, suffixApproxAt, type ApproxWord, type Interval } from './approx.js';
import { clean, numberAt, type NumberPhrase } from './number.js';
import { tokenize, type Token } from './tokens.js';
import { listPercentUnits } from './shares.js';

export type Measure = 'money' | 'percent' | 'plain' | 'skip';

export interface Mention {
  /** Token range of the whole mention (approximator … suffix), end exclusive. */
  first: number;
  end: number;
  /** The first number phrase (for guards: its tokens, digits, spelling). */
  number: NumberPhrase;
  /** The second number of a range, if any. */
  second?: NumberPhrase;
  interval: Interval;
  measure: Measure;
  /** ISO currency, 'percent', 'percentage-point', 'basis-point'; '' for plain numbers. */
  unit: string;
  /** An approximator word was written ("more than", "or more"). */
  approximated: boolean;
}

/** Connectors that make "A <c> B" a range; 'and' only after "between", 'or' only upward. */
const RANGE_DASHES: ReadonlySet<string> = new Set(['-', '–', '—']);
/** Years, for telling "2018-2019" (a date range) from "20-30" (a count range). */
const YEAR_MIN = 1900;
/** Words pairing two numbers that share a unit ("5 to 7 percent", "5 and 7 percent"). */
const PAIRS: ReadonlySet<string> = new Set(['to', 'and', 'or']);
/** Tokens looked back from "from" for a verb of change. */
const CHANGE_WINDOW = 5;
/** Verbs that make "from A to B" a range ("prices range from $370,000 to $5.5 million"). */
const RANGE_VERBS: ReadonlySet<string> = new Set(['range', 'ranges', 'ranged', 'ranging', 'vary', 'varies', 'varied', 'varying', 'anywhere', 'spanning']);
/** Verbs of change that are not movements up or down ("went from", "changed from"). */
const CHANGE_VERBS: ReadonlySet<string> = new Set(['went', 'go', 'goes', 'going', 'changed', 'change', 'moved', 'shifted', 'revised', 'switched', 'boosted', 'reduced', 'slashed', 'hiked', 'lifted', 'trimmed']);
/** Punctuation that ends the look-back. */
const SENTENCE_PUNCT: ReadonlySet<string> = new Set(['.', ';', ':', '!', '?']);
const YEAR_MAX = 2100;

const isYearPhrase = (n: NumberPhrase) =>
  n.digits !== null && n.digits.length === 4 && n.low >= YEAR_MIN && n.low <= YEAR_MAX;

/** "$", "US$", "HK$", "£", "Rs.", "USD" before a number; returns [code, next index]. */
function currencyBefore(tokens: readonly Token[], i: number): [string, number] | null {
  const t = tokens[i];
  if (!t) return null;
  const sym = CURRENCY_SYMBOLS.get(t.lower);
  if (sym && t.kind === 'punct') {
    // "$US113 trillion", "$A5 million": the country letters after the sign
    const glued = tokens[i + 1];
    const code = glued && !glued.gap && glued.kind === 'word' ? CURRENCY_SYMBOLS.get(glued.lower + '$') : undefined;
    if (code && tokens[i + 2]?.kind === 'num' && !tokens[i + 2].gap) return [code, i + 2];
    return [sym, i + 1];
  }
  // letters glued to "$": "US$5", "HK$", "A$"; "U.S.$"
  if (t.kind === 'word' && tokens[i + 1]?.text === '$' && !tokens[i + 1].gap) {
    const code = CURRENCY_SYMBOLS.get(t.lower + '$');
    if (code) return [code, i + 2];
  }
  if (t.kind === 'word' && (t.lower === 'rs' || t.lower === 'rs.')) {
    const j = tokens[i + 1]?.text === '.' && !tokens[i + 1].gap ? i + 2 : i + 1;
    if (tokens[j]?.kind === 'num') return ['INR', j];
  }
  if (t.kind === 'word' && t.text === t.text.toUpperCase() && CURRENCY_CODES.has(t.lower) && tokens[i + 1]?.kind === 'num') {
    return [t.lower === 'rmb' ? 'CNY' : t.text, i + 1];
  }
  return null;
}

/** A capitalized word ("Swiss", "Kenyan"). */
const CAPITALIZED_RE = /^\p{Lu}/u;
/** A lone "p" glued to a numeral is pence ("183p" → GBP 1.83). */
const PENCE_MARK = 'p';

/** "Swiss francs", "South African rand", "Kenyan shillings": [code, next index, factor]. */
function nationalCurrencyAt(tokens: readonly Token[], i: number): [string, number, number] | null {
  let k = i;
  const first = tokens[k];
  if (!first || first.kind !== 'word' || !CAPITALIZED_RE.test(first.text)) return null;
  const second = tokens[k + 1];
  if (COUNTRY_FIRST_WORDS.has(first.lower) && second?.kind === 'word' && CAPITALIZED_RE.test(second.text)) k++;
  const code = NATIONAL_CURRENCIES.get(tokens[k].lower);
  const name = tokens[k + 1];
  if (!code || !name || name.kind !== 'word' || !name.gap) return null;
  const w = name.lower;
  if (!CURRENCY_WORDS.has(w) && !AMBIGUOUS_CURRENCY_WORDS.has(w) && !QUALIFIED_CURRENCY_WORDS.has(w)) return null;
  const end = (w === 'pound' || w === 'pounds') && tokens[k + 2]?.lower === 'sterling' ? k + 3 : k + 2;
  return [code, end, 1];
}

/** "183p", "50p": pence glued to a plain numeral (not a video resolution, "1080p"). */
function penceAt(tokens: readonly Token[], i: number, n: NumberPhrase): boolean {
  const t = tokens[i];
  const after = tokens[i + 1];
  if (!t || t.text !== PENCE_MARK || t.gap || i !== n.end || n.scale !== 1 || n.magnitude) return false;
  if (after && !after.gap && after.kind !== 'punct') return false; // "5pm", "3p2"
  return !RESOLUTION_NUMBERS.has(n.low);
}

/** Currency written after the amount: "euros", "Canadian dollars", "billion won", "cents". */
function currencyAfter(tokens: readonly Token[], i: number, n: NumberPhrase): [string, number, number] | null {
  const national = nationalCurrencyAt(tokens, i);
  if (national) return national;
  if (penceAt(tokens, i, n)) return ['GBP', i + 1, 0.01];
  let j = i;
  let qualifier: string | undefined;
  // "Hong Kong dollars", "New Zealand dollars", "U.S. dollars", "Canadian dollars"
  const w = tokens[j]?.lower;
  if (w === 'hong' || w === 'new') j++;
  if (tokens[j] && DOLLAR_QUALIFIERS.has(tokens[j].lower) && tokens[j + 1]?.lower.startsWith('dollar')) {
    qualifier = DOLLAR_QUALIFIERS.get(tokens[j].lower);
    j++;
  } else j = i;
  const t = tokens[j];
  if (!t || t.kind === 'num') return null;
  if (qualifier) return [qualifier, j + 1, 1];
  const word = CURRENCY_WORDS.get(t.lower);
  if (word && t.lower !== 'real') return [word, j + 1, 1];
  if (t.lower === 'real' && tokens[j - 1]?.lower === 'brazilian') return ['BRL', j + 1, 1];
  if ((t.lower === 'pounds' || t.lower === 'pound') && tokens[j + 1]?.lower === 'sterling') return ['GBP', j + 2, 1];
  if ((n.scale > 1 || n.magnitude) && AMBIGUOUS_CURRENCY_WORDS.has(t.lower)) return [AMBIGUOUS_CURRENCY_WORDS.get(t.lower)!, j + 1, 1];
  const sub = SUBUNIT_WORDS.get(t.lower);
  if (sub && n.scale === 1 && !n.magnitude) return [sub, j + 1, 0.01];
  if (t.kind === 'word' && t.text === t.text.toUpperCase() && CURRENCY_CODES.has(t.lower) && t.lower !== 'try') {
    return [t.lower === 'rmb' ? 'CNY' : t.text, j + 1, 1];
  }
  return null;
}

/** "%", "percent", "per cent", "pct", "percentage points", "basis points"; returns [unit, next]. */
function percentAfter(tokens: readonly Token[], i: number): [string, number] | null {
  const t = tokens[i];
  if (!t) return null;
  const w = t.lower;
  if (w === '%') return ['percent', i + 1];
  if (w === 'percent' || w === 'pct' || w === 'pct.') return ['percent', i + 1];
  if (w === 'per' && tokens[i + 1]?.lower === 'cent') return ['percent', i + 2];
  if (w === 'percentage' && /^points?$/.test(tokens[i + 1]?.lower ?? '')) return ['percentage-point', i + 2];
  if (w === 'percentage' && tokens[i + 1]?.text === '-' && /^points?$/.test(tokens[i + 2]?.lower ?? '')) return ['percentage-point', i + 3];
  if (w === 'basis' && /^points?$/.test(tokens[i + 1]?.lower ?? '')) return ['basis-point', i + 2];
  if (w === 'bps' || w === 'bp') return ['basis-point', i + 1];
  if (w === 'pc' && !t.gap) return ['percent', i + 1]; // British "1.38pc"
  // "two-percent", "5-percentage-point": a hyphen before the unit
  if (w === '-' && !t.gap && tokens[i + 1] && !tokens[i + 1].gap && tokens[i + 1].lower !== '-') return percentAfter(tokens, i + 1);
  return null;
}

/** Largest numeral read as a rate move in bare points ("cut rates by 1.1 points"); index points are larger. */
const MAX_RATE_POINTS = 10;

/** "1.1 points", "1.1-point" in a sentence about rates: percentage points. */
function ratePointsAfter(tokens: readonly Token[], j: number, value: number, spelled: boolean): [string, number] | null {
  // "at one point": a spelled number before "point" is an idiom, not a rate move
  if (value > MAX_RATE_POINTS || spelled) return null;
  const k = tokens[j]?.text === '-' && !tokens[j].gap ? j + 1 : j;
  if (!/^points?$/.test(tokens[k]?.lower ?? '') || tokens[k + 1]?.lower === 'of') return null;
  return rateContext(tokens, k) ? ['percentage-point', k + 1] : null;
}

/** A verb of change shortly before "from" ("increased ... from 13.5 to 14 mm"): two values. */
function changeBefore(tokens: readonly Token[], fromAt: number): boolean {
  for (let k = fromAt - 1; k >= 0 && k >= fromAt - CHANGE_WINDOW; k--) {
    const w = tokens[k].lower;
    if (RANGE_VERBS.has(w)) return false;
    if (MOVEMENT_WORDS.has(w) || CHANGE_VERBS.has(w)) return true;
    if (SENTENCE_PUNCT.has(w)) break;
  }
  return false;
}

/** Fraction words of a rate move ("a quarter point", "half-point", "three-quarters of a point"). */
const POINT_FRACTIONS: ReadonlyMap<string, number> = new Map([['half', 0.5], ['quarter', 0.25]]);
/** Tokens looked at around a bare "point" for a word about rates. */
const RATE_CONTEXT_WINDOW = 12;

/** A word about interest rates or yields near a bare "point" ("cut rates by a quarter point"). */
function rateContext(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - RATE_CONTEXT_WINDOW; k--) {
    if (SENTENCE_PUNCT.has(tokens[k].text)) break;
    if (RATE_WORDS.has(tokens[k].lower)) return true;
  }
  for (let k = i + 1; k < tokens.length && k <= i + RATE_CONTEXT_WINDOW / 2; k++) {
    if (SENTENCE_PUNCT.has(tokens[k].text)) break;
    if (RATE_WORDS.has(tokens[k].lower)) return true;
  }
  return false;
}

/** "point(s)" after a fraction of a rate move, when the sentence is about rates: percentage points. */
function pointUnitAt(tokens: readonly Token[], j: number, fraction: boolean): [string, number] | null {
  const unit = percentAfter(tokens, j);
  if (unit) return unit[0] === 'percent' ? null : unit;
  // "at one point", "a point when": a bare point needs a fraction word ("a quarter point")
  return fraction && /^points?$/.test(tokens[j]?.lower ?? '') && rateContext(tokens, j) ? ['percentage-point', j + 1] : null;
}

/**
 * A rate move without a numeral: "half a percentage point", "a quarter of a percentage point",
 * "a basis point", "a quarter point", "a half-point cut", "three-quarters of a point"
 * (bare "point" only in a sentence about rates). Returns the phrase and its unit.
 */
function pointFractionAt(tokens: readonly Token[], i: number): [NumberPhrase, [string, number]] | null {
  let value = 1;
  let j = i;
  const w = tokens[i]?.lower;
  if (w === 'a' || w === 'one') j++;
  let fraction = POINT_FRACTIONS.get(tokens[j]?.lower ?? '');
  if (fraction === undefined && (tokens[j]?.lower === 'three' || tokens[j]?.lower === 'two')) {
    const k = tokens[j + 1]?.text === '-' ? j + 2 : j + 1; // "three-quarters", "two-thirds", "two thirds"
    const denominator = tokens[k]?.lower ?? '';
    if (tokens[j].lower === 'three' && /^quarters?$/.test(denominator)) fraction = 0.75;
    else if (tokens[j].lower === 'two' && /^thirds?$/.test(denominator)) fraction = 0.67;
    if (fraction !== undefined) j = k;
  }
  if (fraction !== undefined) {
    value = fraction;
    j++;
    if (tokens[j]?.lower === 'of' && tokens[j + 1]?.lower === 'a') j += 2; // "a quarter of a point"
    else if (tokens[j]?.lower === 'a' && fraction === 0.5) j++; // "half a point"
    else if (tokens[j]?.text === '-' && !tokens[j].gap) j++; // "quarter-point"
  } else if (j === i) return null;
  const unit = pointUnitAt(tokens, j, fraction !== undefined);
  if (!unit) return null;
  const phrase: NumberPhrase = {
    first: i, end: j, low: value, high: value, approx: 'exact', spelled: true, digits: null,
    formatted: false, scale: 1, abbreviated: false, magnitude: false,
  };
  return [phrase, unit];
}

/** Words of a contest before a result written with "to" ("won 3 to 1", "beat them 24 to 17"). */
const TALLY_BEFORE = /^(?:won|beat|defeated|lost|led|trailed|edged|drew|tied)$/;
/** Words of a contest after such a result ("a 3 to 1 win"). */
const TALLY_AFTER = /^(?:win|victory|defeat|loss|draw)$/;
/** Nouns of a result a few words before it ("the final score was 24 to 17"). */
const TALLY_NOUNS = /^(?:score|scoreline)$/;
/** How many tokens before a result its verb or noun may stand. */
const TALLY_REACH = 3;

/**
 * Is "first to second" (a larger number first) the result of a contest: two small whole numbers next
 * to a word of a contest? A vote tally ("voted 7 to 2", "by a vote of 68 to 31") stays two counts.
 */
function tallyAround(tokens: readonly Token[], first: NumberPhrase, second: NumberPhrase): boolean {
  const small = (n: NumberPhrase) => n.high === null || n.high === n.low ? Number.isInteger(n.low) && n.low < 1000 && n.scale === 1 && !n.magnitude : false;
  if (!small(first) || !small(second)) return false;
  if (TALLY_AFTER.test(tokens[second.end]?.lower ?? '')) return true;
  // "won 3 to 1", "beat the Lions 21 to 14", "the final score was 24 to 17"
  for (let k = first.first - 1; k >= Math.max(0, first.first - TALLY_REACH); k--) if (TALLY_BEFORE.test(tokens[k].lower) || TALLY_NOUNS.test(tokens[k].lower)) return true;
  return false;
}

/** The second number of a range after the connector at j, with the first re-scaled if needed. */
function rangeAt(
  tokens: readonly Token[],
  j: number,
  first: NumberPhrase,
  intro: 'between' | 'from' | null,
  movement: boolean,
): { second: NumberPhrase; low: number; end: number; skip: boolean } | null {
  const c = tokens[j];
  if (!c) return null;
  const dash = RANGE_DASHES.has(c.text);
  // "rose 5% to 7%", "went from $5 to $10" are changes (two values); "ranging from 5 to 7%" a range
  const toRange = c.lower === 'to' && !movement;
  const ok = dash || toRange || (c.lower === 'and' && intro === 'between') || (c.lower === 'or' && intro === null);
  if (!ok) return null;
  let k = j + 1;
  const cur = currencyBefore(tokens, k);
  if (cur) k = cur[1];
  const second = numberAt(tokens, k);
  if (!second || second.magnitude) return null;
  if (first.spelled !== second.spelled && !dash && c.lower === 'or') return null;
  let low = first.low;
  // "20 to 30 million", "$20-30 billion": the later scale covers the first number
  if (first.scale === 1 && second.scale > 1 && low * second.scale <= second.low) low = clean(low * second.scale);
  const high = second.high ?? second.low;
  if (dash && intro !== 'between') {
    // "3-1" is a score, "2018-2019" a date range, "555-0123" a phone number: none is a count
    const phone = first.digits !== null && second.digits !== null &&
      (second.digits.startsWith('0') || (first.digits.length === 3 && second.digits.length === 4));
    const third = tokens[second.end];
    const chained = third !== undefined && !third.gap && RANGE_DASHES.has(third.text) && tokens[second.end + 1]?.kind === 'num';
    if (high <= low || phone || chained || (isYearPhrase(first) && isYearPhrase(second))) {
      return { second, low, end: chained ? second.end + 2 : second.end, skip: true };
    }
  }
  // "won 3 to 1", "the final score was 24 to 17": a contest's result written with "to" is a score, like "3-1"
  if (high <= low && c.lower === 'to' && tallyAround(tokens, first, second)) return { second, low, end: second.end, skip: true };
  if (high <= low) return null;
  // "in 2018 to 3.9 million headsets", "2018 or 2019": a year, not the low end of a range
  if (isYearPhrase(first) && !isYearPhrase(second)) return null;
  return { second, low, end: second.end, skip: false };
}

function mentionAt(tokens: readonly Token[], i: number): Mention | null {
  let j = i;
  let start = i;
  let approxWord: ApproxWord | null = null;
  const pre = prefixApproxAt(tokens, j);
  if (pre) {
    approxWord = pre.kind;
    j = pre.next;
  }
  let intro: 'between' | 'from' | null = null;
  let introAt = -1;
  const w = tokens[j]?.lower;
  if (w === 'between' || w === 'from') {
    intro = w;
    introAt = j;
    j++;
  }
  let currency: string | undefined;
  const cur = currencyBefore(tokens, j);
  if (cur) [currency, j] = cur;
  const point = currency ? null : pointFractionAt(tokens, j);
  const first = point ? point[0] : numberAt(tokens, j);
  if (!first) return null;
  j = first.end;
  let unit = '';
  let measure: Measure = 'plain';
  let factor = 1;
  if (currency) measure = 'money';
  let pct = point ? point[1] : measure === 'plain' ? (percentAfter(tokens, j) ?? ratePointsAfter(tokens, j, first.high ?? first.low, first.spelled)) : null;
  if (pct) {
    [unit, j] = pct;
    measure = 'percent';
  }
  let interval: Interval = intervalOf(first, approxWord);
  let second: NumberPhrase | undefined;
  // after a verb of change, "5% to 7%" is from-to; "30 to 40 percent" stays a range
  const movement = intro === 'from'
    ? changeBefore(tokens, introAt)
    : measure !== 'plain' && MOVEMENT_WORDS.has(tokens[i - 1]?.lower ?? '');
  const range = first.magnitude ? null : rangeAt(tokens, j, first, intro, movement);
  if (range?.skip) {
    return { first: start, end: range.end, number: first, interval, measure: 'skip', unit, approximated: false };
  }
  if (range) {
    second = range.second;
    j = range.end;
    interval = { low: range.low, high: second.high ?? second.low, approx: 'range' };
    if (measure !== 'money' && measure !== 'percent') {
      pct = percentAfter(tokens, j);
      if (pct) {
        [unit, j] = pct;
        measure = 'percent';
      }
    } else if (measure === 'percent') {
      const again = percentAfter(tokens, j); // "5% to 7%", "5 percent to 7 percent"
      if (again && again[0] === unit) j = again[1];
    }
  } else if (intro === 'between') return null;
  else if (intro === 'from' && introAt === i) start = introAt + 1; // "from 20": the span starts at the number
  if (measure === 'plain' || (measure === 'money' && currency === 'JPY')) {
    const after = currencyAfter(tokens, j, second ?? first);
    if (after) {
      const code = currency === 'JPY' && after[0] === 'CNY' ? 'CNY' : after[0];
      [unit, j, factor] = [code, after[1], after[2]];
      measure = 'money';
    } else if (first.magnitude && tokens[j]?.lower === 'of') {
      const ofMoney = currencyAfter(tokens, j + 1, first); // "millions of dollars"
      if (ofMoney) [unit, j, factor, measure] = [ofMoney[0], ofMoney[1], ofMoney[2], 'money'];
    }
  }
  if (measure === 'money' && currency) unit = currency;
  if (approxWord === null && !range) {
    const suf = suffixApproxAt(tokens, j);
    if (suf) {
      approxWord = suf.kind;
      interval = intervalOf(first, approxWord);
      j = suf.next;
    }
  }
  if (factor !== 1) interval = scaleInterval(interval, factor); // "50 cents" → 0.5
  return { first: start, end: j, number: first, second, interval, measure, unit, approximated: approxWord !== null };
}

/** "rose from 5 to 7 percent": a bare number paired with a percentage is a percentage too. */
function sharePercentUnits(tokens: readonly Token[], mentions: Mention[]): void {
  for (let k = 0; k + 1 < mentions.length; k++) {
    const a = mentions[k];
    const b = mentions[k + 1];
    if (a.measure !== 'plain' || b.measure !== 'percent' || b.first !== a.end + 1) continue;
    if (!PAIRS.has(tokens[a.end].lower) || a.number.spelled !== b.number.spelled) continue;
    a.measure = 'percent';
    a.unit = b.unit;
  }
}

let cachedTokens: readonly Token[] | undefined;
let cachedMentions: Mention[] = [];

/** Every number mention in the text, left to right, non-overlapping (cached per text). */
export function scanMentions(text: string): { tokens: readonly Token[]; mentions: readonly Mention[] } {
  const tokens = tokenize(text);
  if (tokens === cachedTokens) return { tokens, mentions: cachedMentions };
  const mentions: Mention[] = [];
  for (let i = 0; i < tokens.length; ) {
    const m = mentionAt(tokens, i);
    if (m) {
      mentions.push(m);
      i = m.end;
    } else i++;
  }
  sharePercentUnits(tokens, mentions);
  listPercentUnits(tokens, mentions);
  cachedTokens = tokens;
  cachedMentions = mentions;
  return { tokens, mentions };
}
