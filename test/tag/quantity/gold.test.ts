/**
 * Quality gate on the quantity gold set (fixtures/eval/tags/quantities.jsonl): value F1 and
 * value+unit F1 of the four quantity taggers must stay above pinned floors. A predicted claim
 * matches a gold claim when the spans overlap and low/high are equal; value+unit also needs
 * the same unit. Only kinds count, money, percent and ordinal are scored.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Claim, Quantity } from '../../../src/model.js';
import { tag } from '../../../src/tag/index.js';
import { resolveOverlaps } from '../../../src/tag/refiners/resolve-overlaps.js';
import { contextOf, QUANTITY_TAGGERS } from './harness.js';

/** Floors: the targets of the "best published taggers" issue (CQE: 0.92 / 0.86). */
const VALUE_F1_FLOOR = 0.93;
const VALUE_UNIT_F1_FLOOR = 0.87;

interface GoldClaim { kind: string; text: string; value: Quantity }
interface GoldLine { id: string; published: string; text: string; claims: GoldClaim[] }

const file = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../fixtures/eval/tags/quantities.jsonl');
const gold: GoldLine[] = fs.readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as GoldLine);
const same = (a: number | null, b: number | null) =>
  a === b || (a !== null && b !== null && Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b)));
const f1 = (tp: number, predicted: number, expected: number) => (2 * tp) / (predicted + expected);

describe('quantity gold set', () => {
  it('is well formed: ≥ 80 sentences, ≥ 20 negatives, every claim text a substring', () => {
    expect(gold.length).toBeGreaterThanOrEqual(80);
    expect(gold.filter((g) => g.claims.length === 0).length).toBeGreaterThanOrEqual(20);
    expect(new Set(gold.map((g) => g.id)).size).toBe(gold.length);
    for (const g of gold) for (const c of g.claims) expect(g.text.includes(c.text), `${g.id}: ${c.text}`).toBe(true);
  });

  it(`scores value F1 ≥ ${VALUE_F1_FLOOR} and value+unit F1 ≥ ${VALUE_UNIT_F1_FLOOR}`, () => {
    let tp = 0;
    let tpUnit = 0;
    let predicted = 0;
    let expected = 0;
    for (const g of gold) {
      const ctx = contextOf(g.text, g.published);
      const pred: Claim[] = tag(ctx, { taggers: QUANTITY_TAGGERS, refiners: [resolveOverlaps] });
      predicted += pred.length;
      expected += g.claims.length;
      const used = new Set<number>();
      for (const c of g.claims) {
        const start = g.text.indexOf(c.text);
        const end = start + c.text.length;
        const i = pred.findIndex((p, k) => {
          const q = p.value as Quantity;
          return !used.has(k) && p.span.start < end && start < p.span.end && same(q.low, c.value.low) && same(q.high, c.value.high);
        });
        if (i < 0) continue;
        used.add(i);
        tp++;
        if ((pred[i].value as Quantity).unit === c.value.unit) tpUnit++;
      }
    }
    expect(f1(tp, predicted, expected)).toBeGreaterThanOrEqual(VALUE_F1_FLOOR);
    expect(f1(tpUnit, predicted, expected)).toBeGreaterThanOrEqual(VALUE_UNIT_F1_FLOOR);
  });
});
