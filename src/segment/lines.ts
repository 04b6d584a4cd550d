/**
 * Hard boundaries inside a paragraph: blank lines always, and single line breaks after a
 * headline, byline, label or list item that has no end punctuation. Clean text has no line
 * breaks inside a block, so this only does work on raw text.
 */
import { isDigit, isLineBreak, isLineBullet, isLower, isSpace, isTerminator, isCloser, isLetter, isUpper } from './chars.js';
import { startsSentenceWord } from './tokens.js';
import { HEADLINE_SMALL_WORDS } from './vocab.js';

export interface Range {
  start: number;
  end: number;
}

/** Longest line that can still be a headline or byline (longer lines are prose). */
const MAX_HEADLINE_CHARS = 160;
/** A line of at most this many words is a label ("Huawei ban", "Latest News"), not prose. */
const MAX_LABEL_WORDS = 3;
/** Share of capitalized content words that makes a line title case. */
const TITLE_CASE_SHARE = 0.75;
/** A line this close to the block's longest line is hard-wrapped prose, not a line of its own. */
const WRAPPED_LINE_SHARE = 0.85;
/** Lines without any end punctuation in a block of at least this many are a list ("features\ncontact\n..."). */
const MIN_FRAGMENT_LINES = 3;
const LF = 0x0a;
const CR = 0x0d;
const PARAGRAPH_SEPARATOR = 0x2029;

/** Split [start, end) into ranges at blank lines and at line breaks that end a unit. */
export function splitLines(text: string, start: number, end: number, out: Range[]): void {
  let first = -1;
  for (let i = start; i < end; i++) {
    if (isLineBreak(text.charCodeAt(i))) { first = i; break; }
  }
  if (first < 0) { out.push({ start, end }); return; }

  // lines as [start, end) pairs without their line break; a blank line or U+2029 closes a block
  let block: number[] = [];
  let ls = start;
  let i = first;
  for (;;) {
    const le = i;
    let blank = true;
    for (let p = ls; p < le; p++) if (!isSpace(text.charCodeAt(p))) { blank = false; break; }
    if (blank) { flushBlock(text, block, out); block = []; } else block.push(ls, le);
    if (le >= end) break;
    const c = text.charCodeAt(i);
    i++;
    if (c === CR && i < end && text.charCodeAt(i) === LF) i++;
    if (c === PARAGRAPH_SEPARATOR) { flushBlock(text, block, out); block = []; }
    ls = i;
    while (i < end && !isLineBreak(text.charCodeAt(i))) i++;
  }
  flushBlock(text, block, out);
}

/** Emit one block of lines, cut where a line break ends a unit. */
function flushBlock(text: string, lines: number[], out: Range[]): void {
  if (lines.length === 0) return;
  let anyTerminal = false;
  for (let l = 0; l < lines.length; l += 2) if (endsWithTerminal(text, lines[l], lines[l + 1])) { anyTerminal = true; break; }
  const lineCount = lines.length / 2;
  // a block of several lines none of which ends a sentence is a list of fragments: one unit per line
  const fragments = !anyTerminal && lineCount >= MIN_FRAGMENT_LINES;
  let longest = 0;
  for (let l = 0; l < lines.length; l += 2) longest = Math.max(longest, lines[l + 1] - lines[l]);
  let segStart = lines[0];
  for (let l = 2; l < lines.length; l += 2) {
    const ps = lines[l - 2], pe = lines[l - 1], ns = lines[l], ne = lines[l + 1];
    if (fragments || breaksAfter(text, ps, pe, ns, ne, lineCount === 2 || pe - ps < longest * WRAPPED_LINE_SHARE)) {
      out.push({ start: segStart, end: pe });
      segStart = ns;
    }
  }
  out.push({ start: segStart, end: lines[lines.length - 1] });
}

function breaksAfter(text: string, ps: number, pe: number, ns: number, ne: number, short: boolean): boolean {
  const first = skipSpace(text, ns, ne);
  if (first >= ne) return false;
  if (startsListItem(text, first, ne)) return true;
  if (endsWithTerminal(text, ps, pe) || endsWithJoiner(text, ps, pe)) return false;
  if (isLower(text.charCodeAt(first)) || opensBracket(text, ps, pe)) return false;
  return isHeadlineLike(text, ps, pe) || (short && startsSentenceWord(text, first, ne) && !endsWithSmallWord(text, ps, pe));
}

