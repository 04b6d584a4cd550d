/**
 * Table runner for the quantity taggers: builds a one-paragraph TagContext, runs `tag()` with
 * the four quantity taggers (so overlap resolution is exercised), keeps the claims of one kind,
 * and checks every claim's text against its span.
 */
import { expect, it } from 'vitest';
import type { Approx, Claim, ClaimKind, Quantity } from '../../../src/model.js';
import { tag } from '../../../src/tag/index.js';
import type { TagContext } from '../../../src/tag/types.js';
import { resolveOverlaps } from '../../../src/tag/refiners/resolve-overlaps.js';
import { countTagger } from '../../../src/tag/taggers/count.js';
import { moneyTagger } from '../../../src/tag/taggers/money.js';
import { ordinalTagger } from '../../../src/tag/taggers/ordinal.js';
import { percentTagger } from '../../../src/tag/taggers/percent.js';

export const QUANTITY_TAGGERS = [moneyTagger, percentTagger, countTagger, ordinalTagger];

/** [claim text, low, high, unit, approx, modifiers?] */
export type Expected = [string, number | null, number | null, string, Approx, string[]?];

export function contextOf(text: string, published = '2019-10-09'): TagContext {
  const sentences = [];
  const re = /[^.!?]+(?:[.!?]+(?=\s|$)|$)/g;
  for (const m of text.matchAll(re)) {
    const start = m.index + (m[0].length - m[0].trimStart().length);
    const end = m.index + m[0].trimEnd().length;
    if (end > start) sentences.push({ index: sentences.length, start, end, text: text.slice(start, end) });
  }
  return { sourceId: 't', text, sentences, paragraphs: [{ start: 0, end: text.length, kind: 'paragraph' }], published };
}

export function claimsOf(text: string, kind: ClaimKind): Claim[] {
  const ctx = contextOf(text);
  const claims = tag(ctx, { taggers: QUANTITY_TAGGERS, refiners: [resolveOverlaps] });
  for (const c of claims) expect(c.text).toBe(ctx.text.slice(c.span.start, c.span.end));
  return claims.filter((c) => c.kind === kind);
}

export const shape = (c: Claim): Expected => {
  const q = c.value as Quantity;
  const e: Expected = [c.text, q.low, q.high, q.unit, q.approx];
  if (q.modifiers) e.push(q.modifiers);
  return e;
};

/** One `it` per valid case: the claims of `kind` in the text are exactly `expected`. */
export function validCases(kind: ClaimKind, cases: readonly (readonly [string, ...Expected[]])[]): void {
  for (const [text, ...expected] of cases) {
    it(`tags ${JSON.stringify(text)}`, () => {
      expect(claimsOf(text, kind).map(shape)).toEqual(expected);
    });
  }
}

/** One `it` per negative case: no claim of `kind` in the text. */
export function invalidCases(kind: ClaimKind, cases: readonly string[]): void {
  for (const text of cases) {
    it(`ignores ${JSON.stringify(text)}`, () => {
      expect(claimsOf(text, kind).map(shape)).toEqual([]);
    });
  }
}
