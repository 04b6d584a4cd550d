/** Short outlet names for column headers and claim prefixes. */
import type { Source } from '../../model.js';
import { compact } from './text.js';

/** Column headers longer than this are cut. */
const MAX_SHORT_NAME = 18;

/** Publisher without a leading "The", else the source id; duplicates get their id appended. */
export function shortNames(sources: readonly Source[]): Map<string, string> {
  const base = sources.map((s) => {
    const p = compact(s.publisher).replace(/^the\s+/i, '');
    return p ? p.slice(0, MAX_SHORT_NAME).trim() : compact(s.id).slice(0, MAX_SHORT_NAME);
  });
  const count = new Map<string, number>();
  for (const b of base) count.set(b, (count.get(b) ?? 0) + 1);
  const out = new Map<string, string>();
  sources.forEach((s, i) => out.set(s.id, (count.get(base[i]) ?? 0) > 1 ? `${base[i]} (${compact(s.id)})` : base[i]));
  return out;
}
