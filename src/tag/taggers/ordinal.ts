/**
 * Ordinals: a rank with the noun it ranks, value low = high = the rank.
 *   "13th round of trade talks" → 13 'round'      "the first time" → 1 'time'
 *   "the world's second-largest economy" → 2 'economy', modifiers ['largest']
 *   "the third one the administration granted" → 3, unit '' (the pronoun "one" is no unit)
 * Span: ordinal + modifiers + unit noun (no determiner).
 * Not ordinals: dates ("Oct. 9th", "the 9th of October", a bare "the 9th" ≤ 31 with no noun),
 * fiscal periods ("first half", "third-quarter": the date tagger's), fractions ("a third of"),
 * names ("First Amendment", capitalized mid-sentence), and word ordinals without a determiner
 * or possessive before them ("first reported", "First, ...", "at first") unless a ranking verb
 * precedes ("finished second", "ranked 5th", "ranked only 14th", "came a distant second",
 * "finishing first"). "most"/"least" + adjective is a modifier ("the world's second most valuable
 * company" → 2 'company', modifiers ['most valuable']).
 */
import type { Quantity } from '../../model.js';
import { comparative } from '../quantity/fractions.js';
import { isNameWord, sentenceInitial } from '../quantity/guards.js';
import { parseNumeral } from '../quantity/number.js';
import type { Token } from '../quantity/tokens.js';
import { tokenize } from '../quantity/tokens.js';
import { unitAfter } from '../quantity/unit.js';
import { NUMBER_WORDS, ORDINAL_SUFFIXES, ORDINAL_WORDS } from '../vocab/numbers.js';
import { MONTH_WORDS, ORDINAL_DETERMINERS } from '../vocab/units.js';
import type { ClaimDraft, TagContext, Tagger } from '../types.js';

/** Nouns after an ordinal that make it a period of the year, which the date tagger owns. */
const PERIOD_WORDS: ReadonlySet<string> = new Set(['half', 'quarter', 'quarters', 'halves']);
/** Possessive endings ("the world's first", "China’s second"). */
const POSSESSIVE_RE = /['’]s$|s['’]$/;
/** Verbs after which a bare ordinal word is a rank ("finished second", "ranked third"). */
const RANK_VERBS: ReadonlySet<string> = new Set([
  'finished', 'finish', 'finishes', 'finishing', 'came', 'come', 'comes', 'coming', 'placed', 'place',
  'places', 'placing', 'ranked', 'ranks', 'rank', 'ranking', 'rated', 'ended', 'ending', 'slipped',
  'slipping', 'fell', 'falling', 'rose', 'rising', 'climbed', 'climbing', 'moved', 'moving', 'dropped',
  'dropping', 'slid', 'sliding', 'tied', 'sits', 'sat', 'sitting', 'lies', 'lay', 'lying', 'stands',
  'stood', 'remains', 'remained',
]);
/** Words between a ranking verb and its ordinal ("ranked only 14th", "came in second", "rose to third"). */
const RANK_FILLERS: ReadonlySet<string> = new Set(['only', 'just', 'merely', 'a', 'lowly', 'joint', 'equal', 'in', 'as', 'to', 'now', 'still', 'again', 'up', 'down']);
/** An article and a lower-case adjective may stand between the verb and the ordinal ("a distant second"). */
const ARTICLES: ReadonlySet<string> = new Set(['a', 'an']);
const LOWER_WORD_RE = /^[a-z]+$/;
/** Fillers looked back over before the ranking verb. */
const MAX_RANK_FILLERS = 2;
/** Words that make the next adjective a superlative ("the second most valuable company"). */
const MOST_WORDS: ReadonlySet<string> = new Set(['most', 'least']);
/** A plain lower-case adjective after "most" ("valuable", "visited"). */
const ADJECTIVE_RE = /^[a-z]{3,}$/;
/** Digit ordinals up to this without a noun may be days of the month ("on the 9th"). */
const MAX_DAY = 31;
/** Pronouns after an ordinal are not its unit ("the third one"). */
const PRONOUN_UNITS: ReadonlySet<string> = new Set(['one', 'ones']);
/** Words glued after an ordinal by a hyphen that qualify it ("first-ever"). */
const ORDINAL_HYPHEN_SUFFIXES: ReadonlySet<string> = new Set(['ever']);

