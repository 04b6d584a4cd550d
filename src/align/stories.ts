/**
 * Story context: claims about one fact come from articles about one story, and articles about
 * one story share names (people, places, organisations). Two numbers whose articles share no
 * name are unlikely to be one fact, however alike their sentences look ("officials said 40
 * ships"), so the article-level overlap of names scales the claim similarity. This keeps facts of
 * different stories from chaining into one row in large corpora.
 */
import type { Article } from '../model.js';

/** Articles with fewer names than this say too little: their claims get a neutral factor. */
const MIN_NAMES = 3;
/** Factor for claims whose articles share no name at all. */
export const NO_STORY_FACTOR = 0.4;
/** Name overlap (idf-weighted Jaccard) at which articles count as one story (factor 1). */
const SAME_STORY_OVERLAP = 0.2;

/** Most slots of the pair cache (a power of two): direct-mapped, so memory stays fixed however many pairs. */
const MAX_CACHE_SLOTS = 1 << 20;
/** Fewest slots (small runs: tests, diffs of a few articles). */
const MIN_CACHE_SLOTS = 1 << 10;

/** An article's names as ascending name ids with their idf weights, and their total weight. */
interface NameVector {
  ids: Int32Array;
  weights: Float64Array;
  mass: number;
}

export class StoryContext {
  /** Source id → its index: pair keys are numbers, not strings built per call. */
  private readonly index = new Map<string, number>();
  private readonly vectors: (NameVector | null)[] = [];
  private readonly keys: Float64Array;
  private readonly values: Float64Array;
  private readonly mask: number;
  /** Scratch of jaccardWith: name id → stamp of the article whose names are marked (`marked`). */
  private marks: Int32Array = new Int32Array(0);
  private stamp = 0;
  private marked = -1;

  /** `names(article)` gives the article's most frequent names (see context.ts). */
  constructor(articles: readonly Article[], names: (article: Article) => readonly string[]) {
    const df = new Map<string, number>();
    const sets = new Map<string, Set<string>>();
    for (const a of articles) {
      const set = new Set(names(a));
      sets.set(a.source.id, set); // a repeated id keeps its last article's names
      for (const w of set) df.set(w, (df.get(w) ?? 0) + 1);
    }
    const n = Math.max(1, articles.length);
    let slots = MIN_CACHE_SLOTS;
    while (slots < MAX_CACHE_SLOTS && slots < n * n) slots *= 2;
    this.keys = new Float64Array(slots).fill(-1);
    this.values = new Float64Array(slots);
    this.mask = slots - 1;
    const ids = new Map<string, number>();
    const idf: number[] = [];
    for (const [w, d] of df) {
      ids.set(w, idf.length);
      idf.push(Math.log(1 + n / d));
    }
    this.marks = new Int32Array(idf.length);
    for (const [id, set] of sets) {
      this.index.set(id, this.vectors.length);
      if (set.size < MIN_NAMES) {
        this.vectors.push(null);
        continue;
      }
      const sorted = Int32Array.from(set, (w) => ids.get(w)!).sort();
      const weights = Float64Array.from(sorted, (k) => idf[k]);
      let mass = 0;
      for (const x of weights) mass += x;
      this.vectors.push({ ids: sorted, weights, mass });
    }
  }

  /** The index of a source id (-1 when unknown): callers comparing many pairs keep it. */
  indexOf(id: string): number {
    return this.index.get(id) ?? -1;
  }

  /** idf-weighted Jaccard of two articles' names; null when either has too few. */
  overlap(a: string, b: string): number | null {
    return this.overlapAt(this.indexOf(a), this.indexOf(b));
  }

  /** overlap() by source indices (indexOf). */
  overlapAt(ia: number, ib: number): number | null {
    if (ia < 0 || ib < 0) return null;
    const va = this.vectors[ia];
    const vb = this.vectors[ib];
    if (!va || !vb) return null;
    const n = this.vectors.length;
    const key = ia < ib ? ia * n + ib : ib * n + ia;
    const slot = (Math.imul(key | 0, 0x9e3779b1) ^ Math.floor(key / 0x1_0000_0000)) & this.mask;
    if (this.keys[slot] === key) return this.values[slot];
    const v = this.jaccardWith(ia, va, vb);
    this.keys[slot] = key;
    this.values[slot] = v;
    return v;
  }

  /**
   * idf-weighted Jaccard of two articles' names (the same value whichever comes first), with the
   * names of article ia marked in a scratch table that stays for the next calls: the comparisons
   * of one claim mostly share its article, and each is then one walk over the other article's
   * names. The shared names are summed in ascending id order.
   */
  private jaccardWith(ia: number, va: NameVector, vb: NameVector): number {
    if (this.marked !== ia) {
      if (++this.stamp >= 0x7fffffff) {
        this.stamp = 1;
        this.marks.fill(0);
      }
      for (let i = 0; i < va.ids.length; i++) this.marks[va.ids[i]] = this.stamp;
      this.marked = ia;
    }
    let inter = 0;
    const marks = this.marks;
    const stamp = this.stamp;
    for (let j = 0; j < vb.ids.length; j++) if (marks[vb.ids[j]] === stamp) inter += vb.weights[j];
    const union = va.mass + vb.mass - inter;
    return union <= 0 ? 0 : inter / union;
  }

  /** factor() by source indices (indexOf). */
  factorAt(ia: number, ib: number): number {
    const o = this.overlapAt(ia, ib);
    if (o === null) return 1;
    return NO_STORY_FACTOR + (1 - NO_STORY_FACTOR) * Math.min(1, o / SAME_STORY_OVERLAP);
  }

  /** Multiplier for the similarity of two claims from these articles (1 = same story or unknown). */
  factor(a: string, b: string): number {
    return this.factorAt(this.indexOf(a), this.indexOf(b));
  }
}
