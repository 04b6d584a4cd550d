/**
 * Display width and wrapping with string-width (wide CJK, emoji, combining marks). Wrap plain
 * text first, colour the lines after: ANSI codes never split across lines.
 */
import stringWidth from 'string-width';

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
/** Ellipsis used when a cell is cut. */
const ELLIPSIS = '…';

export function width(s: string): number {
  return stringWidth(s);
}

export function padEnd(s: string, w: number): string {
  const n = w - stringWidth(s);
  return n > 0 ? s + ' '.repeat(n) : s;
}

/** Cut to at most w columns, with an ellipsis when cut. */
export function truncate(s: string, w: number): string {
  if (stringWidth(s) <= w) return s;
  if (w <= 0) return '';
  let out = '';
  let used = 0;
  for (const { segment } of segmenter.segment(s)) {
    const sw = stringWidth(segment);
    if (used + sw > w - 1) break;
    out += segment;
    used += sw;
  }
  return out + ELLIPSIS;
}

/** Break a word longer than the line into pieces of at most w columns. */
function hardBreak(word: string, w: number): string[] {
  const out: string[] = [];
  let cur = '';
  let used = 0;
  for (const { segment } of segmenter.segment(word)) {
    const sw = stringWidth(segment);
    if (used + sw > w && cur) {
      out.push(cur);
      cur = '';
      used = 0;
    }
    cur += segment;
    used += sw;
  }
  if (cur) out.push(cur);
  return out;
}

/** Word-wrap one line of text to lines of at most w columns (w ≥ 1). */
export function wrap(s: string, w: number): string[] {
  const max = Math.max(1, w);
  const lines: string[] = [];
  let cur = '';
  let used = 0;
  for (const word of s.split(' ').filter(Boolean)) {
    const ww = stringWidth(word);
    if (ww > max) {
      if (cur) lines.push(cur);
      const pieces = hardBreak(word, max);
      const last = pieces.pop() ?? '';
      lines.push(...pieces);
      cur = last;
      used = stringWidth(last);
      continue;
    }
    if (!cur) {
      cur = word;
      used = ww;
    } else if (used + 1 + ww <= max) {
      cur += ` ${word}`;
      used += 1 + ww;
    } else {
      lines.push(cur);
      cur = word;
      used = ww;
    }
  }
  if (cur || lines.length === 0) lines.push(cur);
  return lines;
}
