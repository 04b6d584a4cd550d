/**
 * Clustering inside a block: claims of one kind and unit class are joined into rows by their
 * similarity (similarity.ts). Candidates come from an inverted index on each claim's rarest words
 * and numbers, so the work is about linear in the number of claims; pairs are then merged
 * greedily, best first, never putting two claims of one source in a row.
 */
import type { DateValue, Quantity } from '../model.js';
import type { Item } from './features.js';
import { newsCycleDate, OTHER_EVENT_GAP_DAYS, releaseBagVectors, sameValue, similarity } from './similarity.js';
import type { StoryContext } from './stories.js';
import { attachLoneDays } from './sameday.js';

/** Blocks up to this size compare all pairs (cheap, and finds pairs the index would miss). */
const ALL_PAIRS_BLOCK = 64;
/**
 * Chaining guard: two clusters merge only if their seed claims are at least this share of the
 * threshold alike, so A~B~C~D chains of loosely related numbers never become one row.
 */
const CHAIN_GUARD = 0.5;
/** Each claim is indexed under this many of its highest-weight words. */
const KEYS_PER_ITEM = 8;
/** Candidates compared per claim (rarest shared keys first): bounds the work per claim. */
const MAX_CANDIDATES = 24;
/** Words shared by more claims than this in a block are too common to find candidates with. */
const POSTING_CAP = 200;

/** Initial capacity of the edge list (it doubles as needed). */
const EDGE_CAPACITY = 64;

/** Candidate pairs with their similarity, in typed arrays: millions of pairs without one object each. */
class Edges {
  a = new Int32Array(EDGE_CAPACITY);
  b = new Int32Array(EDGE_CAPACITY);
  s = new Float64Array(EDGE_CAPACITY);
  size = 0;
  push(i: number, j: number, s: number): void {
    if (this.size === this.a.length) {
      const grow = <T extends Int32Array | Float64Array>(x: T, make: (n: number) => T): T => {
        const y = make(x.length * 2);
        y.set(x);
        return y;
      };
      this.a = grow(this.a, (n) => new Int32Array(n));
      this.b = grow(this.b, (n) => new Int32Array(n));
      this.s = grow(this.s, (n) => new Float64Array(n));
    }
    this.a[this.size] = i;
    this.b[this.size] = j;
    this.s[this.size] = s;
    this.size++;
  }
  /**
   * Edge indices, best first (ties: lower item indices first). Three stable counting sorts
   * (by b, by a, by the rank of the score) instead of a comparison sort with a callback: linear
   * in the number of edges, which runs into millions on large blocks.
   */
  order(items: number): Uint32Array {
    const m = this.size;
    let perm: Uint32Array = new Uint32Array(m);
    for (let k = 0; k < m; k++) perm[k] = k;
    perm = countingSort(perm, this.b, items);
    perm = countingSort(perm, this.a, items);
    // rank of each score among the distinct scores, best first
    const distinct = Float64Array.from(this.s.subarray(0, m)).sort().reverse();
    let d = 0;
    for (let k = 0; k < m; k++) if (k === 0 || distinct[k] !== distinct[d - 1]) distinct[d++] = distinct[k];
    const rank = new Int32Array(m);
    for (let k = 0; k < m; k++) {
      const x = this.s[k];
      let lo = 0;
      let hi = d - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (distinct[mid] > x) lo = mid + 1;
        else hi = mid;
      }
      rank[k] = lo;
    }
    return countingSort(perm, rank, d);
  }
}

const DAY_MS = 86_400_000;

/**
 * The date span of each cluster, kept on its root, so that a merge can tell in O(1) whether it
 * would put a report's news-cycle date ("announced Wednesday") and a date weeks away ("reported in
 * August") in one row. Pairs are tested as they are compared (similarity.ts), but clusters grow by
 * chains: "Wednesday" ~ "last month" ~ "late August" ~ "August". Over all members the test is
 * whether the latest start of one cluster lies more than the gap after the earliest end of the
 * other's news-cycle members (or the reverse).
 */
