/**
 * `npm run bench` — a benchmark, not a test. Generates N seeded pages (default 1,000, `--n` to
 * change), then measures side by side on the same pages: crosscheck `extract --ndjson` (clean +
 * segment + tag, worker pool) and `clean` alone, @mozilla/readability on jsdom and on linkedom, the
 * `table` (alignment) time for 1k/5k/10k articles, and start-up time. Prints a table and writes
 * bench/results.json.
 *
 * Options: --n N, --peer-sample N (pages given to each Readability peer; default min(N, 200)),
 * --jobs N (default: cores), --no-peers, --no-table.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { page } from './bench-pages.js';
import { clean } from '../src/clean/index.js';
import { processInput } from '../src/pipeline.js';
import { align } from '../src/align/index.js';
import type { Article, RawInput } from '../src/model.js';
import { replica } from './bench-replica.js';

const args = process.argv.slice(2);
const opt = (name: string, dflt: number) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : dflt);
const N = opt('--n', 1000);
const JOBS = opt('--jobs', os.availableParallelism());
const SAMPLE = opt('--peer-sample', Math.min(N, 200));
const root = process.cwd();
const outDir = path.join(root, 'bench', 'out', `pages-${N}`);

function generate(): string[] {
  mkdirSync(outDir, { recursive: true });
  const files: string[] = [];
  for (let i = 0; i < N; i++) {
    const f = path.join(outDir, `page-${String(i).padStart(5, '0')}.html`);
    if (!existsSync(f)) writeFileSync(f, page(i + 1));
    files.push(f);
  }
  return files;
}

function runChild(cmdArgs: string[]): { ms: number; maxRssMB: number; code: number } {
  const child = path.join(root, 'dist', 'scripts', 'bench-child.js');
  const r = spawnSync(process.execPath, [child, ...cmdArgs], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const line = r.stderr.split('\n').find((l) => l.startsWith('BENCH '));
  if (!line) throw new Error(`bench child failed: ${r.stderr.slice(0, 500)}`);
  return JSON.parse(line.slice(6));
}

const raw = (f: string, text: string): RawInput => ({ id: path.basename(f), path: f, format: 'html', text, bytes: Buffer.byteLength(text), diagnostics: [] });

function timeInProcess(files: string[], fn: (html: string, f: string) => unknown): { ms: number; pages: number } {
  const texts = files.map((f) => readFileSync(f, 'utf8'));
  const t0 = performance.now();
  texts.forEach((t, i) => fn(t, files[i]));
  return { ms: performance.now() - t0, pages: files.length };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function startup(cmd: string[]): number {
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    spawnSync(process.execPath, [path.join(root, 'bin', 'crosscheck.js'), ...cmd], { encoding: 'utf8' });
    times.push(performance.now() - t0);
  }
  return median(times);
}

async function main(): Promise<void> {
  const files = generate();
  const mb = files.reduce((s, f) => s + statSync(f).size, 0) / 1024 / 1024;
  console.error(`bench: ${N} pages, ${mb.toFixed(1)} MB of HTML (${(mb * 1024 / N).toFixed(0)} KB/page), ${os.cpus().length} cores, node ${process.version}`);
  const rows: { name: string; pages: number; ms: number; rssMB?: number }[] = [];

  const ex = runChild(['extract', '--ndjson', '--quiet', '--jobs', String(JOBS), outDir]);
  rows.push({ name: `crosscheck extract --ndjson (--jobs ${JOBS})`, pages: N, ms: ex.ms, rssMB: ex.maxRssMB });
  const ex1 = runChild(['extract', '--ndjson', '--quiet', '--jobs', '1', outDir]);
  rows.push({ name: 'crosscheck extract --ndjson (--jobs 1)', pages: N, ms: ex1.ms, rssMB: ex1.maxRssMB });
  const cl = timeInProcess(files, (t, f) => clean(raw(f, t)));
  rows.push({ name: 'crosscheck clean (1 thread)', pages: cl.pages, ms: cl.ms });

  if (!args.includes('--no-peers')) {
    const sample = files.slice(0, SAMPLE);
    const { Readability } = await import('@mozilla/readability');
    const { JSDOM } = await import('jsdom');
    const jsd = timeInProcess(sample, (t, f) => new Readability(new JSDOM(t, { url: `file://${f}` }).window.document).parse());
    rows.push({ name: 'Readability + jsdom (1 thread)', pages: jsd.pages, ms: jsd.ms });
    const { parseHTML } = await import('linkedom');
    const lnk = timeInProcess(sample, (t) => new Readability(parseHTML(t).document as never).parse());
    rows.push({ name: 'Readability + linkedom (1 thread)', pages: lnk.pages, ms: lnk.ms });
  }

  const tableRows: { articles: number; ms: number; rows: number }[] = [];
  if (!args.includes('--no-table')) {
    const base: Article[] = files.slice(0, Math.min(N, 500)).map((f) => processInput(raw(f, readFileSync(f, 'utf8'))));
    for (const n of [1000, 5000, 10000]) {
      const arts: Article[] = [];
      for (let i = 0; i < n; i++) arts.push(replica(base[i % base.length], Math.floor(i / base.length), i));
      const t0 = performance.now();
      const table = align(arts);
      tableRows.push({ articles: n, ms: performance.now() - t0, rows: table.rows.length });
    }
  }

  const help = startup(['--help']);
  const small = startup(['extract', '--quiet', files[0]]);

  const rate = (r: { pages: number; ms: number }) => r.pages / (r.ms / 1000);
  const jsdom = rows.find((r) => r.name.startsWith('Readability + jsdom'));
  console.log(`\n| run | pages | pages/s | MB/s | peak RSS | × Readability+jsdom |`);
  console.log(`|---|---:|---:|---:|---:|---:|`);
  for (const r of rows) {
    const ratio = jsdom ? (rate(r) / rate(jsdom)).toFixed(1) : '-';
    console.log(`| ${r.name} | ${r.pages} | ${rate(r).toFixed(1)} | ${((rate(r) * mb) / N).toFixed(2)} | ${r.rssMB ? `${r.rssMB.toFixed(0)} MB` : '-'} | ${ratio} |`);
  }
  if (tableRows.length) {
    console.log(`\n| table over | time | rows | ms per 1k articles |`);
    console.log(`|---:|---:|---:|---:|`);
    for (const t of tableRows) console.log(`| ${t.articles} articles | ${(t.ms / 1000).toFixed(2)} s | ${t.rows} | ${(t.ms / (t.articles / 1000)).toFixed(0)} |`);
  }
  console.log(`\nstart-up: --help ${help.toFixed(0)} ms, extract one page ${small.toFixed(0)} ms`);
  const results = {
    date: new Date().toISOString(),
    machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model, memGB: Math.round(os.totalmem() / 2 ** 30), node: process.version },
    pages: N,
    htmlMB: mb,
    runs: rows.map((r) => ({ ...r, pagesPerSec: rate(r) })),
    table: tableRows,
    startupMs: { help, extractOnePage: small },
  };
  mkdirSync(path.join(root, 'bench'), { recursive: true });
  writeFileSync(path.join(root, 'bench', 'results.json'), JSON.stringify(results, null, 2) + '\n');
  console.error('bench: wrote bench/results.json');
  void readdirSync;
}

await main();
