/**
 * Percentages: "5%", "5 percent", "5 per cent", "five percent" → unit 'percent';
 * "5.5 percentage points" → 'percentage-point'; "50 basis points" → 'basis-point'.
 * Ranges and approximators as for counts ("between 5% and 7%", "nearly 40 percent").
 * Fractions of a whole are percentages too: "a third of" → 33.33, "more than half of" → (50, ∞),
 * "one in five" → 20 (span: the fraction words, without "of"); "nearly half said" → [45, 50].
 * Rate moves without a numeral: "a quarter point", "a half-point cut", "three-quarters of a point"
 * → 0.25 / 0.5 / 0.75 'percentage-point' (a bare "point" only in a sentence about rates).
 * Bare numbers listed with a percentage share its unit ("polling at 28%, with Reform UK on 25").
 */
import type { Quantity } from '../../model.js';
import { scanFractions } from '../quantity/fractions.js';
import { scanMentions } from '../quantity/mentions.js';
import type { ClaimDraft, TagContext, Tagger } from '../types.js';

export const percentTagger: Tagger = {
  name: 'percent',
  kind: 'percent',
  extract(ctx: TagContext): ClaimDraft[] {
    const { tokens, mentions } = scanMentions(ctx.text);
    const out: ClaimDraft[] = [];
    for (const m of mentions) {
      if (m.measure !== 'percent') continue;
      const value: Quantity = { low: m.interval.low, high: m.interval.high, unit: m.unit, approx: m.interval.approx };
      out.push({ kind: 'percent', span: { start: tokens[m.first].start, end: tokens[m.end - 1].end }, value });
    }
    for (const f of scanFractions(tokens)) {
      const value: Quantity = { low: f.interval.low, high: f.interval.high, unit: 'percent', approx: f.interval.approx };
      out.push({ kind: 'percent', span: { start: tokens[f.first].start, end: tokens[f.end - 1].end }, value });
    }
    return out;
  },
};
