/** Shared helpers for the quote / attribution / link-attribution tests: context builder and gold scoring. */
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Claim, Paragraph, Sentence } from '../../src/model.js';
import { tag, type TagContext } from '../../src/tag/index.js';
import { quoteTagger } from '../../src/tag/taggers/quote.js';
import { attributionTagger } from '../../src/tag/taggers/attribution.js';
import { linkAttribution } from '../../src/tag/refiners/link-attribution.js';

const here = path.dirname(fileURLToPath(import.meta.url));
export const repoRoot = path.resolve(here, '../..');

/** Blank-line paragraphs and a simple sentence split (the segment stage is tested elsewhere). */
export function makeContext(text: string, published = '2024-03-12'): TagContext {
  const paragraphs: Paragraph[] = [];
  const pre = /[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g;
  for (let m = pre.exec(text); m; m = pre.exec(text)) paragraphs.push({ start: m.index, end: m.index + m[0].length, kind: 'paragraph' });
  const sentences: Sentence[] = [];
  for (const p of paragraphs) {
    const re = /[^.!?]+(?:[.!?]+["”’)]*|$)/g;
    const block = text.slice(p.start, p.end);
    for (let m = re.exec(block); m; m = re.exec(block)) {
      if (!m[0]) {
        re.lastIndex++;
        continue;
      }
      const lead = m[0].length - m[0].trimStart().length;
      const t = m[0].trim();
      if (!t) continue;
      const start = p.start + m.index + lead;
      sentences.push({ index: sentences.length, start, end: start + t.length, text: t });
    }
  }
  return { sourceId: 't', text, sentences, paragraphs, published };
}

export function run(text: string): { ctx: TagContext; claims: Claim[] } {
  const ctx = makeContext(text);
  const claims = tag(ctx, { taggers: [quoteTagger, attributionTagger], refiners: [linkAttribution] });
  return { ctx, claims };
}

export interface GoldClaim {
  kind: string;
  text: string;
  value: Record<string, unknown>;
}
export interface GoldItem {
  id: string;
  published: string;
  text: string;
  claims: GoldClaim[];
}

export function loadGold(name: string): GoldItem[] {
  const file = path.join(repoRoot, 'fixtures/eval/tags', name);
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as GoldItem);
}

export interface Score {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
  /** Matched spans whose value fields all match the gold. */
  valueOk: number;
  valueTotal: number;
  misses: string[];
}

/** Span-level P/R/F1 for one claim kind; value fields are scored on matched spans. */
export function score(items: readonly GoldItem[], kind: 'quote' | 'attribution', field?: string): Score {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let valueOk = 0;
  let valueTotal = 0;
  const misses: string[] = [];
  for (const item of items) {
    const { claims } = run(item.text);
    const got = claims.filter((c) => c.kind === kind);
    const gold = item.claims.filter((c) => c.kind === kind);
    const used = new Set<Claim>();
    for (const g of gold) {
      const hit = got.find((c) => !used.has(c) && c.text === g.text);
      if (!hit) {
        fn++;
        misses.push(`${item.id} FN ${g.text}`);
        continue;
      }
      used.add(hit);
      tp++;
      const keys = field ? [field].filter((k) => k in g.value) : Object.keys(g.value);
      if (!keys.length) continue;
      valueTotal++;
      const v = hit.value as unknown as Record<string, unknown>;
      const bad = keys.filter((k) => (v[k] ?? null) !== g.value[k]);
      if (bad.length) misses.push(`${item.id} VALUE ${g.text} → ${bad.map((k) => `${k}=${JSON.stringify(v[k])} (want ${JSON.stringify(g.value[k])})`).join(', ')}`);
      else valueOk++;
    }
    for (const c of got) {
      if (!used.has(c)) {
        fp++;
        misses.push(`${item.id} FP ${c.text} ${JSON.stringify(c.value)}`);
      }
    }
  }
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { tp, fp, fn, precision, recall, f1, valueOk, valueTotal, misses };
}
