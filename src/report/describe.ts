/** Short human descriptions of normalized claim values, shared by the terminal formatters. */
import type { AttributionValue, Claim, DateValue, Quantity, QuoteValue } from '../model.js';

const num = (n: number) =>
  Math.abs(n) >= 1e9 && n % 1e7 === 0
    ? `${+(n / 1e9).toFixed(2)} billion`
    : Math.abs(n) >= 1e6 && n % 1e4 === 0
      ? `${+(n / 1e6).toFixed(2)} million`
      : n.toLocaleString('en-US', { maximumFractionDigits: 4 });

export function describeQuantity(q: Quantity): string {
  const unit = q.unit ? ` ${q.unit}` : '';
  const mods = q.modifiers?.length ? ` (${q.modifiers.join(', ')})` : '';
  const { low, high } = q;
  let range: string;
  if (low !== null && high !== null && low === high) range = `${q.approx === 'about' ? '≈' : ''}${num(low)}`;
  else if (low !== null && high !== null) range = `${num(low)}–${num(high)}`;
  else if (low !== null) range = `${q.approx === 'more-than' ? '>' : '≥'}${num(low)}`;
  else if (high !== null) range = `${q.approx === 'less-than' ? '<' : '≤'}${num(high)}`;
  else range = '?';
  return `${range}${unit}${mods}`;
}

export function describeDate(d: DateValue): string {
  const span = d.start === d.end ? d.start : `${d.start} … ${d.end}`;
  const extra = [d.granularity, d.relative ? 'relative' : '', d.time ?? '', d.inferred?.length ? `inferred ${d.inferred.join('+')}` : '']
    .filter(Boolean)
    .join(', ');
  return `${span} (${extra})`;
}

export function describeValue(c: Claim): string {
  if (c.value === null) return `unresolved${c.reason ? `: ${c.reason}` : ''}`;
  switch (c.kind) {
    case 'date':
      return describeDate(c.value as DateValue);
    case 'quote': {
      const q = c.value as QuoteValue;
      return `speaker: ${q.speaker ?? 'unknown'}${q.partial ? ' (partial)' : ''}`;
    }
    case 'attribution': {
      const a = c.value as AttributionValue;
      return `${a.kind}: ${a.source} (${a.cue})`;
    }
    default:
      return describeQuantity(c.value as Quantity);
  }
}
