/**
 * Find quotations in an article: curly and straight, double and single marks, quotes that run
 * over several sentences, and quotes that run over paragraphs (a paragraph that ends inside a
 * quote and a next paragraph that opens with a quote mark continue one quotation — news style).
 * Apostrophes (Huawei’s, can’t, ’90s, the companies’ goods) are not quote marks.
 */
import type { Span } from '../../model.js';

export interface QuoteSpan extends Span {
  /** The quoted text of each paragraph piece, without the marks. */
  pieces: Span[];
  /** 'double' for “ ” and ", 'single' for ‘ ’ and '. */
  mark: 'double' | 'single';
}

/** A single-quoted stretch longer than this (characters) is not a quote but apostrophe noise. */
const MAX_SINGLE_QUOTE = 600;
/** Longest single-quoted span (characters) that may contain a double-quoted one. */
const MAX_NESTING_HOLDER = 300;
/** Before an opening mark: start, space, bracket, dash, slash or another mark. */
const OPEN_BEFORE = /[\s([{—–\-/“‘"']/;
/** Words written with a leading apostrophe ('em, 'til, 'n', '90s). */
const ELISION_AFTER = /^(?:(?:em|til|tis|twas|cause|bout|\d0s|\d\ds)\b|n['’](?!\p{L}))/iu;

interface Mark {
  at: number;
  open: boolean;
  close: boolean;
}

const isSpace = (c: string | undefined) => c === undefined || /\s/.test(c);
const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/** Classify the quote marks of one kind in [start, end). */
function marksOf(text: string, start: number, end: number, kind: 'double' | 'single'): Mark[] {
  const out: Mark[] = [];
  for (let i = start; i < end; i++) {
    const c = text[i];
    const before = i > start ? text[i - 1] : undefined;
    const after = i + 1 < end ? text[i + 1] : undefined;
    if (kind === 'double') {
      if (c === '“') out.push({ at: i, open: true, close: false });
      else if (c === '”') out.push({ at: i, open: false, close: true });
      else if (c === '"') {
        const canOpen = (before === undefined || OPEN_BEFORE.test(before)) && !isSpace(after);
        const canClose = !isSpace(before) || after === undefined || !isWordChar(after);
        if (canOpen || canClose) out.push({ at: i, open: canOpen, close: canClose });
      }
    } else {
      if (c === '‘' || c === "'") {
        // an opener sits before a word, after a space or bracket, and is not an elision
        const canOpen = (before === undefined || OPEN_BEFORE.test(before)) && isWordChar(after) && !ELISION_AFTER.test(text.slice(i + 1, i + 5));
        const canClose = c === "'" && !isSpace(before) && !isWordChar(after);
        if (canOpen || canClose) out.push({ at: i, open: canOpen, close: canClose });
      } else if (c === '’') {
        // a closer follows a word or punctuation and is not followed by a letter (that is an apostrophe)
        if (!isSpace(before) && !isWordChar(after)) out.push({ at: i, open: false, close: true });
      }
    }
  }
  return out;
}

interface Open {
  start: number;
  pieces: Span[];
  pieceStart: number;
}

/** Pair marks paragraph by paragraph; an open quote carries into a paragraph that opens with a mark. */
function pair(text: string, paragraphs: readonly Span[], kind: 'double' | 'single', skip: readonly Span[]): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  let carry: Open | null = null;
  let skipIdx = 0;
  for (const p of paragraphs) {
    let open: Open | null = null;
    const marks = marksOf(text, p.start, p.end, kind).filter((m) => {
      while (skipIdx < skip.length && skip[skipIdx].end <= m.at) skipIdx++;
      return !(skipIdx < skip.length && skip[skipIdx].start < m.at && m.at < skip[skipIdx].end - 1);
    });
    const first = text.slice(p.start, p.end).search(/\S/) + p.start;
    // a carried quote continues only into a paragraph that opens with a quote mark
    if (carry && !(marks.length && marks[0].at === first && marks[0].open)) carry = null;
    for (const m of marks) {
      if (open === null) {
        if (!m.open) continue;
        if (carry && m.at === first) {
          open = { start: carry.start, pieces: carry.pieces, pieceStart: m.at + 1 };
        } else {
          open = { start: m.at, pieces: [], pieceStart: m.at + 1 };
        }
        carry = null;
      } else if (m.close) {
        const pieces = [...open.pieces, { start: open.pieceStart, end: m.at }];
        const long = kind === 'single' && m.at - open.start > MAX_SINGLE_QUOTE;
        if (!long && m.at > open.pieceStart) out.push({ start: open.start, end: m.at + 1, pieces, mark: kind });
        open = null;
      } else if (m.open && kind === 'double' && text[m.at] === '“') {
        // two openers in a row: the first was never closed; restart at the second
        open = { start: m.at, pieces: [], pieceStart: m.at + 1 };
      }
    }
    if (open) {
      // ends inside a quote: may continue in the next paragraph
      const pieceEnd = p.start + text.slice(p.start, p.end).trimEnd().length;
      carry = { start: open.start, pieces: [...open.pieces, { start: open.pieceStart, end: pieceEnd }], pieceStart: 0 };
    }
  }
  return out;
}

/** Paragraph spans: the given ones, or blank-line separated blocks. */
export function paragraphSpans(text: string, paragraphs: readonly Span[]): Span[] {
  if (paragraphs.length) return [...paragraphs].sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  const re = /[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

/** All quotations of the article, in text order; single-quoted text inside a double quote is not listed. */
export function findQuoteSpans(text: string, paragraphs: readonly Span[]): QuoteSpan[] {
  const paras = paragraphSpans(text, paragraphs);
  const doubles = pair(text, paras, 'double', []);
  const singles = pair(text, paras, 'single', doubles);
  // nested quotations are part of the outer one: ‘He said “no”,’ and “He said ‘no’,”
  const within = (outer: readonly QuoteSpan[]) => (q: QuoteSpan) => !outer.some((o) => o.start < q.start && q.end <= o.end);
  const keptSingles = singles.filter(within(doubles));
  // only a short one-paragraph single quote may hold a double one (a mis-paired apostrophe must not swallow speech)
  const holders = keptSingles.filter((q) => q.pieces.length === 1 && q.end - q.start <= MAX_NESTING_HOLDER);
  return [...doubles.filter(within(holders)), ...keptSingles].sort((a, b) => a.start - b.start);
}

/** The quoted words: pieces joined by a space, outer trailing , ; : . dropped (writer's punctuation). */
export function quotedText(text: string, q: QuoteSpan): string {
  return q.pieces
    .map((p) => text.slice(p.start, p.end).replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join(' ')
    .replace(/(?<!\.\.)[,;:.]+$/, '')
    .trim();
}
