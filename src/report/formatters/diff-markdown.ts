/** diff-markdown: findings as sections of a pull-request comment. */
import type { DiffFindingType } from '../../model.js';
import type { DiffFormatter } from '../types.js';
import { LEGEND_TEXT } from '../util/color.js';
import { diffSummary, FINDING_SYMBOLS, FINDING_TITLES, quoteChanges, sideOf } from '../util/diff.js';
import { mdCell } from '../util/markdown.js';
import { claimCell, rowNotes } from '../util/rows.js';
import { shortNames } from '../util/sources.js';

const ORDER: readonly DiffFindingType[] = ['conflict', 'drift', 'only-a', 'only-b'];

export const diffMarkdown: DiffFormatter = (result) => {
  const names = shortNames([...result.a, ...result.b]);
  const list = (ids: { id: string }[]) => ids.map((s) => mdCell(names.get(s.id))).join(', ') || '(none)';
  const lines: string[] = ['### crosscheck diff', '', `**A:** ${list(result.a)}  `, `**B:** ${list(result.b)}`, '', mdCell(diffSummary(result)), ''];
  for (const type of ORDER) {
    const fs = result.findings.filter((f) => f.type === type);
    if (fs.length === 0) continue;
    lines.push(`#### ${FINDING_SYMBOLS[type]} ${FINDING_TITLES[type]} (${fs.length})`, '');
    for (const f of fs) {
      const notes = rowNotes(f.row);
      lines.push(`- **${mdCell(f.row.label)}**${notes ? ` _(${mdCell(notes)})_` : ''}`);
      for (const c of f.row.claims) {
        lines.push(`  - ${sideOf(result, c.source)} ${mdCell(names.get(c.source))}: ${mdCell(claimCell(c, f.row, names))}`);
      }
      if (type === 'drift') {
        for (const ch of quoteChanges(result, f)) {
          const md = ch.ops
            .map((o) => (o.op === 'equal' ? mdCell(o.text) : o.op === 'delete' ? `~~${mdCell(o.text)}~~` : `**${mdCell(o.text)}**`))
            .join(' ');
          lines.push(`  - word diff: ${md}`);
        }
      }
    }
    lines.push('');
  }
  if (result.findings.length === 0) lines.push('No differences found.', '');
  for (const e of result.errors) lines.push(`- error: ${mdCell(e.path)}: ${mdCell(e.message)}`);
  lines.push(`<sub>${mdCell(LEGEND_TEXT)}</sub>`);
  return `${lines.join('\n')}\n`;
};
