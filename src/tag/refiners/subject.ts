/**
 * subjectWords: fill `claim.subject` with the normalized content words that say what a claim is
 * about — lowercased lemmas of the nouns, verbs and names near the claim, stopwords removed.
 *
 * No part-of-speech tagger (compromise costs ~0.5 s to import and this runs per article): a
 * stopword list removes function words, reporting verbs and number words, and a small suffix
 * lemmatizer with an irregular-form table folds inflections ("applications" → "application",
 * "killed" → "kill"). The align stage reuses `lemma` and `contentWords` so both sides agree.
 */
import type { Claim, Quantity } from '../../model.js';
import type { Refiner, TagContext } from '../types.js';

/** Words kept on each side of the claim: a clause is rarely longer than this. */
const WINDOW_WORDS = 6;
/** Cap on subject length, so a long sentence does not drown the nearby words. */
const MAX_SUBJECT_WORDS = 12;
/** Shorter tokens are mostly initials and fragments ("s" of "U.S."), not content. */
const MIN_WORD_LENGTH = 2;

/** A word: letters with inner apostrophes, periods (U.S.) or hyphens. */
const WORD_RE = /[\p{L}\p{N}]+(?:['’.\-][\p{L}\p{N}]+)*/gu;
/** Tokens that are numbers (with separators) carry no subject. */
const NUMERIC_RE = /^[\d.,]+(?:st|nd|rd|th|s)?$/;

/** Function words, reporting verbs, number and time words: never a subject on their own. */
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    'a about above after again against ago all almost along also although am among an and another any are ' +
    'around as at be because been before being below between both but by can could did do does doing done ' +
    'down during each either else even ever every few for from further had has have having he her here hers ' +
    'herself him himself his how however i if in into is it its itself just least less like many may me might ' +
    'more most much must my myself near neither no nor not now of off on once one only or other our ours out ' +
    'over own per perhaps quite rather same shall she should since so some such than that the their theirs ' +
    'them themselves then there these they this those though through thus to too toward towards under until ' +
    'up upon us very via was we were what when where whether which while who whom whose why will with within ' +
    'without would yet you your yours yourself ' +
    // reporting verbs and hedges: they say who speaks, not what the fact is
    'say said says saying tell told tells report reported reports reporting according accord cite cited citing ' +
    'add added adds note noted claim claimed state stated reportedly allegedly ' +
    // number and quantity words: the value is compared separately
    'zero two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen ' +
    'eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds thousand thousands ' +
    'million millions billion billions trillion dozen dozens half first second third fourth fifth several ' +
    'percent per cent approximately roughly nearly about some least most than ' +
    // time words: dates are compared separately
    'today yesterday tomorrow week weeks month months year years day days monday tuesday wednesday thursday ' +
    'friday saturday sunday january february march april june july august september october november december ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec earlier later last next this morning afternoon evening night ' +
    // frequent adverbs and vague words
    'new get got make made take took well still already soon also really s mr mrs ms dr'
  ).split(' '),
);

/** Irregular forms and common past tenses that suffix rules get wrong. */
const IRREGULAR: Readonly<Record<string, string>> = {
  people: 'person',
  men: 'man',
  women: 'woman',
  children: 'child',
  died: 'die',
  dies: 'die',
  dying: 'die',
  lives: 'life',
  wounded: 'wound',
  gave: 'give',
  given: 'give',
  went: 'go',
  gone: 'go',
  took: 'take',
  taken: 'take',
  began: 'begin',
  begun: 'begin',
  sold: 'sell',
  bought: 'buy',
  paid: 'pay',
  spent: 'spend',
  lost: 'lose',
  won: 'win',
  held: 'hold',
  led: 'lead',
  met: 'meet',
  left: 'leave',
  found: 'find',
  built: 'build',
  brought: 'bring',
  fell: 'fall',
  fallen: 'fall',
  rose: 'rise',
  risen: 'rise',
  grew: 'grow',
  grown: 'grow',
  hit: 'hit',
  news: 'news',
  data: 'data',
  series: 'series',
  species: 'species',
  licences: 'licence',
  analyses: 'analysis',
  crises: 'crisis',
};

/** Endings where a final "s" is not a plural ("status", "business", "analysis", "Huawei's" handled apart). */
const KEEP_S_RE = /(?:ss|us|is|ics|ous|ys)$/;

/** Memo of lemma() results: news vocabulary repeats, and the suffix rules run several regexes. */
const LEMMA_CACHE = new Map<string, string>();
/** The memo is cleared past this size, so memory stays bounded on huge corpora. */
const LEMMA_CACHE_MAX = 200_000;

/**
 * A light lemmatizer: lowercase, drop possessives, fold plurals and -ed/-ing forms. It is not a
 * dictionary lemmatizer; what matters is that the same word in two articles maps to one form.
 */
