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

/**
 * Shingles of recent sentences, as sorted distinct keys: a sentence with several claims sits in
 * several rows. A typed array per sentence, not a Set of strings: a huge table makes hundreds of
 * thousands of them.
 */
const SHINGLE_CACHE = new Map<string, Float64Array>();
/** Sentences kept before the cache starts over (bounds memory on huge tables). */
const SHINGLE_CACHE_MAX = 200_000;
/**
 * A shingle is kept as a number: its words are numbered (WORD_IDS), its first SHINGLE_WORDS − 1
 * words as a prefix number (PREFIX_IDS), and the key is prefix · ID_SPAN + last word: exact in a
 * double while both numbers stay below ID_SPAN. Numberings start over (with the cache) only at
 * the start of findCopies() and once past ID_RESET, so all keys of one call share one numbering
 * and a call has 2^26 − 2^20 new words or prefixes to go before a key could be ambiguous.
 */
const WORD_IDS = new Map<string, number>();
const PREFIX_IDS = new Map<number, number>();
const ID_SPAN = 2 ** 26;
const ID_RESET = 2 ** 20;

const SHINGLE_WORD_RE = /[\p{L}\p{N}']+/gu;

/** The words of a sentence as shingles see them: lowercased, split at anything but letters, digits and apostrophes. */
function shingleWords(text: string): string[] {
  // the runs of letters, digits and apostrophes: what is left between the other characters
  return text.toLowerCase().replace(/[’‘]/g, "'").match(SHINGLE_WORD_RE) ?? [];
}

/** Shingles of a sentence as sorted distinct keys: one per distinct word run, as shingles() has one per distinct string. */
function shingleKeys(text: string): Float64Array {
  const words = shingleWords(text);
  const ids = new Float64Array(words.length);
  for (let i = 0; i < words.length; i++) {
    let id = WORD_IDS.get(words[i]);
    if (id === undefined) {
      id = WORD_IDS.size;
      WORD_IDS.set(words[i], id);
    }
    ids[i] = id;
  }
  const count = Math.max(0, words.length - SHINGLE_WORDS + 1);
  const keys = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    let prefix = ids[i];
    for (let k = i + 1; k < i + SHINGLE_WORDS - 1; k++) {
      const pair = prefix * ID_SPAN + ids[k];
      let p = PREFIX_IDS.get(pair);
      if (p === undefined) {
        p = PREFIX_IDS.size;
        PREFIX_IDS.set(pair, p);
      }
      prefix = p;
    }
    keys[i] = prefix * ID_SPAN + ids[i + SHINGLE_WORDS - 1];
  }
  keys.sort();
  let d = 0;
  for (let i = 0; i < count; i++) if (i === 0 || keys[i] !== keys[d - 1]) keys[d++] = keys[i];
  return d === count ? keys : keys.slice(0, d);
}

/** Let go of the remembered shingles and their numbering (align() calls it once its rows are made). */
export function releaseShingles(): void {
  SHINGLE_CACHE.clear();
  WORD_IDS.clear();
  PREFIX_IDS.clear();
}

/** shingleKeys(), remembered per sentence text (callers must not change the array). */
function cachedShingles(text: string): Float64Array {
  let set = SHINGLE_CACHE.get(text);
  if (!set) {
    if (SHINGLE_CACHE.size >= SHINGLE_CACHE_MAX) SHINGLE_CACHE.clear();
    set = shingleKeys(text);
    SHINGLE_CACHE.set(text, set);
  }
  return set;
}

/** The word runs (SHINGLE_WORDS words) of a sentence. */
export function shingles(text: string): Set<string> {
  const words = shingleWords(text);
  const out = new Set<string>();
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i++) out.add(words.slice(i, i + SHINGLE_WORDS).join(' '));
  return out;
}

export function shingleJaccard(a: Set<string>, b: Set<string>): number {
  let inter = 0;
  for (const s of a) if (b.has(s)) inter++;
  const union = a.size + b.size - inter;
  return union === 0 ? 0 : inter / union;
}

/** Distinct keys two sorted key arrays share (a merge walk). */
function sharedKeys(a: Float64Array, b: Float64Array): number {
  let i = 0;
  let j = 0;
  let h = 0;
  while (i < a.length && j < b.length) {
    const x = a[i];
    const y = b[j];
    if (x === y) {
      h++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return h;
}

/**
 * findCopies() of a small row, each sentence against each earlier one: no index is built (most
 * rows with copies have a few members). The same answer as the index: with at most
 * MAX_PER_SHINGLE + 1 sentences, no index list is ever cut short before a later sentence reads it.
 */
function copiesByPairs(sets: readonly Float64Array[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < sets.length; i++) {
    const mine = sets[i];
    let best = -1;
    let bestScore = 0;
    if (mine.length >= MIN_SHINGLES) {
      for (let j = 0; j < i; j++) {
        const other = sets[j];
        if (other.length < MIN_SHINGLES) continue; // never indexed
        const h = sharedKeys(mine, other);
        if (h === 0) continue;
        const score = h / (mine.length + other.length - h);
        if (score >= COPY_JACCARD && score > bestScore) {
          best = j;
          bestScore = score;
        }
      }
    }
    out.push(best);
  }
  return out;
}

/**
 * For sentences in origin order (earliest first), the index of the earlier sentence each one
 * copies, or -1. Uses a shingle index, so a row with many claims is not compared all-pairs.
 */
export function findCopies(sentences: readonly string[]): number[] {
  // the numbering starts over only here, so the sets of one call share one numbering
  if (WORD_IDS.size >= ID_RESET || PREFIX_IDS.size >= ID_RESET) {
    WORD_IDS.clear();
    PREFIX_IDS.clear();
    SHINGLE_CACHE.clear();
  }
  const sets = sentences.map(cachedShingles);
  if (sets.length <= MAX_PER_SHINGLE + 1) return copiesByPairs(sets);
  const index = new Map<number, number[]>();
  const out: number[] = [];
  // shared shingles with each earlier sentence, and which sentences have any (reset per sentence)
  const hits = new Int32Array(sets.length);
  const touched: number[] = [];
  for (let i = 0; i < sets.length; i++) {
    const mine = sets[i];
    let best = -1;
    let bestScore = 0;
    if (mine.length >= MIN_SHINGLES) {
      for (const s of mine) {
        const list = index.get(s);
        if (!list) continue;
        for (const j of list) if (hits[j]++ === 0) touched.push(j);
      }
      for (const j of touched) {
        const h = hits[j];
        hits[j] = 0;
        const score = h / (mine.length + sets[j].length - h);
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
