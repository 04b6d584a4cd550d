/** Short outlet names for column headers and claim prefixes. */
import type { Source } from '../../model.js';
import { compact } from './text.js';

/** Column headers longer than this are cut. */
const MAX_SHORT_NAME = 18;

/** Corporate endings a reader does not need in a column header ("The New York Times Company"). */
const CORPORATE_SUFFIX_RE = /[\s,]+(?:company|co\.?|inc\.?|llc|ltd\.?|plc|corp(?:oration)?\.?|group|media group)$/i;

/** Cut at a word boundary when possible, marking the cut with "…". */
function cut(s: string): string {
  if (s.length <= MAX_SHORT_NAME) return s;
  const space = s.lastIndexOf(' ', MAX_SHORT_NAME - 1);
  return `${(space > MAX_SHORT_NAME / 2 ? s.slice(0, space) : s.slice(0, MAX_SHORT_NAME - 1)).trim()}…`;
}

/** Publisher without a leading "The" or a corporate ending, else the source id; duplicates get their id appended. */
export function shortNames(sources: readonly Source[]): Map<string, string> {
  const base = sources.map((s) => {
    const p = compact(s.publisher).replace(/^the\s+/i, '').replace(CORPORATE_SUFFIX_RE, '');
    return cut(p || compact(s.id));
  });
  const count = new Map<string, number>();
  for (const b of base) count.set(b, (count.get(b) ?? 0) + 1);
  const out = new Map<string, string>();
  sources.forEach((s, i) => out.set(s.id, (count.get(base[i]) ?? 0) > 1 ? `${base[i]} (${compact(s.id)})` : base[i]));
  return out;
}
