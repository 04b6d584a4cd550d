import { mkdtempSync, mkdirSync, writeFileSync, symlinkSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { binaryKind, collect, decode, fromBytes, InputFailure, readInput, sniffFormat, uniqueIds } from '../../src/ingest/index.js';

describe('decode', () => {
  const text = 'He said “status quo” — café';
  it.each([
    ['utf-8 without BOM', Buffer.from(text), 'utf-8'],
    ['utf-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]), 'utf-8 (bom)'],
    ['utf-16le with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf-16le')]), 'utf-16le (bom)'],
    ['utf-16be with BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(text, 'utf-16be')]), 'utf-16be (bom)'],
  ])('%s', (_name, buf, enc) => {
    const d = decode(buf);
    expect(d.text).toBe(text);
    expect(d.encoding).toBe(enc);
  });

  it('windows-1252 declared in <meta charset>', () => {
    const buf = Buffer.concat([Buffer.from('<html><head><meta charset="windows-1252"></head><body>'), iconv.encode(text, 'windows-1252'), Buffer.from('</body>')]);
    expect(decode(buf).text).toContain(text);
  });

  it('ISO-8859-1 declared with http-equiv decodes as windows-1252 (curly quotes come out right)', () => {
    const buf = Buffer.concat([
      Buffer.from('<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"><p>'),
      iconv.encode(text, 'windows-1252'),
    ]);
    const d = decode(buf);
    expect(d.text).toContain('“status quo” — café');
    expect(d.encoding).toBe('windows-1252 (declared)');
  });

  it('a declaration that lies: UTF-8 bytes under a latin-1 declaration', () => {
    const buf = Buffer.from(`<meta charset="iso-8859-1"><p>${text}</p>`);
    const d = decode(buf);
    expect(d.text).toContain(text);
    expect(d.note).toMatch(/declares windows-1252/);
  });

  it('invalid byte sequences never throw', () => {
    const buf = Buffer.concat([Buffer.from('<meta charset="utf-8"><p>ok '), Buffer.from([0xc3, 0x28, 0xa0, 0xa1]), Buffer.from(' end')]);
    const d = decode(buf);
    expect(d.text).toContain('ok');
    expect(d.text).toContain('end');
    expect(d.text).toContain('\ufffd');
  });

  it('undeclared non-UTF-8 bytes fall back to windows-1252', () => {
    expect(decode(iconv.encode('“quoted” – test', 'windows-1252')).text).toBe('“quoted” – test');
  });
});

describe('binaryKind', () => {
  it.each([
    ['PNG image', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]],
    ['PDF document', [...Buffer.from('%PDF-1.7\n')]],
    ['zip archive', [0x50, 0x4b, 0x03, 0x04, 0, 0]],
    ['JPEG image', [0xff, 0xd8, 0xff, 0xe0]],
  ])('recognises %s', (name, bytes) => {
    expect(binaryKind(Buffer.from(bytes))).toBe(name);
  });
  it('NUL bytes mean binary', () => expect(binaryKind(Buffer.from('abc\u0000def'))).toMatch(/NUL/));
  it('text is not binary', () => expect(binaryKind(Buffer.from('Plain text.\nWith lines.\r\n'))).toBeUndefined());
  it('UTF-16 with BOM is not binary', () => expect(binaryKind(Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode('hi', 'utf-16le')]))).toBeUndefined());
});

describe('sniffFormat', () => {
  it.each([
    ['page.txt', '<!DOCTYPE html><html><body><p>x</p></body></html>', 'html'],
    ['page', '<html lang="en"><head><title>x</title></head></html>', 'html'],
    ['page.htm', 'no tags at all', 'html'],
    ['copy.txt', '<div id="app">\n\n<div>\n\n# Title\n\nText [link](https://x.com).\n\n</div>', 'markdown'],
    ['copy.txt', '![](https://x.com/a.jpg)\nA caption.\nText.', 'markdown'],
    ['notes.md', 'Just words.', 'markdown'],
    ['copy.txt', 'A headline\n\nThe body of the story. More text.\n\nRecent Posts', 'text'],
    ['copy.txt', '<p>One</p><p>Two</p><p>Three</p>', 'html'],
  ])('%s %j → %s', (file, text, format) => {
    expect(sniffFormat(file, text)).toBe(format);
  });
});

