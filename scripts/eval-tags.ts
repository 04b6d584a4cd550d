/**
 * `npm run eval:tags`: precision, recall and F1 of every tagger on the labelled sentences in
 * fixtures/eval/tags/*.jsonl (strict = same span, relaxed = overlapping span, value = overlapping
 * span whose normalized value matches every field the gold item states).
 *
 * Gold format, one JSON object per line:
 *   {"id": "d1", "published": "2019-10-09", "text": "...",
 *    "claims": [{"kind": "date", "text": "last week", "value": {"start": "2019-09-30", "granularity": "week"}}]}
 * A file is judged only on the kinds its gold claims use; an item with "claims": [] is a negative.
 * Options: --verbose lists every miss and false alarm; --file NAME limits to one file; --dir DIR
 * reads another folder (fixtures/eval/heldout: the held-out set written apart from the taggers);
 * --baselines also scores chrono-node alone (dates; it has no durations) and compromise's
 * `.numbers()` alone (count, money, percent, ordinal) on the same gold and prints their rows next
 * to ours (see scripts/eval-tags-baselines.ts for how each is read; both are loaded lazily here,
 * never by the tool).
 *
 * Quantities (count, money, percent, ordinal) also get the two figures of the CQE paper:
 * "number" = the interval [low, high] is right (approximators included: "about 40" is 36–44),
 * "number+unit" = that and the unit lemma or currency. The "value" column checks every field the
 * gold states (approx and modifiers too), so it is the strictest of the three.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { extractText } from '../src/pipeline.js';
import type { ClaimKind } from '../src/model.js';
import type { Baseline, BaselineClaim } from './eval-tags-baselines.js';

interface GoldClaim {
  kind: ClaimKind;
  text: string;
  value?: Record<string, unknown>;
}
interface GoldItem {
  id: string;
  published?: string;
  text: string;
  claims: GoldClaim[];
}

interface Tally {
  gold: number;
  pred: number;
  strict: number;
  relaxed: number;
  value: number;
  valueChecked: number;
  speakerRight: number;
  speakerChecked: number;
  /** Quantities only: matched claims whose [low, high] is right, and whose unit is right too. */
  number: number;
  numberUnit: number;
  numberChecked: number;
}

const newTally = (): Tally => ({ gold: 0, pred: 0, strict: 0, relaxed: 0, value: 0, valueChecked: 0, speakerRight: 0, speakerChecked: 0, number: 0, numberUnit: 0, numberChecked: 0 });
const QUANTITY_KINDS = new Set<string>(['count', 'money', 'percent', 'ordinal']);

/** A predicted claim as the scorer needs it (crosscheck's Claim and a baseline's both fit). */
type Predicted = BaselineClaim;

