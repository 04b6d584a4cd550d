/**
 * Numbers that are not quantities: names ("5G", "Mate 30", "Group of 20", "COVID-19"),
 * labels ("No. 1", "Section 232"), dates ("Oct. 9"), clock times ("3 p.m."), years
 * ("in 2018"), list numbering ("1." at a line start) and glued identifiers.
 */
import { CLOCK_WORDS, LABEL_WORDS, MONTH_WORDS, PREFIX_UNITS, STOP_WORDS, UNIT_ABBREVIATIONS } from '../vocab/units.js';
import { SCALE_ABBREVIATIONS } from '../vocab/numbers.js';
import type { NumberPhrase } from './number.js';
import type { Token } from './tokens.js';

/** Years a bare four-digit integer is read as (the date tagger takes them). */
export const YEAR_MIN = 1900;
export const YEAR_MAX = 2100;
/** A word with a capital letter somewhere ("Mate", "iPhone", "COVID"). */
const HAS_CAPITAL_RE = /\p{Lu}/u;
/** Punctuation that glues a number into an identifier, date or time ("9/11", "10:30"). */
const GLUE: ReadonlySet<string> = new Set(['/', ':', '_', '@', '#', '.', '\\', '=']);
/** Sentence-initial adverbs that may precede a count ("Exactly 12 ...", "Today 5 ..."). */
const START_ADVERBS: ReadonlySet<string> = new Set([
  'exactly', 'precisely', 'fully', 'barely', 'merely', 'perhaps', 'maybe', 'today', 'yesterday',
  'currently', 'altogether', 'nationwide', 'worldwide', 'overall', 'approximately', 'reportedly',
  'initially', 'officially', 'meanwhile', 'already', 'since', 'until', 'once', 'twice',
]);
/** Sentence-ending punctuation: a capitalized word after it is a sentence start. */
const SENTENCE_END_RE = /^[.!?:;"“”'‘’()[\]\-–—•|]$/;

const isMonth = (t: Token | undefined) => t !== undefined && MONTH_WORDS.has(t.lower);

/** The word before token i, skipping an abbreviation dot ("Oct. 9"). */
function wordBefore(tokens: readonly Token[], i: number): [Token | undefined, number] {
  let k = i - 1;
  if (tokens[k]?.text === '.' && !tokens[k].gap) k--;
  return [tokens[k], k];
}

/** Token k starts a sentence (text start, line start or after sentence punctuation). */
export function sentenceInitial(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!t) return true;
  if (t.lineStart) return true;
  const prev = tokens[k - 1];
  return !prev || SENTENCE_END_RE.test(prev.text);
}

/** A capitalized word that is a name, not a function word at a sentence start. */
export function isNameWord(tokens: readonly Token[], k: number, beforeNumber = false): boolean {
  const t = tokens[k];
  if (!t || t.kind !== 'word' || !HAS_CAPITAL_RE.test(t.text)) return false;
  if (STOP_WORDS.has(t.lower) || START_ADVERBS.has(t.lower)) return false;
  // at a sentence start a capital says nothing, except right before a number ("Boeing 737 jets")
  if (sentenceInitial(tokens, k) && t.text.slice(1) === t.text.slice(1).toLowerCase()) return beforeNumber;
  return true;
}

