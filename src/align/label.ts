/**
 * Row labels and ids. Labels are short human descriptions built from the claim's own clause
 * ("count · application: Commerce Department has received … from companies", "date: placed Huawei
 * on entity list"); ids hash the row's content (kind, sentences, claim texts), so they do not
 * change with input order or file names.
 */
import { hash } from 'node:crypto';
import type { AttributionValue, ClaimKind, QuoteValue } from '../model.js';
import { itemOrder, type Item } from './features.js';
import { contentWords, lemma, type WordToken } from '../tag/refiners/subject.js';
import { unitClass } from './vocab.js';

/** Words of the claim's clause shown in a label. */
const LABEL_WORDS = 6;
/** A clause with fewer content words than this borrows the words of the clauses beside it. */
const MIN_CLAUSE_WORDS = 2;
/** Connecting words kept between two label words ("entity list", "placed Huawei on the list"). */
const JOINER_RE =
  /^\s*(?:(?:of|on|in|into|onto|to|for|from|with|at|by|near|over|under|across|against|between|during|since|after|before|and|or|the|a|an|its|their|his|her|this|these|those|will|would|has|have|had|is|are|was|were|be|been|can|could|may|might|should|must|not)\s+){0,2}$/i;
/** A capitalized word, and the capitalized words that carry a name on ("States" after "United"). */
const NAME_START_RE = /^\p{Lu}/u;
const NAME_MORE_RE = /^(?:\s+\p{Lu}[\p{L}’'.-]*){1,2}(?=[\s,.;:]|$)/u;
/** A clause break that opens a relative clause ("which", "who"). */
const RELATIVE_RE = /^\s(?:which|who|whom)\s$/i;
/**
 * Where a clause ends: a comma or semicolon before a space, a colon, a dash, a bracket, a quotation
 * mark, a word that opens a new clause ("which", "while", "that"), or "and to" ("raise tariffs
 * this month and to impose another slew").
 */
const CLAUSE_BREAK_RE = /[,;:](?=\s)|\s[—–-]\s|[—()\[\]“”"]|\s(?:and|but|or)\s+(?=to\s)|\s(?:but|while|whereas|although|though|because|unless|which|who|whom|if|that)\s/gi;
/** Items of a row whose clauses are weighed for its label, at most. */
const MAX_LABEL_CANDIDATES = 16;
/** Quoted words shown in a quote label. */
const QUOTE_LABEL_WORDS = 6;
/** Hex digits of a row id: 48 bits, collisions only matter within one table. */
const ID_HEX = 12;

/** A short content hash (SHA-1, native and fast on the long strings a row's content makes; one-shot: no Hash object per row). */
export function hashHex(text: string): string {
  return hash('sha1', text, 'hex').slice(0, ID_HEX);
}

/** Whitespace that collapse() changes: a run, a character other than a plain space, or at either end. */
const UNCOLLAPSED_RE = /\s\s|[^\S ]|^\s|\s$/;
/** Whitespace runs as one space, trimmed, lowercased (most sentences need only the lowercasing: no copies made for the rest). */
const collapse = (s: string) => (UNCOLLAPSED_RE.test(s) ? s.replace(/\s+/g, ' ').trim() : s).toLowerCase();

/** Content fingerprint of a row: the same claims give the same id whatever the files are called. */
export function rowFingerprint(kind: ClaimKind, items: readonly Item[]): string {
  const parts = items.map((it) => `${collapse(it.sentenceText)}|${it.claim.text}|${it.published ?? ''}`).sort();
  return `${kind}\n${parts.join('\n')}`;
}

/** Content words of recent sentences: a sentence often holds several claims, and copies repeat it. */
const WORDS_CACHE = new Map<string, WordToken[]>();
/** The cache starts over past this many sentences (bounded memory on large tables). */
const WORDS_CACHE_MAX = 4096;

function sentenceWords(text: string): WordToken[] {
  let words = WORDS_CACHE.get(text);
  if (!words) {
    if (WORDS_CACHE.size >= WORDS_CACHE_MAX) WORDS_CACHE.clear();
    words = contentWords(text);
    WORDS_CACHE.set(text, words);
  }
  return words;
}

/** Where the claim sits in its sentence (its first occurrence: the item keeps no offsets). */
function claimSpan(it: Item): [number, number] {
  const at = it.sentenceText.indexOf(it.claim.text);
  return at < 0 ? [0, 0] : [at, at + it.claim.text.length];
}

/**
 * The clauses of a sentence as [start, end) pieces between clause breaks, and the index of the
 * one holding the claim (the first piece that reaches past its start).
 */
function clauses(text: string, start: number): { pieces: [number, number][]; at: number; relative: boolean[] } {
  const pieces: [number, number][] = [];
  const relative: boolean[] = [];
  let from = 0;
  let opensRelative = false;
  for (const m of text.matchAll(CLAUSE_BREAK_RE)) {
    pieces.push([from, m.index]);
    relative.push(opensRelative);
    opensRelative = RELATIVE_RE.test(m[0]);
    from = m.index + m[0].length;
  }
  pieces.push([from, text.length]);
  relative.push(opensRelative);
  let at = pieces.findIndex(([, e]) => e > start);
  if (at < 0) at = pieces.length - 1;
  return { pieces, at, relative };
}

/**
 * Label words of one item: the content words of the claim's clause nearest the claim (the
 * sentence's when the clause says too little), in sentence order, without the claim's own words
 * and the words in `exclude`.
 */
function clauseWords(it: Item, exclude: ReadonlySet<string>): WordToken[] {
  const text = it.sentenceText;
  const [start, end] = claimSpan(it);
  const usable = (t: WordToken) => (t.end <= start || t.start >= end) && !exclude.has(t.lemma) && !exclude.has(unitClass(t.lemma));
  const all = sentenceWords(text).filter(usable);
  // the claim's clause; one that says too little takes in the clause before it, then the one after, …
  const { pieces, at, relative } = clauses(text, start);
  // the pieces taken (distinct), in the order taken
  const taken: number[] = [];
  const take = (k: number) => {
    if (!taken.includes(k)) taken.push(k);
  };
  let first = at;
  let last = at;
  for (take(at); last < pieces.length - 1 && pieces[last][1] < end; ) take(++last); // a claim spanning a break
  const within = (t: WordToken) => {
    for (const k of taken) if (t.start >= pieces[k][0] && t.end <= pieces[k][1]) return true;
    return false;
  };
  const inside = () => all.filter(within);
  let pool = inside();
  for (let left = true; pool.length < MIN_CLAUSE_WORDS && (first > 0 || last < pieces.length - 1); left = !left) {
    if ((left && first > 0) || last === pieces.length - 1) {
      first--;
      // past a relative clause to what it describes ("The bridge, which links …, carries 38,000 vehicles")
      while (first > 0 && (relative[first] || pieces[first][1] - pieces[first][0] < 2)) first--;
      take(first);
    } else take(++last);
    pool = inside();
  }
  // nearest first, counted in words; words after the claim count double (the subject and verb
  // precede a figure or a date, and what follows it is often another statement)
  const after = pool.findIndex((t) => t.start >= end);
  const split = after < 0 ? pool.length : after;
  // the LABEL_WORDS nearest, walking out from the split (ties: the earlier word), then in sentence order
  const keep = new Uint8Array(pool.length);
  let left = split - 1;
  let right = split;
  for (let picked = 0; picked < LABEL_WORDS && (left >= 0 || right < pool.length); picked++) {
    const dLeft = left >= 0 ? split - 1 - left : Infinity;
    const dRight = right < pool.length ? 2 * (right - split) + 1 : Infinity;
    if (dLeft <= dRight) keep[left--] = 1;
    else keep[right++] = 1;
  }
  const chosen: WordToken[] = [];
  for (let i = 0; i < pool.length; i++) if (keep[i]) chosen.push(pool[i]);
  // a compound is not cut at the end of the budget ("on the entity list", not "on the entity"); an adverb may be
  const tail = chosen[chosen.length - 1];
  const next = tail && pool[pool.indexOf(tail) + 1];
  if (next && !chosen.includes(next) && !/ly$/i.test(next.text) && /^\s+$/.test(text.slice(tail.end, next.start))) chosen.push(next);
  return chosen;
}

/**
 * The chosen words as the sentence writes them, with short connecting words kept ("on its entity
 * list") and "…" where the claim sits between them ("Commerce Department has received … from
 * companies").
 */
function clausePhrase(text: string, words: readonly WordToken[], claim: readonly [number, number]): string {
  let out = '';
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (i > 0) {
      const join = (gap: string) => (JOINER_RE.test(`${gap} `) ? gap.replace(/\s+/g, ' ').trimEnd() + ' ' : ' ');
      if (words[i - 1].end <= claim[0] && w.start >= claim[1]) {
        out += `${join(text.slice(words[i - 1].end, claim[0])).trimEnd()} … ${join(text.slice(claim[1], w.start)).trimStart()}`;
      } else out += join(text.slice(words[i - 1].end, w.start));
    }
    out += w.text;
    // a name goes on with capitalized words that are no content words ("United States")
    if (!NAME_START_RE.test(w.text)) continue;
    const limit = Math.min(words[i + 1]?.start ?? text.length, w.end < claim[1] && claim[0] >= w.end ? claim[0] : text.length);
    const more = NAME_MORE_RE.exec(text.slice(w.end, limit));
    if (more) out += more[0].replace(/\s+/g, ' ');
  }
  return out.trim();
}

/**
 * The item whose label words the other items share most (the clause that best speaks for the
 * row), ties broken by content order: never by input order.
 */
function representative(items: readonly Item[], exclude: ReadonlySet<string>): { item: Item; words: WordToken[] } {
  // a large row is judged on its first items in content order (the label needs one good clause, not all)
  const pool = items.length <= MAX_LABEL_CANDIDATES ? items : [...items].sort(itemOrder).slice(0, MAX_LABEL_CANDIDATES);
  // how many items have each word (an item's own words count once: the score is what the others share)
  const having = new Map<string, number>();
  for (const it of pool) for (const w of it.words) having.set(w, (having.get(w) ?? 0) + 1);
  let best: { item: Item; words: WordToken[]; score: number } | undefined;
  for (const it of pool) {
    const words = clauseWords(it, exclude);
    const own = new Set(it.words);
    let score = 0;
    for (const w of new Set(words.map((x) => unitClass(x.lemma)))) score += Math.max(0, (having.get(w) ?? 0) - (own.has(w) ? 1 : 0));
    if (!best || score > best.score || (score === best.score && itemOrder(it, best.item) < 0)) best = { item: it, words, score };
  }
  return best!;
}

function firstWords(text: string, n: number): string {
  const words = text.split(/\s+/).filter(Boolean);
  return words.slice(0, n).join(' ') + (words.length > n ? '…' : '');
}

/** A short human description of a row. */
export function rowLabel(kind: ClaimKind, items: readonly Item[], idf: Map<string, number>): string {
  const rep = items[0];
  if (kind === 'quote') {
    const speakers = items.map((it) => (it.claim.value as QuoteValue).speaker).filter((s): s is string => !!s);
    const speaker = speakers.sort((a, b) => b.length - a.length || (a < b ? -1 : 1))[0];
    let longest = rep;
    for (const it of items) if ((it.quote?.length ?? 0) > (longest.quote?.length ?? 0)) longest = it;
    const text = firstWords((longest.claim.value as QuoteValue).text, QUOTE_LABEL_WORDS);
    return `quote · ${speaker ? `${speaker}: ` : ''}“${text}”`;
  }
  if (kind === 'attribution') {
    const names = items.map((it) => (it.claim.value as AttributionValue).source).sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
    return `attribution · ${names[0]}`;
  }
  const unit = (items.find((it) => it.event) ?? rep).unitLabel; // "death" rather than "person"
  const exclude = new Set([unit, unitClass(unit), lemma(unit)]); // "hearing" also hides "hear"
  const chosen = items.length === 1 ? { item: rep, words: clauseWords(rep, exclude) } : representative(items, exclude);
  const phrase = clausePhrase(chosen.item.sentenceText, chosen.words, claimSpan(chosen.item));
  const head = unit && unit !== 'time' && unit !== kind ? `${kind} · ${unit}` : kind; // not "percent · percent"
  return phrase ? `${head}: ${phrase}` : head;
}
