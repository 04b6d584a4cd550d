/**
 * Money: an amount with its currency, as an interval in whole currency units.
 *   "$11 billion" → [11e9, 11e9] USD      "£3.2m" → GBP 3.2e6     "€40 million" → EUR
 *   "1.2 trillion yuan" → CNY             "US$5" → USD 5           "Rs 500 crore" → INR 5e9
 *   "more than $11 billion" → (11e9, ∞)   "$20-30 million" → [20e6, 30e6] range
 *   "50 cents" → USD 0.5                  "millions of dollars" → [2e6, ∞) USD
 *   "183p" → GBP 1.83 (not "1080p")      "3 billion Swiss francs" → CHF, "Kenyan shillings" → KES
 * Unit: the ISO 4217 code ("$" alone is USD). Span: approximator + symbol + number + scale +
 * currency word; "worth of Chinese goods" after "$250 billion" is not part of it.
 */
import type { Quantity } from '../../model.js';
import { scanMentions } from '../quantity/mentions.js';
import type { ClaimDraft, TagContext, Tagger } from '../types.js';

export const moneyTagger: Tagger = {
  name: 'money',
  kind: 'money',
  extract(ctx: TagContext): ClaimDraft[] {
    const { tokens, mentions } = scanMentions(ctx.text);
    const out: ClaimDraft[] = [];
    for (const m of mentions) {
      if (m.measure !== 'money') continue;
      const value: Quantity = { low: m.interval.low, high: m.interval.high, unit: m.unit, approx: m.interval.approx };
      out.push({ kind: 'money', span: { start: tokens[m.first].start, end: tokens[m.end - 1].end }, value });
    }
    return out;
  },
};
