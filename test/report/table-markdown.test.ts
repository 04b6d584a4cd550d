import { describe, expect, it } from 'vitest';
import { align } from '../../src/align/index.js';
import { tableMarkdown } from '../../src/report/formatters/table-markdown.js';
import { tableFormatters } from '../../src/report/registry.js';
import { mdCell } from '../../src/report/util/markdown.js';
import { story } from '../align/story.js';
import { hostileTable, RAW_CONTROL_RE } from './hostile.js';

describe('mdCell', () => {
  it.each([
    ['a | b', 'a \\| b'],
    ['<script>', '&lt;script&gt;'],
    ['*bold* _it_', '\\*bold\\* \\_it\\_'],
    ['two\nlines', 'two lines'],
  ])('%j → %j', (input, out) => {
    expect(mdCell(input)).toBe(out);
  });
});

describe('table-markdown', () => {
  it('writes one table row per fact with a column per outlet', () => {
    expect(tableFormatters.markdown).toBe(tableMarkdown);
    const table = align(story());
    const lines = tableMarkdown(table, { color: true, width: 80 }).split('\n');
    expect(lines[0]).toBe('### 11 facts across 5 sources: 1 conflict, 3 agree, 6 single, 1 shared attribution');
    expect(lines[2]).toBe('| Status | Fact | CNBC | Gadgets Now | New York Times | Silicon UK | Reuters |');
    const body = lines.filter((l) => l.startsWith('| ') && !l.startsWith('| Status'));
    expect(body).toHaveLength(table.rows.length);
    expect(body[0]).toMatch(/^\| ✗ conflict \| quote · Commerce Department/);
    expect(lines.join('\n')).not.toMatch(/\u001b/);
  });

  it('escapes pipes so every row keeps its column count', () => {
    const out = tableMarkdown(hostileTable(), { color: false, width: 80 });
    expect(out).not.toMatch(RAW_CONTROL_RE);
    const body = out.split('\n').filter((l) => l.startsWith('| '));
    const columns = (l: string) => l.replace(/\\\|/g, '').split('|').length;
    for (const l of body) expect(columns(l)).toBe(columns(body[0]));
  });
});
