/**
 * Display width and wrapping with string-width (wide CJK, emoji, combining marks). Wrap plain
 * text first, colour the lines after: ANSI codes never split across lines.
 */
import { createRequire } from 'node:module';

type StringWidth = typeof import('string-width').default;

/**
 * string-width (with its emoji and East Asian tables) costs ~20 ms to load, so it loads only when
 * a string needs it (start-up of a one-file run). It is an ES module: Node ≥ 20.19 can require()
 * it on first use; older Node loads it with this module.
 */
const requireEsm = (process.features as { require_module?: boolean }).require_module === true;
const preloaded: StringWidth | undefined = requireEsm ? undefined : (await import('string-width')).default;
let required: StringWidth | undefined;
const require = createRequire(import.meta.url);
const stringWidthOf = (s: string): number =>
  (preloaded ?? (required ??= (require('string-width') as typeof import('string-width')).default))(s);

/**
 * Characters string-width counts as exactly one column each, in any sequence: printable ASCII,
 * Latin-1 and Latin Extended-A letters, general punctuation (curly quotes, dashes, bullet,
 * ellipsis), €, and the marks our formatters draw (← → − ≈ ≠ ≤ ≥ box lines ✓ ✗ ⟦ ⟧). Not © ® ™ ‼ ⁉
 * ↔ ↪ (emoji: 2 columns) nor the soft hyphen (0). A string of these
 * alone is as wide as it is long (test/report/width.test.ts checks every one against string-width).
 */
const ONE_COLUMN_RE = /^[\x20-\x7E\xA0-\xA8\xAA-\xAC\xAF-\u017F\u2010-\u2027\u2030-\u203B\u203D-\u2048\u204A-\u205E\u20AC\u2190-\u2193\u2212\u2248\u2260\u2264\u2265\u2500-\u257F\u2713\u2717\u27E6-\u27EF]*$/;

/**
 * Symbols with a text default that string-width counts as emoji (2 columns) but terminals draw in
 * one column unless a variation selector 16 asks for the emoji form: ↪ (our "via" mark).
 */
const TEXT_SYMBOLS_RE = /[\u21AA](?!\uFE0F)/g;

/** Columns a string takes in a terminal. */
export function stringWidth(s: string): number {
  if (ONE_COLUMN_RE.test(s)) return s.length;
  return stringWidthOf(s.includes('\u21AA') ? s.replace(TEXT_SYMBOLS_RE, '>') : s);
}

/** Grapheme segmenter, made on first use: creating one loads ICU's break data (~10 ms of start-up). */
let segmenter: Intl.Segmenter | undefined;
const graphemes = (s: string) => (segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' })).segment(s);
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
  for (const { segment } of graphemes(s)) {
    const sw = stringWidth(segment);
    if (used + sw > w - 1) break;
    out += segment;
    used += sw;
  }
  return out + ELLIPSIS;
}

/** Break a word longer than the line into pieces of at most w columns: after a hyphen where one fits, else anywhere. */
function hardBreak(word: string, w: number): string[] {
  const out: string[] = [];
  let cur = '';
  let used = 0;
  for (const part of word.split(/(?<=-)(?=.)/u)) {
    const pw = stringWidth(part);
    if (cur && used + pw > w) {
      out.push(cur);
      cur = '';
      used = 0;
    }
    if (pw <= w - used) {
      cur += part;
      used += pw;
      continue;
    }
    for (const { segment } of graphemes(part)) {
      const sw = stringWidth(segment);
      if (used + sw > w && cur) {
        out.push(cur);
        cur = '';
        used = 0;
      }
      cur += segment;
      used += sw;
    }
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
      let rest = word;
      if (cur) {
        // whole hyphen-ended parts that fit finish the current line ("(via allied-" / "newswire)")
        const parts = word.split(/(?<=-)(?=.)/u);
        let head = '';
        while (parts.length > 1 && used + 1 + stringWidth(head + parts[0]) <= max) head += parts.shift();
        if (head) {
          cur += ` ${head}`;
          rest = parts.join('');
        }
        lines.push(cur);
      }
      const pieces = hardBreak(rest, max);
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