/** Numbers match within a relative tolerance of 1e-6; strings case- and quote-insensitively. */
function same(expected: unknown, actual: unknown): boolean {
  if (expected === null || actual === null || expected === undefined || actual === undefined) return expected === actual || (expected === null && actual === undefined);
  if (typeof expected === 'number' && typeof actual === 'number') return Math.abs(expected - actual) <= 1e-6 * Math.max(1, Math.abs(expected));
  if (typeof expected === 'string' && typeof actual === 'string') {
    const norm = (s: string) => s.toLowerCase().replace(/[“”"‘’']/g, '').replace(/\s+/g, ' ').trim();
    return norm(expected) === norm(actual);
  }
  if (Array.isArray(expected) && Array.isArray(actual)) return expected.length === actual.length && expected.every((e, i) => same(e, actual[i]));
  return JSON.stringify(expected) === JSON.stringify(actual);
}

function valueMatches(gold: GoldClaim, claim: Predicted, fields?: string[]): boolean {
  if (!gold.value) return true;
  const v = (claim.value ?? {}) as unknown as Record<string, unknown>;
  return Object.entries(gold.value).every(([k, e]) => (fields && !fields.includes(k)) || same(e, v[k]));
}

const f1 = (p: number, r: number) => (p + r ? (2 * p * r) / (p + r) : 0);
const ratio = (a: number, b: number) => (b ? a / b : 1);
const fmt = (x: number) => x.toFixed(3);

interface Gold {
  file: string;
  items: GoldItem[];
  kinds: Set<ClaimKind>;
}

function readGold(dir: string, only: string | undefined): Gold[] {
  const files = readdirSync(dir).filter((f) => f.endsWith('.jsonl') && (!only || f.includes(only))).sort();
  return files.map((file) => {
    const lines = readFileSync(path.join(dir, file), 'utf8').split('\n').filter((l) => l.trim());
    const items: GoldItem[] = lines.map((l, i) => {
      try {
        return JSON.parse(l) as GoldItem;
      } catch {
        throw new Error(`${file}:${i + 1}: not valid JSON`);
      }
    });
    return { file, items, kinds: new Set(items.flatMap((g) => g.claims.map((c) => c.kind))) };
  });
}

/** Scores one system on every gold file; a file is judged only on the kinds its gold uses. */
function score(gold: Gold[], predict: (item: GoldItem) => Predicted[], verbose: boolean): Map<ClaimKind, Tally> {
  const tallies = new Map<ClaimKind, Tally>();
  const tally = (k: ClaimKind) => tallies.get(k) ?? (tallies.set(k, newTally()), tallies.get(k)!);
  for (const { file, items, kinds } of gold) {
    for (const item of items) {
      const predicted = predict(item).filter((c) => kinds.has(c.kind));
      const used = new Set<Predicted>();
      for (const g of item.claims) {
        const t = tally(g.kind);
        t.gold++;
        const start = item.text.indexOf(g.text);
        if (start < 0) throw new Error(`${file} ${item.id}: gold text "${g.text}" is not in the item text`);
        const end = start + g.text.length;
        const cands = predicted.filter((c) => c.kind === g.kind && !used.has(c) && c.span.start < end && start < c.span.end);
        const exact = cands.find((c) => c.span.start === start && c.span.end === end);
        const match = exact ?? cands[0];
        if (!match) {
          if (verbose) console.log(`MISS  ${file} ${item.id} ${g.kind} "${g.text}"`);
          continue;
        }
        used.add(match);
        t.relaxed++;
        if (exact) t.strict++;
        else if (verbose) console.log(`SPAN  ${file} ${item.id} ${g.kind} gold "${g.text}" got "${match.text}"`);
        if (valueMatches(g, match)) t.value++;
        else if (verbose) console.log(`VALUE ${file} ${item.id} ${g.kind} "${g.text}" want ${JSON.stringify(g.value)} got ${JSON.stringify(match.value)}`);
        if (g.kind === 'quote' && g.value && 'speaker' in g.value) {
          t.speakerChecked++;
          if (same(g.value.speaker, (match.value as { speaker?: unknown } | null)?.speaker ?? null)) t.speakerRight++;
        }
        // a gold item that states no number (e.g. "two-thirds of" in the held-out set) only needs the span
        if (QUANTITY_KINDS.has(g.kind)) {
          t.numberChecked++;
          if (valueMatches(g, match, ['low', 'high'])) {
            t.number++;
            if (valueMatches(g, match, ['low', 'high', 'unit'])) t.numberUnit++;
          }
        }
      }
      for (const c of predicted) {
        tally(c.kind).pred++;
        if (!used.has(c) && verbose) console.log(`FALSE ${file} ${item.id} ${c.kind} "${c.text}" ${JSON.stringify(c.value)}`);
      }
    }
  }
  return tallies;
}

const crosscheck = (item: GoldItem): Predicted[] =>
  extractText(item.text, { id: item.id, format: 'text' }, { raw: true, published: item.published ? { all: item.published } : undefined }).claims as unknown as Predicted[];

const HEADER = ['kind', 'gold', 'pred', 'strict P/R/F1', 'relaxed P/R/F1', 'value P/R/F1', 'speaker acc', 'number P/R/F1', 'number+unit P/R/F1'];

/** Rows per kind, then "quantity" (count+money+percent+ordinal, the CQE figures) and "all". */
function rowsOf(tallies: Map<ClaimKind, Tally>, kinds?: ClaimKind[]): string[][] {
  const rows: string[][] = [];
  const total = newTally();
  const quantity = newTally();
  const add = (into: Tally, t: Tally) => {
    for (const k of Object.keys(into) as (keyof Tally)[]) into[k] += t[k];
  };
  for (const [kind, t] of [...tallies].sort((a, b) => a[0].localeCompare(b[0]))) {
    if (kinds && !kinds.includes(kind)) continue;
    add(total, t);
    if (QUANTITY_KINDS.has(kind)) add(quantity, t);
    rows.push(row(kind, t));
  }
  if (quantity.gold) rows.push(row('quantity', quantity));
  if (!kinds || quantity.gold !== total.gold) rows.push(row('all', total));
  return rows;
}

function print(rows: string[][]): void {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  for (const r of rows) console.log(r.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd());
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const verbose = args.includes('--verbose');
  const only = args.includes('--file') ? args[args.indexOf('--file') + 1] : undefined;
  const dir = path.resolve(process.cwd(), args.includes('--dir') ? args[args.indexOf('--dir') + 1] : 'fixtures/eval/tags');
  if (!existsSync(dir)) {
    console.error(`eval:tags: no gold files (${dir} missing)`);
    process.exit(2);
  }
  const gold = readGold(dir, only);
  const items = gold.reduce((n, g) => n + g.items.length, 0);
  const chars = gold.reduce((n, g) => n + g.items.reduce((m, i) => m + i.text.length, 0), 0);
  const t0 = performance.now();
  const ours = score(gold, crosscheck, verbose);
  const ms = performance.now() - t0;
  print([HEADER, ...rowsOf(ours)]);
  console.log(`\n${items} items, ${gold.length} files, ${(chars / 1024).toFixed(1)} KB in ${ms.toFixed(0)} ms (${((chars / 1024) / (ms / 1000)).toFixed(0)} KB/s, includes segmenting)`);
  if (!args.includes('--baselines')) return;
  const { chronoBaseline, compromiseBaseline } = await import('./eval-tags-baselines.js');
  const rows: string[][] = [['system', ...HEADER]];
  const notes: string[] = [];
  for (const make of [chronoBaseline, compromiseBaseline]) {
    const b: Baseline = await make();
    const kinds = b.kinds.filter((k) => ours.has(k));
    if (!kinds.length) continue;
    const t1 = performance.now();
    const theirs = score(gold, (item) => b.predict(item.text, item.published), false);
    for (const k of kinds) if (!theirs.has(k)) theirs.set(k, { ...newTally(), gold: ours.get(k)!.gold });
    const bms = performance.now() - t1;
    rows.push(...rowsOf(ours, kinds).map((r) => ['crosscheck', ...r]));
    rows.push(...rowsOf(theirs, kinds).map((r) => [b.name, ...r]));
    notes.push(`${b.name}: ${bms.toFixed(0)} ms over the same files (import excluded)`);
  }
  console.log('\nBaselines (each library alone, on the kinds it can produce; "all" = those kinds):');
  print(rows);
  console.log(`\n${notes.join('; ')}`);
}
function row(kind: string, t: Tally): string[] {
  const trio = (hit: number) => {
    const p = ratio(hit, t.pred);
    const r = ratio(hit, t.gold);
    return `${fmt(p)}/${fmt(r)}/${fmt(f1(p, r))}`;
  };
  const q = QUANTITY_KINDS.has(kind) || kind === 'quantity';
  return [kind, String(t.gold), String(t.pred), trio(t.strict), trio(t.relaxed), trio(t.value), t.speakerChecked ? fmt(t.speakerRight / t.speakerChecked) : '-', q ? trio(t.number) : '-', q ? trio(t.numberUnit) : '-'];
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
