import { MONTH_ALT } from './vocab.js';

/** Byline strings → author names: "By Ana Swanson and Jim Tankersley" → "Ana Swanson and Jim Tankersley". */

/** Leading "By"/"Written by"/"Words:" that is not part of the name. */
const BY_PREFIX_RE = /^\s*(?:(?:written|posted|reported|story|text|words)\s+)?(?:by|from|par|von|por|door|di|av)\s*:?\s+/i;
/** A byline longer than this is a paragraph that happened to have an author class. */
const MAX_BYLINE_CHARS = 100;
/** Trailing role/date noise after the names ("Ana Swanson, Reuters" stays; "| Updated 2 hours ago" goes). */
const TRAILING_NOISE_RE = /\s*(?:[|•·]\s*.*|,?\s+(?:updated|published|posted)\b.*)$/i;
/** A date glued after the names in a byline element ("GILLIAN MOHNEY March 11, 2015 3:46 PM"). */
const TRAILING_DATE_RE = new RegExp(`\\s+(?:(?:${MONTH_ALT})\\.?\\s+\\d{1,2}\\b|\\d{1,2}\\s+(?:${MONTH_ALT})\\b|\\d{4}-\\d{2}-\\d{2}).*$`, 'i');
/** Social handles glued to a name ("Ahiza Garcia @ahiza_garcia"). */
const HANDLE_RE = /\s*@[\w.]+/g;
/** Values that are URLs or handles, not names (meta author sometimes holds a profile link). */
const NOT_A_NAME_RE = /^(?:https?:|www\.|@)|\.(?:com|org|net)\b/i;

/** Clean one byline string; undefined when it does not look like names. */
export function cleanByline(raw: string | undefined | null): string | undefined {
  if (!raw) return undefined;
  let s = raw.replace(/\s+/g, ' ').trim();
  s = s.replace(BY_PREFIX_RE, '').replace(TRAILING_NOISE_RE, '').replace(TRAILING_DATE_RE, '');
  if (!NOT_A_NAME_RE.test(s.trim())) s = s.replace(HANDLE_RE, '');
  s = s.trim();
  s = s.replace(/^[,;:|\-–—\s]+|[,;:|\-–—\s]+$/g, '');
  if (!s || s.length > MAX_BYLINE_CHARS || NOT_A_NAME_RE.test(s)) return undefined;
  if (!/\p{L}/u.test(s)) return undefined;
  return s;
}

/** Join several author names as a list: "A", "A, B". */
export function joinNames(names: readonly string[]): string | undefined {
  const seen: string[] = [];
  for (const n of names) {
    const c = cleanByline(n);
    if (c && !seen.some((x) => x.toLowerCase() === c.toLowerCase())) seen.push(c);
  }
  if (!seen.length) return undefined;
  return seen.join(', ');
}
