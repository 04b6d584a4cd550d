/**
 * table-terminal: one row per fact, one column per outlet, wrapped to the terminal width.
 * Status reads both from colour and from symbols (✓ ✗ · ↪), so NO_COLOR output loses nothing.
 * When the outlets do not fit side by side, each fact lists its claims one per line instead.
 */
import type { AgreementTable, Row } from '../../model.js';
import type { FormatOptions, TableFormatter } from '../types.js';
import { palette, type Palette } from '../util/color.js';
import { cellStyle, claimCell, errorLines, legendText, rowNotes, statusSymbol, summary } from '../util/rows.js';
import { shortNames } from '../util/sources.js';
import { compact } from '../util/text.js';
import { padEnd, truncate, wrap } from '../util/width.js';
import { rowQuoteChanges, wordDiffText } from '../util/diff.js';

/** Narrowest useful outlet column. */
const MIN_COLUMN = 12;
/** Widest outlet column (more only spreads short claims thin). */
const MAX_COLUMN = 40;
/** Narrowest fact-label column. */
const MIN_LABEL = 20;
/** Share of the width the label column may take. */
const LABEL_SHARE = 0.3;
/** Gap between columns. */
const GAP = '  ';
/** Width used when the caller gives none (or nonsense). */
const DEFAULT_WIDTH = 100;
/** Indent of claim and sentence lines in list layout. */
const INDENT = '    ';

export const tableTerminal: TableFormatter = (table, options) => {
  const p = palette(options.color);
  const w = Number.isFinite(options.width) && options.width >= 20 ? Math.floor(options.width) : DEFAULT_WIDTH;
  const names = shortNames(table.sources);
  const out: string[] = [];
  out.push(...wrap(summary(table.rows, table.sources.length), w).map(p.bold));
  if (table.rows.length === 0) {
    out.push('No comparable claims found.');
  } else {
    const n = table.sources.length;
    const grid = 2 + MIN_LABEL + n * (MIN_COLUMN + GAP.length) <= w;
    out.push(...(grid ? gridLayout(table, names, p, w, options) : listLayout(table, names, p, w, options)));
  }
  for (const e of errorLines(table.errors, options)) out.push(...wrap(e, w).map(p.conflict));
  out.push(...wrap(legendText(), w).map(p.dim));
  return `${out.join('\n')}\n`;
};

function gridLayout(table: AgreementTable, names: Map<string, string>, p: Palette, w: number, options: FormatOptions): string[] {
  const n = table.sources.length;
  const longestLabel = Math.max(...table.rows.map((r) => compact(r.label).length));
  let labelW = Math.max(MIN_LABEL, Math.min(longestLabel, Math.floor((w - 2) * LABEL_SHARE)));
  // outlet columns keep their minimum by narrowing the label column (the grid test guarantees room)
  if (Math.floor((w - 2 - labelW - n * GAP.length) / n) < MIN_COLUMN) labelW = Math.max(MIN_LABEL, w - 2 - n * (MIN_COLUMN + GAP.length));
  const colW = Math.max(MIN_COLUMN, Math.min(MAX_COLUMN, Math.floor((w - 2 - labelW - n * GAP.length) / n)));
  const out: string[] = [];
  const header = [padEnd('', 2 + labelW), ...table.sources.map((s) => padEnd(truncate(names.get(s.id) ?? s.id, colW), colW))];
  out.push(p.bold(header.join(GAP).trimEnd()));
  out.push(p.dim('─'.repeat(Math.min(w, 2 + labelW + n * (colW + GAP.length)))));
  for (const row of table.rows) {
    const style = p[row.status];
    const labelLines = wrap(compact(row.label), labelW).map((l) => ({ text: l, style }));
    const notes = rowNotes(row);
    if (notes) labelLines.push(...wrap(`(${notes})`, labelW).map((l) => ({ text: l, style: p.dim })));
    const cells = table.sources.map((s) => {
      const c = row.claims.find((x) => x.source === s.id);
      if (!c) return { lines: [] as string[], style: p.dim };
      return { lines: wrap(claimCell(c, row, names), colW), style: cellStyle(c, row, p) };
    });
    const height = Math.max(labelLines.length, ...cells.map((c) => c.lines.length));
    for (let i = 0; i < height; i++) {
      const sym = i === 0 ? style(statusSymbol(row.status)) : ' ';
      const label = labelLines[i] ? labelLines[i].style(padEnd(labelLines[i].text, labelW)) : ' '.repeat(labelW);
      const parts = [`${sym} ${label}`, ...cells.map((c) => (c.lines[i] ? c.style(padEnd(c.lines[i], colW)) : ' '.repeat(colW)))];
      out.push(parts.join(GAP).trimEnd());
    }
    if (options.verbose) out.push(...sentenceLines(row, names, p, w));
    out.push('');
  }
  return out;
}

function listLayout(table: AgreementTable, names: Map<string, string>, p: Palette, w: number, options: FormatOptions): string[] {
  const out: string[] = [];
  for (const row of table.rows) {
    const style = p[row.status];
    const notes = rowNotes(row);
    const head = wrap(`${statusSymbol(row.status)} ${compact(row.label)}${notes ? ` (${notes})` : ''}`, w);
    out.push(...head.map((l) => style(l)));
    for (const c of row.claims) {
      const name = names.get(c.source) ?? compact(c.source);
      const lines = wrap(`${name}: ${claimCell(c, row, names)}`, w - INDENT.length);
      out.push(...lines.map((l) => INDENT + cellStyle(c, row, p)(l)));
    }
    if (options.verbose) out.push(...sentenceLines(row, names, p, w));
    out.push('');
  }
  return out;
}

/** Verbose mode: each claim's sentence, so the reader sees the context it was taken from. */
function sentenceLines(row: Row, names: Map<string, string>, p: Palette, w: number): string[] {
  const out: string[] = [];
  for (const c of row.claims) {
    const name = names.get(c.source) ?? compact(c.source);
    for (const l of wrap(`${name}: “${compact(c.sentenceText)}”`, w - INDENT.length)) out.push(INDENT + p.dim(l));
  }
  for (const ch of rowQuoteChanges(row)) {
    const head = `word diff ${names.get(ch.from.source) ?? ch.from.source} → ${names.get(ch.to.source) ?? ch.to.source}: `;
    for (const l of wrap(head + wordDiffText(ch.ops), w - INDENT.length)) out.push(INDENT + l.replace(/\[-[^\]]*?-\]/g, (m) => p.removed(m)).replace(/\{\+[^}]*?\+\}/g, (m) => p.added(m)));
  }
  return out;
}
