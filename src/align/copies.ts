/**
 * Who repeats whom. A claim is "via" another source when its outlet attributes it to an outlet
 * of the set ("the New York Times reported"), or when its sentence is a near-copy of another
 * source's sentence (syndication, rewrites of wire copy).
 */

/** Words per shingle: three-word runs survive light rewording only when text was copied. */
const SHINGLE_WORDS = 3;
/** Shingle Jaccard at or above this is a near-copy. */
export const COPY_JACCARD = 0.6;
/** Sentences with fewer shingles than this are too short to call copied. */
const MIN_SHINGLES = 5;
/** Earlier sentences remembered per shingle (bounds the work on very large rows). */
const MAX_PER_SHINGLE = 16;

/** Shingle sets of recent sentences: a sentence with several claims sits in several rows. */
const SHINGLE_CACHE = new Map<string, Set<string>>();
/** Sentences kept before the cache starts over (bounds memory on huge tables). */
const SHINGLE_CACHE_MAX = 50_000;

/** shingles(), remembered per sentence text (callers must not change the set). */
function cachedShingles(text: string): Set<string> {
  let set = SHINGLE_CACHE.get(text);
  if (!set) {
    if (SHINGLE_CACHE.size >= SHINGLE_CACHE_MAX) SHINGLE_CACHE.clear();
    set = shingles(text);
    SHINGLE_CACHE.set(text, set);
  }
  return set;
}

export function shingles(text: string): Set<string> {
  const words = text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[^\p{L}\p{N}']+/gu, ' ')
    .split(' ')
    .filter(Boolean);
  const out = new Set<string>();
  // SHINGLE_WORDS words joined by spaces (no slice and join per shingle: this runs for every sentence of a table)
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i++) {
    let shingle = words[i];
    for (let k = 1; k < SHINGLE_WORDS; k++) shingle += ` ${words[i + k]}`;
    out.add(shingle);
  }
  return out;
}

export function shingleJaccard(a: Set<string>, b: Set<string>): number {
  let inter = 0;
  for (const s of a) if (b.has(s)) inter++;
  const union = a.size + b.size - inter;
  return union === 0 ? 0 : inter / union;
}

/**
 * For sentences in origin order (earliest first), the index of the earlier sentence each one
 * copies, or -1. Uses a shingle index, so a row with many claims is not compared all-pairs.
 */
export function findCopies(sentences: readonly string[]): number[] {
  const sets = sentences.map(cachedShingles);
  const index = new Map<string, number[]>();
  const out: number[] = [];
  // shared shingles with each earlier sentence, and which sentences have any (reset per sentence)
  const hits = new Int32Array(sets.length);
  const touched: number[] = [];
  for (let i = 0; i < sets.length; i++) {
    const mine = sets[i];
    let best = -1;
    let bestScore = 0;
    if (mine.size >= MIN_SHINGLES) {
      for (const s of mine) {
        const list = index.get(s);
        if (!list) continue;
        for (const j of list) if (hits[j]++ === 0) touched.push(j);
      }
      for (const j of touched) {
        const h = hits[j];
        hits[j] = 0;
        const score = h / (mine.size + sets[j].size - h);
        if (score >= COPY_JACCARD && (score > bestScore || (score === bestScore && j < best))) {
          best = j;
          bestScore = score;
        }
      }
      touched.length = 0;
      for (const s of mine) {
        const list = index.get(s) ?? [];
        if (list.length < MAX_PER_SHINGLE) list.push(i);
        index.set(s, list);
      }
    }
    out.push(best);
  }
  return out;
}
