/**
 * What the align stage knows about each claim: its blocking key (kind + unit class), and a bag
 * of weighted words (subject words, sentence content words, names) that says what it is about.
 */
import type { Article, AttributionValue, Claim, DateValue, Quantity, QuoteValue, Source } from '../model.js';
import { contentWords, lemma, type WordToken } from '../tag/refiners/subject.js';
import { normalizeOutlet, type OutletIndex } from './outlets.js';
import { quoteWords } from './quotes.js';
import type { BagVector } from './similarity.js';
import type { Interval } from './compare.js';
import type { StoryContext } from './stories.js';
import { EVENT_CLASS, GENERIC_HUMAN_UNITS, HUMAN_EVENT_UNITS, TIME_UNIT_DAYS, unitClass } from './vocab.js';

/** Subject words and words near the claim say most about the fact. */
const SUBJECT_WEIGHT = 2;
/** Names (capitalized words inside a sentence) identify the actors: a multiplier. */
const NAME_FACTOR = 1.5;
/** Other content words of the sentence: a sentence often holds several facts. */
const SENTENCE_WEIGHT = 0.5;
/** Content words on each side of the claim that count as its local context. */
const LOCAL_WINDOW = 6;
/** Content words on each side searched for the event word of a people count ("killed"). */
const EVENT_WINDOW = 3;
/**
 * Vague amounts ("dozens", "hundreds of homes", "several") are not checkable figures: they are
 * left out of the table (the extract output keeps them). "over a hundred" is a bound and stays.
 */
const VAGUE_RE = /\b(?:dozens|scores|hundreds|thousands|millions|billions|several|many|numerous|countless)\b/i;
/** A year elsewhere in the sentence ("in 2020, a tremor killed four") marks another time. */
const YEAR_RE = /\b(?:1[89]|20)\d\d\b/g;

/**
 * A figure after "from" following a verb of change ("raising the toll from 14", "up from 14",
 * "revised its estimate from $3 million") is the earlier value the sentence replaces: it is not
 * what the source now states, so it stays out of the comparison (the extract output keeps it).
 */
const PRIOR_VALUE_RE = /\b(?:up|down|rais\w*|ris(?:e|es|en|ing)|rose|increas\w*|decreas\w*|grew|grow\w*|climb\w*|jump\w*|fell|fall\w*|drop\w*|revis\w*|lift\w*|lower\w*|push\w*|bump\w*|boost\w*|cut|cutting|trim\w*|updat\w*|chang\w*)\b(?:\s+\S+){0,4}\s+from\s+$/i;
/** Characters before a claim searched for PRIOR_VALUE_RE. */
const PRIOR_LOOKBACK = 60;

/**
 * A dateline ("VELMAR, June 19 (Allied Newswire) -", "HALVIK, Tesmara, May 14 -") dates the
 * filing, not a fact of the story: the date claim it holds is left out of the comparison.
 */
