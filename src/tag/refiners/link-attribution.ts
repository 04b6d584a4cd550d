import type { AttributionValue, Claim, QuoteValue } from '../../model.js';
import type { Refiner } from '../types.js';

const inside = (c: Claim, q: Claim) => q.span.start <= c.span.start && c.span.end <= q.span.end && c !== q;

/**
 * Set `attributedTo` on claims: a quotation gets its speaker; a claim inside a quotation gets
 * the quotation's speaker (quotations may span sentences and paragraphs); any other claim gets
 * the source of the nearest attribution in its sentence. An existing attributedTo is kept.
 */
export const linkAttribution: Refiner = {
  name: 'link-attribution',
  refine(claims) {
    const quotes = claims.filter((c) => c.kind === 'quote' && (c.value as QuoteValue | null)?.speaker);
    const bySentence = new Map<number, Claim[]>();
    for (const c of claims) {
      if (c.kind !== 'attribution' || !c.value) continue;
      const list = bySentence.get(c.sentence) ?? [];
      list.push(c);
      bySentence.set(c.sentence, list);
    }
    return claims.map((c) => {
      if (c.kind === 'attribution' || c.attributedTo !== undefined) return c;
      if (c.kind === 'quote') {
        const speaker = (c.value as QuoteValue | null)?.speaker;
        return speaker ? { ...c, attributedTo: speaker } : c;
      }
      const q = quotes.find((x) => inside(c, x));
      if (q) return { ...c, attributedTo: (q.value as QuoteValue).speaker! };
      const atts = bySentence.get(c.sentence);
      if (!atts) return c;
      const dist = (a: Claim) => (a.span.end <= c.span.start ? c.span.start - a.span.end : Math.max(0, a.span.start - c.span.end));
      const best = atts.reduce((x, y) => (dist(y) < dist(x) ? y : x));
      return { ...c, attributedTo: (best.value as AttributionValue).source };
    });
  },
};