class DateSpans {
  /** All members: latest start, earliest end (ms). */
  private maxStart: Float64Array;
  private minEnd: Float64Array;
  /** News-cycle members only (±Infinity when there are none). */
  private ncMaxStart: Float64Array;
  private ncMinEnd: Float64Array;
  private readonly gap = OTHER_EVENT_GAP_DAYS * DAY_MS;

  constructor(items: readonly Item[]) {
    const n = items.length;
    this.maxStart = new Float64Array(n);
    this.minEnd = new Float64Array(n);
    this.ncMaxStart = new Float64Array(n).fill(-Infinity);
    this.ncMinEnd = new Float64Array(n).fill(Infinity);
    items.forEach((it, i) => {
      const d = it.claim.value as DateValue;
      const start = Date.parse(d.start);
      const end = Date.parse(d.end);
      this.maxStart[i] = Number.isNaN(start) ? -Infinity : start;
      this.minEnd[i] = Number.isNaN(end) ? Infinity : end;
      if (newsCycleDate(it)) {
        this.ncMaxStart[i] = this.maxStart[i];
        this.ncMinEnd[i] = this.minEnd[i];
      }
    });
  }

  /** Would joining the clusters of roots a and b put a news-cycle date and a date weeks away together? */
  apart(a: number, b: number): boolean {
    return this.maxStart[b] - this.ncMinEnd[a] > this.gap || this.ncMaxStart[a] - this.minEnd[b] > this.gap ||
      this.maxStart[a] - this.ncMinEnd[b] > this.gap || this.ncMaxStart[b] - this.minEnd[a] > this.gap;
  }

  /** Root `into` takes in root `from`. */
  join(into: number, from: number): void {
    this.maxStart[into] = Math.max(this.maxStart[into], this.maxStart[from]);
    this.minEnd[into] = Math.min(this.minEnd[into], this.minEnd[from]);
    this.ncMaxStart[into] = Math.max(this.ncMaxStart[into], this.ncMaxStart[from]);
    this.ncMinEnd[into] = Math.min(this.ncMinEnd[into], this.ncMinEnd[from]);
  }
}

/** Stable counting sort of edge indices by an integer key in [0, range). */
function countingSort(perm: Uint32Array, key: Int32Array, range: number): Uint32Array {
  const count = new Uint32Array(range + 1);
  for (let k = 0; k < perm.length; k++) count[key[perm[k]] + 1]++;
  for (let r = 0; r < range; r++) count[r + 1] += count[r];
  const out = new Uint32Array(perm.length);
  for (let k = 0; k < perm.length; k++) out[count[key[perm[k]]]++] = perm[k];
  return out;
}

