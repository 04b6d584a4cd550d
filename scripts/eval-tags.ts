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
 * reads another folder (fixtures/eval/heldout: the held-out set written apart from the taggers).
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { extractText } from '../src/pipeline.js';
import type { Claim, ClaimKind } from '../src/model.js';

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
}

const newTally = (): Tally => ({ gold: 0, pred: 0, strict: 0, relaxed: 0, value: 0, valueChecked: 0, speakerRight: 0, speakerChecked: 0 });

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

function valueMatches(gold: GoldClaim, claim: Claim): boolean {
  if (!gold.value) return true;
  const v = (claim.value ?? {}) as unknown as Record<string, unknown>;
  return Object.entries(gold.value).every(([k, e]) => same(e, v[k]));
}

const f1 = (p: number, r: number) => (p + r ? (2 * p * r) / (p + r) : 0);
const ratio = (a: number, b: number) => (b ? a / b : 1);
const fmt = (x: number) => x.toFixed(3);

function main(): void {
  const args = process.argv.slice(2);
  const verbose = args.includes('--verbose');
  const only = args.includes('--file') ? args[args.indexOf('--file') + 1] : undefined;
  const dir = path.resolve(process.cwd(), args.includes('--dir') ? args[args.indexOf('--dir') + 1] : 'fixtures/eval/tags');
  if (!existsSync(dir)) {
    console.error(`eval:tags: no gold files (${dir} missing)`);
    process.exit(2);
  }
  const files = readdirSync(dir).filter((f) => f.endsWith('.jsonl') && (!only || f.includes(only))).sort();
  const tallies = new Map<ClaimKind, Tally>();
  const tally = (k: ClaimKind) => tallies.get(k) ?? (tallies.set(k, newTally()), tallies.get(k)!);
  let items = 0;
  let chars = 0;
  const t0 = performance.now();
  for (const file of files) {
    const lines = readFileSync(path.join(dir, file), 'utf8').split('\n').filter((l) => l.trim());
    const gold: GoldItem[] = lines.map((l, i) => {
      try {
        return JSON.parse(l) as GoldItem;
      } catch {
        throw new Error(`${file}:${i + 1}: not valid JSON`);
      }
    });
    const kinds = new Set(gold.flatMap((g) => g.claims.map((c) => c.kind)));
    for (const item of gold) {
      items++;
      chars += item.text.length;
      const article = extractText(item.text, { id: item.id, format: 'text' }, { raw: true, published: item.published ? { all: item.published } : undefined });
      const predicted = article.claims.filter((c) => kinds.has(c.kind));
      const used = new Set<Claim>();
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
      }
      for (const c of predicted) {
        tally(c.kind).pred++;
        if (!used.has(c) && verbose) console.log(`FALSE ${file} ${item.id} ${c.kind} "${c.text}" ${JSON.stringify(c.value)}`);
      }
    }
  }
  const ms = performance.now() - t0;
  const rows: string[][] = [['kind', 'gold', 'pred', 'strict P/R/F1', 'relaxed P/R/F1', 'value P/R/F1', 'speaker acc']];
  const total = newTally();
  for (const [kind, t] of [...tallies].sort((a, b) => a[0].localeCompare(b[0]))) {
    for (const k of Object.keys(total) as (keyof Tally)[]) total[k] += t[k];
    rows.push(row(kind, t));
  }
  rows.push(row('all', total));
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  for (const r of rows) console.log(r.map((c, i) => c.padEnd(widths[i])).join('  '));
  console.log(`\n${items} items, ${files.length} files, ${(chars / 1024).toFixed(1)} KB in ${ms.toFixed(0)} ms (${((chars / 1024) / (ms / 1000)).toFixed(0)} KB/s, includes segmenting)`);
}

function row(kind: string, t: Tally): string[] {
  const trio = (hit: number) => {
    const p = ratio(hit, t.pred);
    const r = ratio(hit, t.gold);
    return `${fmt(p)}/${fmt(r)}/${fmt(f1(p, r))}`;
  };
  return [kind, String(t.gold), String(t.pred), trio(t.strict), trio(t.relaxed), trio(t.value), t.speakerChecked ? fmt(t.speakerRight / t.speakerChecked) : '-'];
}

main();
