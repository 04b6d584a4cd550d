import { describe, expect, it } from 'vitest';
import { diffMarkdown } from '../../src/report/formatters/diff-markdown.js';
import { diffFormatters } from '../../src/report/registry.js';
import { diffFixture } from './diff-fixture.js';

describe('diff-markdown', () => {
  it('writes a section per finding type with strike-through word diffs', () => {
    expect(diffFormatters.markdown).toBe(diffMarkdown);
    const out = diffMarkdown(diffFixture().result, { color: true, width: 80 });
    expect(out).not.toMatch(/\u001b/);
    const lines = out.split('\n');
    expect(lines.filter((l) => l.startsWith('#### '))).toEqual(['#### ✗ conflict (1)', '#### ≠ quote drift (1)', '#### + only in B (1)']);
    expect(out).toContain('  - word diff: we are ~~ready~~ **prepared** for anything that comes across that line.');
    expect(out).toContain('  - A Alpha News: ✗ 40 tanks');
  });
});
