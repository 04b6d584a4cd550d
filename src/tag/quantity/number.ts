/**
 * Number phrases: a numeral or spelled-out number with its scale, as an interval.
 * "1,234.5", "1.5 million", "£3.2m" (the scale part), "a hundred", "two dozen",
 * "twenty-five", "half a million", "290-something", "a few hundred", "tens of thousands".
 */
import { FEW_WORDS, MAGNITUDE_PLURALS, NUMBER_WORDS, SCALE_ABBREVIATIONS, SCALE_WORDS } from '../vocab/numbers.js';
import type { Token } from './tokens.js';

/** Western grouping ("414,188"), Indian lakh grouping ("4,14,188"), or plain digits. */
const NUMERAL_RE = /^(?:\d{1,3}(?:,\d{3})+|\d{1,2}(?:,\d{2})+,\d{3}|\d+)(?:\.\d+)?$/;
/** Suffixes that turn a round number into a decade-like interval ("290-something" → [290, 299]). */
const SOMETHING_WORDS: ReadonlySet<string> = new Set(['something', 'odd', 'ish']);
/** Suffixes meaning "this many or more" ("100-plus", "100+"). */
const PLUS_WORDS: ReadonlySet<string> = new Set(['plus', '+']);
/** Largest numeral we believe is a quantity (longer digit strings are ids, phone numbers). */
const MAX_DIGITS = 16;

export interface NumberPhrase {
  /** Token index of the first and one past the last token of the phrase. */
  first: number;
  end: number;
  low: number;
  high: number | null;
  /** How the phrase itself bounds the value (before any approximator word). */
  approx: 'exact' | 'about' | 'at-least' | 'range';
  /** The number was spelled out ("two", "a hundred"), not written in digits. */
  spelled: boolean;
  /** The digits of a bare integer numeral ("2019"), for the year/phone guards; else null. */
  digits: string | null;
  /** The numeral had a decimal part or thousands separators. */
  formatted: boolean;
  /** Scale written after the number (1 if none); `abbreviated` when it was "m", "bn", "k". */
  scale: number;
  abbreviated: boolean;
  /** A plural magnitude without a number ("dozens", "hundreds of thousands"). */
  magnitude: boolean;
}

/** Round away binary noise (1.1 × 1e9 = 1100000000.0000002). */
export const clean = (x: number): number => Number(x.toPrecision(12));

export function parseNumeral(text: string): number | null {
  if (text.length > MAX_DIGITS + 6 || !NUMERAL_RE.test(text)) return null;
  return Number(text.replaceAll(',', ''));
}

const word = (tokens: readonly Token[], i: number): string | undefined =>
  i < tokens.length && tokens[i].kind !== 'num' ? tokens[i].lower : undefined;

/** Matches a fixed word sequence at i (e.g. ['a', 'few']); returns the index after it or -1. */
export function matchWords(tokens: readonly Token[], i: number, words: readonly string[]): number {
  for (let k = 0; k < words.length; k++) if (word(tokens, i + k) !== words[k]) return -1;
  return i + words.length;
}

/** Scale words after index i, multiplied out ("hundred thousand"); returns [scale, next index]. */
function scalesAt(tokens: readonly Token[], i: number): [number, number] {
  let scale = 1;
  let j = i;
  for (;;) {
    const s = SCALE_WORDS.get(word(tokens, j) ?? '');
    if (s === undefined || (s === 12 && scale !== 1)) break;
    scale *= s;
    j++;
  }
  return [scale, j];
}

/** Spelled-out cardinal ("two hundred and thirty-five", "a million", "half a dozen"). */
function spelledAt(tokens: readonly Token[], i: number): [number, number] | null {
  let j = i;
  let total = 0;
  let current = 0;
  let seen = false;
  const w0 = word(tokens, j);
  if ((w0 === 'a' || w0 === 'an') && SCALE_WORDS.has(word(tokens, j + 1) ?? '')) {
    current = 1;
    seen = true;
    j++;
  } else if (w0 === 'half' && word(tokens, j + 1) === 'a' && SCALE_WORDS.has(word(tokens, j + 2) ?? '')) {
    current = 0.5;
    seen = true;
    j += 2;
  }
  for (;;) {
    const w = word(tokens, j);
    if (w === undefined) break;
    const small = NUMBER_WORDS.get(w);
    const scale = SCALE_WORDS.get(w);
    if (small !== undefined) {
      // "twenty five" / "twenty-five": a unit after a ten; otherwise two numbers ("one two")
      // after a hundred/scale ("two hundred five") or a ten ("twenty five"); else two numbers
      if (seen && current % 100 !== 0 && !(current % 100 >= 20 && current % 10 === 0 && small < 10)) break;
      current += small;
      seen = true;
      j++;
    } else if (scale !== undefined && seen) {
      if (scale === 100 || scale === 12) current = (current || 1) * scale;
      else {
        total += (current || 1) * scale;
        current = 0;
      }
      j++;
    } else if (w === '-' && seen && !tokens[j].gap && NUMBER_WORDS.has(word(tokens, j + 1) ?? '') && !tokens[j + 1].gap) {
      j++; // "twenty-five"
    } else if (w === 'and' && seen && current >= 100 && current % 100 === 0 && NUMBER_WORDS.has(word(tokens, j + 1) ?? '')) {
      j++; // "a hundred and fifty"
    } else break;
  }
  if (!seen) return null;
  // do not swallow a trailing hyphen or "and" that led nowhere
  while (j > i && (tokens[j - 1].lower === '-' || tokens[j - 1].lower === 'and')) j--;
  return [clean(total + current), j];
}

