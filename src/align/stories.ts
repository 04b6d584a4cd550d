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

export class StoryContext {
  private readonly names = new Map<string, Set<string>>();
  private readonly idf = new Map<string, number>();
  private readonly cache = new Map<string, number>();

  /** `names(article)` gives the article's most frequent names (see context.ts). */
  constructor(articles: readonly Article[], names: (article: Article) => readonly string[]) {
    const df = new Map<string, number>();
    for (const a of articles) {
      const set = new Set(names(a));
      this.names.set(a.source.id, set);
      for (const w of set) df.set(w, (df.get(w) ?? 0) + 1);
    }
    const n = Math.max(1, articles.length);
    for (const [w, d] of df) this.idf.set(w, Math.log(1 + n / d));
  }

  /** idf-weighted Jaccard of two articles' names; null when either has too few. */
  overlap(a: string, b: string): number | null {
    const na = this.names.get(a);
    const nb = this.names.get(b);
    if (!na || !nb || na.size < MIN_NAMES || nb.size < MIN_NAMES) return null;
    const key = a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
    const hit = this.cache.get(key);
    if (hit !== undefined) return hit;
    let inter = 0;
    let union = 0;
    for (const w of na) {
      const f = this.idf.get(w) ?? 1;
      union += f;
      if (nb.has(w)) inter += f;
    }
    for (const w of nb) if (!na.has(w)) union += this.idf.get(w) ?? 1;
    const v = union === 0 ? 0 : inter / union;
    this.cache.set(key, v);
    return v;
  }

  /** Multiplier for the similarity of two claims from these articles (1 = same story or unknown). */
  factor(a: string, b: string): number {
    const o = this.overlap(a, b);
    if (o === null) return 1;
    return NO_STORY_FACTOR + (1 - NO_STORY_FACTOR) * Math.min(1, o / SAME_STORY_OVERLAP);
  }
}
