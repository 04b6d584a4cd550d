import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { schemaErrors } from '../helpers/schema.js';

const STORY = path.resolve(__dirname, '../../fixtures/stories/harbor-bridge');

describe('crosscheck diff exit codes (0 / 1 / 2)', () => {
  let dir: string;
  let draft: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'crosscheck-diff-cli-'));
    cpSync(STORY, path.join(dir, 'sources'), { recursive: true });
    draft = path.join(dir, 'draft.md');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const write = (text: string) => writeFileSync(draft, text);

  it('exit 0 when the draft agrees with its sources', async () => {
    write('Published March 11, 2025\n\nRepairs to the Harbor Street Bridge are expected to cost $4.2 million, the city said.\n');
    const r = await runCli(['diff', draft, path.join(dir, 'sources'), '--json', '-q']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(schemaErrors('diff', out)).toBe('');
    expect(out.findings.filter((f: { type: string }) => f.type === 'conflict')).toEqual([]);
  });

  it('exit 1 on a conflict, with a GitHub annotation at the draft line', async () => {
    write('Published March 11, 2025\n\nRepairs to the Harbor Street Bridge are expected to cost $9.8 million, the city said.\n');
    const r = await runCli(['diff', draft, path.join(dir, 'sources'), '--format', 'github', '-q']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(new RegExp(`^::error file=${draft.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')},line=3,title=crosscheck%3A conflict::`, 'm'));
  });

  it('--fail-on none never fails on findings; --fail-on missing fails on a claim the sources lack', async () => {
    write('Published March 11, 2025\n\nThe bridge carried 512 ferries in 1999, the harbor master said.\n');
    expect((await runCli(['diff', draft, path.join(dir, 'sources'), '--fail-on', 'none', '-q'])).code).toBe(0);
    expect((await runCli(['diff', draft, path.join(dir, 'sources'), '--fail-on', 'missing', '-q'])).code).toBe(1);
  });

  it('exit 2 when an input cannot be read', async () => {
    const r = await runCli(['diff', path.join(dir, 'nope.md'), path.join(dir, 'sources'), '-q']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('nope.md: no such file or folder');
  });

  it('accepts saved extract --json output on either side', async () => {
    write('Published March 11, 2025\n\nRepairs to the Harbor Street Bridge are expected to cost $9.8 million, the city said.\n');
    const saved = path.join(dir, 'sources.json');
    const ex = await runCli(['extract', '--json', '-q', path.join(dir, 'sources')]);
    writeFileSync(saved, ex.stdout);
    const r = await runCli(['diff', draft, saved, '--json', '-q']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).b.length).toBe(4);
    expect(readFileSync(saved, 'utf8').length).toBeGreaterThan(1000);
  });
});
