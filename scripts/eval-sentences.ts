/**
 * Sentence segmentation evaluation: `npm run eval:sentences [-- --no-baseline] [-- --json]`.
 *
 * Reads every `fixtures/eval/sentences/*.jsonl` (one `{id, text, sentences, paragraphs?}` per
 * line, resolved from the current directory = repo root) and prints, per file: the share of
 * cases whose sentence list is exactly right, boundary precision / recall / F1 (micro and
 * per-case mean, counting only boundaries inside a block — blank-line breaks are free), and
 * speed. `Intl.Segmenter` runs side by side as a baseline. Failing cases are listed.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Paragraph } from '../src/model.js';
import { segment } from '../src/segment/index.js';

/** Where the labelled cases live, relative to the repo root. */
const FIXTURE_DIR = 'fixtures/eval/sentences';
/** Minimum wall time of the speed run (ms), so the figure is stable. */
const SPEED_MIN_MS = 1000;
/** Untimed run before measuring, so the figure is steady-state speed. */
const SPEED_WARMUP_MS = 300;
/** Whitespace runs collapse to one space when comparing sentence texts (gold is written clean). */
const WHITESPACE_RUN = /\s+/g;
/** A gap with a blank line between two sentences is a block break, not a decision. */
const BLOCK_BREAK = /\n[^\S\n]*\n|\u2029/;

interface Case {
  id: string;
  text: string;
  sentences: string[];
  paragraphs?: Paragraph[];
  sets?: string[];
}

interface Span {
  start: number;
  end: number;
}

type Segmenter = (c: Case) => Span[];

interface Score {
  cases: number;
  exact: number;
  tp: number;
  fp: number;
  fn: number;
  f1Sum: number;
  failures: { id: string; expected: string[]; got: string[] }[];
  subsets: Map<string, { cases: number; exact: number }>;
}

const norm = (s: string): string => s.replace(WHITESPACE_RUN, ' ').trim();

function readCases(file: string): Case[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line, i) => {
      const c = JSON.parse(line) as Case;
      if (typeof c.text !== 'string' || !Array.isArray(c.sentences)) throw new Error(`${file}:${i + 1}: needs text and sentences`);
      return c;
    });
}

/** Offsets of the gold sentences in the text (matched with whitespace collapsed). */
function goldSpans(c: Case): Span[] {
  const map: number[] = [];
  let flat = '';
  let inSpace = false;
  for (let i = 0; i < c.text.length; i++) {
    if (/\s/.test(c.text[i])) {
      if (!inSpace) { flat += ' '; map.push(i); }
      inSpace = true;
    } else {
      flat += c.text[i];
      map.push(i);
      inSpace = false;
    }
  }
  const spans: Span[] = [];
  let from = 0;
  for (const s of c.sentences) {
    const n = norm(s);
    const at = flat.indexOf(n, from);
    if (at < 0) throw new Error(`${c.id}: gold sentence not found in text: ${JSON.stringify(s)}`);
    spans.push({ start: map[at], end: map[at + n.length - 1] + 1 });
    from = at + n.length;
  }
  return spans;
}

/** Ends of sentences that are followed by another sentence in the same block. */
function boundaries(text: string, spans: Span[]): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i + 1 < spans.length; i++) {
    if (!BLOCK_BREAK.test(text.slice(spans[i].end, spans[i + 1].start))) out.add(spans[i].end);
  }
  return out;
}

const ours: Segmenter = (c) => segment(c.text, c.paragraphs ?? []);

const intl: Segmenter = (() => {
  const seg = new Intl.Segmenter('en', { granularity: 'sentence' });
  return (c: Case): Span[] => {
    const out: Span[] = [];
    for (const s of seg.segment(c.text)) {
      const lead = s.segment.length - s.segment.trimStart().length;
      const t = s.segment.trim();
      if (t) out.push({ start: s.index + lead, end: s.index + lead + t.length });
    }
    return out;
  };
})();

