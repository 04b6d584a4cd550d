/**
 * Unit nouns: the noun a number counts ("28 Chinese entities" → 'entity', modifiers
 * ['chinese']), found with a short window and a small lemmatizer (an irregular-plural table
 * plus suffix rules) instead of a tagger, so it costs next to nothing per article.
 */
import {
  IRREGULAR_PLURALS, MODIFIER_STOP_EXCEPTIONS, MONTH_WORDS, NOT_PLURAL, NOT_SUPERLATIVE,
  OUTCOME_WORDS, S_VERBS, SINGULAR_MEASURES, STOP_WORDS, UNIT_ABBREVIATIONS, UNMARKED_PLURALS,
} from '../vocab/units.js';
import { NUMBER_WORDS, ORDINAL_WORDS } from '../vocab/numbers.js';
import type { Token } from './tokens.js';

/** Words looked at after the number: modifiers plus the head ("two temporary US reprieves"). */
const MAX_WINDOW = 4;
/** Endings of singular words that look plural ("status", "analysis", "various", "class"). */
const SINGULAR_S_RE = /(?:ss|us|is|ous|['’]s)$/;
/** Compounds of "men" are plurals ("fishermen", "chairmen")... */
const MEN_PLURAL_RE = /[a-z]{2,}men$/;
/** ...except these singulars. */
const MEN_SINGULARS: ReadonlySet<string> = new Set(['specimen', 'abdomen', 'regimen', 'stamen', 'acumen', 'hymen', 'semen', 'ramen']);
/** Superlatives qualify a unit but are not one ("the second-largest economy"). */
const SUPERLATIVE_RE = /^[a-z]{2,}est$/;
/** A unit word is letters, maybe hyphenated ("telecom-equipment"); no digits. */
const UNIT_WORD_RE = /^\p{L}[\p{L}'’.-]*$/u;
/** A possessive ends the phrase before it ("the 21st century's first"). */
const POSSESSIVE_RE = /['’]s?$/;
/** Plural endings of nouns, not verbs ("closures", "elections", "payments", "visitors"). */
const NOUN_PLURAL_RE = /(?:tions|sions|ments|ures|ances|ences|ities|ists|ships|ings|als|ees|ages|ors)$/;
/** Words that start an object, so the -s word before them is a verb ("reveals a ring"). */
const OBJECT_STARTS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'that', 'this', 'its', 'his', 'her', 'their', 'our', 'how', 'what', 'why', 'no']);
/** Past tenses and participles ("moved", "reported"). */
const PAST_RE = /[a-z]ed$/;
/** Adverbs end a unit phrase ("28 initially", "5 respectively"). */
const ADVERB_RE = /ly$/;
/** Nouns and adjectives that end in -ly, so the adverb rule leaves them alone. */
const LY_NOUNS: ReadonlySet<string> = new Set([
  'family', 'ally', 'supply', 'rally', 'assembly', 'anomaly', 'monopoly', 'reply', 'belly', 'fly',
  'butterfly', 'italy', 'lily', 'bully', 'jelly', 'dolly', 'tally', 'panoply', 'quarterly',
  'weekly', 'monthly', 'daily', 'yearly', 'hourly', 'nightly', 'early', 'elderly', 'deadly',
  'costly', 'friendly', 'lonely', 'orderly', 'unlikely', 'likely', 'kindly', 'holy', 'ugly',
]);

export function isSuperlative(w: string): boolean {
  return SUPERLATIVE_RE.test(w) && !NOT_SUPERLATIVE.has(w);
}

export function isPlural(w: string): boolean {
  const hyphen = w.lastIndexOf('-');
  if (hyphen > 0) return isPlural(w.slice(hyphen + 1)); // "pound-feet", "joint-ventures"
  if (IRREGULAR_PLURALS.has(w) || UNMARKED_PLURALS.has(w)) return true;
  if (NOT_PLURAL.has(w) || SINGULAR_S_RE.test(w)) return false;
  if (MEN_PLURAL_RE.test(w) && !MEN_SINGULARS.has(w)) return true; // "fishermen", "congressmen"
  return w.length >= 3 && w.endsWith('s');
}

/** Singular lemma of a lower-case noun ("entities" → "entity", "people" → "person"). */
export function lemma(w: string): string {
  const irregular = IRREGULAR_PLURALS.get(w);
  if (irregular) return irregular;
  const hyphen = w.lastIndexOf('-');
  if (hyphen > 0) return w.slice(0, hyphen + 1) + lemma(w.slice(hyphen + 1));
  if (UNMARKED_PLURALS.has(w) || !isPlural(w)) return w;
  if (MEN_PLURAL_RE.test(w)) return w.slice(0, -3) + 'man';
  if (w.endsWith('ies') && w.length > 4) return w.slice(0, -3) + 'y';
  if (/(?:ss|sh|ch|x|zz)es$/.test(w)) return w.slice(0, -2);
  return w.slice(0, -1);
}

/** The -s word is a noun, not a verb, when no object follows it ("shops in Britain", not "sells a"). */
function nounNotVerb(tokens: readonly Token[], next: number): boolean {
  return !OBJECT_STARTS.has(tokens[next]?.lower ?? '');
}

export interface UnitPhrase {
  unit: string;
  modifiers: string[];
  /** Token index after the head noun. */
  end: number;
}

/** One window word at token k (a hyphenated compound counts as one); [lower text, next index]. */
function windowWord(tokens: readonly Token[], k: number): [string, number] | null {
  const t = tokens[k];
  if (!t || t.kind !== 'word' || !t.gap || t.lineStart) return null; // a unit never starts a new line
  let text = t.lower;
  let j = k + 1;
  while (tokens[j]?.text === '-' && !tokens[j].gap && tokens[j + 1]?.kind === 'word' && !tokens[j + 1].gap) {
    text += '-' + tokens[j + 1].lower;
    j += 2;
  }
  if (!UNIT_WORD_RE.test(text)) return null;
  return [text, j];
}

/**
 * The unit noun after token index `start`. `plural` says the number is not one: the head is
 * then the first plural word of the window (later words are verbs or another phrase:
 * "24 people killed"); for one, the last word before a function word. Outcome words
 * ("5 dead", "24 killed") and measure abbreviations ("5 km") are units on their own.
 */
export function unitAfter(tokens: readonly Token[], start: number, plural: boolean): UnitPhrase | null {
  const words: string[] = [];
  const ends: number[] = [];
  let k = start;
  while (words.length < MAX_WINDOW) {
    const ww = windowWord(tokens, k);
    if (!ww) break;
    const [w, next] = ww;
    if ((STOP_WORDS.has(w) && !MODIFIER_STOP_EXCEPTIONS.has(w)) || MONTH_WORDS.has(w)) break;
    if (POSSESSIVE_RE.test(w) || ORDINAL_WORDS.has(w) || NUMBER_WORDS.has(w)) break; // "century's", "first"
    if (ADVERB_RE.test(w) && !LY_NOUNS.has(w)) break;
    // "the sixth store opens", "the 1st Battalion moved": a verb ends a singular unit phrase
    if (!plural && words.length > 0 && PAST_RE.test(w)) break;
    // "the second incident involving the jet", "the first woman leading the bank": a participle
    // that takes an object ends the phrase (not "the second spending bill")
    if (words.length > 0 && /[a-z]{3,}ing$/.test(w) && OBJECT_STARTS.has(tokens[next]?.lower ?? '')) break;
    // "the first image shows": after a singular noun an -s word is a verb (or a new phrase)
    if (!plural && words.length > 0 && (isPlural(w) || S_VERBS.has(w))) {
      // "the first school closures": a plural with a noun ending is the head; else a verb, as
      // it is when an object follows ("the first photo reveals a ring")
      if (NOUN_PLURAL_RE.test(w) && !OBJECT_STARTS.has(tokens[next]?.lower ?? '')) {
        words.push(w);
        ends.push(next);
      }
      break;
    }
    words.push(w);
    ends.push(next);
    k = next;
  }
  if (words.length === 0) return null;
  const first = words[0];
  if (OUTCOME_WORDS.has(first)) return { unit: first, modifiers: [], end: ends[0] };
  if (MODIFIER_STOP_EXCEPTIONS.has(first) && OUTCOME_WORDS.has(words[1] ?? '')) {
    return { unit: words[1], modifiers: [first], end: ends[1] }; // "dozens more injured"
  }
  const abbreviation = UNIT_ABBREVIATIONS.get(first);
  if (abbreviation) return { unit: abbreviation, modifiers: [], end: ends[0] };
  let head = -1;
  if (plural) {
    head = words.findIndex((w) => isPlural(w) && !OUTCOME_WORDS.has(w));
    // "nine crew members", "40 police officers": an unmarked plural before a plural noun is a modifier
    if (head >= 0 && UNMARKED_PLURALS.has(words[head]) && head + 1 < words.length && isPlural(words[head + 1])) head++;
  } else {
    head = words.length - 1;
    while (head >= 0 && (OUTCOME_WORDS.has(words[head]) || PAST_RE.test(words[head]))) head--;
  }
  // "10,000 fish and chip shops", "40 bed and breakfast hotels": "X and Y" before a plural noun is
  // a compound modifier, and the plural noun is what is counted
  const lastWord = words[words.length - 1];
  if (plural && (head === words.length - 1 || head < 0) && (!isPlural(lastWord) || UNMARKED_PLURALS.has(lastWord))) {
    const k = ends[words.length - 1];
    const y = tokens[k]?.lower === 'and' ? windowWord(tokens, k + 1) : null;
    const z = y && !isPlural(y[0]) && !STOP_WORDS.has(y[0]) && !NUMBER_WORDS.has(y[0]) ? windowWord(tokens, y[1]) : null;
    if (y && z && isPlural(z[0]) && !S_VERBS.has(z[0]) && !STOP_WORDS.has(z[0]) && nounNotVerb(tokens, z[1]))
      return { unit: lemma(z[0]), modifiers: [...words, y[0]], end: z[1] };
  }
  if (head < 0 && plural && SINGULAR_MEASURES.has(first)) return { unit: SINGULAR_MEASURES.get(first)!, modifiers: [], end: ends[0] };
  if (head < 0 || isSuperlative(words[head])) return null;
  return { unit: lemma(words[head]), modifiers: words.slice(0, head), end: ends[head] };
}
