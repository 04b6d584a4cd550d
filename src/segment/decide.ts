/**
 * The decision function: given a run of end punctuation, does a sentence end after it?
 * Each rule reads a few characters around the candidate; the order of the checks is the
 * order of the rules, most specific first.
 */
import { isBullet, isCloser, isDash, isDigit, isLetter, isLower, isOpener, isQuoteCloser, isSpace, isTerminator, isUpper } from './chars.js';
import {
  MAX_TOKEN_CHARS, isAmPm, isDotted, isFirstToken, isItemLabel, lettersEnd, previousWordIsLower, skipOpeners, skipSpace,
  startsSentenceWord, tokenStart, wordAt,
} from './tokens.js';
import { ABBREVIATIONS, AFTER_TITLE_STARTERS, ATTRIBUTION_TAIL_OPENERS, EXCLAMATION_NAMES, SPEECH_VERBS, TIME_CONTINUATIONS, TIME_OPENERS } from './vocab.js';

/** Longest sentence prefix (chars) that can be a fronted time phrase ("At 5 a.m."). */
const MAX_TIME_OPENER_CHARS = 32;
/** Most capitalized words in a speaker name after a quote ("Sen. Elizabeth Warren said"). */
const MAX_SPEAKER_WORDS = 4;

/** Where the candidate sits: punctuation [i, j), closers [j, k), whitespace [k, n), segment [start, end). */
export interface Candidate {
  text: string;
  i: number;
  j: number;
  k: number;
  n: number;
  start: number;
  end: number;
  /** Start of the current sentence. */
  sentStart: number;
  /** Inside a heading: title case everywhere, so an abbreviation never ends a sentence ("U.S. To Allow Sales"). */
  heading: boolean;
}

/** A single period. */
export function periodEnds(c: Candidate): boolean {
  const { text, i, k, n, start, end } = c;
  if (n === k) return joinedEnds(c);
  const ts0 = tokenStart(text, i, Math.max(start, c.sentStart));
  let ts = skipOpeners(text, ts0, i);
  while (ts < i && isBullet(text.charCodeAt(ts))) ts++;
  const word = text.slice(ts, i);
  if (isItemLabel(word) && isFirstToken(text, c.sentStart, ts)) {
    return false; // "1. The first item", "a. The first item", "2.) item"
  }
  const m = skipOpeners(text, n, end);
  if (m >= end) return true;
  const next = text.charCodeAt(m);
  if (isLower(next) && !isCamelWord(text, m, end)) return false;
  const abbr = ABBREVIATIONS.get(word);
  const single = word.length === 1 && isLetter(word.charCodeAt(0));
  const dotted = !abbr && isDotted(word);
  if (isDigit(next) || (c.heading && (abbr || single || dotted))) return !(abbr || single || dotted);
  if (isDash(next) || isTerminator(next)) return false; // "“Go home.” — a phrase she repeated —" runs on; "! ! !" is one mark
  if (!isLetter(next)) return !(abbr || single || dotted);
  if (abbr === 'never') return false;
  if (abbr === 'title') return AFTER_TITLE_STARTERS.has(wordAt(text, m, end));
  if (abbr === 'weak') return true;
  if (quoteClosed(text, i + 1, k) && attributionFollows(text, n, end)) return false;
  if (single) return initialEnds(c, word, ts0, m);
  if (dotted) {
    if (isAmPm(word) && afterNumber(text, ts0, start)) return amPmEnds(c, ts0, m);
    return startsSentenceWord(text, m, end);
  }
  // "No.", "Fig.", "Oct." are abbreviations only before a number: before a word they end a sentence
  if (abbr && abbr !== 'numeric') return startsSentenceWord(text, m, end);
  return true;
}