/** The number token of a phrase is glued to letters or an identifier ("5G", "COVID-19", "G20"). */
function glued(tokens: readonly Token[], n: NumberPhrase): boolean {
  const t = tokens[n.first];
  if (t.kind !== 'num') return false;
  const prev = tokens[n.first - 1];
  if (!t.gap && prev) {
    if (prev.kind === 'word' || GLUE.has(prev.text)) return true;
    // "COVID-19", "F-35", "G-20": a hyphen glued to letters
    const before = tokens[n.first - 2];
    if ((prev.text === '-' || prev.text === '–') && !prev.gap && before?.kind === 'word' && !PREFIX_UNITS.has(before.lower)) return true;
    if (prev.text === "'" || prev.text === '’') return true; // "'19"
  }
  const next = tokens[n.end];
  if (next && !next.gap && n.end === n.first + 1) {
    // "5G", "3D", "737MAX"; and "9th", which the ordinal tagger reads
    if (next.kind === 'word' && !SCALE_ABBREVIATIONS.has(next.lower) && !UNIT_ABBREVIATIONS.has(next.lower)) return true;
    if (GLUE.has(next.text) && tokens[n.end + 1]?.kind === 'num' && !tokens[n.end + 1].gap) return true;
  }
  return false;
}

/** A label before the number ("No. 5", "Section 232", "Mate 30", "Group of 20", "phase 2"). */
function labelled(tokens: readonly Token[], n: NumberPhrase): boolean {
  const [prev, k] = wordBefore(tokens, n.first);
  if (!prev) return false;
  if (LABEL_WORDS.has(prev.lower) || prev.text === '#') return true;
  if (tallied(tokens, n)) return false; // "passed the House 230 to 197": a vote, not a label
  if (/['’]s$/.test(prev.text)) return false; // "the Premier League's 20 clubs"
  if (isNameWord(tokens, k, k === n.first - 1) && !isMonth(prev)) return true;
  // "Group of 20", "Group of Seven"
  if (prev.lower === 'of' && isNameWord(tokens, k - 1)) return true;
  return false;
}

/** "230 to 197": a tally (a larger number, "to", a smaller one). */
function tallied(tokens: readonly Token[], n: NumberPhrase): boolean {
  const other = tokens[n.end + 1];
  if (tokens[n.end]?.lower !== 'to' || other?.kind !== 'num') return false;
  const v = Number(other.text.replaceAll(',', ''));
  return v < n.low;
}

/** Next to a month ("Oct. 9", "19 August", "9 of October") or a clock word ("3 p.m."). */
function dateOrTime(tokens: readonly Token[], n: NumberPhrase): boolean {
  const [prev] = wordBefore(tokens, n.first);
  if (isMonth(prev)) return true;
  const next = tokens[n.end];
  if (isMonth(next)) return true;
  if (next?.lower === 'of' && isMonth(tokens[n.end + 1])) return true;
  if (next && CLOCK_WORDS.has(next.lower)) return true;
  return false;
}

/** "1." or "2)" starting a line or a sentence is list numbering. */
function listNumber(tokens: readonly Token[], n: NumberPhrase): boolean {
  const next = tokens[n.end];
  return sentenceInitial(tokens, n.first) && next !== undefined && !next.gap && (next.text === '.' || next.text === ')');
}

/** "0143" (a leading zero) or "380 737": a numeral right after another one is an identifier. */
function identifierDigits(tokens: readonly Token[], n: NumberPhrase): boolean {
  if (n.digits !== null && n.digits.length > 1 && n.digits.startsWith('0')) return true;
  return tokens[n.first - 1]?.kind === 'num';
}

/** A bare four-digit integer between 1900 and 2100. */
export function isYear(n: NumberPhrase): boolean {
  return n.digits !== null && n.digits.length === 4 && n.low >= YEAR_MIN && n.low <= YEAR_MAX;
}

/** True when the number at this phrase is a name, label, date, time or list number. */
export function notAQuantity(tokens: readonly Token[], n: NumberPhrase): boolean {
  if (n.spelled) {
    // spelled numbers only fail as part of a name ("Group of Seven", "Formula One")
    const hyphenBefore = !tokens[n.first].gap && tokens[n.first - 1]?.text === '-'; // "one-on-one"
    return hyphenBefore || labelled(tokens, n) || isNameWord(tokens, n.first);
  }
  return glued(tokens, n) || labelled(tokens, n) || dateOrTime(tokens, n) || listNumber(tokens, n) || identifierDigits(tokens, n);
}
