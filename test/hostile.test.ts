/**
 * Hostile and broken input (issue #7): every case ends in a correct result or a one-line error
 * naming the file, other inputs are still processed, nothing attacks the reader's terminal, and
 * nothing on a page is ever executed or fetched.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync, chmodSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errMessage, fromBytes } from '../src/ingest/index.js';
import { LIMITS } from '../src/limits.js';
import { processInput } from '../src/pipeline.js';
import type { Article, Format } from '../src/model.js';
import { runCli } from './helpers/cli.js';

const BIN = path.resolve(__dirname, '../bin/crosscheck.js');
const BUILT = existsSync(path.resolve(__dirname, '../dist/src/cli/main.js'));

const PARA = '<p>The council said on Tuesday that more than 130 permits had been issued since May, a 15 percent rise.</p>\n';
/** n distinct paragraphs (a page that repeats one paragraph is cleaned down to one copy). */
const paras = (n: number) => Array.from({ length: n }, (_, i) => PARA.replace('130', String(130 + i))).join('');

function run(html: string, format: Format = 'html'): { article: Article; ms: number } {
  const t0 = performance.now();
  const article = processInput(fromBytes(`case.${format === 'html' ? 'html' : 'txt'}`, 'case', Buffer.from(html)));
  return { article, ms: performance.now() - t0 };
}

function exactSpans(a: Article): void {
  for (const s of a.sentences) expect(a.text.slice(s.start, s.end)).toBe(s.text);
  for (const c of a.claims) expect(a.text.slice(c.span.start, c.span.end)).toBe(c.text);
}

/** Generous bounds: the suite must pass on a loaded 2-core machine. */
const BIG_MS = 90_000;

describe('size limits: bounded time, no stack overflow, no catastrophic backtracking', () => {
  it('a 50 MB HTML page', () => {
    const html = `<html><body><article>${paras(Math.ceil((50 * 1024 * 1024) / PARA.length))}</article></body></html>`;
    const { article, ms } = run(html);
    expect(ms).toBeLessThan(BIG_MS);
    expect(article.text.length).toBeLessThanOrEqual(LIMITS.maxTextChars);
    expect(article.diagnostics?.some((d) => d.ruleId === 'limit/text')).toBe(true);
    expect(article.claims.length).toBeGreaterThan(0);
  }, 180_000);

  it('a 5 MB single line with no spaces', () => {
    const { article, ms } = run('x'.repeat(5 * 1024 * 1024), 'text');
    expect(ms).toBeLessThan(BIG_MS);
    exactSpans(article);
  }, 180_000);

  it('100,000 nested <div>s', () => {
    const html = `<html><body>${'<div>'.repeat(100_000)}<p>The mayor said 24 people were hurt on Monday.</p>${'</div>'.repeat(100_000)}</body></html>`;
    const { article, ms } = run(html);
    expect(ms).toBeLessThan(BIG_MS);
    expect(article.text).toContain('24 people were hurt');
  }, 180_000);

  it('10,000 <p>s', () => {
    const { article, ms } = run(`<html><body><article>${paras(10_000)}</article></body></html>`);
    expect(ms).toBeLessThan(BIG_MS);
    expect(article.sentences.length).toBeGreaterThanOrEqual(10_000);
  }, 180_000);

  it('a sentence of 100,000 characters is cut into pieces with a diagnostic', () => {
    const words = Array.from({ length: 16_000 }, (_, i) => (i % 7 === 0 ? String(i) : 'word')).join(' ');
    const { article, ms } = run(`The report, ${words.slice(0, 100_000)}, ended.`, 'text');
    expect(ms).toBeLessThan(BIG_MS);
    expect(Math.max(...article.sentences.map((s) => s.end - s.start))).toBeLessThanOrEqual(LIMITS.maxSentenceChars);
    expect(article.diagnostics?.some((d) => d.ruleId === 'limit/sentence')).toBe(true);
    exactSpans(article);
  }, 180_000);
});

describe('broken HTML', () => {
  const body = 'The agency said 42 homes were damaged on Monday.';
  it.each([
    ['truncated mid-tag', `<html><body><article><p>${body}</p><p class="x`],
    ['unclosed attribute quote', `<html><body><article><p>${body}</p><div class="open>More text here.</div></article>`],
    ['a comment that never ends', `<html><body><article><p>${body}</p><!-- never closed <p>Hidden 99 words.</p>`],
  ])('%s: no exception, the article text survives', (_n, html) => {
    const { article } = run(html);
    expect(article.text).toContain('42 homes were damaged');
    exactSpans(article);
  });

  it('script, style, template, svg, noscript and iframe srcdoc never become article text', () => {
    const html = `<html><head><style>p::after{content:"The council approved 999 permits on Friday."}</style></head><body><article>
      <p>${body}</p>
      <script>var s = "The council approved 888 permits on Friday."; document.write(s)</script>
      <template><p>The council approved 777 permits on Friday.</p></template>
      <svg><text>The council approved 666 permits on Friday.</text></svg>
      <iframe srcdoc="<p>The council approved 555 permits on Friday.</p>"></iframe>
      <noscript><p>${body}</p></noscript>
      <p>A second paragraph of the article says officials met 3 times.</p>
    </article></body></html>`;
    const { article } = run(html);
    for (const n of ['999', '888', '777', '666', '555']) expect(article.text).not.toContain(n);
    expect(article.text.split('42 homes were damaged').length - 1).toBe(1); // the <noscript> copy is not a second copy
  });
});

