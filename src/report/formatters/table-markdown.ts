/**
 * table-markdown: a GitHub-flavoured table for a pull-request comment. One column per outlet
 * when they fit; otherwise one "Claims" column listing "outlet: claim".
 */
import type { TableFormatter } from '../types.js';
import { LEGEND_TEXT } from '../util/color.js';
import { mdCell } from '../util/markdown.js';
import { rowQuoteChanges } from '../util/diff.js';
import { claimCell, rowNotes, statusSymbol, summary } from '../util/rows.js';
import { shortNames } from '../util/sources.js';

/** More outlets than this do not fit side by side in a comment. */
const MAX_OUTLET_COLUMNS = 6;

export const tableMarkdown: TableFormatter = (table) => {
  const names = shortNames(table.sources);
  const wide = table.sources.length <= MAX_OUTLET_COLUMNS;
  const lines: string[] = [`### ${mdCell(summary(table.rows, table.sources.length))}`, ''];
  if (table.rows.length > 0) {
    const heads = wide ? table.sources.map((s) => mdCell(names.get(s.id))) : ['Claims'];
    lines.push(`| Status | Fact | ${heads.join(' | ')} |`);
    lines.push(`|---|---|${heads.map(() => '---|').join('')}`);
    for (const row of table.rows) {
      const notes = rowNotes(row);
      const fact = `${mdCell(row.label)}${notes ? `<br>_${mdCell(notes)}_` : ''}`;
      const cells = wide
        ? table.sources.map((s) => {
            const c = row.claims.find((x) => x.source === s.id);
            return c ? mdCell(claimCell(c, row, names)) : '';
          })
        : [row.claims.map((c) => `**${mdCell(names.get(c.source))}**: ${mdCell(claimCell(c, row, names))}`).join('<br>')];
      lines.push(`| ${statusSymbol(row.status)} ${row.status} | ${fact} | ${cells.join(' | ')} |`);
    }
    lines.push('');
    const drifts = table.rows.flatMap((row) => rowQuoteChanges(row).map((ch) => ({ row, ch })));
    if (drifts.length) {
      lines.push('**Quote drift**', '');
      for (const { ch } of drifts) {
        const words = ch.ops.map((o) => (o.op === 'equal' ? mdCell(o.text) : o.op === 'delete' ? `~~${mdCell(o.text)}~~` : `**${mdCell(o.text)}**`)).join(' ');
        lines.push(`- ${mdCell(names.get(ch.from.source))} → ${mdCell(names.get(ch.to.source))}: ${words}`);
      }
      lines.push('');
    }
  } else {
    lines.push('No comparable claims found.', '');
  }
  for (const e of table.errors) lines.push(`- error: ${mdCell(e.path)}: ${mdCell(e.message)}`);
  lines.push(`<sub>${mdCell(LEGEND_TEXT)}</sub>`);
  return `${lines.join('\n')}\n`;
};
