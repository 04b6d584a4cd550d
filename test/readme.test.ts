/**
 * The README's worked example is the tool's real output: the table it shows for
 * fixtures/stories/harbor-bridge (100 columns, no colour) must match what the build prints, line
 * for line, up to the "…" where the README cuts it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';

describe('README worked example', () => {
  it('shows the table the build prints for fixtures/stories/harbor-bridge', async () => {
    const readme = readFileSync('README.md', 'utf8');
    const start = readme.indexOf('<!-- example:start -->');
    expect(start).toBeGreaterThan(-1);
    const block = readme.slice(readme.indexOf('```\n', start) + 4, readme.indexOf('\n```', readme.indexOf('```\n', start) + 4));
    const shown = block.split('\n');
    const cut = shown.indexOf('…');
    expect(cut).toBeGreaterThan(10);
    const r = await runCli(['table', 'fixtures/stories/harbor-bridge', '--no-color', '-q'], { COLUMNS: '100' });
    expect(r.code).toBe(0);
    expect(shown.slice(0, cut)).toEqual(r.stdout.split('\n').slice(0, cut));
  });
});
