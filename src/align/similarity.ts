/**
 * How alike two claims of one block are: idf-weighted Jaccard of their context words, a bonus
 * when they state the same number, scaled by how much their articles look like one story;
 * quotes by word containment. Tunables at the top.
 */
import type { DateValue, Quantity, QuoteValue } from '../model.js';
import { intervalsOverlap, quantityInterval, sameInterval, type Interval } from './compare.js';
import type { Item } from './features.js';
import { quoteWordsRelation, speakersDiffer } from './quotes.js';
import type { StoryContext } from './stories.js';

/** Minimum context similarity for two value claims to be one fact. */
export const SIMILARITY_THRESHOLD = 0.17;
/** Minimum idf-weighted containment of quote words for two quotes to be one quote. */
export const QUOTE_THRESHOLD = 0.6;
/** Altered words given to another speaker need more overlap to count as the same quote. */
const OTHER_SPEAKER_FACTOR = 0.85;
/** Quotes of this many words or fewer only join identical quotes (scare quotes, fragments). */
const SHORT_QUOTE_WORDS = 3;
/** Bonus when two quantities state the same number (one fact is usually told with one number). */
export const SAME_VALUE_BONUS = 0.15;
/** Smaller bonus for the same small number (2, 5: common in unrelated facts). */
const SAME_SMALL_VALUE_BONUS = 0.08;
/** Below this a shared number is "small". */
const SMALL_VALUE = 10;
/** Bonus when two values overlap without being equal. */
const OVERLAP_BONUS = 0.04;
/** A weekday-style date this close (days) to its own publication date is the news-cycle date of a report. */
const NEWS_CYCLE_DAYS = 1;
/** Milliseconds in a day (ISO dates parse to UTC midnight). */
const DAY_MS = 86_400_000;
/** A report's own news-cycle date and another date more than this many days away date two events. */
export const OTHER_EVENT_GAP_DAYS = 14;

/** idf of every word over all items: rare words tell facts apart, "Huawei" in every sentence does not. */
export function inverseDocumentFrequency(items: readonly Item[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const it of items) {
    const bag = it.quote ? new Set([...it.quote, ...it.words]) : it.words;
    for (const w of bag) df.set(w, (df.get(w) ?? 0) + 1);
  }
  const n = items.length;
  const idf = new Map<string, number>();
  for (const [w, d] of df) idf.set(w, Math.log(1 + n / d));
  return idf;
}

/**
 * A word bag in compact form for one idf: word ids (interned per idf, ascending) with their
 * idf-weighted weights, and the bag's total mass. Built once per bag, so each of the many
 * comparisons of a bag is a merge walk over typed arrays instead of string Map lookups. The
 * arrays of all bags of one idf live end to end in one arena (Arena): a large table makes
 * millions of bags, and three small typed arrays each would cost more memory than the words.
 */
export interface BagVector {
  idf: Map<string, number>;
  /** The arena holding the bag's arrays (a released arena's bags are made again if needed). */
  arena: object;
  /** Where the bag's words start in the arena, and how many. */
  offset: number;
  length: number;
  mass: number;
}

/** The bags of one idf (that is, one align run): word numbering and the bags' arrays end to end. */
class Arena {
  /** Word → id. */
  readonly ids = new Map<string, number>();
  /** Per word of every bag: its id (ascending within a bag), its idf-weighted weight, its insertion position. */
  word = new Int32Array(1024);
  weight = new Float64Array(1024);
  pos = new Int32Array(1024);
  size = 0;
  /** Room for n more words; returns where they start. */
  reserve(n: number): number {
    if (this.size + n > this.word.length) {
      const cap = Math.max(this.size + n, this.word.length * 2);
      const word = new Int32Array(cap);
      word.set(this.word.subarray(0, this.size));
      const weight = new Float64Array(cap);
      weight.set(this.weight.subarray(0, this.size));
      const pos = new Int32Array(cap);
      pos.set(this.pos.subarray(0, this.size));
      this.word = word;
      this.weight = weight;
      this.pos = pos;
    }
    const at = this.size;
    this.size += n;
    return at;
  }
}

/** Scratch for the shared words' terms of one comparison, by insertion position (grows as needed). */
let TERMS = new Float64Array(64);
/** Scratch of vectorOf (grows as needed). */
let SORT_KEYS = new Float64Array(64);
let BY_POS = new Float64Array(64);