/** "290-something", "40-odd" → [n, n + step − 1] with step the place of the last nonzero digit. */
function somethingRange(n: number): [number, number] {
  let step = 1;
  while (n % (step * 10) === 0 && step < 1e12) step *= 10;
  step = Math.max(step, 10);
  return [n, n + step - 1];
}

/** A "few" multiplier followed by a scale: "a few hundred", "several thousand" → [2s, 10s − 1]. */
function fewAt(tokens: readonly Token[], i: number): NumberPhrase | null {
  for (const words of FEW_WORDS) {
    const j = matchWords(tokens, i, words);
    if (j < 0) continue;
    const [scale, k] = scalesAt(tokens, j);
    if (scale === 1) return null;
    return {
      first: i, end: k, low: 2 * scale, high: 10 * scale - 1, approx: 'about', spelled: true,
      digits: null, formatted: false, scale, abbreviated: false, magnitude: false,
    };
  }
  return null;
}

/** Plural magnitudes: "dozens", "hundreds", "tens of thousands", "hundreds of millions". */
function magnitudeAt(tokens: readonly Token[], i: number): NumberPhrase | null {
  const m = MAGNITUDE_PLURALS.get(word(tokens, i) ?? '');
  if (m === undefined) return null;
  let size = m;
  let j = i + 1;
  while (word(tokens, j) === 'of' && MAGNITUDE_PLURALS.has(word(tokens, j + 1) ?? '')) {
    size *= MAGNITUDE_PLURALS.get(word(tokens, j + 1)!)!;
    j += 2;
  }
  if (m === 10 && j === i + 1) return null; // bare "tens" is not a magnitude
  if (m === 20 && j === i + 1 && word(tokens, j) !== 'of') return null; // "scores" as in results
  return {
    first: i, end: j, low: clean(2 * size), high: null, approx: 'at-least', spelled: true,
    digits: null, formatted: false, scale: 1, abbreviated: false, magnitude: true,
  };
}

/**
 * The number phrase starting at token i, or null. `allowAbbreviatedScale` accepts "m"/"bn"/"k"
 * after a numeral (always right for money; for counts "5m" may be metres, the caller decides).
 */
export function numberAt(tokens: readonly Token[], i: number): NumberPhrase | null {
  const t = tokens[i];
  if (t === undefined) return null;
  if (t.kind === 'num') {
    let v = parseNumeral(t.text);
    if (v === null) return null;
    const formatted = /[.,]/.test(t.text);
    let j = i + 1;
    let scale = 1;
    let abbreviated = false;
    const next = tokens[j];
    if (next && !next.gap && next.kind === 'word' && SCALE_ABBREVIATIONS.has(next.lower)) {
      scale = SCALE_ABBREVIATIONS.get(next.lower)!;
      abbreviated = true;
      j++;
    } else if (next && next.gap) {
      [scale, j] = scalesAt(tokens, j);
    } else if (next?.text === '-' && tokens[j + 1] && !tokens[j + 1].gap && SCALE_WORDS.has(tokens[j + 1].lower)) {
      [scale, j] = scalesAt(tokens, j + 1); // "$1.2-billion"
    }
    v = clean(v * scale);
    const phrase: NumberPhrase = {
      first: i, end: j, low: v, high: v, approx: 'exact', spelled: false,
      digits: formatted || scale !== 1 ? null : t.text, formatted, scale, abbreviated, magnitude: false,
    };
    // "290-something", "100-plus", "100+"
    const dash = tokens[j];
    if (scale === 1 && dash && !dash.gap && dash.text === '-' && tokens[j + 1] && !tokens[j + 1].gap) {
      const w = tokens[j + 1].lower;
      if (SOMETHING_WORDS.has(w)) {
        [phrase.low, phrase.high] = somethingRange(v);
        phrase.approx = 'range';
        phrase.end = j + 2;
        phrase.digits = null;
      } else if (PLUS_WORDS.has(w)) {
        phrase.high = null;
        phrase.approx = 'at-least';
        phrase.end = j + 2;
        phrase.digits = null;
      }
    } else if (dash && !dash.gap && dash.text === '+') {
      phrase.high = null;
      phrase.approx = 'at-least';
      phrase.end = j + 1;
      phrase.digits = null;
    }
    return phrase;
  }
  if (t.kind !== 'word') return null;
  const few = fewAt(tokens, i);
  if (few) return few;
  const mag = magnitudeAt(tokens, i);
  if (mag) return mag;
  const spelled = spelledAt(tokens, i);
  if (!spelled) return null;
  const [value, end] = spelled;
  const lastIsScale = SCALE_WORDS.has(tokens[end - 1].lower);
  return {
    first: i, end, low: value, high: value, approx: 'exact', spelled: true, digits: null,
    formatted: false, scale: lastIsScale ? SCALE_WORDS.get(tokens[end - 1].lower)! : 1,
    abbreviated: false, magnitude: false,
  };
}