export function lemma(word: string): string {
  const hit = LEMMA_CACHE.get(word);
  if (hit !== undefined) return hit;
  const l = computeLemma(word);
  if (LEMMA_CACHE.size >= LEMMA_CACHE_MAX) LEMMA_CACHE.clear();
  LEMMA_CACHE.set(word, l);
  return l;
}

function computeLemma(word: string): string {
  let w = word.toLowerCase().replace(/[’']s$/, '').replace(/[’']/g, '');
  if (w.includes('.')) w = w.replace(/\./g, ''); // U.S. → us
  const irregular = IRREGULAR[w];
  if (irregular) return irregular;
  if (w.length <= 3) return w;
  if (w.endsWith('ies') && w.length > 4) return `${w.slice(0, -3)}y`;
  if (/(?:ches|shes|sses|xes|zes)$/.test(w)) return w.slice(0, -2);
  if (w.endsWith('s') && !KEEP_S_RE.test(w)) return w.slice(0, -1);
  if (w.endsWith('ied') && w.length > 4) return `${w.slice(0, -3)}y`;
  if (w.endsWith('ed') && w.length > 4) return stripVerbEnding(w, 2);
  if (w.endsWith('ing') && w.length > 5) return stripVerbEnding(w, 3);
  return w;
}

/** "killed" → "kill", "stopped" → "stop", "licensed" → "license", "issuing" → "issue". */
function stripVerbEnding(w: string, n: number): string {
  const stem = w.slice(0, -n);
  if (/([b-df-hj-np-tv-z])\1$/.test(stem) && !/(?:ll|ss|ff|zz)$/.test(stem)) return stem.slice(0, -1);
  // consonant + vowel + consonant endings that drop an "e" (licens-ed, issu-ing, grant-ed keeps)
  if (/(?:[^aeiou][aeiou][cgsz]|[^aeiou]u|[cgv]|[nlr]s|[^aeiou]at|iz|is|ur)$/.test(stem)) return `${stem}e`;
  return stem;
}

export interface WordToken {
  /** The word as written. */
  text: string;
  /** Its lemma (lowercase). */
  lemma: string;
  start: number;
  end: number;
}

/** Content-word tokens of a text (offsets relative to `text`), stopwords and numbers removed. */
export function contentWords(text: string): WordToken[] {
  const out: WordToken[] = [];
  // exec on one shared regex, not matchAll: no regex copy and iterator result per word (this runs
  // for every sentence that holds a claim, several times in a large `table`)
  const re = WORD_RE;
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const raw = m[0];
    if (NUMERIC_RE.test(raw)) continue;
    const l = lemma(raw);
    if (l.length < MIN_WORD_LENGTH || STOPWORDS.has(l) || STOPWORDS.has(raw.toLowerCase())) continue;
    out.push({ text: raw, lemma: l, start: m.index, end: m.index + raw.length });
  }
  re.lastIndex = 0;
  return out;
}

/** Subject words of one claim: content words within WINDOW_WORDS of it in its sentence. */
export function subjectOf(claim: Claim, ctx: TagContext): string[] {
  const sentence = ctx.sentences[claim.sentence];
  if (!sentence) return [];
  const words = contentWords(sentence.text);
  const start = claim.span.start - sentence.start;
  const end = claim.span.end - sentence.start;
  const inside = claim.kind === 'quote' || claim.kind === 'attribution';
  let first = words.findIndex((w) => w.end > start);
  if (first < 0) first = words.length;
  let last = first;
  while (last < words.length && words[last].start < end) last++;
  const picked: string[] = [];
  const value = claim.value as Partial<Quantity> | null;
  if (value && typeof value.unit === 'string' && /^[a-z]/.test(value.unit) && value.unit !== 'percent') {
    picked.push(lemma(value.unit));
  }
  for (const m of value?.modifiers ?? []) picked.push(lemma(m));
  // quotes and attributions: the words around them, not the quoted words themselves
  const core = inside ? [] : words.slice(first, last);
  const before = words.slice(Math.max(0, first - WINDOW_WORDS), first).reverse();
  const after = words.slice(last, last + WINDOW_WORDS);
  for (const w of core) picked.push(w.lemma);
  for (let i = 0; i < WINDOW_WORDS; i++) {
    if (before[i]) picked.push(before[i].lemma);
    if (after[i]) picked.push(after[i].lemma);
  }
  const seen = new Set<string>();
  const out: string[] = [];
  for (const p of picked) {
    if (!p || STOPWORDS.has(p) || seen.has(p)) continue;
    seen.add(p);
    out.push(p);
    if (out.length >= MAX_SUBJECT_WORDS) break;
  }
  return out;
}

/** Fills `subject` for claims that have none (a tagger may already have set a better one). */
export const subjectWords: Refiner = {
  name: 'subject-words',
  refine(claims, ctx) {
    return claims.map((c) => (c.subject.length > 0 ? c : { ...c, subject: subjectOf(c, ctx) }));
  },
};