function score(cases: Case[], run: Segmenter): Score {
  const sc: Score = { cases: 0, exact: 0, tp: 0, fp: 0, fn: 0, f1Sum: 0, failures: [], subsets: new Map() };
  for (const c of cases) {
    const got = run(c);
    const gold = goldSpans(c);
    const gotText = got.map((s) => norm(c.text.slice(s.start, s.end)));
    const goldText = c.sentences.map(norm);
    const exact = gotText.length === goldText.length && gotText.every((s, i) => s === goldText[i]);
    sc.cases++;
    if (exact) sc.exact++;
    else sc.failures.push({ id: c.id, expected: goldText, got: gotText });
    for (const set of c.sets ?? []) {
      const sub = sc.subsets.get(set) ?? { cases: 0, exact: 0 };
      sub.cases++;
      if (exact) sub.exact++;
      sc.subsets.set(set, sub);
    }
    const g = boundaries(c.text, gold);
    const p = boundaries(c.text, got);
    let tp = 0;
    for (const b of p) if (g.has(b)) tp++;
    sc.tp += tp;
    sc.fp += p.size - tp;
    sc.fn += g.size - tp;
    sc.f1Sum += g.size + p.size === 0 ? 1 : (2 * tp) / (g.size + p.size);
  }
  return sc;
}

function prf(sc: Score): { p: number; r: number; f1: number; mean: number } {
  const p = sc.tp + sc.fp ? sc.tp / (sc.tp + sc.fp) : 1;
  const r = sc.tp + sc.fn ? sc.tp / (sc.tp + sc.fn) : 1;
  const f1 = p + r ? (2 * p * r) / (p + r) : 0;
  return { p, r, f1, mean: sc.f1Sum / Math.max(1, sc.cases) };
}

/** Sentences per second over the given cases, repeated for at least SPEED_MIN_MS. */
function speed(cases: Case[], run: Segmenter): number {
  const warm = performance.now();
  while (performance.now() - warm < SPEED_WARMUP_MS) for (const c of cases) run(c); // let the JIT settle
  let sentences = 0;
  const t0 = performance.now();
  let elapsed = 0;
  do {
    for (const c of cases) sentences += run(c).length;
    elapsed = performance.now() - t0;
  } while (elapsed < SPEED_MIN_MS);
  return (sentences / elapsed) * 1000;
}

const pct = (x: number): string => (100 * x).toFixed(1).padStart(5) + '%';
const f3 = (x: number): string => x.toFixed(3);

function main(argv: string[]): number {
  const baseline = !argv.includes('--no-baseline');
  const asJson = argv.includes('--json');
  const dir = resolve(process.cwd(), FIXTURE_DIR);
  const files = readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort();
  const report: Record<string, unknown> = {};
  const all: Case[] = [];
  const lines: string[] = [];
  lines.push('file                     segmenter   exact            P      R      F1     F1/case');
  for (const f of files) {
    const cases = readCases(join(dir, f));
    all.push(...cases);
    const runs: [string, Segmenter][] = baseline ? [['crosscheck', ours], ['intl', intl]] : [['crosscheck', ours]];
    for (const [name, run] of runs) {
      const sc = score(cases, run);
      const m = prf(sc);
      lines.push(
        `${f.padEnd(24)} ${name.padEnd(11)} ${`${sc.exact}/${sc.cases}`.padStart(7)} ${pct(sc.exact / sc.cases)}  ${f3(m.p)}  ${f3(m.r)}  ${f3(m.f1)}  ${f3(m.mean)}`,
      );
      for (const [set, sub] of sc.subsets) lines.push(`${''.padEnd(24)} ${name.padEnd(11)} ${`${sub.exact}/${sub.cases}`.padStart(7)} ${pct(sub.exact / sub.cases)}  (${set} set)`);
      report[`${f}:${name}`] = { ...m, exact: sc.exact, cases: sc.cases, subsets: Object.fromEntries(sc.subsets), failures: sc.failures };
      if (name === 'crosscheck') {
        for (const fail of sc.failures) {
          lines.push(`  FAIL ${fail.id}`);
          lines.push(`    expected: ${JSON.stringify(fail.expected)}`);
          lines.push(`    got:      ${JSON.stringify(fail.got)}`);
        }
      }
    }
  }
  const newsish = all.filter((c) => !c.id.startsWith('golden'));
  const bench = newsish.length ? newsish : all;
  const ourSpeed = speed(bench, ours);
  lines.push(`speed (news cases): crosscheck ${Math.round(ourSpeed).toLocaleString('en-US')} sentences/s`);
  report.speed = { crosscheck: ourSpeed };
  if (baseline) {
    const intlSpeed = speed(bench, intl);
    lines.push(`                    intl       ${Math.round(intlSpeed).toLocaleString('en-US')} sentences/s`);
    (report.speed as Record<string, number>).intl = intlSpeed;
  }
  process.stdout.write(asJson ? JSON.stringify(report, null, 2) + '\n' : lines.join('\n') + '\n');
  return 0;
}

process.exitCode = main(process.argv.slice(2));