describe('text that attacks the reader', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'crosscheck-hostile-'));
    writeFileSync(
      path.join(dir, 'ansi.txt'),
      'The mayor said 24 people \u001b[2J\u001b]0;pwned\u0007were evacuated on Monday \u009b31m, officials said.\n\n“We are \u001b[31mready\u001b[0m,” she said.',
    );
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('ANSI/OSC escapes and C1 controls never reach the terminal raw', async () => {
    for (const env of [{}, { FORCE_COLOR: '1' }]) {
      for (const args of [['extract'], ['clean'], ['sentences'], ['table']]) {
        const r = await runCli([...args, path.join(dir, 'ansi.txt')], env);
        const out = r.stdout.replace(/\u001b\[[0-9;]*m/g, ''); // our own SGR colour codes only
        expect(out, args.join(' ')).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
      }
    }
  });
});

describe.skipIf(!BUILT)('the built CLI as a process', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'crosscheck-proc-'));
    for (let i = 0; i < 30; i++) writeFileSync(path.join(dir, `a${String(i).padStart(2, '0')}.html`), `<html><body><article>${paras(20)}</article></body></html>`);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('output to a closed pipe exits quietly with code 0', () => {
    const r = spawnSync('bash', ['-c', `set -o pipefail; node ${JSON.stringify(BIN)} extract --ndjson ${JSON.stringify(dir)} | head -1 >/dev/null; echo "rc=\${PIPESTATUS[0]}"`], { encoding: 'utf8' });
    expect(r.stdout.trim()).toBe('rc=0');
    expect(r.stderr).not.toMatch(/Error|at .*\.js/);
  }, 60_000);

  it('empty stdin is a one-line error naming stdin; a closed stdin too', () => {
    const r = spawnSync(process.execPath, [BIN, 'extract', '-'], { input: '', encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe('crosscheck: -: empty file');
    const closed = spawnSync(process.execPath, [BIN, 'extract', '-'], { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
    expect(closed.status).toBe(2);
    expect(closed.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('stdin that is not UTF-8 is decoded, not refused', () => {
    const input = Buffer.from([...Buffer.from('The mayor said '), 0x93, ...Buffer.from('we are ready'), 0x94, ...Buffer.from(' on Monday.')]);
    const r = spawnSync(process.execPath, [BIN, 'sentences', '-'], { input, encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('“we are ready”');
  });

  it('an unreadable file is a one-line error; the others are processed', () => {
    if (process.getuid?.() === 0) {
      // root reads every file, so the permission error cannot be provoked: check its message instead
      expect(errMessage(Object.assign(new Error('EACCES: permission denied, open'), { code: 'EACCES' }))).toBe('permission denied');
      return;
    }
    const f = path.join(dir, 'locked.html');
    writeFileSync(f, '<p>x</p>');
    chmodSync(f, 0);
    const r = spawnSync(process.execPath, [BIN, 'extract', '--json', dir], { encoding: 'utf8' });
    expect(r.stderr).toContain(`${f}: permission denied`);
    expect(JSON.parse(r.stdout).articles.length).toBe(30);
    rmSync(f);
  });

  it('never opens a network connection and never runs page scripts', () => {
    const page = path.join(dir, 'evil', 'page.html');
    const marker = path.join(dir, 'evil', 'script-ran');
    const netMarker = path.join(dir, 'evil', 'network-used');
    rmSync(path.dirname(page), { recursive: true, force: true });
    spawnSync('mkdir', ['-p', path.dirname(page)]);
    writeFileSync(
      page,
      `<html><head><script>require('fs').writeFileSync(${JSON.stringify(marker)}, 'x'); fetch('http://127.0.0.1:9/steal')</script></head>
       <body onload="fetch('http://127.0.0.1:9/onload')"><img src="http://127.0.0.1:9/pixel.png" onerror="require('fs').writeFileSync(${JSON.stringify(marker)}, 'y')">
       <iframe src="http://127.0.0.1:9/frame"></iframe><article><p>The agency said 42 homes were damaged on Monday.</p></article></body></html>`,
    );
    // a preload that records any socket or fetch the process attempts
    const preload = `import net from 'node:net'; import fs from 'node:fs';
      const mark = () => fs.writeFileSync(${JSON.stringify(netMarker)}, 'net');
      const orig = net.Socket.prototype.connect; net.Socket.prototype.connect = function (...a) { mark(); return orig.apply(this, a); };
      globalThis.fetch = async () => { mark(); throw new Error('no network'); };`;
    const r = spawnSync(process.execPath, ['--import', `data:text/javascript,${encodeURIComponent(preload)}`, BIN, 'table', '--html', path.join(dir, 'evil', 'r.html'), page], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(existsSync(marker)).toBe(false);
    expect(existsSync(netMarker)).toBe(false);
  });
});
