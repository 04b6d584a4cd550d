/**
 * Quote comparison: the same quote in several outlets agrees; a quote that is a substring of
 * another (after folding quotes, punctuation and case) agrees; the same quote with altered words
 * is "quote drift", shown as a word-level diff.
 */

/** Overlapping fragments of one longer quote agree when they share at least this many words. */
const MIN_FRAGMENT_OVERLAP = 3;
/** Above this many DP cells the word diff falls back to prefix/suffix trimming (linear). */
const MAX_DIFF_CELLS = 250_000;

/** Curly quotes, dashes and punctuation that outlets restyle freely. */
const PUNCT_RE = /[\p{P}\p{S}]+/gu;
const SPACE_RE = /\s+/u;

/** Folded words of recent quotes: a quote is compared with many candidates. */
const WORDS_CACHE = new Map<string, string[]>();
/** Entries kept before the cache starts over (bounds memory on huge tables). */
const WORDS_CACHE_MAX = 50_000;

/** Words of a quote, folded for comparison ("Status-quo," → "status", "quo"). */
export function quoteWords(text: string): string[] {
  let words = WORDS_CACHE.get(text);
  if (!words) {
    if (WORDS_CACHE.size >= WORDS_CACHE_MAX) WORDS_CACHE.clear();
    words = foldWords(text);
    WORDS_CACHE.set(text, words);
  }
  return words;
}

function foldWords(text: string): string[] {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/'(?=\p{L})/gu, '') // don't → dont, so apostrophe style never splits a word
    .replace(PUNCT_RE, ' ')
    .split(SPACE_RE)
    .filter(Boolean);
}

export type QuoteRelation = 'same' | 'contains' | 'contained' | 'overlap' | 'different';

/** How quote a relates to quote b (as word sequences). */
export function quoteRelation(a: string, b: string): QuoteRelation {
  const wa = quoteWords(a);
  const wb = quoteWords(b);
  return quoteWordsRelation(wa, wb, ` ${wa.join(' ')} `, ` ${wb.join(' ')} `);
}

/**
 * quoteRelation() of two quotes given as their words (quoteWords) and those words joined with
 * spaces, with a space on each side: callers comparing a quote many times keep the joined form.
 */
export function quoteWordsRelation(wa: readonly string[], wb: readonly string[], ja: string, jb: string): QuoteRelation {
  if (ja === jb) return 'same';
  if (ja.includes(jb)) return 'contains';
  if (jb.includes(ja)) return 'contained';
  if (suffixPrefixOverlap(wa, wb) >= MIN_FRAGMENT_OVERLAP || suffixPrefixOverlap(wb, wa) >= MIN_FRAGMENT_OVERLAP) {
    return 'overlap';
  }
  return 'different';
}

/** Longest k such that the last k words of a equal the first k words of b. */
function suffixPrefixOverlap(a: readonly string[], b: readonly string[]): number {
  const max = Math.min(a.length, b.length);
  for (let k = max; k > 0; k--) {
    let ok = true;
    for (let i = 0; i < k && ok; i++) ok = a[a.length - k + i] === b[i];
    if (ok) return k;
  }
  return 0;
}

export interface WordDiffOp {
  op: 'equal' | 'delete' | 'insert';
  /** The words as written in a (equal, delete) or b (insert), joined by single spaces. */
  text: string;
}

