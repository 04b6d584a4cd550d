/**
 * Boilerplate removal against HAND-MADE gold: folders of saved pages, each with `source.html`,
 * `expected.txt` (the article body as an annotator marked it: no headline, byline, captions or
 * related links; paragraphs separated by blank lines) and `expected-metadata.json`. Scores our
 * `clean` text and @mozilla/readability + jsdom side by side with the token 4-gram shingle measure
 * of the public benchmarks (P and R averaged over pages, F1 of the averages), plus metadata
 * accuracy (title, byline, site name, published day, language) and pages per second.
 *
 *   npm run eval:clean:gold [-- --dir fixtures/eval/pages-heldout] [-- --verbose] [-- --only <substring>]
 *
 * The default set, fixtures/eval/pages-heldout, was written blind (its author never read
 * src/clean); see its README. fixtures/pages (written alongside the cleaner) can be scored too.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { clean } from '../src/clean/index.js';
import type { RawInput } from '../src/model.js';
import { f1, htmlText, pct, score, shingles, type Score } from './shingle-score.js';

interface GoldMeta {
  title?: string; byline?: string; siteName?: string; publisher?: string; published?: string; lang?: string;
}
type Field = 'title' | 'byline' | 'siteName' | 'published' | 'lang';
const FIELDS: readonly Field[] = ['title', 'byline', 'siteName', 'published', 'lang'];
interface Extracted { text: string; meta: Partial<Record<Field, string | null | undefined>> }
interface PageResult { name: string; ours: Score; theirs: Score; meta: Partial<Record<Field, [boolean, boolean]>> }

const arg = (flag: string): string | undefined => {
  const i = process.argv.indexOf(flag);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const dir = path.resolve(process.cwd(), arg('--dir') ?? 'fixtures/eval/pages-heldout');
const only = arg('--only');
const verbose = process.argv.includes('--verbose');

const norm = (t: string | null | undefined): string => (t ?? '').replace(/\s+/g, ' ').trim().toLowerCase();
/** Names only: no leading "By", "and" and commas read alike, order kept. */
const names = (t: string | null | undefined): string =>
  norm(t).replace(/^(?:by|par|von|por)\s+/, '').replace(/\s*(?:,|\band\b|&|\bund\b|\bet\b|\by\b|\be\b)\s*/g, '|');
const NORMALISE: Record<Field, (t: string | null | undefined) => string> = {
  title: norm,
  byline: names,
  siteName: norm,
  published: (t) => (t ?? '').slice(0, 10),
  lang: (t) => norm(t).replace(/_/g, '-').split('-')[0]!,
};

function ours(name: string, source: string): [Extracted, number] {
  const input: RawInput = { id: name, path: name, format: 'html', text: source, bytes: Buffer.byteLength(source), diagnostics: [] };
  const t = performance.now();
  const c = clean(input);
  const ms = performance.now() - t;
  const m = c.meta;
  return [{ text: c.text, meta: { title: m.title, byline: m.byline, siteName: m.publisher, published: m.published, lang: m.lang } }, ms];
}

const virtualConsole = new VirtualConsole();
function readability(source: string): [Extracted, number] {
  const t = performance.now();
  try {
    const dom = new JSDOM(source, { url: 'http://fakehost/article.html', virtualConsole });
    const a = new Readability(dom.window.document).parse();
    const ms = performance.now() - t;
    return [{
      text: a?.content ? htmlText(a.content) : '',
      meta: { title: a?.title, byline: a?.byline, siteName: a?.siteName, published: a?.publishedTime, lang: a?.lang },
    }, ms];
  } catch {
    return [{ text: '', meta: {} }, performance.now() - t];
  }
}