/** Positions in a bag stay below this (2^20 words): id · POS_SPAN + position is exact in a double. */
const POS_SPAN = 1 << 20;

/** The arena of each idf. */
const ARENAS = new WeakMap<Map<string, number>, Arena>();

/**
 * Let go of the bag arrays of this idf (clusterBlock, when a block is done: the next block's
 * claims make a new arena, so its memory is that of one block at a time).
 */
export function releaseBagVectors(idf: Map<string, number>): void {
  ARENAS.delete(idf);
  lastIdf = undefined;
  lastArena = undefined;
}

/** The arena of the last idf asked for: the millions of comparisons of one block skip the WeakMap. */
let lastIdf: Map<string, number> | undefined;
let lastArena: Arena | undefined;

function arenaOf(idf: Map<string, number>): Arena {
  if (idf === lastIdf) return lastArena!;
  let arena = ARENAS.get(idf);
  if (!arena) {
    arena = new Arena();
    ARENAS.set(idf, arena);
  }
  lastIdf = idf;
  lastArena = arena;
  return arena;
}

/** The item's bag vector under this idf, kept on the item (each item is compared with many others). */
function vectorOf(it: Item, idf: Map<string, number>, arena: Arena): BagVector {
  const hit = it.vector;
  if (hit && hit.idf === idf && hit.arena === arena) return hit;
  const ids = arena.ids;
  // key = id · POS_SPAN + position: one native numeric sort orders the words by id (ids are unique in a bag)
  const n = it.words.length;
  if (SORT_KEYS.length < n) {
    SORT_KEYS = new Float64Array(n * 2);
    BY_POS = new Float64Array(n * 2);
  }
  const keys = SORT_KEYS.subarray(0, n);
  const byPos = BY_POS;
  let mass = 0;
  for (let k = 0; k < n; k++) {
    const w = it.words[k];
    const x = it.weights[k];
    let id = ids.get(w);
    if (id === undefined) {
      id = ids.size;
      ids.set(w, id);
    }
    const f = idf.get(w) ?? 1;
    mass += x * f;
    byPos[k] = x * f;
    keys[k] = id * POS_SPAN + k;
  }
  keys.sort();
  const offset = arena.reserve(n);
  for (let r = 0; r < n; r++) {
    const id = Math.floor(keys[r] / POS_SPAN);
    const p = keys[r] - id * POS_SPAN;
    arena.word[offset + r] = id;
    arena.pos[offset + r] = p;
    arena.weight[offset + r] = byPos[p];
  }
  const v: BagVector = { idf, arena, offset, length: n, mass };
  it.vector = v;
  return v;
}

/**
 * idf-weighted Jaccard of two word bags: Σmin / Σmax, with Σmax = |a| + |b| − Σmin; a merge walk
 * over the two bags' sorted word ids.
 */