/** A period with no space after it: "public.The Commerce", "1,000.That" — but not "Amazon.com", "Jane.Doe@x.com". */
export function joinedEnds(c: Candidate): boolean {
  const { text, i, n, start, end } = c;
  if (n >= end) return true;
  const m = skipOpeners(text, n, end); // "public.“We will"
  if (m + 1 >= end || !isUpper(text.charCodeAt(m))) return false;
  const second = text.charCodeAt(m + 1);
  const pronounI = text.charCodeAt(m) === 0x49 && (second === 0x20 || second === 0x27 || second === 0x2019); // "said.I think"
  if (!isLower(second) && !pronounI) return false;
  const before = text.charCodeAt(i - 1);
  if (!(isLower(before) || isDigit(before) || isCloser(before))) return false;
  const ts = tokenStart(text, i, start);
  let te = n;
  const limit = Math.min(end, n + MAX_TOKEN_CHARS);
  while (te < limit && !isSpace(text.charCodeAt(te))) te++;
  for (let p = ts; p < te; p++) {
    const ch = text.charCodeAt(p);
    if (ch === 0x40 || ch === 0x2f || ch === 0x5c || ch === 0x3a || ch === 0x5f) return false; // @ / \ : _ (addresses, paths)
  }
  if (text.startsWith('www', ts)) return false;
  const ws = wordStart(text, i, ts);
  const prevWord = text.slice(ws, i);
  const kind = ABBREVIATIONS.get(prevWord);
  if (i - ws === 1 || kind === 'title' || kind === 'never' || kind === 'numeric' || EXCLAMATION_NAMES.has(prevWord)) return false;
  // "Yahoo.Com.au": the joined word runs into another period, so it is a name, not a sentence
  const we = lettersEnd(text, m, end);
  return !(we < end && text.charCodeAt(we) === 0x2e && we + 1 < end && isLetter(text.charCodeAt(we + 1)));
}

/** "!" / "?" runs. */
export function bangEnds(c: Candidate): boolean {
  const { text, i, j, k, n, start, end } = c;
  if (n === k) return joinedEnds(c);
  const m = skipOpeners(text, n, end);
  if (m >= end) return true;
  const next = text.charCodeAt(m);
  if ((isLower(next) && !isCamelWord(text, m, end)) || isDash(next) || isTerminator(next)) return false;
  if (j === i + 1 && text.charCodeAt(i) === 0x21) {
    const ws = wordStart(text, i, start);
    if (EXCLAMATION_NAMES.has(text.slice(ws, i))) return startsSentenceWord(text, m, end);
  }
  if (quoteClosed(text, j, k) && attributionFollows(text, n, end)) return false;
  return true;
}

/** Ellipses: "...", "…", ". . .", "....", "word. . . ." */
export function ellipsisEnds(c: Candidate, spaced: boolean, dots: number): number {
  const { text, i, j, k, n, start, end } = c;
  const prev = i > start ? text.charCodeAt(i - 1) : 0x20;
  if (prev === 0x5b || prev === 0x28) return -1; // "[...]" marks an omission inside a sentence
  if (n === k || n >= end) return -1;
  const m = skipOpeners(text, n, end);
  const next = text.charCodeAt(m);
  const attached = !isSpace(prev) && !isOpener(prev);
  const capital = isUpper(next) || isDigit(next);
  // "compounds. . . . The practice": a period ends the sentence, the ellipsis opens the next
  if (attached && spaced && isSpace(text.charCodeAt(i + 1))) return capital ? i + 1 : -1;
  if (!capital) return -1;
  if (attached || quoteClosed(text, j, k)) return k;
  return dots >= 4 ? k : -1;
}

/** "iPhone", "eBay", "mRNA": a lowercase-initial name that can open a sentence. */
function isCamelWord(text: string, m: number, end: number): boolean {
  return m + 1 < end && isUpper(text.charCodeAt(m + 1));
}

function quoteClosed(text: string, from: number, to: number): boolean {
  for (let p = from; p < to; p++) if (isQuoteCloser(text.charCodeAt(p))) return true;
  return false;
}