const DATELINE_BEFORE_RE = /^\p{Lu}[\p{Lu} .'’-]*,(?:\s+\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*)*,)?\s+$/u;
const DATELINE_AFTER_RE = /^\s*(?:\([^()]{1,80}\)\s*)?[-–—]/;

const QUANTITY_KINDS: ReadonlySet<string> = new Set(['count', 'money', 'percent', 'duration', 'ordinal']);

export interface Item {
  claim: Claim;
  sourceId: string;
  published?: string;
  sentenceText: string;
  /** kind + unit class: claims in different blocks never share a row. */
  block: string;
  /** Unit class used in labels (quantities), outlet name (attributions). */
  unitLabel: string;
  /** Event of a people count ('death', 'injury', ...): counts of different events never share a row. */
  event?: string;
  /** Context lemmas, in the order first seen (arrays, not Maps: a large table holds millions of items). */
  words: string[];
  /** Role weight (before idf) of each of `words`. */
  weights: number[];
  /** A surface form seen in the text of each of `words`, if any (for labels). */
  surfaces: (string | undefined)[];
  /** valueKey() of the claim: with the sentence and source it orders items (itemOrder). */
  valueKey: string;
  /** The article's source (publisher and URL break ties in itemOrder). */
  source: Source;
  /** Folded quote words (quotes only). */
  quote?: string[];
  /** The quote words joined, with a space on each side (similarity.ts, made on first comparison). */
  quoteJoined?: string;
  /** The distinct quote words and their idf mass for one idf (similarity.ts, made on first comparison). */
  quoteBag?: { idf: Map<string, number>; words: Set<string>; mass: number };
  /** The word bag in compact form for one idf (similarity.ts builds it on first comparison). */
  vector?: BagVector;
  /** The quantity's interval (similarity.ts computes it on first comparison; null = unbounded). */
  interval?: Interval | null;
  /** The story context storyIndex belongs to, and the item's source index in it (similarity.ts). */
  story?: StoryContext;
  storyIndex?: number;
  /** Whether the date is the news-cycle date of its report (similarity.ts, computed once). */
  newsCycle?: boolean;
}

interface SentenceWords {
  tokens: WordToken[];
  /** The words and surfaces of the sentence's last item: a claim of the same sentence with the same ones shares them. */
  words?: string[];
  surfaces?: (string | undefined)[];
}

/** Whether two lists hold the same entries. */
function sameList<T>(a: readonly T[], b: readonly T[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Per-article cache of tokenized sentences (many claims share one sentence). */
export class SentenceCache {
  private readonly cache = new Map<number, SentenceWords>();
  constructor(readonly article: Article) {}
  text(index: number): string {
    return this.article.sentences[index]?.text ?? '';
  }
  /** Words of a sentence without keeping them (sentences with no claim are read once). */
  transient(index: number): readonly WordToken[] {
    return this.cache.get(index)?.tokens ?? contentWords(this.text(index));
  }
  words(index: number): SentenceWords {
    let w = this.cache.get(index);
    if (!w) {
      w = { tokens: contentWords(this.text(index)) };
      this.cache.set(index, w);
    }
    return w;
  }
}

const isCapitalized = (s: string) => /^\p{Lu}/u.test(s);

/** Lemma of a unit: currencies and 'percent' stay as they are. */
function unitLemma(unit: string): string {
  if (/^[A-Z]{3}$/.test(unit)) return unit;
  const u = unit.trim();
  const l = lemma(u);
  // "building", "hearing", "sailing" are nouns, not verb forms ("build", "hear"), unless the verb
  // names a known unit class ("killing" → kill → death)
  return u.endsWith('ing') && !l.endsWith('ing') && unitClass(l) === l ? u : l;
}

/** A comma, semicolon or "and" between a word and the claim: the word likely belongs to another clause. */
const CLAUSE_BREAK_RE = /[,;]|\band\b|\bwhile\b|\bbut\b/;

/**
 * The event class nearest to the claim within EVENT_WINDOW content words, if any. Distance is
 * counted in content words, plus one when a clause break lies between; ties go to the word
 * before ("killing five people and injuring dozens" → death).
 */
function nearestEvent(sentence: string, tokens: readonly WordToken[], first: number, last: number, relStart: number, relEnd: number): string | undefined {
  for (let i = first; i < last; i++) {
    const ev = EVENT_CLASS.get(tokens[i].lemma);
    if (ev) return ev;
  }
  let best: string | undefined;
  let bestDistance = Infinity;
  for (let d = 1; d <= EVENT_WINDOW; d++) {
    const before = tokens[first - d];
    const after = tokens[last - 1 + d];
    if (before) {
      const ev = EVENT_CLASS.get(before.lemma);
      const dist = d + (CLAUSE_BREAK_RE.test(sentence.slice(before.end, relStart)) ? 1 : 0);
      if (ev && dist < bestDistance) [best, bestDistance] = [ev, dist];
    }
    if (after) {
      const ev = EVENT_CLASS.get(after.lemma);
      const dist = d + (CLAUSE_BREAK_RE.test(sentence.slice(relEnd, after.start)) ? 1 : 0);
      if (ev && dist < bestDistance) [best, bestDistance] = [ev, dist];
    }
  }
  return best;
}

/** The blocking key, label unit and event of a claim. */
function blockOf(claim: Claim, event: string | undefined, outlets: OutletIndex): [string, string, string?] {
  const v = claim.value;
  switch (claim.kind) {
    case 'date':
      return ['date', ''];
    case 'quote':
      return ['quote', ''];
    case 'attribution': {
      const a = v as AttributionValue;
      const id = outlets.resolve(a.source);
      return [`attribution:${id ? `@${id}` : `${a.kind === 'anonymous' ? 'anon:' : ''}${normalizeOutlet(a.source)}`}`, a.source];
    }
    case 'duration': {
      const q = v as Quantity;
      const u = unitLemma(q.unit);
      return TIME_UNIT_DAYS.has(u) ? ['duration:time', 'time'] : [`duration:${unitClass(u)}`, unitClass(u)];
    }
    default: {
      const q = v as Quantity;
      const cls = unitClass(unitLemma(q.unit ?? ''));
      // "24 people were killed", "24 dead" and "24 victims" are one block; the event tells them apart
      // a bare number ("injured 112") joins the people counts only when an event word names it
      if ((GENERIC_HUMAN_UNITS.has(cls) && (cls !== '' || event)) || HUMAN_EVENT_UNITS.has(cls)) {
        const ev = HUMAN_EVENT_UNITS.has(cls) ? cls : event;
        return [`${claim.kind}:person`, ev ?? 'person', ev];
      }
      return [`${claim.kind}:${cls}`, cls];
    }
  }
}

/**
 * The key alignment groups by, in the coarse form NDJSON records carry: claims with different
 * keys are never compared, so a distributed run can shuffle on it. Every block of align() lies
 * inside one key (people counts keep one key whatever their event; attributions share one).
 */
export function blockingKey(claim: Claim): string {
  const v = claim.value;
  if (v === null) return `${claim.kind}:none`;
  switch (claim.kind) {
    case 'date':
    case 'quote':
    case 'attribution':
      return claim.kind;
    case 'duration': {
      const u = unitLemma((v as Quantity).unit);
      return TIME_UNIT_DAYS.has(u) ? 'duration:time' : `duration:${unitClass(u)}`;
    }
    default: {
      const cls = unitClass(unitLemma((v as Quantity).unit ?? ''));
      return GENERIC_HUMAN_UNITS.has(cls) || HUMAN_EVENT_UNITS.has(cls) || cls === '' ? `${claim.kind}:person` : `${claim.kind}:${cls}`;
    }
  }
}

/**
 * Scratch of makeItem: the place of each word in the item being built. Words are numbered once
 * (WORD_NUMBERS, bounded) and a word's place is valid only when its stamp is the current item's:
 * no Map is cleared and grown again per item (a cleared Map gets a new table: garbage per claim).
 */
const WORD_NUMBERS = new Map<string, number>();
/** The numbering starts over past this many words (bounded memory on huge corpora). */
const WORD_NUMBERS_MAX = 1 << 20;
/** The one copy (interned in the run's `strings`) of each numbered word. */
const WORD_STRINGS: string[] = [];
let SLOT_STAMP = new Int32Array(1024);
let SLOT_AT = new Int32Array(1024);
let stamp = 0;
/**
 * Scratch of makeItem: the word arrays are built here and copied to exact size, as arrays grown
 * by push keep up to half their length again as spare room (a large table holds millions of them).
 */
const WORDS: string[] = [];
const WEIGHTS: number[] = [];
const SURFACES: (string | undefined)[] = [];
/** The `strings` of the makeItem call under way. */
let STRINGS: Map<string, string> | undefined;

function intern(x: string): string {
  if (!STRINGS) return x;
  const y = STRINGS.get(x);
  if (y !== undefined) return y;
  STRINGS.set(x, x);
  return x;
}

/** Forget the word numbering (align() calls it once its items are made: the numbering is scratch). */
export function releaseWordNumbers(): void {
  WORD_NUMBERS.clear();
  WORD_STRINGS.length = 0;
  STRINGS = undefined;
}

/** Start a new item's word arrays. */
function resetWords(): void {
  WORDS.length = 0;
  WEIGHTS.length = 0;
  SURFACES.length = 0;
  // between items only: a word's place is never lost in the middle of one
  if (WORD_NUMBERS.size >= WORD_NUMBERS_MAX) {
    WORD_NUMBERS.clear();
    WORD_STRINGS.length = 0;
  }
  if (++stamp >= 0x7fffffff || WORD_NUMBERS.size === 0) {
    stamp = 1;
    SLOT_STAMP.fill(0);
  }
}

/** Add a word to the item being built (its highest weight wins; a capitalized surface wins). */
function addWord(l: string, weight: number, text?: string): void {
  if (!l) return;
  let id = WORD_NUMBERS.get(l);
  if (id === undefined) {
    id = WORD_NUMBERS.size;
    WORD_NUMBERS.set(l, id);
    WORD_STRINGS.push(intern(l));
    if (id >= SLOT_STAMP.length) {
      const stamps = new Int32Array(SLOT_STAMP.length * 2);
      stamps.set(SLOT_STAMP);
      const at = new Int32Array(SLOT_AT.length * 2);
      at.set(SLOT_AT);
      SLOT_STAMP = stamps;
      SLOT_AT = at;
    }
  }
  let k: number;
  if (SLOT_STAMP[id] !== stamp) {
    SLOT_STAMP[id] = stamp;
    SLOT_AT[id] = k = WORDS.length;
    WORDS.push(WORD_STRINGS[id]);
    WEIGHTS.push(weight);
    SURFACES.push(undefined);
  } else {
    k = SLOT_AT[id];
    if (WEIGHTS[k] < weight) WEIGHTS[k] = weight;
  }
  if (text && (SURFACES[k] === undefined || isCapitalized(text))) SURFACES[k] = intern(text);
}

/**
 * Build the item of one claim; null when the claim has no comparable value. `strings` (one per
 * align run) keeps one copy of each word: items then share their words' strings.
 */
export function makeItem(claim: Claim, article: Article, cache: SentenceCache, outlets: OutletIndex, strings?: Map<string, string>): Item | null {
  if (claim.value === null) return null;
  if (QUANTITY_KINDS.has(claim.kind) && VAGUE_RE.test(claim.text) && !/\d/.test(claim.text)) return null;
  const sentenceText = cache.text(claim.sentence);
  const sentenceStart = article.sentences[claim.sentence]?.start ?? 0;
  const relStart = claim.span.start - sentenceStart;
  const relEnd = claim.span.end - sentenceStart;
  if (claim.kind === 'date' && DATELINE_BEFORE_RE.test(sentenceText.slice(0, relStart)) && DATELINE_AFTER_RE.test(sentenceText.slice(relEnd))) return null;
  if (QUANTITY_KINDS.has(claim.kind) && PRIOR_VALUE_RE.test(sentenceText.slice(Math.max(0, relStart - PRIOR_LOOKBACK), relStart))) return null;
  // the numbering holds the interned copies of one run's `strings`: a new run starts it over
  if (strings !== STRINGS) {
    releaseWordNumbers();
    STRINGS = strings;
  }
  resetWords();
  const words = WORDS;
  const weights = WEIGHTS;
  const surfaces = SURFACES;
  const add = addWord;
  const sentence = cache.words(claim.sentence);
  const tokens = sentence.tokens;
  let first = tokens.findIndex((t) => t.end > relStart);
  if (first < 0) first = tokens.length;
  let last = first;
  while (last < tokens.length && tokens[last].start < relEnd) last++;
  const skipInside = claim.kind === 'quote';
  for (let i = 0; i < tokens.length; i++) {
    if (skipInside && i >= first && i < last) continue; // the quoted words are compared apart
    const t = tokens[i];
    const local = i >= first - LOCAL_WINDOW && i < last + LOCAL_WINDOW;
    const name = t.start > 0 && isCapitalized(t.text) ? NAME_FACTOR : 1;
    add(unitClass(t.lemma), (local ? SUBJECT_WEIGHT : SENTENCE_WEIGHT) * name, t.text); // "requests" = "applications"
  }
  for (const s of claim.subject) add(unitClass(lemma(s)), SUBJECT_WEIGHT);
  for (const m of sentenceText.matchAll(YEAR_RE)) {
    if (m.index >= relStart && m.index < relEnd) continue;
    add(`year:${m[0]}`, SUBJECT_WEIGHT);
  }
  const q = claim.value as Partial<Quantity>;
  for (const m of q.modifiers ?? []) add(lemma(m), SUBJECT_WEIGHT, m);
  const [block, unitLabel, event] = blockOf(claim, nearestEvent(sentenceText, tokens, first, last, relStart, relEnd), outlets);
  // claims of one sentence mostly have the same words (their weights differ): one copy of the
  // word and surface lists for them (items never change these lists)
  if (!sentence.words || !sameList(sentence.words, words) || !sameList(sentence.surfaces!, surfaces)) {
    sentence.words = words.slice();
    sentence.surfaces = surfaces.slice();
  }
  const item: Item = {
    claim,
    sourceId: article.source.id,
    sentenceText,
    block: intern(block),
    unitLabel: intern(unitLabel),
    words: sentence.words,
    weights: weights.slice(),
    surfaces: sentence.surfaces!,
    valueKey: intern(valueKey(claim)), // one string per value: equal keys compare by identity in itemOrder
    source: article.source,
    // every field present from the start: one object shape keeps the hot comparison code monomorphic
    event: event || undefined,
    published: article.source.published || undefined,
    quote: claim.kind === 'quote' ? quoteWords((claim.value as QuoteValue).text) : undefined,
    quoteJoined: undefined,
    quoteBag: undefined,
    vector: undefined,
    interval: undefined,
    story: undefined,
    storyIndex: undefined,
    newsCycle: undefined,
  };
  return item;
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Content-based order of items: kind, value, sentence, claim text, then the source's date,
 * publisher and URL; never file names or input order. Field by field, so no item keeps a long
 * key string (the same order as comparing the fields joined with NUL characters).
 */
export function itemOrder(a: Item, b: Item): number {
  if (a === b) return 0;
  return (
    cmp(a.claim.kind, b.claim.kind) ||
    cmp(a.valueKey, b.valueKey) ||
    cmp(a.sentenceText, b.sentenceText) ||
    cmp(a.claim.text, b.claim.text) ||
    cmp(a.source.published ?? '', b.source.published ?? '') ||
    cmp(a.source.publisher ?? '', b.source.publisher ?? '') ||
    cmp(a.source.url ?? '', b.source.url ?? '')
  );
}

/** A short canonical string of a value (sorting and ids). */
export function valueKey(claim: Claim): string {
  const v = claim.value;
  if (!v) return '';
  switch (claim.kind) {
    case 'date': {
      const d = v as DateValue;
      return `${d.start}/${d.end}/${d.granularity}`;
    }
    case 'quote':
      return quoteWords((v as QuoteValue).text).join(' ');
    case 'attribution':
      return normalizeOutlet((v as AttributionValue).source);
    default: {
      const x = v as Quantity;
      return `${x.low ?? ''}..${x.high ?? ''} ${x.unit} ${x.approx}`;
    }
  }
}
