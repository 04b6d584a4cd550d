/**
 * Small readers around a candidate boundary: the token before it, the word after it.
 * All take and return offsets into the full text; none allocates except `wordAt`/`slice`.
 */
import { isBullet, isDigit, isLetter, isOpener, isSpace, isLower, isUpper, isLineBullet } from './chars.js';
import { SENTENCE_STARTERS } from './vocab.js';

/** Longest token (chars) we look back or ahead through; keeps run-together text linear. */
export const MAX_TOKEN_CHARS = 256;
/** Most bullets, spaces and opening quotes before the first word of a sentence. */
const MAX_LEAD_CHARS = 8;

/** Start of the whitespace-delimited token that ends at `end`, not before `min` (nor too far back). */
export function tokenStart(text: string, end: number, min: number): number {
  let i = end;
  const floor = Math.max(min, end - MAX_TOKEN_CHARS);
  while (i > floor && !isSpace(text.charCodeAt(i - 1))) i--;
  return i;
}

/** First offset at or after `i` that is not an opening quote or bracket. */
export function skipOpeners(text: string, i: number, end: number): number {
  while (i < end && isOpener(text.charCodeAt(i))) i++;
  return i;
}

export function skipSpace(text: string, i: number, end: number): number {
  while (i < end && isSpace(text.charCodeAt(i))) i++;
  return i;
}

/** End of the run of letters starting at `i`. */
export function lettersEnd(text: string, i: number, end: number): number {
  const limit = Math.min(end, i + MAX_TOKEN_CHARS);
  while (i < limit && isLetter(text.charCodeAt(i))) i++;
  return i;
}

/** The run of letters starting at `i` ('' if none). */
export function wordAt(text: string, i: number, end: number): string {
  return text.slice(i, lettersEnd(text, i, end));
}

/** Is the capitalized word at `i` one that opens sentences (and not an initial like "A. Smith")? */
export function startsSentenceWord(text: string, i: number, end: number): boolean {
  const e = lettersEnd(text, i, end);
  if (e === i) return false;
  if (e - i === 1 && e < end && text.charCodeAt(e) === 0x2e) return false;
  return SENTENCE_STARTERS.has(text.slice(i, e));
}

/** "U.S", "a.m", "Ph.D", "U.S.A": two or more groups of one or two letters joined by periods. */
export function isDotted(word: string): boolean {
  let groups = 0, run = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c === 0x2e) {
      if (run === 0 || run > 2) return false;
      groups++;
      run = 0;
    } else if (isLetter(c)) run++;
    else return false;
  }
  return run > 0 && run <= 2 && groups >= 1;
}

export function isAmPm(word: string): boolean {
  return word === 'a.m' || word === 'p.m' || word === 'A.M' || word === 'P.M';
}

/** Item labels: "1", "12", "a", "iv", "IV". */
export function isItemLabel(word: string): boolean {
  const n = word.length;
  if (n === 0 || n > 4) return false;
  let digits = 0;
  for (let i = 0; i < n; i++) if (isDigit(word.charCodeAt(i))) digits++;
  if (digits === n) return n <= 3;
  if (n === 1) return isLetter(word.charCodeAt(0));
  for (let i = 0; i < n; i++) {
    const c = word.charCodeAt(i) | 0x20;
    if (c !== 0x69 && c !== 0x76 && c !== 0x78) return false; // i v x
  }
  return true;
}

/** Is `ts` the first token of the sentence that starts at `sentStart` (after bullets and quotes)? */
export function isFirstToken(text: string, sentStart: number, ts: number): boolean {
  let p = sentStart;
  while (p < ts && isSpace(text.charCodeAt(p))) p++;
  if (ts - p > MAX_LEAD_CHARS) return false;
  for (;;) {
    while (p < ts && isSpace(text.charCodeAt(p))) p++;
    if (p < ts && (isLineBullet(text.charCodeAt(p)) || isBullet(text.charCodeAt(p)))) { p++; continue; }
    break;
  }
  p = skipOpeners(text, p, ts);
  return p === ts;
}

/** Does the word before `ts` start with a lowercase letter (or is there none)? */
export function previousWordIsLower(text: string, ts: number, min: number): boolean {
  let p = ts;
  while (p > min && isSpace(text.charCodeAt(p - 1))) p--;
  if (p === min) return true;
  const s = skipOpeners(text, tokenStart(text, p, min), p);
  const c = text.charCodeAt(s);
  return isLower(c) || !isUpper(c) && !isDigit(c);
}
