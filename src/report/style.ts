/** Colour and wrapping for terminal formatters: styled segments wrapped by display width. */
import type { ChalkInstance } from 'chalk';
import { stringWidth } from './util/width.js';
import type { ClaimKind } from '../model.js';

export { chalkFor } from './util/chalk.js';

/** One colour per claim kind, so a reader learns them once. */
export function kindStyle(c: ChalkInstance, kind: ClaimKind): (s: string) => string {
  switch (kind) {
    case 'date':
      return c.cyan;
    case 'count':
      return c.yellow;
    case 'money':
      return c.green;
    case 'percent':
      return c.magenta;
    case 'duration':
      return c.blue;
    case 'ordinal':
      return c.yellowBright;
    case 'quote':
      return c.italic;
    case 'attribution':
      return c.underline;
  }
}

export interface Segment {
  text: string;
  style?: (s: string) => string;
}

/**
 * Wrap styled segments to `width` columns, breaking at spaces; each output line starts with
 * `indent`. Styles are applied per piece so escape codes never span a line break.
 */
export function wrapSegments(segments: readonly Segment[], width: number, indent: string): string[] {
  const avail = Math.max(20, width - stringWidth(indent));
  const lines: string[] = [];
  let line = '';
  let col = 0;
  const flush = () => {
    lines.push(indent + line.trimEnd());
    line = '';
    col = 0;
  };
  for (const seg of segments) {
    // split into words keeping the spaces attached before them
    const parts = seg.text.split(/(\s+)/);
    for (const part of parts) {
      if (!part) continue;
      if (/^\s+$/.test(part)) {
        if (col > 0) {
          line += ' ';
          col += 1;
        }
        continue;
      }
      let word = part;
      while (word) {
        const w = stringWidth(word);
        if (col + w <= avail) {
          line += seg.style ? seg.style(word) : word;
          col += w;
          word = '';
        } else if (col > 0) {
          flush();
        } else {
          // a single word longer than the line: hard-break it
          let cut = avail;
          while (cut > 1 && stringWidth(word.slice(0, cut)) > avail) cut--;
          line += seg.style ? seg.style(word.slice(0, cut)) : word.slice(0, cut);
          word = word.slice(cut);
          flush();
        }
      }
    }
  }
  if (line.trim() || lines.length === 0) flush();
  return lines;
}
