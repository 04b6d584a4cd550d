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
/**
 * Word → number, for shingle keys: a shingle is kept as its word numbers (two characters
 * each) rather than as its words joined, so a huge table makes short flat strings, not long ones.
 */
const WORD_IDS = new Map<string, number>();
/** Words numbered before the numbering (and the shingle cache made with it) starts over. */
const WORD_IDS_MAX = 1_000_000;

/** The words of a sentence as shingles see them: lowercased, split at anything but letters, digits and apostrophes. */
function shingleWords(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[^\p{L}\p{N}']+/gu, ' ')
    .split(' ')
    .filter(Boolean);
}

/** Shingles of a sentence as keys: one per distinct word run, as shingles() has one per distinct string. */
function shingleKeys(text: string): Set<string> {
  const words = shingleWords(text);
  const ids = new Uint32Array(words.length);
  for (let i = 0; i < words.length; i++) {
    let id = WORD_IDS.get(words[i]);
    if (id === undefined) {
      id = WORD_IDS.size;
      WORD_IDS.set(words[i], id);
    }
    ids[i] = id;
  }
  const out = new Set<string>();
  for (let i = 0; i + SHINGLE_WORDS <= ids.length; i++) {
    let key = '';
    for (let k = i; k < i + SHINGLE_WORDS; k++) key += String.fromCharCode(ids[k] & 0xffff, ids[k] >>> 16);
    out.add(key);
  }
  return out;
}

/** shingleKeys(), remembered per sentence text (callers must not change the set). */
function cachedShingles(text: string): Set<string> {
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

/**
 * For sentences in origin order (earliest first), the index of the earlier sentence each one
 * copies, or -1. Uses a shingle index, so a row with many claims is not compared all-pairs.
 */
export function findCopies(sentences: readonly string[]): number[] {
  // the numbering starts over only here, so the sets of one call share one numbering
  if (WORD_IDS.size >= WORD_IDS_MAX) {
    WORD_IDS.clear();
    SHINGLE_CACHE.clear();
  }
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
