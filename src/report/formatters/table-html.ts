/**
 * `table --html FILE`: one self-contained page — no network, no external assets — with the table,
 * outlets colour-coded, each cell expandable to its sentence in context, and filters by kind and
 * status. Every piece of article text is HTML-escaped, and a Content-Security-Policy allows only
 * the page's own inline script (by hash) and no connections, so a hostile quote stays text.
 */
import { createHash } from 'node:crypto';
import type { AgreementTable, QuoteValue, Row, RowClaim, Source } from '../../model.js';
import { wordDiff } from '../../align/quotes.js';
import { describeValue } from '../describe.js';
import { CONTROL_CHARS } from '../sanitize.js';
import type { TableFormatter } from '../types.js';

/** Outlet colours: distinguishable, readable on white, and not the agree/conflict colours. */
const PALETTE = ['#1f6feb', '#8250df', '#bf8700', '#0a7ea4', '#cf222e', '#116329', '#953800', '#6e7781', '#e85aad', '#3b5bdb'];

const STATUS_SYMBOL: Record<string, string> = { agree: '✓', conflict: '✗', single: '·', cited: '◦' };

/** Controls have no business in a page (the shared list of src/report/sanitize.ts). */
const CONTROL_RE = new RegExp(`[${CONTROL_CHARS}]`, 'g');

