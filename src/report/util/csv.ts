/** RFC 4180 CSV cells, neutralised against spreadsheet formula injection. */
import { safeText } from './text.js';

/** Cells starting with these are formulas in Excel/LibreOffice/Sheets (OWASP CSV injection). */
const FORMULA_START_RE = /^[=+\-@\t\r]/;
/** A plain number is never a formula, so "-5" stays numeric. */
const NUMBER_RE = /^-?\d+(?:\.\d+)?(?:e[+-]?\d+)?$/i;
/** Cells with these characters must be quoted. */
const NEEDS_QUOTES_RE = /[",\r\n]/;

export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  let s = typeof value === 'string' ? safeText(value) : String(value);
  if (FORMULA_START_RE.test(s) && !NUMBER_RE.test(s)) s = `'${s}`;
  return NEEDS_QUOTES_RE.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One CSV record (CRLF line ending per RFC 4180). */
export function csvLine(cells: readonly (string | number | boolean | null | undefined)[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}