function wordStart(text: string, end: number, min: number): number {
  let p = end;
  const floor = Math.max(min, end - MAX_TOKEN_CHARS);
  while (p > floor && isLetter(text.charCodeAt(p - 1))) p--;
  return p;
}

/** A single capital letter before a period: an initial ("George W. Bush") unless the sentence clearly goes on. */
function initialEnds(c: Candidate, word: string, ts0: number, m: number): boolean {
  const { text, start, end } = c;
  if (isLower(word.charCodeAt(0))) return startsSentenceWord(text, m, end);
  if (word === 'I' && previousWordIsLower(text, ts0, start)) return true; // "you and I. Did you ..."
  return startsSentenceWord(text, m, end);
}

/** Is the token before `ts` a clock number ("5", "9:30")? Then "A.M." is a time, not initials. */
function afterNumber(text: string, ts: number, min: number): boolean {
  let p = ts;
  while (p > min && isSpace(text.charCodeAt(p - 1))) p--;
  return p > min && isDigit(text.charCodeAt(p - 1));
}

/** "a.m."/"p.m." before a capital: a time zone or day continues; a fronted "At 5 a.m." continues; otherwise it ends. */
function amPmEnds(c: Candidate, ts0: number, m: number): boolean {
  const { text, end, sentStart } = c;
  if (TIME_CONTINUATIONS.has(wordAt(text, m, end))) return false;
  const s = skipOpeners(text, skipSpace(text, sentStart, ts0), ts0);
  if (ts0 - s <= MAX_TIME_OPENER_CHARS && TIME_OPENERS.has(wordAt(text, s, ts0))) return false;
  return true;
}

/** Longest tail after the verb of saying ("said in a statement on Twitter"). */
const MAX_ATTRIBUTION_TAIL_WORDS = 5;

/**
 * After a closing quote: a capitalized speaker and a verb of saying keep the attribution with the
 * quote (`“Why?” Smith asked.`), when the attribution ends there or after a short prepositional
 * tail ("... said in a statement."). `“Why not?” Officials said the plan would ...` is a new sentence.
 */
function attributionFollows(text: string, n: number, end: number): boolean {
  let p = n;
  let names = 0;
  while (names < MAX_SPEAKER_WORDS && p < end && isUpper(text.charCodeAt(p))) {
    let e = lettersEnd(text, p, end);
    while (e < end && (text.charCodeAt(e) === 0x2e || text.charCodeAt(e) === 0x2d || text.charCodeAt(e) === 0x27 || text.charCodeAt(e) === 0x2019)) {
      e = lettersEnd(text, e + 1, end);
    }
    names++;
    p = e;
    if (p < end && text.charCodeAt(p) === 0x20) p++;
    else break;
  }
  if (names === 0) return false;
  const ve = lettersEnd(text, p, end);
  if (!SPEECH_VERBS.has(text.slice(p, ve))) return false;
  if (ve >= end || isClauseEnd(text.charCodeAt(ve))) return true;
  if (text.charCodeAt(ve) !== 0x20) return false;
  // a short tail opened by a preposition or time word, then the end of the clause
  let q = ve + 1;
  const first = text.slice(q, lettersEnd(text, q, end));
  if (!ATTRIBUTION_TAIL_OPENERS.has(first) && !TIME_CONTINUATIONS.has(first)) return false;
  for (let words = 0; words < MAX_ATTRIBUTION_TAIL_WORDS && q < end; words++) {
    const we = lettersEnd(text, q, end);
    if (we === q) return false;
    if (we >= end || isClauseEnd(text.charCodeAt(we))) return true;
    if (text.charCodeAt(we) !== 0x20) return false;
    q = we + 1;
  }
  return false;
}

function isClauseEnd(c: number): boolean {
  return c === 0x2e || c === 0x2c || c === 0x3b || c === 0x3a || c === 0x21 || c === 0x3f;
}
