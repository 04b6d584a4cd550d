/**
 * `npm run bench:table` — only the `table` step of `npm run bench`, for quick iterations on the
 * alignment's speed: 500 seeded bench pages are extracted once (cached in
 * bench/out/table-base.json), replicated into 1k/5k/10k articles (as in bench.ts) and aligned.
 * Prints time, rows, peak RSS (up to the end of the alignment) and a hash of each table, so that a change can be checked to keep
 * the output identical.
 *
 * With --stories, the fixture stories (fixtures/stories/*) are aligned alone and then inside each
 * large table: "story rows kept" counts the rows of the stories alone that the large table holds
 * unchanged (same claims), a check that scale does not cost accuracy (thousands of other
 * articles should not pull a story's facts apart or into other rows).
 *
 * Articles are aligned in the slim form `table` keeps (slimForAlign: claims, their sentences,
 * the article context), made before the clock starts as `table` makes it in its workers.
 *
 * Options: --sizes 1000,5000,10000 (article counts), --out DIR (write each table as JSON there),
 * --stories.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { page } from './bench-pages.js';
import { replica } from './bench-replica.js';
import { extract, processInput } from '../src/pipeline.js';
import { align, slimForAlign } from '../src/align/index.js';
import type { AgreementTable, Article } from '../src/model.js';

const args = process.argv.slice(2);
const arg = (name: string): string | undefined => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const sizes = (arg('--sizes') ?? '1000,5000,10000').split(',').map(Number);
const out = arg('--out');
const BASE = 500;

function base(): Article[] {
  const dir = path.join(process.cwd(), 'bench', 'out');
  const cache = path.join(dir, 'table-base.json');
  if (existsSync(cache)) return JSON.parse(readFileSync(cache, 'utf8')) as Article[];
  const arts: Article[] = [];
  for (let i = 0; i < BASE; i++) {
    const text = page(i + 1);
    const id = `page-${String(i).padStart(5, '0')}.html`;
    arts.push(processInput({ id, path: id, format: 'html', text, bytes: Buffer.byteLength(text), diagnostics: [] }));
  }
  mkdirSync(dir, { recursive: true });
  writeFileSync(cache, JSON.stringify(arts));
  return arts;
}

/** The fixture stories' articles, source ids prefixed with the story (ids are file names). */
async function storyArticles(): Promise<Article[]> {
  const root = path.join(process.cwd(), 'fixtures', 'stories');
  const out: Article[] = [];
  for (const story of readdirSync(root).sort()) {
    const { articles } = await extract([path.join(root, story)]);
    for (const a of articles) out.push(slimForAlign({ ...a, source: { ...a.source, id: `${story}/${a.source.id}` } }));
  }
  return out;
}

/** Each multi-claim row as its claims (source and position), for rows of the given sources. */
function rowSignatures(table: AgreementTable, sources: Set<string>): Set<string> {
  const out = new Set<string>();
  for (const r of table.rows) {
    if (!r.claims.some((c) => sources.has(c.source))) continue;
    out.add(r.claims.map((c) => `${c.source}@${c.span.start}:${c.kind}`).sort().join(' '));
  }
  return out;
}

const b = base();
const stories = args.includes('--stories') ? await storyArticles() : [];
const storySources = new Set(stories.map((a) => a.source.id));
const alone = stories.length ? rowSignatures(align(stories), storySources) : new Set<string>();
console.log(`| articles | time | CPU time | rows | peak RSS | table hash |${stories.length ? ' story rows kept |' : ''}`);
console.log(`|---:|---:|---:|---:|---:|---|${stories.length ? '---:|' : ''}`);
for (const n of sizes) {
  const arts: Article[] = [];
  // the slim form `table` keeps (made in its workers, so not timed here)
  for (let i = 0; i < n; i++) arts.push(slimForAlign(replica(b[i % b.length], Math.floor(i / b.length), i)));
  arts.push(...stories);
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const table = align(arts);
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(c0);
  // peak RSS of the alignment (the JSON of the table, made next for the hash, is not counted)
  const rss = process.resourceUsage().maxRSS / 1024;
  const json = JSON.stringify(table);
  const hash = createHash('sha256').update(json).digest('hex').slice(0, 12);
  let kept = '';
  if (stories.length) {
    const big = rowSignatures(table, storySources);
    kept = ` ${[...alone].filter((r) => big.has(r)).length} / ${alone.size} |`;
  }
  console.log(`| ${n} | ${(ms / 1000).toFixed(2)} s | ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s | ${table.rows.length} | ${rss.toFixed(0)} MB | ${hash} |${kept}`);
  if (out) {
    mkdirSync(out, { recursive: true });
    writeFileSync(path.join(out, `table-${n}.json`), json);
  }
}
