import { describe, expect, it } from 'vitest';
import { align } from '../../src/align/index.js';
import { tableTerminal } from '../../src/report/formatters/table-terminal.js';
import { tableFormatters } from '../../src/report/registry.js';
import { width, wrap } from '../../src/report/util/width.js';
import { story } from '../align/story.js';
import { hostileTable, RAW_CONTROL_RE } from './hostile.js';

const ANSI_RE = /\u001b\[[0-9;]*m/g;

describe('table-terminal', () => {
  const table = align(story());

  it('is registered', () => {
    expect(tableFormatters.terminal).toBe(tableTerminal);
  });

  it('has a header per outlet, symbols and a legend, and no colour when color=false', () => {
    const out = tableTerminal(table, { color: false, width: 120 });
    expect(out).not.toMatch(/\u001b/);
    const lines = out.split('\n');
    expect(lines[0]).toBe('11 facts across 5 sources: 1 conflict, 3 agree, 6 single, 1 shared attribution');
    expect(lines[1]).toMatch(/CNBC\s+Gadgets Now\s+New York Times\s+Silicon UK\s+Reuters/);
    expect(out).toContain('✗ quote · Commerce Department');
    expect(out).toContain('✓ more than');
    expect(out).toContain('↪ over a');
    expect(out).toContain('(via Reuters)');
    expect(out).toContain('· 28 Chinese');
    expect(out).toContain('Legend: ✓ agree, ✗ conflict, · single source, ◦ same source cited by several outlets, ↪ repeats another outlet (via)');
  });

  it('never exceeds the width', () => {
    for (let w = 40; w <= 200; w++) {
      const out = tableTerminal(table, { color: true, width: w, verbose: w % 20 === 0 });
      for (const line of out.split('\n')) expect(width(line.replace(ANSI_RE, ''))).toBeLessThanOrEqual(w);
    }
  });

  it('a via cell (↪) starts in its outlet column: the mark takes one terminal column', () => {
    const out = tableTerminal(table, { color: false, width: 120 });
    const lines = out.split('\n');
    const starts = [...lines[1].matchAll(/\S+(?: \S+)*/g)].map((m) => m.index);
    const viaLines = lines.filter((l) => l.includes('↪') && !l.startsWith('Legend'));
    expect(viaLines.length).toBeGreaterThan(0);
    for (const l of viaLines) expect(starts).toContain([...l].indexOf('↪'));
    expect(width('↪ x')).toBe(3);
  });

  it('a word too long for its column breaks after a hyphen, not before a lone bracket', () => {
    expect(wrap('↪ this year (via allied-newswire)', 15)).toEqual(['↪ this year', '(via allied-', 'newswire)']);
    expect(wrap('supercalifragilistic', 8)).toEqual(['supercal', 'ifragili', 'stic']);
  });

  it('falls back to one claim per line when the outlets do not fit', () => {
    const out = tableTerminal(table, { color: false, width: 60 });
    expect(out).toContain('    New York Times: ✗ "as of right this moment, the status');
    expect(out).not.toMatch(/CNBC\s+Gadgets Now/);
  });

  it('colours statuses when color=true', () => {
    const out = tableTerminal(table, { color: true, width: 120 });
    expect(out).toContain('\u001b[31m✗\u001b[39m'); // conflict red
    expect(out).toContain('\u001b[32m✓\u001b[39m'); // agree green
    expect(out).toContain('\u001b[36m↪'); // via cyan
  });

  it('shows sentences only when verbose', () => {
    const quiet = tableTerminal(table, { color: false, width: 120 });
    const verbose = tableTerminal(table, { color: false, width: 120, verbose: true });
    expect(quiet).not.toContain('Tensions mounted after');
    expect(verbose).toContain('Tensions mounted after');
  });

  it('strips control characters from article text, with and without colour', () => {
    for (const color of [false, true]) {
      const out = tableTerminal(hostileTable(), { color, width: 100, verbose: true }).replace(ANSI_RE, '');
      expect(out).not.toMatch(RAW_CONTROL_RE);
      expect(out).toContain('\uFFFD[31mRED');
    }
  });

  it('says so when there is nothing to compare', () => {
    expect(tableTerminal(align([]), { color: false, width: 80 })).toBe(
      '0 facts across 0 sources: 0 conflict, 0 agree, 0 single\nNo comparable claims found.\nLegend: ✓ agree, ✗ conflict, · single source, ◦ same source cited by several\noutlets, ↪ repeats another outlet (via)\n',
    );
  });
});