/** A line with an unclosed "[" or "(" continues on the next line ("[Today’s\nPaper](url)"). */
function opensBracket(text: string, start: number, end: number): boolean {
  let depth = 0;
  for (let p = start; p < end; p++) {
    const c = text.charCodeAt(p);
    if (c === 0x5b || c === 0x28) depth++;
    else if ((c === 0x5d || c === 0x29) && depth > 0) depth--;
  }
  return depth > 0;
}

/** "... according to" / "... and the": a line ending in a function word runs on. */
function endsWithSmallWord(text: string, start: number, end: number): boolean {
  let e = end;
  while (e > start && isSpace(text.charCodeAt(e - 1))) e--;
  let s = e;
  while (s > start && !isSpace(text.charCodeAt(s - 1))) s--;
  return HEADLINE_SMALL_WORDS.has(text.slice(s, e).toLowerCase());
}

function skipSpace(text: string, i: number, end: number): number {
  while (i < end && isSpace(text.charCodeAt(i))) i++;
  return i;
}

/** Last visible character, before closing quotes and brackets. */
function lastMark(text: string, start: number, end: number): number {
  let p = end - 1;
  while (p >= start && isSpace(text.charCodeAt(p))) p--;
  while (p >= start && isCloser(text.charCodeAt(p))) p--;
  return p >= start ? text.charCodeAt(p) : -1;
}

export function endsWithTerminal(text: string, start: number, end: number): boolean {
  const c = lastMark(text, start, end);
  return c >= 0 && isTerminator(c);
}

/** A line ending in a comma, colon, semicolon or hyphen runs on into the next one. */
function endsWithJoiner(text: string, start: number, end: number): boolean {
  const c = lastMark(text, start, end);
  return c === 0x2c || c === 0x3a || c === 0x3b || c === 0x2d || c === 0x2013 || c === 0x2014;
}

/** "- item", "• item", "1. item", "2) item", "a) item" at the start of a line. */
export function startsListItem(text: string, i: number, end: number): boolean {
  const c = text.charCodeAt(i);
  if (isLineBullet(c)) return i + 1 < end && isSpace(text.charCodeAt(i + 1));
  let p = i;
  while (p < end && p - i < 3 && isDigit(text.charCodeAt(p))) p++;
  if (p === i) {
    if (!(isLower(c) && i + 1 < end)) return false;
    p = i + 1;
    const m = text.charCodeAt(p);
    return m === 0x29 && p + 1 < end && isSpace(text.charCodeAt(p + 1));
  }
  const m = text.charCodeAt(p);
  if (m !== 0x2e && m !== 0x29) return false;
  p++;
  if (m === 0x2e && p < end && text.charCodeAt(p) === 0x29) p++;
  return p < end && isSpace(text.charCodeAt(p));
}

/** Headline, byline, credit line or short label: title case, "By ...", "a | b", or a few words. */
export function isHeadlineLike(text: string, start: number, end: number): boolean {
  const s = skipSpace(text, start, end);
  if (end - s > MAX_HEADLINE_CHARS) return false;
  let words = 0, content = 0, capital = 0;
  let p = s;
  while (p < end) {
    while (p < end && isSpace(text.charCodeAt(p))) p++;
    if (p >= end) break;
    const ws = p;
    while (p < end && !isSpace(text.charCodeAt(p))) p++;
    words++;
    if (p - ws === 1 && text.charCodeAt(ws) === 0x7c) return true; // "Fred Dufour | AFP | Getty Images"
    if (HEADLINE_SMALL_WORDS.has(text.slice(ws, p).toLowerCase())) continue;
    let q = ws;
    while (q < p && !isLetter(text.charCodeAt(q)) && !isDigit(text.charCodeAt(q))) q++;
    if (q >= p) continue;
    content++;
    const c = text.charCodeAt(q);
    if (isUpper(c) || isDigit(c)) capital++;
  }
  if (words <= MAX_LABEL_WORDS) return true;
  if (text.startsWith('By ', s) && isUpper(text.charCodeAt(s + 3))) return true;
  return content > 0 && capital >= content * TITLE_CASE_SHARE;
}