/** Word-level diff of two quotes (longest common subsequence over folded words). */
export function wordDiff(a: string, b: string): WordDiffOp[] {
  const ta = a.split(SPACE_RE).filter(Boolean);
  const tb = b.split(SPACE_RE).filter(Boolean);
  const ka = ta.map((w) => quoteWords(w).join(' '));
  const kb = tb.map((w) => quoteWords(w).join(' '));
  const ops: { op: WordDiffOp['op']; word: string }[] = [];
  // common prefix and suffix first: cheap, and most drift is a word or two in the middle
  let p = 0;
  while (p < ka.length && p < kb.length && ka[p] === kb[p]) p++;
  let s = 0;
  while (s < ka.length - p && s < kb.length - p && ka[ka.length - 1 - s] === kb[kb.length - 1 - s]) s++;
  for (let i = 0; i < p; i++) ops.push({ op: 'equal', word: ta[i] });
  const ma = ka.slice(p, ka.length - s);
  const mb = kb.slice(p, kb.length - s);
  const oa = ta.slice(p, ta.length - s);
  const ob = tb.slice(p, tb.length - s);
  if (ma.length * mb.length > MAX_DIFF_CELLS) {
    for (const w of oa) ops.push({ op: 'delete', word: w });
    for (const w of ob) ops.push({ op: 'insert', word: w });
  } else {
    ops.push(...lcsOps(ma, mb, oa, ob));
  }
  for (let i = ta.length - s; i < ta.length; i++) ops.push({ op: 'equal', word: ta[i] });
  const out: WordDiffOp[] = [];
  for (const o of ops) {
    const last = out[out.length - 1];
    if (last && last.op === o.op) last.text += ` ${o.word}`;
    else out.push({ op: o.op, text: o.word });
  }
  return out;
}

function lcsOps(ka: string[], kb: string[], ta: string[], tb: string[]): { op: WordDiffOp['op']; word: string }[] {
  const n = ka.length;
  const m = kb.length;
  const w = m + 1;
  const dp = new Uint32Array((n + 1) * w);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      dp[i * w + j] = ka[i] === kb[j] ? dp[(i + 1) * w + j + 1] + 1 : Math.max(dp[(i + 1) * w + j], dp[i * w + j + 1]);
    }
  }
  const ops: { op: WordDiffOp['op']; word: string }[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (ka[i] === kb[j]) {
      ops.push({ op: 'equal', word: ta[i] });
      i++;
      j++;
    } else if (dp[(i + 1) * w + j] >= dp[i * w + j + 1]) {
      ops.push({ op: 'delete', word: ta[i++] });
    } else {
      ops.push({ op: 'insert', word: tb[j++] });
    }
  }
  while (i < n) ops.push({ op: 'delete', word: ta[i++] });
  while (j < m) ops.push({ op: 'insert', word: tb[j++] });
  return ops;
}

/**
 * Whether a set of quotes agrees: every quote relates to the longest one as same, substring or
 * overlapping fragment. Returns the index of the representative (longest) quote as well.
 */
export function quotesConsistent(texts: readonly string[]): { consistent: boolean; representative: number } {
  let rep = 0;
  const lens = texts.map((t) => quoteWords(t).length);
  for (let i = 1; i < texts.length; i++) {
    if (lens[i] > lens[rep] || (lens[i] === lens[rep] && quoteWords(texts[i]).join(' ') < quoteWords(texts[rep]).join(' '))) rep = i;
  }
  const consistent = texts.every((t, i) => i === rep || quoteRelation(texts[rep], t) !== 'different');
  return { consistent, representative: rep };
}

/** Words that describe a speaker's role rather than name them ("a spokesman for the ..."). */
const SPEAKER_FILLER: ReadonlySet<string> = new Set(['the', 'a', 'an', 'of', 'for', 'from', 'at', 'spokesman', 'spokeswoman', 'spokesperson', 'official', 'officials', 'mr', 'mrs', 'ms', 'dr']);

/** Name words of a speaker, folded ("a spokesman for the Commerce Department" → commerce, department). */
export function speakerWords(speaker: string | null | undefined): Set<string> {
  return new Set(quoteWords(speaker ?? '').filter((w) => w.length > 1 && !SPEAKER_FILLER.has(w)));
}

/** True when both speakers are known and share no name word: the quote is given to different people. */
export function speakersDiffer(a: string | null | undefined, b: string | null | undefined): boolean {
  const wa = speakerWords(a);
  const wb = speakerWords(b);
  if (wa.size === 0 || wb.size === 0) return false;
  for (const w of wa) if (wb.has(w)) return false;
  return true;
}
