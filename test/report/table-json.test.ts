import { describe, expect, it } from 'vitest';
import { align } from '../../src/align/index.js';
import { tableJson } from '../../src/report/formatters/table-json.js';
import { tableNdjson } from '../../src/report/formatters/table-ndjson.js';
import { tableFormatters } from '../../src/report/registry.js';
import { story } from '../align/story.js';
import { C1_TEXT, hostileTable, RAW_CONTROL_RE } from './hostile.js';

describe('table-json', () => {
  const table = align(story());
  it('is the table itself', () => {
    expect(tableFormatters.json).toBe(tableJson);
    const out = tableJson(table, { color: true, width: 80 });
    expect(out).toBe(`${JSON.stringify(table, null, 2)}\n`);
    expect(JSON.parse(out)).toEqual(table);
  });
  it('escapes C1 and bidi characters but keeps the data', () => {
    const t = hostileTable();
    const out = tableJson(t, { color: false, width: 80 });
    expect(out).not.toMatch(RAW_CONTROL_RE);
    expect(out).toContain('\\u009b2J');
    expect(JSON.parse(out)).toEqual(t);
    expect(JSON.stringify(JSON.parse(out))).toContain(C1_TEXT);
  });
});

describe('table-ndjson', () => {
  it('writes one row per line', () => {
    expect(tableFormatters.ndjson).toBe(tableNdjson);
    const table = align(story());
    const lines = tableNdjson(table, { color: false, width: 80 }).trimEnd().split('\n');
    expect(lines).toHaveLength(table.rows.length);
    expect(lines.map((l) => JSON.parse(l))).toEqual(table.rows.map((r) => ({ schemaVersion: '2.0.0', ...r })));
  });
  it('keeps control characters escaped', () => {
    expect(tableNdjson(hostileTable(), { color: false, width: 80 })).not.toMatch(RAW_CONTROL_RE);
  });
});