describe('fromBytes', () => {
  const fail = (buf: Buffer, max?: number) => {
    try {
      fromBytes('x.html', 'x', buf, { maxBytes: max });
    } catch (e) {
      expect(e).toBeInstanceOf(InputFailure);
      return (e as Error).message;
    }
    throw new Error('expected an InputFailure');
  };
  it('refuses empty files', () => expect(fail(Buffer.alloc(0))).toBe('empty file'));
  it('refuses whitespace-only files', () => expect(fail(Buffer.from(' \n\t\n'))).toBe('file holds only whitespace'));
  it('refuses binary files by name', () => expect(fail(Buffer.from('%PDF-1.4 xxx'))).toBe('not a text article: looks like PDF document'));
  it('names the size limit', () => expect(fail(Buffer.from('x'.repeat(2048)), 1024)).toMatch(/exceeds the limit of 1 KB \(raise it with --max-bytes\)/));
  it('keeps the encoding note as a diagnostic', () => {
    const raw = fromBytes('x.html', 'x', Buffer.from('<meta charset="latin1"><p>“x”</p>'));
    expect(raw.diagnostics[0]).toMatchObject({ ruleId: 'ingest/encoding', severity: 'warning' });
  });
});

describe('uniqueIds', () => {
  it('derives ids from file names and de-duplicates in order', () => {
    expect(uniqueIds(['a/story.html', 'b/story.md', 'c/other.txt', '-', 'd/story'])).toEqual(['story', 'story-2', 'other', 'stdin', 'story-3']);
  });
});

describe('collect and readInput on a real folder', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'crosscheck-ingest-'));
    mkdirSync(path.join(dir, 'b'));
    mkdirSync(path.join(dir, 'empty'));
    mkdirSync(path.join(dir, '.git'));
    writeFileSync(path.join(dir, 'b', 'z.html'), '<p>z</p>');
    writeFileSync(path.join(dir, 'a story.txt'), 'A story.');
    writeFileSync(path.join(dir, 'ünïcode\nname.md'), 'Text.');
    writeFileSync(path.join(dir, 'noext'), 'Text.');
    writeFileSync(path.join(dir, 'image.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    writeFileSync(path.join(dir, 'README.md'), 'docs');
    writeFileSync(path.join(dir, '.git', 'HEAD'), 'ref');
    symlinkSync(dir, path.join(dir, 'b', 'loop'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('walks folders recursively in sorted order, skips hidden files, reports what it passed over', async () => {
    const c = await collect([dir]);
    expect(c.files.map((f) => path.relative(dir, f))).toEqual(['a story.txt', path.join('b', 'z.html'), 'noext', 'ünïcode\nname.md']);
    expect(c.skipped.map((f) => path.basename(f)).sort()).toEqual(['README.md', 'image.png']);
    expect(c.errors.map((e) => e.message)).toEqual(['folder already visited (symbolic link loop); skipped']);
  });

  it('a folder with no articles is an error naming it', async () => {
    const c = await collect([path.join(dir, 'empty')]);
    expect(c.errors).toEqual([{ path: path.join(dir, 'empty'), message: expect.stringMatching(/^folder holds no article files/) }]);
  });

  it('a missing path is an error, other paths still collected', async () => {
    const c = await collect([path.join(dir, 'missing.html'), path.join(dir, 'noext')]);
    expect(c.errors).toEqual([{ path: path.join(dir, 'missing.html'), message: 'no such file or folder' }]);
    expect(c.files).toHaveLength(1);
  });

  it('names given explicitly are read whatever their extension; binary ones fail clearly', async () => {
    await expect(readInput(path.join(dir, 'image.png'), 'image')).rejects.toThrow('not a text article: looks like PNG image');
    const raw = await readInput(path.join(dir, 'a story.txt'), 'a_story');
    expect(raw).toMatchObject({ id: 'a_story', format: 'text', text: 'A story.', bytes: 8 });
  });
});