const isMonth = (t: Token | undefined) => t !== undefined && MONTH_WORDS.has(t.lower);

/** A ranking verb before token i, maybe over a filler or two ("ranked only 14th", "came in second"). */
function rankedBefore(tokens: readonly Token[], i: number): boolean {
  let k = i - 1;
  // "came a distant second", "finished a disappointing fifth"
  if (ARTICLES.has(tokens[k - 1]?.lower ?? '') && LOWER_WORD_RE.test(tokens[k]?.text ?? '')) k -= 2;
  for (let n = 0; n < MAX_RANK_FILLERS && RANK_FILLERS.has(tokens[k]?.lower ?? ''); n++) k--;
  return RANK_VERBS.has(tokens[k]?.lower ?? '');
}

/** "most valuable", "-most-visited", "least populous" at k: [modifier, index after it]. */
function superlativeAt(tokens: readonly Token[], k: number): [string, number] | null {
  const most = tokens[k];
  if (!most || !MOST_WORDS.has(most.lower)) return null;
  let j = k + 1;
  if (tokens[j]?.text === '-' && !tokens[j].gap) j++; // "fifth-most-visited"
  const adj = tokens[j];
  if (!adj || adj.kind !== 'word' || !ADJECTIVE_RE.test(adj.text)) return null;
  return [`${most.lower} ${adj.lower}`, j + 1];
}

/** The ordinal at token i: [value, index after it, spelled]. */
function ordinalAt(tokens: readonly Token[], i: number): [number, number, boolean] | null {
  const t = tokens[i];
  if (t.kind === 'num') {
    const next = tokens[i + 1];
    if (!next || next.gap || !ORDINAL_SUFFIXES.has(next.lower) || /[.,]/.test(t.text)) return null;
    const v = parseNumeral(t.text);
    return v === null ? null : [v, i + 2, false];
  }
  const direct = ORDINAL_WORDS.get(t.lower);
  if (direct !== undefined) return [direct, i + 1, true];
  // "twenty-first"
  const tens = NUMBER_WORDS.get(t.lower);
  if (tens !== undefined && tens >= 20 && tens % 10 === 0 && tokens[i + 1]?.text === '-' && !tokens[i + 1].gap) {
    const unit = ORDINAL_WORDS.get(tokens[i + 2]?.lower ?? '');
    if (unit !== undefined && unit < 10 && !tokens[i + 2].gap) return [tens + unit, i + 3, true];
  }
  return null;
}