/** Escape for text and attribute values; also drops C0/C1 controls that have no business in a page. */
export function esc(s: string): string {
  return s
    .replace(CONTROL_RE, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const SCRIPT = `
(function () {
  var boxes = document.querySelectorAll('input[data-filter]');
  function apply() {
    var on = {};
    boxes.forEach(function (b) { on[b.dataset.filter + ':' + b.value] = b.checked; });
    var shown = 0;
    document.querySelectorAll('tr.row').forEach(function (tr) {
      var vis = on['kind:' + tr.dataset.kind] && on['status:' + tr.dataset.status];
      tr.hidden = !vis;
      if (vis) shown++;
    });
    document.getElementById('shown').textContent = String(shown);
  }
  boxes.forEach(function (b) { b.addEventListener('change', apply); });
  apply();
})();
`;

const STYLE = `
body{font:14px/1.45 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:24px;color:#1f2328;background:#fff}
h1{font-size:20px;margin:0 0 4px}.meta{color:#57606a;margin:0 0 16px}
.filters{display:flex;gap:24px;flex-wrap:wrap;margin:12px 0;padding:8px 12px;background:#f6f8fa;border-radius:6px}
.filters fieldset{border:0;margin:0;padding:0}.filters legend{font-weight:600;padding:0}
.filters label{margin-right:10px;white-space:nowrap}
table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid #d0d7de;padding:6px 8px;vertical-align:top;text-align:left}
th{position:sticky;top:0;background:#fff;border-bottom:2px solid #8c959f}
.outlet{border-top:4px solid var(--c)}
.status{font-weight:700;white-space:nowrap}.agree .status{color:#1a7f37}.conflict .status{color:#cf222e}.single .status{color:#6e7781}.cited .status{color:#24292f}
td.cell{border-left:3px solid var(--c);max-width:28em}td.empty{color:#8c959f}
details summary{cursor:pointer}details p{margin:6px 0 0;color:#424a53;font-size:13px}
mark{background:#fff8c5;padding:0 1px}.via{color:#9a6700;font-size:12px}.val{color:#57606a;font-size:12px}
.notes{color:#57606a;font-size:12px}.drift{font-size:12px;margin-top:4px}ins{background:#dafbe1;text-decoration:none}del{background:#ffebe9}.kind{font-size:12px;color:#57606a;text-transform:uppercase;letter-spacing:.04em}
`;

function shortName(s: Source): string {
  return s.publisher ?? s.id;
}

function sentenceWithMark(c: RowClaim): string {
  const i = c.sentenceText.indexOf(c.text);
  if (i < 0) return esc(c.sentenceText);
  return esc(c.sentenceText.slice(0, i)) + '<mark>' + esc(c.text) + '</mark>' + esc(c.sentenceText.slice(i + c.text.length));
}

/** For a drifted quote: its words against the row's first quote, insertions and deletions marked. */
function drift(row: Row, c: RowClaim): string {
  const first = row.claims[0];
  if (row.kind !== 'quote' || c === first || !row.notes?.some((n) => n.includes('drift'))) return '';
  const a = (first.value as QuoteValue | null)?.text ?? first.text;
  const b = (c.value as QuoteValue | null)?.text ?? c.text;
  const words = wordDiff(a, b)
    .map((o) => (o.op === 'equal' ? esc(o.text) : o.op === 'insert' ? `<ins>${esc(o.text)}</ins>` : `<del>${esc(o.text)}</del>`))
    .join(' ');
  return `<div class="drift">vs ${esc(first.source)}: ${words}</div>`;
}

function cell(row: Row, src: Source, color: string): string {
  const claims = row.claims.filter((c) => c.source === src.id);
  if (!claims.length) return `<td class="cell empty" style="--c:${color}">—</td>`;
  const parts = claims.map((c) => {
    const via = c.via ? `<div class="via">↪ repeats ${esc(c.via)}</div>` : '';
    return `<details><summary>${c.via ? '↪ ' : ''}${esc(c.text)}</summary><div class="val">${esc(describeValue(c))}</div>${via}${drift(row, c)}<p>${sentenceWithMark(c)}</p></details>`;
  });
  return `<td class="cell" style="--c:${color}">${parts.join('')}</td>`;
}

export const tableHtml: TableFormatter = (table: AgreementTable) => {
  const sources = table.sources;
  const colors = new Map(sources.map((s, i) => [s.id, PALETTE[i % PALETTE.length]]));
  const kinds = [...new Set(table.rows.map((r) => r.kind))].sort();
  const statuses = ['agree', 'conflict', 'single', 'cited'];
  const head = sources
    .map((s) => `<th class="outlet" style="--c:${colors.get(s.id)}" title="${esc(s.path)}">${esc(shortName(s))}${s.published ? `<br><span class="val">${esc(s.published)}</span>` : ''}</th>`)
    .join('');
  const body = table.rows
    .map((r) => {
      const notes = r.notes?.length ? `<div class="notes">${esc(r.notes.join('; '))}</div>` : '';
      return `<tr class="row ${r.status}" data-kind="${esc(r.kind)}" data-status="${esc(r.status)}"><td class="status">${STATUS_SYMBOL[r.status] ?? ''} ${esc(r.status)}</td><td><div class="kind">${esc(r.kind)}</div>${esc(r.label)}${notes}</td>${sources.map((s) => cell(r, s, colors.get(s.id)!)).join('')}</tr>`;
    })
    .join('\n');
  const filter = (name: string, values: string[]) =>
    `<fieldset><legend>${name}</legend>${values.map((v) => `<label><input type="checkbox" data-filter="${name}" value="${esc(v)}" checked> ${esc(v)}</label>`).join('')}</fieldset>`;
  const hash = createHash('sha256').update(SCRIPT).digest('base64');
  const csp = `default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-${hash}'; img-src 'none'; connect-src 'none'; form-action 'none'; base-uri 'none'`;
  const errors = table.errors.length ? `<p class="meta">${table.errors.length} input(s) could not be read: ${esc(table.errors.map((e) => `${e.path}: ${e.message}`).join('; '))}</p>` : '';
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="crosscheck (schema ${esc(table.schemaVersion)})">
<title>crosscheck — ${sources.length} sources, ${table.rows.length} facts</title>
<style>${STYLE}</style></head>
<body>
<h1>Cross-source claims</h1>
<p class="meta">${sources.length} sources · ${table.rows.length} facts · <span id="shown">${table.rows.length}</span> shown · ✓ agree ✗ conflict · single source ◦ same source cited by several outlets ↪ repeats another outlet</p>
${errors}
<div class="filters">${filter('kind', kinds)}${filter('status', statuses)}</div>
<table><thead><tr><th>status</th><th>fact</th>${head}</tr></thead>
<tbody>
${body}
</tbody></table>
<script>${SCRIPT}</script>
</body></html>
`;
};
