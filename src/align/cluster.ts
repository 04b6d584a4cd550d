/**
 * Clustering inside a block: claims of one kind and unit class are joined into rows by their
 * similarity (similarity.ts). Candidates come from an inverted index on each claim's rarest words
 * and numbers, so the work is about linear in the number of claims; pairs are then merged
 * greedily, best first, never putting two claims of one source in a row.
 */
import type { DateValue, Quantity } from '../model.js';
import type { Item } from './features.js';
import { sameValue, similarity } from './similarity.js';
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
const MAX_CANDIDATES = 48;
/** Words shared by more claims than this in a block are too common to find candidates with. */
const POSTING_CAP = 200;

/** Words an item is indexed under: its highest-weight words (quotes: their rarest quoted words) and its numbers. */
function keysOf(it: Item, idf: Map<string, number>): string[] {
  const scored: [string, number][] = it.quote
    ? [...new Set(it.quote)].map((w) => [w, idf.get(w) ?? 1])
    : [...it.words].map(([w, r]) => [w, r * (idf.get(w) ?? 1)]);
  scored.sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0));
  const keys = scored.slice(0, KEYS_PER_ITEM).map(([w]) => w);
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
  const edges: [number, number, number][] = [];
  if (items[0].block.startsWith('attribution:')) {
    for (let i = 1; i < n; i++) edges.push([0, i, 1]);
  } else if (n <= ALL_PAIRS_BLOCK) {
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        if (items[j].sourceId === items[i].sourceId) continue;
        const s = similarity(items[i], items[j], idf, stories);
        if (s !== null) edges.push([i, j, s]);
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
    for (let i = 0; i < n; i++) {
      // rarest keys first: they find the most specific candidates; stop at MAX_CANDIDATES
      const lists = keys[i].map((k) => postings.get(k)!).filter((p) => p.length <= POSTING_CAP);
      lists.sort((x, y) => x.length - y.length);
      let tried = 0;
      for (const p of lists) {
        for (const j of p) {
          if (j === i || seen[j] === i || items[j].sourceId === items[i].sourceId) continue;
          seen[j] = i;
          tried++;
          const s = similarity(items[i], items[j], idf, stories);
          if (s !== null) edges.push(i < j ? [i, j, s] : [j, i, s]);
        }
        if (tried >= MAX_CANDIDATES) break;
      }
    }
  }
  edges.sort((x, y) => y[2] - x[2] || x[0] - y[0] || x[1] - y[1]);
  // union-find; each root keeps its cluster's sources (source → item) and members
  const parent = Int32Array.from({ length: n }, (_, i) => i);
  const sources = items.map((it, i) => new Map([[it.sourceId, i]]));
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
  };
  const repeats = new Set<number>();
  const members = items.map((_, i) => [i]);
  // the event of a cluster of people counts: a cluster of deaths never takes in an injury count
  const events = items.map((it) => it.event);
  for (const [i, j] of edges) {
    let ri = find(i);
    let rj = find(j);
    if (ri === rj) continue;
    if (sources[ri].size < sources[rj].size) [ri, rj] = [rj, ri];
    const big = sources[ri];
    const small = sources[rj];
    let clash = false;
    for (const s of small.keys()) if (big.has(s)) clash = true;
    if (clash) {
      // at most one claim per source: the better-matching one already joined
      const lone = members[ri].length === 1 ? ri : members[rj].length === 1 ? rj : -1;
      if (lone >= 0) {
        const other = lone === ri ? rj : ri;
        const twin = sources[other].get(items[lone].sourceId);
        if (twin !== undefined && sameValue(items[twin], items[lone])) repeats.add(lone);
      }
      continue;
    }
    if (events[ri] && events[rj] && events[ri] !== events[rj]) continue;
    const seeds = [ri, rj].filter((r) => r !== i && r !== j);
    if (seeds.length > 0 && similarity(items[ri], items[rj], idf, stories, CHAIN_GUARD) === null) continue;
    for (const [s, k] of small) big.set(s, k);
    events[ri] ??= events[rj];
    members[ri].push(...members[rj]);
    parent[rj] = ri;
  }
  if (items[0].claim.kind === 'date') attachLoneDays(items, { find, parent, members, sources, repeats }, idf, stories);
  const groups = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    if (repeats.has(i) && find(i) === i && members[i].length === 1) continue;
    const r = find(i);
    const g = groups.get(r) ?? [];
    g.push(i);
    groups.set(r, g);
  }
  return [...groups.values()];
}
