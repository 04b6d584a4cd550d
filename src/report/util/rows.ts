/** Pieces of row output shared by the table and diff formatters. */
import type { InputError, Row, RowClaim, RowStatus } from '../../model.js';
import type { FormatOptions } from '../types.js';
import { LEGEND_TEXT, SYMBOLS, type Palette } from './color.js';
import { compact } from './text.js';

export function statusSymbol(status: RowStatus): string {
  return SYMBOLS[status];
}

/** "✓ more than 130 applications" or "↪ over a hundred applications (via Reuters)". */
export function claimCell(c: RowClaim, row: Row, names: ReadonlyMap<string, string>): string {
  const text = compact(c.text);
  if (c.via && row.kind === 'attribution') return `${SYMBOLS.via} ${text}`; // the text names the outlet
  if (c.via) return `${SYMBOLS.via} ${text} (via ${names.get(c.via) ?? compact(c.via)})`;
  return `${statusSymbol(row.status)} ${text}`;
}

/** Style of a claim cell: via cells in their own colour, others by row status. */
export function cellStyle(c: RowClaim, row: Row, p: Palette): (s: string) => string {
  return c.via ? p.via : p[row.status];
}

export function legendText(): string {
  return `Legend: ${LEGEND_TEXT}`;
}

/** "11 facts across 3 sources: 1 conflict, 4 agree, 5 single, 1 shared attribution". */
export function summary(rows: readonly Row[], sources: number): string {
  const n = { conflict: 0, agree: 0, single: 0, cited: 0 };
  for (const r of rows) n[r.status]++;
  const cited = n.cited ? `, ${n.cited} shared attribution${n.cited === 1 ? '' : 's'}` : '';
  return `${rows.length} fact${rows.length === 1 ? '' : 's'} across ${sources} source${sources === 1 ? '' : 's'}: ${n.conflict} conflict, ${n.agree} agree, ${n.single} single${cited}`;
}

/**
 * The input errors at the end of a terminal report: each one, or (when the CLI already showed them
 * on the same terminal) how many, so the reader scrolling up knows to look.
 */
export function errorLines(errors: readonly InputError[], options: FormatOptions): string[] {
  if (!errors.length) return [];
  if (options.errorsShown) return [`error: ${errors.length} input${errors.length === 1 ? '' : 's'} could not be read (listed above)`];
  return errors.map((e) => `error: ${compact(e.path)}: ${compact(e.message)}`);
}

/** Notes plus independence, e.g. "less precise; 2 independent". */
export function rowNotes(row: Row): string {
  const parts = [...(row.notes ?? [])].map(compact);
  if (row.status !== 'single' && row.independentSources !== undefined && row.independentSources < row.claims.length) {
    parts.push(`${row.independentSources} independent of ${row.claims.length}`);
  }
  return parts.join('; ');
}
