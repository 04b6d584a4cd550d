import { describe, expect, it } from 'vitest';
import { align } from '../../src/align/index.js';
import { tableCsv } from '../../src/report/formatters/table-csv.js';
import { tableFormatters } from '../../src/report/registry.js';
import { csvCell } from '../../src/report/util/csv.js';
import { story } from '../align/story.js';
import { hostileTable, RAW_CONTROL_RE } from './hostile.js';

/** A small RFC 4180 reader for checking the output round-trips. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') row.push(cell), (cell = '');
    else if (ch === '\r' && text[i + 1] === '\n') row.push(cell), rows.push(row), (row = []), (cell = ''), i++;
    else cell += ch;
  }
  return rows;
}

describe('csvCell', () => {
  const cases: [string | number | null, string][] = [
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['=SUM(A1)', "'=SUM(A1)"],
    ['+1 555', "'+1 555"],
    ['-x', "'-x"],
    ['@cmd', "'@cmd"],
    ['=a,b', `"'=a,b"`],
    ['-5', '-5'],
    [-5, '-5'],
    [1.5e9, '1500000000'],
    [null, ''],
    ['line\nbreak', 'line break'],
    ['esc\u001b[2J', 'esc\uFFFD[2J'],
  ];
  it.each(cases)('%j → %s', (input, out) => {
    expect(csvCell(input)).toBe(out);
  });
});

describe('table-csv', () => {
  it('has a header and one record per claim, and round-trips', () => {
    expect(tableFormatters.csv).toBe(tableCsv);
    const table = align(story());
    const out = tableCsv(table, { color: true, width: 80 });
    const rows = parseCsv(out);
    expect(rows[0]).toEqual([
      'row_id', 'kind', 'status', 'label', 'notes', 'source', 'via', 'claim_text', 'low', 'high', 'unit', 'approx',
      'date_start', 'date_end', 'granularity', 'quote_text', 'speaker', 'attribution_source', 'sentence',
    ]);
    expect(rows).toHaveLength(1 + table.rows.reduce((n, r) => n + r.claims.length, 0));
    const cnbc = rows.find((r) => r[5] === 'cnbc' && r[1] === 'count')!;
    expect(cnbc.slice(6, 12)).toEqual(['wire', 'over a hundred applications', '100', '', 'application', 'more-than']);
    expect(out).not.toMatch(/\u001b/);
  });

  it('neutralises formula injection and strips controls', () => {
    const out = tableCsv(hostileTable(), { color: false, width: 80 });
    expect(out.replace(/\r\n/g, '')).not.toMatch(RAW_CONTROL_RE);
    const rows = parseCsv(out).slice(1);
    for (const r of rows) for (const cell of r) expect(cell).not.toMatch(/^[=+\-@]/);
    expect(rows.find((r) => r[5] === 'plain')![7]).toBe("'+12 rockets");
    expect(rows.find((r) => r[5] === 'evil')![18]).toMatch(/^'=HYPERLINK/);
  });
});
