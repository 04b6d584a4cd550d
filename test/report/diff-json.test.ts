import { describe, expect, it } from 'vitest';
import { diffJson } from '../../src/report/formatters/diff-json.js';
import { diffFormatters } from '../../src/report/registry.js';
import { diffFixture } from './diff-fixture.js';

describe('diff-json', () => {
  it('is the DiffResult itself', () => {
    expect(diffFormatters.json).toBe(diffJson);
    const { result } = diffFixture();
    const out = diffJson(result, { color: true, width: 80 });
    expect(out).toBe(`${JSON.stringify(result, null, 2)}\n`);
    expect(JSON.parse(out).findings.map((f: { type: string }) => f.type)).toEqual(['conflict', 'drift', 'only-b']);
  });
});
