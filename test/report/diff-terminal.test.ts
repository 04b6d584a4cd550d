import { describe, expect, it } from 'vitest';
import { diffTerminal } from '../../src/report/formatters/diff-terminal.js';
import { diffFormatters } from '../../src/report/registry.js';
import { width } from '../../src/report/util/width.js';
import { diffFixture } from './diff-fixture.js';
import { RAW_CONTROL_RE } from './hostile.js';
import { diff } from '../../src/align/index.js';
import { article, qty } from '../align/factory.js';

const ANSI_RE = /\u001b\[[0-9;]*m/g;

describe('diff-terminal', () => {
  const { result } = diffFixture();

  it('lists findings by type with sides and a word diff, without colour when color=false', () => {
    expect(diffFormatters.terminal).toBe(diffTerminal);
    const out = diffTerminal(result, { color: false, width: 140 });
    expect(out).not.toMatch(/\u001b/);
    expect(out.split('\n').slice(0, 3)).toEqual(['A: Alpha News', 'B: Beta Daily', '1 agreed · 1 conflict · 1 quote drift · 0 only in A · 1 only in B']);
    expect(out).toContain('✗ conflict: count · tank');
    expect(out).toContain('    A Alpha News: ✗ 40 tanks');
    expect(out).toContain('    B Beta Daily: ✗ 60 tanks');
    expect(out).toContain('word diff Alpha News → Beta Daily: we are [-ready-] {+prepared+} for anything that comes across that line.');
    expect(out).toContain('+ only in B: count · cent');
  });

  it('colours the word diff and stays within the width', () => {
    const out = diffTerminal(result, { color: true, width: 50, verbose: true });
    expect(out).toContain('\u001b[31m\u001b[9m[-ready-]');
    expect(out).toContain('\u001b[32m{+prepared+}\u001b[39m');
    for (const l of out.split('\n')) expect(width(l.replace(ANSI_RE, ''))).toBeLessThanOrEqual(50);
  });

  it('strips control characters', () => {
    const evil = article({ id: 'e', sentences: [{ text: 'Crowds of \u001b]0;owned\u0007 12 protesters \u009b gathered.', claims: [{ kind: 'count', text: '12 protesters', value: qty(12, 12, 'protester') }] }] });
    const out = diffTerminal(diff([evil], []), { color: false, width: 80, verbose: true });
    expect(out).toContain('12 protesters');
    expect(out).not.toMatch(RAW_CONTROL_RE);
  });

  it('says when there is no difference', () => {
    expect(diffTerminal(diff([], []), { color: false, width: 80 })).toContain('No differences found.');
  });
});
