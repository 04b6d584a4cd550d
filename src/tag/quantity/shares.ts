/**
 * Shares listed with a percentage: a bare number in the same list or clause as a percentage takes
 * its unit ("polling at 28%, with Reform UK on 25 and the Conservatives on 21" → 25 and 21
 * percent), unless a verb starts a new clause, a noun follows it, or it is a level reached after
 * a change ("fell 3% to 47").
 */
import { MOVEMENT_WORDS } from '../vocab/numbers.js';
import { LABEL_WORDS } from '../vocab/units.js';
import { YEAR_MAX, YEAR_MIN } from './guards.js';
import type { Mention } from './mentions.js';
import type { Token } from './tokens.js';

/** Punctuation that ends a clause after a bare share ("on 21."). */
const SENTENCE_PUNCT: ReadonlySet<string> = new Set(['.', ';', ':', '!', '?']);
/** Most tokens between the members of a list of shares ("28%, with Reform UK on 25"). */
const LIST_GAP = 16;
/** Largest bare number that can be a share in such a list. */
const MAX_SHARE = 100;
/** Words that may follow a bare share ("on 25 and the Conservatives on 21", "3 in 2018"). */
const SHARE_FOLLOWERS: ReadonlySet<string> = new Set([
  'and', 'or', 'while', 'whereas', 'but', 'with', 'respectively', 'in', 'on', 'at', 'among', 'for', 'against', 'from',
]);
/** Punctuation allowed between the members of the list. */
const LIST_PUNCT: ReadonlySet<string> = new Set([',', '(', ')', '–', '—']);
/** A verb between two numbers starts a new clause ("rose 3% and the stock closed at 47"). */
const CLAUSE_VERBS: ReadonlySet<string> = new Set([
  'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'could', 'can', 'may',
  'might', 'said', 'says', 'rose', 'fell', 'grew', 'won', 'lost', 'hit', 'got', 'took', 'made', 'stood',
  'sold', 'paid', 'spent', 'costs', 'cost', 'traded', 'trades', 'sits', 'sat', 'stands', 'held', 'holds',
]);
/** Verb endings (lower-case words): past tenses and participles ("closed", "trading"). */
const VERB_ENDING_RE = /^[a-z]{2,}(?:ed|ing)$/;
/** Participles that introduce a comparison or a list, not a new clause ("compared with 25"). */
const LIST_PARTICIPLES: ReadonlySet<string> = new Set(['compared', 'including', 'excluding', 'according', 'polling', 'trailing', 'leading']);

/** A bare number that could be a share in a list: small, plain, with no noun after it. */
function bareShare(tokens: readonly Token[], m: Mention): boolean {
  const n = m.number;
  if (m.measure !== 'plain' || n.spelled || n.scale !== 1 || n.magnitude || (m.interval.high ?? n.low) > MAX_SHARE) return false;
  const prev = tokens[m.first - 1];
  if (!prev || (!prev.gap && prev.kind !== 'punct') || !tokens[m.first].gap || LABEL_WORDS.has(prev.lower)) return false;
  const next = tokens[m.end];
  if (!next) return true;
  if (next.kind === 'punct') return LIST_PUNCT.has(next.text) || SENTENCE_PUNCT.has(next.text);
  return next.gap && SHARE_FOLLOWERS.has(next.lower);
}

/** A year numeral, which a list of shares may name between its members ("2.1% in 2019 and 3 in 2020"). */
const isYearToken = (t: Token) => t.kind === 'num' && /^\d{4}$/.test(t.text) && Number(t.text) >= YEAR_MIN && Number(t.text) <= YEAR_MAX;

/** Only words (no verb), years and list punctuation, at most LIST_GAP tokens, between token a and b. */
function listGap(tokens: readonly Token[], a: number, b: number): boolean {
  if (b - a > LIST_GAP || b <= a) return false;
  for (let k = a; k < b; k++) {
    const t = tokens[k];
    if (t.kind === 'num' && !isYearToken(t)) return false;
    if (t.kind === 'punct' && !LIST_PUNCT.has(t.text)) return false;
    // lower-case only: "in May and 39 in June" names a month, not the verb
    if (t.kind === 'word' && (CLAUSE_VERBS.has(t.text) || (VERB_ENDING_RE.test(t.text) && !LIST_PARTICIPLES.has(t.lower)))) return false;
  }
  return true;
}

/** Words after a percentage change that make the next "at N" a level ("closed 2% higher at 15"). */
const DIRECTION_WORDS: ReadonlySet<string> = new Set(['higher', 'lower', 'up', 'down']);

/** "fell 3% to 47", "closed 2% higher at 15": a change in percent, then a level in another unit. */
function changeToLevel(tokens: readonly Token[], change: Mention, level: Mention): boolean {
  const w = tokens[level.first - 1]?.lower;
  if (level.first < change.end || (w !== 'to' && w !== 'at')) return false;
  return MOVEMENT_WORDS.has(tokens[change.first - 1]?.lower ?? '') || DIRECTION_WORDS.has(tokens[change.end]?.lower ?? '');
}

/**
 * Shares listed after (or before) a percentage take its unit: "polling at 28%, with Reform UK on
 * 25 and the Conservatives on 21" → 25 and 21 percent. The chain runs through bare numbers up to
 * 100 with no noun after them, within one clause of the percentage.
 */
export function listPercentUnits(tokens: readonly Token[], mentions: Mention[]): void {
  const shares = mentions.filter((m) => !(m.measure === 'plain' && isYearToken(tokens[m.number.first]) && m.end === m.number.end));
  const inherit = (m: Mention, from: Mention, a: number, b: number) => {
    if (from.measure !== 'percent' || from.unit === 'basis-point' || !bareShare(tokens, m) || !listGap(tokens, a, b)) return;
    if (from.unit === 'percent' && changeToLevel(tokens, from, m)) return;
    m.measure = 'percent';
    // "fell 4 percentage points, to 38": the level reached is a percentage
    m.unit = from.unit === 'percentage-point' && tokens[m.first - 1]?.lower === 'to' ? 'percent' : from.unit;
  };
  for (let k = 1; k < shares.length; k++) inherit(shares[k], shares[k - 1], shares[k - 1].end, shares[k].first);
  for (let k = shares.length - 2; k >= 0; k--) inherit(shares[k], shares[k + 1], shares[k].end, shares[k + 1].first);
}
