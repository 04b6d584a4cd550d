/** Flat value fields of a claim, for CSV columns and one-line descriptions. */
import type { AttributionValue, Claim, DateValue, Quantity, QuoteValue } from '../../model.js';

export interface ValueFields {
  low: number | null;
  high: number | null;
  unit: string;
  approx: string;
  dateStart: string;
  dateEnd: string;
  granularity: string;
  quoteText: string;
  speaker: string;
  attributionSource: string;
}

export function valueFields(c: Claim): ValueFields {
  const f: ValueFields = { low: null, high: null, unit: '', approx: '', dateStart: '', dateEnd: '', granularity: '', quoteText: '', speaker: '', attributionSource: '' };
  const v = c.value;
  if (!v) return f;
  if (c.kind === 'date') {
    const d = v as DateValue;
    return { ...f, dateStart: d.start, dateEnd: d.end, granularity: d.granularity };
  }
  if (c.kind === 'quote') {
    const q = v as QuoteValue;
    return { ...f, quoteText: q.text, speaker: q.speaker ?? '' };
  }
  if (c.kind === 'attribution') {
    const a = v as AttributionValue;
    return { ...f, attributionSource: a.source, approx: a.kind };
  }
  const q = v as Quantity;
  return { ...f, low: q.low, high: q.high, unit: q.unit, approx: q.approx };
}
