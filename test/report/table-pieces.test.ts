/** The JSON and NDJSON tables written piece by piece are the same text as in one string. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { align } from '../../src/align/index.js';
import { extract } from '../../src/pipeline.js';
import { tableJson, tableJsonPieces } from '../../src/report/formatters/table-json.js';
import { tableNdjson, tableNdjsonPieces } from '../../src/report/formatters/table-ndjson.js';
import type { AgreementTable } from '../../src/model.js';
import { STORIES } from '../helpers/stories.js';

const opts = { color: false, width: 80 };

describe('table pieces', () => {
  it('joins to the formatter output on the fixture stories (thousands of rows, several pieces)', async () => {
    const { articles } = await extract([STORIES]);
    const table = align(articles, { errors: [{ path: 'x.html', message: 'cannot read \u202e it' }] });
    // repeat the rows so the table spans several pieces of a thousand rows
    const big: AgreementTable = { ...table, rows: Array.from({ length: 8 }, () => table.rows).flat() };
    expect(big.rows.length).toBeGreaterThan(2000);
    const json = [...tableJsonPieces(big)];
    expect(json.length).toBeGreaterThan(3);
    expect(json.join('')).toBe(tableJson(big, opts));
    const ndjson = [...tableNdjsonPieces(big)];
    expect(ndjson.length).toBeGreaterThan(2);
    expect(ndjson.join('')).toBe(tableNdjson(big, opts));
  });

  it('joins to the formatter output on an empty table', () => {
    const empty: AgreementTable = { schemaVersion: '1', sources: [], rows: [], errors: [] };
    expect([...tableJsonPieces(empty)].join('')).toBe(tableJson(empty, opts));
    expect([...tableNdjsonPieces(empty)].join('')).toBe(tableNdjson(empty, opts));
  });
});