function draftAt(tokens: readonly Token[], i: number): [ClaimDraft, number] | null {
  const found = ordinalAt(tokens, i);
  if (!found) return null;
  const [value, after, spelled] = found;
  const prev = tokens[i - 1];
  let prevWord = prev;
  if (prev?.text === '.' && !prev.gap) prevWord = tokens[i - 2];
  // dates: "Oct. 9th", "9th of October", "October 9th"
  if (isMonth(prevWord) || isMonth(tokens[after]) || (tokens[after]?.lower === 'of' && isMonth(tokens[after + 1]))) return null;
  if (prev && !tokens[i].gap && (prev.kind === 'word' || prev.kind === 'num')) return null;
  const next = tokens[after];
  let end = after;
  const modifiers: string[] = [];
  if (next && !next.gap && next.text === '-' && tokens[after + 1] && !tokens[after + 1].gap) {
    const w = tokens[after + 1].lower;
    if (PERIOD_WORDS.has(w)) return null; // "third-quarter"
    const most = superlativeAt(tokens, after + 1);
    if (most) {
      modifiers.push(most[0]); // "second-most valuable", "fifth-most-visited"
      end = most[1];
    } else if (ORDINAL_HYPHEN_SUFFIXES.has(w)) end = after + 2;
    else if (/^[a-z]{2,}est$/.test(w)) {
      modifiers.push(w); // "second-largest"
      end = after + 2;
    } else return null;
  }
  if (PERIOD_WORDS.has(tokens[end]?.lower ?? '')) return null; // "first half"
  const ranked = rankedBefore(tokens, i);
  if (end === after) {
    const most = superlativeAt(tokens, end); // "the world's second most valuable company"
    if (most) {
      modifiers.push(most[0]);
      end = most[1];
    } else if (tokens[end] && /^(?:[a-z]{3,}est|best|worst|least)$/.test(tokens[end].lower) && !SUPERLATIVE_NOT.has(tokens[end].lower)) {
      modifiers.push(tokens[end].lower); // "the 12th lowest", "ranks third biggest"
      end++;
    }
  }
  if (spelled) {
    if (isNameWord(tokens, i)) return null; // "First Amendment"
    const det = prevWord;
    const determined = det !== undefined && (ORDINAL_DETERMINERS.has(det.lower) || ranked || POSSESSIVE_RE.test(det.text));
    if (!determined || sentenceInitial(tokens, i)) return null;
    if ((det.lower === 'a' || det.lower === 'an') && tokens[end]?.lower === 'of') return null; // "a third of"
    if ((det.lower === 'a' || det.lower === 'an') && comparative(tokens, end)) return null; // "a fifth more": a fraction
  }
  let unit = '';
  const u = PRONOUN_UNITS.has(tokens[end]?.lower ?? '') ? null : unitAfter(tokens, end, false);
  // "the 19th Amendment", "42nd Street": a capitalized amendment or street is a numbered name
  // ("the 5th Circuit", "the 101st Airborne" stay ordinals: units and courts are counted in order)
  if (u && /^\p{Lu}\p{Ll}/u.test(tokens[u.end - 1].text) && NAME_HEADS.has(tokens[u.end - 1].lower)) return null;
  if (u) {
    unit = u.unit;
    modifiers.push(...u.modifiers);
    end = u.end;
  } else {
    if (!spelled && value <= MAX_DAY && modifiers.length === 0 && !ranked) return null; // "on the 9th"
    if (spelled && value === 2 && modifiers.length === 0 && !ranked) return null; // "a second" is time
    if (spelled && (prevWord?.lower === 'a' || prevWord?.lower === 'an')) return null; // "fell by a third": a fraction
  }
  const q: Quantity = { low: value, high: value, unit, approx: 'exact' };
  if (modifiers.length > 0) q.modifiers = modifiers;
  return [{ kind: 'ordinal', span: { start: tokens[i].start, end: tokens[end - 1].end }, value: q }, end];
}

/** Heads of numbered names: constitutional amendments and streets ("19th Amendment", "Fifth Avenue"). */
const NAME_HEADS: ReadonlySet<string> = new Set(['amendment', 'street', 'st', 'avenue', 'ave', 'road', 'rd', 'boulevard', 'blvd', 'lane', 'parallel']);
/** Words in -est that are not superlatives ("interest", "protest", "harvest"). */
const SUPERLATIVE_NOT: ReadonlySet<string> = new Set(['interest', 'protest', 'harvest', 'request', 'contest', 'conquest', 'arrest', 'forest', 'honest', 'modest', 'invest', 'digest', 'suggest', 'manifest', 'behest', 'bequest', 'inquest', 'unrest', 'earnest', 'tempest', 'attest', 'detest', 'quest']);

export const ordinalTagger: Tagger = {
  name: 'ordinal',
  kind: 'ordinal',
  extract(ctx: TagContext): ClaimDraft[] {
    const tokens = tokenize(ctx.text);
    const out: ClaimDraft[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const d = draftAt(tokens, i);
      if (!d) continue;
      out.push(d[0]);
      i = d[1] - 1;
    }
    return out;
  },
};
