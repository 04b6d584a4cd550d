/**
 * One linear pass over a segment: find runs of end punctuation, read the closers and
 * whitespace after them, and ask the decision function whether a sentence ends there.
 */
import { ELLIPSIS, PERIOD, isBang, isCloser, isSpace, isTerminator } from './chars.js';
import { bangEnds, ellipsisEnds, periodEnds, type Candidate } from './decide.js';
import { listCuts } from './lists.js';
import { isFirstToken } from './tokens.js';

/** Longest parenthetical (chars) whose inner sentences are kept inside the enclosing sentence. */
const MAX_PARENTHETICAL_CHARS = 400;
const LEFT_PAREN = 0x28;
const LEFT_BRACKET = 0x5b;

const listScratch: number[] = [];

/** Push into `out` (ascending) the offsets where a new sentence starts inside [start, end). */
export function scanSegment(text: string, start: number, end: number, out: number[], heading = false): void {
  listScratch.length = 0;
  listCuts(text, start, end, listScratch);
  const base = out.length;
  let li = 0;
  let nextList = listScratch.length ? listScratch[0] : end + 1;
  let sentStart = start;
  let quietUntil = -1;
  const cand: Candidate = { text, i: 0, j: 0, k: 0, n: 0, start, end, sentStart, heading };
  for (let i = start; i < end; i++) {
    if (i >= nextList) {
      sentStart = nextList;
      li++;
      nextList = li < listScratch.length ? listScratch[li] : end + 1;
    }
    const c = text.charCodeAt(i);
    if (c === LEFT_PAREN || c === LEFT_BRACKET) {
      if (i >= quietUntil && !isFirstToken(text, sentStart, i)) quietUntil = quietEnd(text, i, end, c);
      continue;
    }
    if (!isTerminator(c) || i < quietUntil) continue;

    // the punctuation run [i, j): dots (also ". . ." spaced), ellipsis characters, ! and ?
    let j = i, dots = 0, bang = false, spaced = false;
    while (j < end) {
      const d = text.charCodeAt(j);
      if (d === PERIOD) {
        dots++;
        j++;
        if (j + 1 < end && text.charCodeAt(j + 1) === PERIOD && (text.charCodeAt(j) === 0x20 || text.charCodeAt(j) === 0xa0)) {
          spaced = true;
          j++;
        }
      } else if (d === ELLIPSIS) { dots += 3; j++; }
      else if (isBang(d)) { bang = true; j++; }
      else if (isTerminator(d)) { dots++; j++; }
      else break;
    }
    if (spaced && dots < 3) { j = i + 1; dots = 1; spaced = false; } // "item. .NET" is a period, then text
    let k = j;
    while (k < end && isCloser(text.charCodeAt(k))) k++;
    let n = k;
    while (n < end && isSpace(text.charCodeAt(n))) n++;
    const at = i;
    i = k - 1;
    if (n >= end) continue;

    cand.i = at;
    cand.j = j; cand.k = k; cand.n = n; cand.sentStart = sentStart;
    let cut = -1;
    if (bang) cut = bangEnds(cand) ? k : -1;
    else if (dots === 1) cut = periodEnds(cand) ? k : -1;
    else cut = ellipsisEnds(cand, spaced, dots);
    if (cut >= 0) {
      out.push(cut);
      sentStart = cut;
    }
  }
  if (listScratch.length) mergeSorted(out, base, listScratch);
}

/** Terminators inside a parenthetical that opened mid-sentence are skipped up to its last run. */
function quietEnd(text: string, open: number, end: number, kind: number): number {
  const close = kind === LEFT_PAREN ? 0x29 : 0x5d;
  const limit = Math.min(end, open + MAX_PARENTHETICAL_CHARS);
  let depth = 0;
  for (let p = open; p < limit; p++) {
    const c = text.charCodeAt(p);
    if (c === kind) depth++;
    else if (c === close && --depth === 0) {
      let q = p - 1;
      while (q > open && isCloser(text.charCodeAt(q))) q--;
      if (!isTerminator(text.charCodeAt(q))) return p;
      while (q > open && (isTerminator(text.charCodeAt(q - 1)) || (text.charCodeAt(q - 1) === 0x20 && text.charCodeAt(q - 2) === PERIOD))) q--;
      return q;
    }
  }
  return -1;
}

/** Merge the ascending list cuts into the ascending punctuation cuts at out[base..]. */
function mergeSorted(out: number[], base: number, extra: readonly number[]): void {
  const merged = out.slice(base).concat(extra).sort((a, b) => a - b);
  out.length = base;
  for (const v of merged) out.push(v);
}