function weightedJaccard(a: Item, b: Item, idf: Map<string, number>): number {
  const arena = arenaOf(idf);
  const va = vectorOf(a, idf, arena);
  const vb = vectorOf(b, idf, arena);
  // the shared words' terms are summed in the smaller bag's own order (the result is then
  // bit-for-bit the same as walking that bag and looking each word up in the other)
  const small = va.length <= vb.length ? va : vb;
  const large = small === va ? vb : va;
  const n = small.length;
  if (TERMS.length < n) TERMS = new Float64Array(Math.max(n, TERMS.length * 2));
  TERMS.fill(-1, 0, n);
  const word = arena.word;
  const weight = arena.weight;
  const pos = arena.pos;
  let i = small.offset;
  let j = large.offset;
  const iEnd = i + n;
  const jEnd = j + large.length;
  while (i < iEnd && j < jEnd) {
    const x = word[i];
    const y = word[j];
    if (x === y) {
      const ws = weight[i];
      const wl = weight[j];
      TERMS[pos[i]] = ws < wl ? ws : wl;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  let inter = 0;
  for (let k = 0; k < n; k++) if (TERMS[k] >= 0) inter += TERMS[k];
  const union = va.mass + vb.mass - inter;
  return union <= 0 ? 0 : inter / union;
}

/**
 * The item's distinct quote words and their idf mass, kept on the item for this idf (a quote is
 * compared with many others: no Set is built per pair).
 */
function quoteBag(it: Item, idf: Map<string, number>): { words: Set<string>; mass: number } {
  const hit = it.quoteBag;
  if (hit && hit.idf === idf) return hit;
  const words = new Set(it.quote);
  let mass = 0;
  for (const w of words) mass += idf.get(w) ?? 1;
  const bag = { idf, words, mass };
  it.quoteBag = bag;
  return bag;
}

/** idf-weighted containment of the smaller quote's words in the larger's. */
function quoteContainment(a: Item, b: Item, idf: Map<string, number>): number {
  const sa = quoteBag(a, idf);
  const sb = quoteBag(b, idf);
  let inter = 0;
  for (const w of sa.words) if (sb.words.has(w)) inter += idf.get(w) ?? 1;
  const min = Math.min(sa.mass, sb.mass);
  return min === 0 ? 0 : inter / min;
}

/** The centre of "about N" (N itself), else null. */
function aboutCentre(q: Quantity): number | null {
  return q.approx === 'about' && q.low !== null && q.high !== null ? Math.round(((q.low + q.high) / 2) * 1e6) / 1e6 : null;
}

/** Whether a quantity states this number: one of its bounds, or the centre of "about N". */
function states(q: Quantity, x: number): boolean {
  return x === q.low || x === q.high || x === aboutCentre(q);
}

/**
 * A number stated by both quantities, if any ("about 90 days" and "90-day" both say 90): b's
 * low bound, high bound, then centre, first match (no arrays: this runs for millions of pairs).
 */
function sharedNumber(qa: Quantity, qb: Quantity): number | undefined {
  if (qb.low !== null && states(qa, qb.low)) return qb.low;
  if (qb.high !== null && states(qa, qb.high)) return qb.high;
  const c = aboutCentre(qb);
  return c !== null && states(qa, c) ? c : undefined;
}

/** The interval of an item's quantity, kept on the item (each item is compared with many others). */
function intervalOf(it: Item): Interval | null {
  if (it.interval === undefined) it.interval = quantityInterval(it.claim.value as Quantity, it.claim.text);
  return it.interval;
}

/**
 * Two month-granularity dates of one calendar month ("May" and "mid May", "early May"): a part of
 * a month named by a qualifier names that month, so the value counts as the same.
 */
const sameMonth = (x: DateValue, y: DateValue) =>
  x.granularity === 'month' && y.granularity === 'month' && x.start.slice(0, 7) === x.end.slice(0, 7) && x.start.slice(0, 7) === y.start.slice(0, 7) && y.end.slice(0, 7) === y.start.slice(0, 7);

function valueBonus(a: Item, b: Item): number {
  const k = a.claim.kind;
  if (k === 'date') {
    const x = a.claim.value as DateValue;
    const y = b.claim.value as DateValue;
    if (x.start === y.start && x.end === y.end) return SAME_VALUE_BONUS;
    if (x.start <= y.end && y.start <= x.end && sameMonth(x, y)) return SAME_VALUE_BONUS; // "mid May" is "May"
    return x.start <= y.end && y.start <= x.end ? OVERLAP_BONUS : 0;
  }
  const qa = a.claim.value as Quantity;
  const qb = b.claim.value as Quantity;
  // durations compare in days ("three decades" and "three years" share no number); other blocks share a unit
  const shared = k === 'duration' && qa.unit !== qb.unit ? undefined : sharedNumber(qa, qb);
  if (shared !== undefined) return Math.abs(shared) < SMALL_VALUE ? SAME_SMALL_VALUE_BONUS : SAME_VALUE_BONUS;
  const ia = intervalOf(a);
  const ib = intervalOf(b);
  if (!ia || !ib) return 0;
  if (sameInterval(ia, ib)) return SAME_VALUE_BONUS;
  return intervalsOverlap(ia, ib) ? OVERLAP_BONUS : 0;
}

/** A date whose day was filled in from the publication date ("Monday", "yesterday") lying within NEWS_CYCLE_DAYS of it. */
export function newsCycleDate(it: Item): boolean {
  if (it.newsCycle === undefined) it.newsCycle = computeNewsCycleDate(it);
  return it.newsCycle;
}

function computeNewsCycleDate(it: Item): boolean {
  const d = it.claim.value as DateValue;
  if (!it.published || d.granularity !== 'day' || !d.inferred?.includes('day')) return false;
  const offset = Math.abs(Date.parse(d.start) - Date.parse(it.published)) / DAY_MS;
  return offset <= NEWS_CYCLE_DAYS;
}

/**
 * Two different news-cycle dates from reports published on different days ("officials said on
 * Monday" in Monday's paper, "officials said Thursday" in Thursday's) date two reports, not one
 * fact told two ways: they never share a row (that would be a false conflict).
 */
function differentReportDays(a: Item, b: Item): boolean {
  if (a.claim.kind !== 'date' || a.published === b.published) return false;
  const x = a.claim.value as DateValue;
  const y = b.claim.value as DateValue;
  if (x.start <= y.end && y.start <= x.end) return false;
  return newsCycleDate(a) && newsCycleDate(b);
}

/**
 * A report's news-cycle date ("announced Wednesday", in Wednesday's paper) and a date weeks away
 * from it ("Reuters reported in August") date two events, not one fact told two ways: joining
 * them would show a false conflict. A wrong day for one event is days away, not weeks.
 */
function otherEvent(a: Item, b: Item): boolean {
  // the news-cycle test is cached on the items: most pairs stop there, before any date is parsed
  if (a.claim.kind !== 'date' || !(newsCycleDate(a) || newsCycleDate(b))) return false;
  const x = a.claim.value as DateValue;
  const y = b.claim.value as DateValue;
  const gap = Math.max(Date.parse(x.start) - Date.parse(y.end), Date.parse(y.start) - Date.parse(x.end)) / DAY_MS;
  return gap > OTHER_EVENT_GAP_DAYS;
}

/** A purely deictic date ("last year", "next week", "this month"): relative, nothing filled in. */
const deictic = (d: DateValue) => d.relative && !d.inferred?.length;

/**
 * Two deictic dates that do not name the same period ("next year" / "last year", "this year" /
 * "next week") point at different times on purpose: they are two facts, never a conflict or a
 * "less precise" pair.
 */
function differentDeictic(a: Item, b: Item): boolean {
  if (a.claim.kind !== 'date') return false;
  const x = a.claim.value as DateValue;
  const y = b.claim.value as DateValue;
  return deictic(x) && deictic(y) && (x.start !== y.start || x.end !== y.end);
}

/** The item's quote words joined as quoteWordsRelation() wants them, kept on the item. */
function quoteJoined(it: Item): string {
  return (it.quoteJoined ??= ` ${it.quote!.join(' ')} `);
}

/** The item's source index in the story context, kept on the item. */
function storyIndex(it: Item, stories: StoryContext): number {
  if (it.story !== stories) {
    it.story = stories;
    it.storyIndex = stories.indexOf(it.sourceId);
  }
  return it.storyIndex!;
}

/** Similarity of two items of one block (0 = unrelated); `null` = below threshold. */
export function similarity(a: Item, b: Item, idf: Map<string, number>, stories?: StoryContext, relax = 1): number | null {
  if (a.quote && b.quote) {
    const short = Math.min(a.quote.length, b.quote.length) <= SHORT_QUOTE_WORDS;
    const rel = quoteWordsRelation(a.quote, b.quote, quoteJoined(a), quoteJoined(b));
    if (rel === 'same') return 1;
    if (short) return null;
    if (rel !== 'different') return 0.9 + 0.1 * quoteContainment(a, b, idf);
    let c = quoteContainment(a, b, idf);
    const qa = a.claim.value as QuoteValue;
    const qb = b.claim.value as QuoteValue;
    if (speakersDiffer(qa.speaker, qb.speaker)) c *= OTHER_SPEAKER_FACTOR;
    return c >= QUOTE_THRESHOLD * relax ? c * 0.9 : null;
  }
  if (a.block.startsWith('attribution:')) return 1; // one outlet cited = one row
  if (a.event && b.event && a.event !== b.event) return null; // killed vs injured: different facts
  if (differentReportDays(a, b) || differentDeictic(a, b) || otherEvent(a, b)) return null;
  let s = weightedJaccard(a, b, idf) + valueBonus(a, b);
  const threshold = SIMILARITY_THRESHOLD * relax;
  if (stories && s >= threshold) s *= stories.factorAt(storyIndex(a, stories), storyIndex(b, stories));
  return s >= threshold ? s : null;
}

/** Same stated value, whatever the unit word ("five people" and "five dead" in one article). */
export function sameValue(a: Item, b: Item): boolean {
  // valueKey() of each claim is kept on its item: no key string is built per pair
  if (a.quote || b.quote || a.claim.kind === 'date') return a.valueKey === b.valueKey;
  const x = a.claim.value as Quantity;
  const y = b.claim.value as Quantity;
  return x.low === y.low && x.high === y.high;
}
