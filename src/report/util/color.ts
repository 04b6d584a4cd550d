/** Colours of statuses, from one place; with `color: false` every style is the identity. */
import type { ChalkInstance } from 'chalk';
import { chalkFor } from './chalk.js';
import type { RowStatus } from '../../model.js';

export interface Palette {
  agree: (s: string) => string;
  conflict: (s: string) => string;
  single: (s: string) => string;
  /** Neutral: the same source cited by several outlets is not agreement. */
  cited: (s: string) => string;
  via: (s: string) => string;
  dim: (s: string) => string;
  bold: (s: string) => string;
  added: (s: string) => string;
  removed: (s: string) => string;
}

/** Status symbols, so the table reads without colour. */
export const SYMBOLS = { agree: '✓', conflict: '✗', single: '·', cited: '◦', via: '↪' } as const;

export const LEGEND_TEXT =
  `${SYMBOLS.agree} agree, ${SYMBOLS.conflict} conflict, ${SYMBOLS.single} single source, ` +
  `${SYMBOLS.cited} same source cited by several outlets, ${SYMBOLS.via} repeats another outlet (via)`;

export function palette(color: boolean): Palette {
  const c: ChalkInstance = chalkFor(color);
  return {
    agree: (s) => c.green(s),
    conflict: (s) => c.red(s),
    single: (s) => c.dim(s),
    cited: (s) => s,
    via: (s) => c.cyan(s),
    dim: (s) => c.dim(s),
    bold: (s) => c.bold(s),
    added: (s) => c.green(s),
    removed: (s) => c.red.strikethrough(s),
  };
}

export function statusStyle(p: Palette, status: RowStatus): (s: string) => string {
  return p[status];
}