function main(): void {
  if (!existsSync(dir)) {
    console.log(`eval:clean:gold: ${dir} does not exist`);
    process.exitCode = 2;
    return;
  }
  const pages = readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(dir, d.name, 'source.html')) && existsSync(path.join(dir, d.name, 'expected.txt')))
    .map((d) => d.name)
    .filter((n) => !only || n.includes(only))
    .sort();
  const results: PageResult[] = [];
  let oursMs = 0;
  let theirsMs = 0;
  for (const name of pages) {
    const folder = path.join(dir, name);
    const source = readFileSync(path.join(folder, 'source.html'), 'utf8');
    const want = shingles(readFileSync(path.join(folder, 'expected.txt'), 'utf8'));
    const metaPath = path.join(folder, 'expected-metadata.json');
    const gold = existsSync(metaPath) ? (JSON.parse(readFileSync(metaPath, 'utf8')) as GoldMeta) : {};
    const goldMeta: Partial<Record<Field, string | undefined>> = {
      title: gold.title, byline: gold.byline, siteName: gold.siteName ?? gold.publisher, published: gold.published, lang: gold.lang,
    };
    const [a, aMs] = ours(name, source);
    const [b, bMs] = readability(source);
    oursMs += aMs;
    theirsMs += bMs;
    const result: PageResult = { name, ours: score(shingles(a.text), want), theirs: score(shingles(b.text), want), meta: {} };
    for (const field of FIELDS) {
      const w = NORMALISE[field](goldMeta[field]);
      if (!w) continue;
      const okA = NORMALISE[field](a.meta[field]) === w;
      result.meta[field] = [okA, NORMALISE[field](b.meta[field]) === w];
      if (verbose && !okA) console.log(`${name.padEnd(36)} ${field.padEnd(9)} want ${JSON.stringify(goldMeta[field])} got ${JSON.stringify(a.meta[field] ?? null)}`);
    }
    results.push(result);
    if (verbose) {
      console.log(`${name.padEnd(36)} P ${pct(result.ours.p)} R ${pct(result.ours.r)} F1 ${pct(f1(result.ours.p, result.ours.r))}` +
        `  | readability P ${pct(result.theirs.p)} R ${pct(result.theirs.r)}`);
    }
  }
  report(results, oursMs, theirsMs);
}

function report(results: PageResult[], oursMs: number, theirsMs: number): void {
  const n = results.length;
  if (!n) {
    console.log(`no pages with source.html and expected.txt in ${dir}`);
    return;
  }
  const avg = (pick: (r: PageResult) => number): number => results.reduce((s, r) => s + pick(r), 0) / n;
  const rate = (field: Field, side: 0 | 1): string => {
    const stated = results.filter((r) => r.meta[field]);
    const ok = stated.filter((r) => r.meta[field]![side]).length;
    return stated.length ? `${pct(ok / stated.length)}% (${ok}/${stated.length})` : 'n/a';
  };
  console.log(`\n${n} pages in ${path.relative(process.cwd(), dir) || dir}; reference = hand-made gold (expected.txt)\n`);
  console.log(`${'extractor'.padEnd(20)}${'P'.padStart(7)}${'R'.padStart(7)}${'F1'.padStart(7)}   pages/s`);
  const rows: Array<[string, Score, number]> = [
    ['crosscheck', { p: avg((r) => r.ours.p), r: avg((r) => r.ours.r) }, oursMs],
    ['readability+jsdom', { p: avg((r) => r.theirs.p), r: avg((r) => r.theirs.r) }, theirsMs],
  ];
  for (const [label, s, ms] of rows) {
    console.log(`${label.padEnd(20)}${pct(s.p).padStart(7)}${pct(s.r).padStart(7)}${pct(f1(s.p, s.r)).padStart(7)}   ${(n / (ms / 1000)).toFixed(1)}`);
  }
  console.log(`\nmetadata exact (byline: names only, "and"/commas alike; published: the day)`);
  console.log(`${'field'.padEnd(12)}${'crosscheck'.padEnd(20)}readability+jsdom`);
  for (const field of FIELDS) console.log(`${field.padEnd(12)}${rate(field, 0).padEnd(20)}${rate(field, 1)}`);
  const worst = [...results].sort((x, y) => f1(x.ours.p, x.ours.r) - f1(y.ours.p, y.ours.r)).slice(0, 8);
  console.log('\nworst pages for crosscheck:');
  for (const r of worst) console.log(`  ${r.name.padEnd(36)} P ${pct(r.ours.p)} R ${pct(r.ours.r)} F1 ${pct(f1(r.ours.p, r.ours.r))}`);
}

main();