/** First position in an ascending list whose entry is ≥ x. */
function lowerBound(list: readonly number[], x: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Scratch of clusterBlock: one claim's posting lists. */
const LISTS: number[][] = [];

/** Scratch of keysOf: the best words so far and their scores, best first. */
const TOP_WORDS: string[] = [];
const TOP_SCORES: number[] = [];

/** Whether w with this score goes before the k-th best word so far (a plain function: no closure per word). */
function ranksBefore(w: string, score: number, k: number): boolean {
  return score > TOP_SCORES[k] || (score === TOP_SCORES[k] && w < TOP_WORDS[k]);
}

/**
 * Keep w if it is among the KEYS_PER_ITEM best so far (higher score first, ties: the smaller
 * word first): the same words, in the same order, as sorting all of them and taking the first
 * KEYS_PER_ITEM, without an array per word.
 */
function offer(w: string, score: number): void {
  let k = TOP_WORDS.length;
  if (k === KEYS_PER_ITEM) {
    if (!ranksBefore(w, score, k - 1)) return;
    k--;
  }
  while (k > 0 && ranksBefore(w, score, k - 1)) {
    TOP_WORDS[k] = TOP_WORDS[k - 1];
    TOP_SCORES[k] = TOP_SCORES[k - 1];
    k--;
  }
  TOP_WORDS[k] = w;
  TOP_SCORES[k] = score;
}

/** Words an item is indexed under: its highest-weight words (quotes: their rarest quoted words) and its numbers. */
function keysOf(it: Item, idf: Map<string, number>): string[] {
  TOP_WORDS.length = 0;
  TOP_SCORES.length = 0;
  if (it.quote) for (const w of new Set(it.quote)) offer(w, idf.get(w) ?? 1);
  else for (let k = 0; k < it.words.length; k++) offer(it.words[k], it.weights[k] * (idf.get(it.words[k]) ?? 1));
  const keys = TOP_WORDS.slice();
  const q = it.claim.value as Partial<Quantity> | null;
  for (const x of [q?.low, q?.high]) if (typeof x === 'number') keys.push(`#${x}`);
  if (it.claim.kind === 'date') keys.push(`#${(it.claim.value as DateValue).start.slice(0, 7)}`);
  return keys;
}

/**
 * Cluster the items of one block (already sorted by their content key). Returns groups of item
 * indices; each group holds at most one item per source. An item left alone only because its own
 * source already states the same value in the matching row is a repeat within one article: it
 * is dropped rather than shown as a second, "single" fact.
 */
export function clusterBlock(items: readonly Item[], idf: Map<string, number>, stories?: StoryContext): number[][] {
  const n = items.length;
  if (n === 1) return [[0]];
  const edges = new Edges();
  // source of each item as a small integer: the candidate loops compare sources millions of times
  const sourceNumbers = new Map<string, number>();
  const src = Int32Array.from(items, (it) => {
    let k = sourceNumbers.get(it.sourceId);
    if (k === undefined) sourceNumbers.set(it.sourceId, (k = sourceNumbers.size));
    return k;
  });
  if (items[0].block.startsWith('attribution:')) {
    for (let i = 1; i < n; i++) edges.push(0, i, 1);
  } else if (n <= ALL_PAIRS_BLOCK) {
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        if (src[j] === src[i]) continue;
        const s = similarity(items[i], items[j], idf, stories);
        if (s !== null) edges.push(i, j, s);
      }
    }
  } else {
    const keys = items.map((it) => keysOf(it, idf));
    const postings = new Map<string, number[]>();
    keys.forEach((ks, i) => {
      for (const k of ks) {
        const p = postings.get(k) ?? [];
        p.push(i);
        postings.set(k, p);
      }
    });
    const seen = new Int32Array(n).fill(-1);
    // the candidates each claim compared (MAX_CANDIDATES slots per claim): neighbourhoods are
    // mostly mutual, so a later claim finds its pair already compared and skips it (same edge)
    const compared = new Int32Array(n * MAX_CANDIDATES);
    const comparedCount = new Uint8Array(n);
    const comparedBy = (j: number, i: number): boolean => {
      const base = j * MAX_CANDIDATES;
      const end = base + comparedCount[j];
      for (let k = base; k < end; k++) if (compared[k] === i) return true;
      return false;
    };
    for (let i = 0; i < n; i++) {
      // rarest keys first: they find the most specific candidates. Each list is read outward
      // from i's own place: lists are in content-key order (value, then sentence), so the
      // nearest entries state the same value in the most alike sentences. At most
      // MAX_CANDIDATES are compared, however long the lists: the work per claim is fixed.
      // the usable lists, shortest first (a stable insertion sort into one scratch array: a claim has a few keys)
      const lists = LISTS;
      lists.length = 0;
      for (const k of keys[i]) {
        const p = postings.get(k)!;
        if (p.length > POSTING_CAP) continue;
        let at = lists.length;
        while (at > 0 && lists[at - 1].length > p.length) {
          lists[at] = lists[at - 1];
          at--;
        }
        lists[at] = p;
      }
      let tried = 0;
      for (const p of lists) {
        const at = lowerBound(p, i);
        let lo = at - 1;
        let hi = p[at] === i ? at + 1 : at;
        while (tried < MAX_CANDIDATES && (lo >= 0 || hi < p.length)) {
          // the nearer side next (ties: the earlier one)
          const j = hi >= p.length || (lo >= 0 && i - p[lo] <= p[hi] - i) ? p[lo--] : p[hi++];
          if (seen[j] === i || src[j] === src[i]) continue;
          seen[j] = i;
          tried++;
          if (j < i && comparedBy(j, i)) continue; // j compared i: the edge is in already
          compared[i * MAX_CANDIDATES + comparedCount[i]++] = j;
          const s = similarity(items[i], items[j], idf, stories);
          if (s !== null) edges.push(i < j ? i : j, i < j ? j : i, s);
        }
        if (tried >= MAX_CANDIDATES) break;
      }
    }
  }
  LISTS.length = 0; // holds no posting list past its block
  const order = edges.order(n);
  // union-find; each root keeps its cluster's sources (source number → item) and members, made
  // when its cluster first grows (most claims of a large table stay alone: no Map and array each)
  const parent = Int32Array.from({ length: n }, (_, i) => i);
  const sources: (Map<number, number> | undefined)[] = new Array<Map<number, number> | undefined>(n);
  const members: (number[] | undefined)[] = new Array<number[] | undefined>(n);
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
  };
  const size = (r: number): number => members[r]?.length ?? 1;
  const membersOf = (r: number): number[] => (members[r] ??= [r]);
  /** The item of source s in root r's cluster, if any. */
  const twin = (r: number, s: number): number | undefined => {
    const m = sources[r];
    if (m) return m.get(s);
    return src[r] === s ? r : undefined;
  };
  const add = (r: number, i: number): void => {
    (sources[r] ??= new Map([[src[r], r]])).set(src[i], i);
    membersOf(r).push(i);
  };
  const repeats = new Set<number>();
  // the event of a cluster of people counts: a cluster of deaths never takes in an injury count
  const events = items.map((it) => it.event);
  const spans = items[0].claim.kind === 'date' ? new DateSpans(items) : undefined;
  for (const e of order) {
    const i = edges.a[e];
    const j = edges.b[e];
    let ri = find(i);
    let rj = find(j);
    if (ri === rj) continue;
    if (size(ri) < size(rj)) [ri, rj] = [rj, ri];
    const small = sources[rj];
    let clash = false;
    if (!small) clash = twin(ri, src[rj]) !== undefined;
    else {
      for (const s of small.keys()) {
        if (twin(ri, s) !== undefined) {
          clash = true;
          break;
        }
      }
    }
    if (clash) {
      // at most one claim per source: the better-matching one already joined
      const lone = size(ri) === 1 ? ri : size(rj) === 1 ? rj : -1;
      if (lone >= 0) {
        const other = lone === ri ? rj : ri;
        const t = twin(other, src[lone]);
        if (t !== undefined && sameValue(items[t], items[lone])) repeats.add(lone);
      }
      continue;
    }
    if (events[ri] && events[rj] && events[ri] !== events[rj]) continue;
    if (spans?.apart(ri, rj)) continue;
    const seeds = [ri, rj].filter((r) => r !== i && r !== j);
    if (seeds.length > 0 && similarity(items[ri], items[rj], idf, stories, CHAIN_GUARD) === null) continue;
    const big = (sources[ri] ??= new Map([[src[ri], ri]]));
    if (small) for (const [s, k] of small) big.set(s, k);
    else big.set(src[rj], rj);
    const into = membersOf(ri);
    const from = members[rj];
    if (from) for (const m of from) into.push(m);
    else into.push(rj);
    sources[rj] = undefined;
    members[rj] = undefined;
    events[ri] ??= events[rj];
    spans?.join(ri, rj);
    parent[rj] = ri;
  }
  if (items[0].claim.kind === 'date') {
    const hasSource = (r: number, i: number) => twin(r, src[i]) !== undefined;
    attachLoneDays(items, { find, parent, size, membersOf, hasSource, add, repeats }, idf, stories);
  }
  releaseBagVectors(idf);
  const groups = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    if (repeats.has(i) && find(i) === i && size(i) === 1) continue;
    const r = find(i);
    const g = groups.get(r) ?? [];
    g.push(i);
    groups.set(r, g);
  }
  return [...groups.values()];
}
