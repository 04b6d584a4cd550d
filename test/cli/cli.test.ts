import { mkdtempSync, writeFileSync, rmSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { schemaErrors } from '../helpers/schema.js';

const ARTICLE = `WASHINGTON — The city approved more than 130 permits last week, according to people familiar with the matter.

“We are not done,” Mayor Dana Whitlock said on Tuesday.`;

describe('crosscheck CLI', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'crosscheck-cli-'));
    writeFileSync(path.join(dir, 'good.txt'), ARTICLE);
    writeFileSync(path.join(dir, 'bad.pdf.txt'), Buffer.from('%PDF-1.4\n%\u00e2\u00e3'));
    mkdirSync(path.join(dir, 'empty'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('--help lists every command with examples and exit codes', async () => {
    const r = await runCli(['--help']);
    expect(r.code).toBe(0);
    for (const cmd of ['extract', 'table', 'diff', 'clean', 'sentences']) expect(r.stdout).toContain(cmd);
    expect(r.stdout).toContain('Exit codes');
    expect(r.stdout).toContain('Examples');
  });

  it.each(['extract', 'table', 'diff', 'clean', 'sentences'])('%s --help shows examples', async (cmd) => {
    const r = await runCli([cmd, '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Examples:\n\s+\$ crosscheck /);
  });

  it('an unknown option is a usage error (exit 2)', async () => {
    const r = await runCli(['extract', '--frobnicate', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown option/);
  });

  it('--published must be a real date', async () => {
    const r = await runCli(['extract', '--published', 'good=2019-13-45', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('is not SOURCE=YYYY-MM-DD or YYYY-MM-DD');
  });

  it('--kinds rejects unknown kinds', async () => {
    const r = await runCli(['extract', '--kinds', 'count,weather', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown kind weather');
  });

  it('a missing file, an empty folder and a binary file each give one line naming the path; others are processed; exit 2', async () => {
    const missing = path.join(dir, 'missing.html');
    const r = await runCli(['extract', '--json', missing, path.join(dir, 'empty'), path.join(dir, 'bad.pdf.txt'), path.join(dir, 'good.txt')]);
    expect(r.code).toBe(2);
    const lines = r.stderr.trim().split('\n').filter((l) => !l.includes(': warning: '));
    expect(lines).toEqual([
      `crosscheck: ${missing}: no such file or folder`,
      expect.stringMatching(new RegExp(`^crosscheck: ${path.join(dir, 'empty')}: folder holds no article files`)),
      `crosscheck: ${path.join(dir, 'bad.pdf.txt')}: not a text article: looks like PDF document`,
    ]);
    const json = JSON.parse(r.stdout);
    expect(json.schemaVersion).toMatch(/^\d+\.\d+\.\d+$/);
    expect(json.articles.map((a: { source: { id: string } }) => a.source.id)).toEqual(['good']);
    expect(json.errors).toHaveLength(3);
    expect(schemaErrors('extract', json)).toBe('');
  });

  it('table: input errors are listed once on a terminal, and in full when stdout is saved or piped', async () => {
    const missing = path.join(dir, 'missing.html');
    const args = ['table', '--no-color', '-q', missing, path.join(dir, 'good.txt'), path.join(dir, 'good.txt')];
    const piped = await runCli(args);
    expect(piped.code).toBe(2);
    expect(piped.stderr).toContain(`crosscheck: ${missing}: no such file or folder`);
    expect(piped.stdout).toContain(`error: ${missing}: no such file or folder`);
    const tty = await runCli(args, {}, true);
    expect(tty.code).toBe(2);
    expect(tty.stderr).toContain(`crosscheck: ${missing}: no such file or folder`);
    expect(tty.stdout).not.toContain(missing);
    expect(tty.stdout).toContain('error: 1 input could not be read (listed above)');
  });

  it('extract --json: every claim text is the slice of its span', async () => {
    const r = await runCli(['extract', '--json', '--published', '2019-10-09', path.join(dir, 'good.txt')]);
    expect(r.code).toBe(0);
    const { articles } = JSON.parse(r.stdout);
    const a = articles[0];
    expect(a.source.published).toBe('2019-10-09');
    expect(a.source.provenance.published).toBe('cli');
    for (const c of a.claims) expect(a.text.slice(c.span.start, c.span.end)).toBe(c.text);
    for (const s of a.sentences) expect(a.text.slice(s.start, s.end)).toBe(s.text);
  });

  it('extract --ndjson: one JSON object per line with source, path and sentence', async () => {
    const r = await runCli(['extract', '--ndjson', '--published', 'good=2019-10-09', path.join(dir, 'good.txt')]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n').filter(Boolean);
    for (const l of lines) {
      const rec = JSON.parse(l);
      expect(schemaErrors('claim.ndjson', rec)).toBe('');
      expect(rec).toMatchObject({ source: 'good', path: path.join(dir, 'good.txt'), published: '2019-10-09' });
      expect(rec.sentenceText).toContain(rec.text.slice(0, 5));
    }
  });

  it('--published for a source no input answers to is a warning naming the key, not silence', async () => {
    const r = await runCli(['extract', '--json', '--published', 'goood=2019-10-09', '--published', 'good.txt=2019-10-08', path.join(dir, 'good.txt')]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/warning: --published goood=…: no input has this id/);
    expect(r.stderr).not.toMatch(/--published good\.txt/);
    expect(JSON.parse(r.stdout).articles[0].source.published).toBe('2019-10-08');
  });

  it('table says on stderr how many claims it does not compare, and why; -q silences it', async () => {
    const file = path.join(dir, 'good.txt');
    const r = await runCli(['table', '--no-color', file]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/note: 2 of \d+ claims are not compared in the table: 2 without a value \(relative dates with no publication date: give --published\)/);
    const dated = await runCli(['table', '--no-color', '--published', '2019-10-09', file]);
    expect(dated.stderr).not.toMatch(/not compared/);
    const quiet = await runCli(['table', '--no-color', '-q', file]);
    expect(quiet.stderr).toBe('');
  });

  it('sentences --raw reads stdin-like files and prints one sentence per line', async () => {
    const r = await runCli(['sentences', '--raw', path.join(dir, 'good.txt')]);
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n').length).toBeGreaterThanOrEqual(2);
  });

  it('no colour when not a TTY; colour with FORCE_COLOR; none with NO_COLOR or --no-color', async () => {
    const plain = await runCli(['extract', path.join(dir, 'good.txt')]);
    expect(plain.stdout).not.toMatch(/\u001b\[/);
    const forced = await runCli(['extract', path.join(dir, 'good.txt')], { FORCE_COLOR: '1' });
    expect(forced.stdout).toMatch(/\u001b\[/);
    const off = await runCli(['--no-color', 'extract', path.join(dir, 'good.txt')], { FORCE_COLOR: '1' });
    expect(off.stdout).not.toMatch(/\u001b\[/);
  });
});

describe('format names', () => {
  it('the light list of format names matches the registry', async () => {
    const names = await import('../../src/report/names.js');
    const reg = await import('../../src/report/registry.js');
    expect(Object.keys(reg.extractFormatters).sort()).toEqual([...names.EXTRACT_FORMATS].sort());
    expect(Object.keys(reg.tableFormatters).sort()).toEqual([...names.TABLE_FORMATS].sort());
    expect(Object.keys(reg.diffFormatters).sort()).toEqual([...names.DIFF_FORMATS].sort());
  });
});

describe('--keep-captions', () => {
  it('keeps a photo caption that is dropped by default', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'crosscheck-captions-'));
    const f = path.join(dir, 'copy.md');
    writeFileSync(
      f,
      [
        '![](https://example.com/photo.jpg)',
        'Cars wait at the closed Harbor Street Bridge in Port Calder.',
        'Jane Roe | Harbor Times',
        'The city closed the Harbor Street Bridge on Monday after inspectors found corroded cables on its north tower, officials said.',
        'Repairs are expected to cost $4.2 million and could take 90 days, the mayor told reporters at City Hall on Tuesday afternoon.',
        'The bridge carries about 38,000 vehicles a day, and ferry operators have added sailings to carry commuters across the river.',
        'It is the third closure of the span since 2016, when a barge struck one of its piers during a storm.',
      ].join('\n') + '\n',
    );
    try {
      const plain = await runCli(['clean', f]);
      const kept = await runCli(['clean', '--keep-captions', f]);
      expect(plain.stdout).not.toContain('Cars wait at');
      expect(kept.stdout).toContain('Cars wait at the closed Harbor Street Bridge');
      expect(kept.stdout).not.toContain('Jane Roe | Harbor Times');
      expect(kept.stdout).toContain('Repairs are expected to cost $4.2 million');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
