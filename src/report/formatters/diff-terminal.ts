/**
 * diff-terminal: findings of `diff A B` grouped by type (conflicts, quote drift, only in A,
 * only in B), each with its claims per side; drifted quotes get a word diff ([-old-] {+new+}).
 */
import type { DiffFormatter } from '../types.js';
import { palette } from '../util/color.js';
import { diffSummary, FINDING_SYMBOLS, FINDING_TITLES, quoteChanges, sideOf, wordDiffText } from '../util/diff.js';
import { claimCell, errorLines, legendText, rowNotes } from '../util/rows.js';
import { shortNames } from '../util/sources.js';
import { compact } from '../util/text.js';
import { wrap } from '../util/width.js';

/** Width used when the caller gives none (or nonsense). */
const DEFAULT_WIDTH = 100;
const INDENT = '    ';
/** Word-diff markers, coloured after wrapping so escapes never split. */
const REMOVED_RE = /\[-.*?-\]/g;
const ADDED_RE = /\{\+.*?\+\}/g;

export const diffTerminal: DiffFormatter = (result, options) => {
  const p = palette(options.color);
  const w = Number.isFinite(options.width) && options.width >= 20 ? Math.floor(options.width) : DEFAULT_WIDTH;
  const names = shortNames([...result.a, ...result.b]);
  const list = (ids: { id: string }[]) => ids.map((s) => names.get(s.id) ?? compact(s.id)).join(', ') || '(none)';
  const out: string[] = [];
  out.push(...wrap(`A: ${list(result.a)}`, w).map(p.bold));
  out.push(...wrap(`B: ${list(result.b)}`, w).map(p.bold));
  out.push(...wrap(diffSummary(result), w), '');
  for (const f of result.findings) {
    const style = f.type === 'conflict' || f.type === 'drift' ? p.conflict : f.type === 'only-a' ? p.removed : p.added;
    const notes = rowNotes(f.row);
    const head = `${FINDING_SYMBOLS[f.type]} ${FINDING_TITLES[f.type]}: ${compact(f.row.label)}${notes ? ` (${notes})` : ''}`;
    out.push(...wrap(head, w).map((l) => style(l)));
    for (const c of f.row.claims) {
      const name = names.get(c.source) ?? compact(c.source);
      const line = `${sideOf(result, c.source)} ${name}: ${claimCell(c, f.row, names)}`;
      out.push(...wrap(line, w - INDENT.length).map((l) => INDENT + (c.via ? p.via(l) : l)));
      if (options.verbose) {
        out.push(...wrap(`“${compact(c.sentenceText)}”`, w - 2 * INDENT.length).map((l) => INDENT + INDENT + p.dim(l)));
      }
    }
    if (f.type === 'drift') {
      for (const ch of quoteChanges(result, f)) {
        const text = `word diff ${names.get(ch.from.source) ?? ch.from.source} → ${names.get(ch.to.source) ?? ch.to.source}: ${wordDiffText(ch.ops)}`;
        for (const l of wrap(text, w - INDENT.length)) {
          out.push(INDENT + l.replace(REMOVED_RE, (m) => p.removed(m)).replace(ADDED_RE, (m) => p.added(m)));
        }
      }
    }
    out.push('');
  }
  if (result.findings.length === 0) out.push('No differences found.', '');
  for (const e of errorLines(result.errors, options)) out.push(...wrap(e, w).map(p.conflict));
  out.push(...wrap(legendText(), w).map(p.dim));
  return `${out.join('\n')}\n`;
};
