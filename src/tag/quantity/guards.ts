/**
 * Numbers that are not quantities: names ("5G", "Mate 30", "Group of 20", "COVID-19"),
 * labels ("No. 1", "Section 232"), dates ("Oct. 9"), clock times ("3 p.m."), years
 * ("in 2018"), list numbering ("1." at a line start) and glued identifiers.
 */
import {
  CLOCK_WORDS, LABEL_WORDS, MONTH_WORDS, NOT_PERSON_NOUNS, PERSON_NOUNS, PERSON_SUFFIX_RE, PREFIX_UNITS,
  STOP_WORDS, UNIT_ABBREVIATIONS,
} from '../vocab/units.js';
import { SCALE_ABBREVIATIONS } from '../vocab/numbers.js';
import type { NumberPhrase } from './number.js';
import { lemma } from './unit.js';
import type { Token } from './tokens.js';

/** Years a bare four-digit integer is read as (the date tagger takes them). */
export const YEAR_MIN = 1900;
export const YEAR_MAX = 2100;
/** A word with a capital letter somewhere ("Mate", "iPhone", "COVID"). */
const HAS_CAPITAL_RE = /\p{Lu}/u;
/** Punctuation that glues a number into an identifier, date or time ("9/11", "10:30"). */
const GLUE: ReadonlySet<string> = new Set(['/', ':', '_', '@', '#', '.', '\\', '=']);
/** Sentence-initial adverbs that may precede a count ("Exactly 12 ...", "Today 5 ..."). */
const START_ADVERBS: ReadonlySet<string> = new Set([
  'exactly', 'precisely', 'fully', 'barely', 'merely', 'perhaps', 'maybe', 'today', 'yesterday',
  'currently', 'altogether', 'nationwide', 'worldwide', 'overall', 'approximately', 'reportedly',
  'initially', 'officially', 'meanwhile', 'already', 'since', 'until', 'once', 'twice',
]);
/** Sentence-ending punctuation: a capitalized word after it is a sentence start. */
const SENTENCE_END_RE = /^[.!?:;"“”'‘’()[\]\-–—•|]$/;

/** Ages above this are not read from "Name, N," (a bare number that large is something else). */
const MAX_AGE = 120;
/** Punctuation that may close an age in apposition ("Biden, 81, said", "… John Smith, 34."). */
const AGE_CLOSERS: ReadonlySet<string> = new Set([',', '.', ';', ')', '—', '–', ':']);
/** Longest list of ages or codes walked over ("34 and 36", "111 or 999"): keeps the guards linear. */
const MAX_LIST = 3;
/** Words joining a list of ages ("34 and 36"). */
const AGE_JOINERS: ReadonlySet<string> = new Set(['and', ',', '&']);
/** Words before an age in apposition ("the couple, both 70,", "Biden, now 81,", "the boy, only 12,"). */
const AGE_QUANTIFIERS: ReadonlySet<string> = new Set(['both', 'all', 'each', 'now', 'then', 'only', 'just', 'still']);
/** A bare integer that could be an age. */
const isAgeToken = (t: Token | undefined) => t !== undefined && t.kind === 'num' && /^\d{1,3}$/.test(t.text) && Number(t.text) <= MAX_AGE;
/** Day names, which are capitalized but never have an age ("On Monday, 12, …" is not one). */
const DAY_WORDS: ReadonlySet<string> = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
/** Adverbs end in -ly ("Separately, 12 …"): a capitalized one is no name. */
const ADVERB_RE = /ly$/;
/** Verbs whose object number is a phone number or short code ("call 111", "dial 988"). */
const DIAL_VERBS: ReadonlySet<string> = new Set([
  'call', 'calls', 'called', 'calling', 'dial', 'dials', 'dialed', 'dialled', 'dialing', 'dialling',
  'ring', 'rings', 'rang', 'ringing', 'phone', 'phoned', 'phoning', 'text', 'texts', 'texted', 'texting',
]);
/** Verbs that send a message "to" a short code ("Reply STOP to 60060", "text HELP to 12345"). */
const SEND_VERBS: ReadonlySet<string> = new Set([
  'reply', 'replies', 'replying', 'text', 'texts', 'texting', 'texted', 'send', 'sending', 'sms', 'message',
]);
/** Tokens looked back from "to" for a verb that sends a message. */
const SEND_LOOKBACK = 5;
/** Punctuation that ends that look-back (quotes may surround the keyword: "Reply 'STOP' to"). */
const CLAUSE_END_RE = /^[.!?;]$/;
/** Nouns of messages sent "to" a number ("calls to 111", "texts to 85258"). */
const CALL_NOUNS: ReadonlySet<string> = new Set(['call', 'calls', 'text', 'texts', 'message', 'messages']);
/** Pronouns between a dialling verb and its number ("call us on 101"). */
const DIAL_OBJECTS: ReadonlySet<string> = new Set(['us', 'them', 'me', 'him', 'her', 'police']);

const isMonth = (t: Token | undefined) => t !== undefined && MONTH_WORDS.has(t.lower);

/** The word before token i, skipping an abbreviation dot ("Oct. 9"). */
function wordBefore(tokens: readonly Token[], i: number): [Token | undefined, number] {
  let k = i - 1;
  if (tokens[k]?.text === '.' && !tokens[k].gap) k--;
  return [tokens[k], k];
}

/** Token k starts a sentence (text start, line start or after sentence punctuation). */
export function sentenceInitial(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!t) return true;
  if (t.lineStart) return true;
  const prev = tokens[k - 1];
  return !prev || SENTENCE_END_RE.test(prev.text);
}

/** A capitalized word that is a name, not a function word at a sentence start. */
export function isNameWord(tokens: readonly Token[], k: number, beforeNumber = false): boolean {
  const t = tokens[k];
  if (!t || t.kind !== 'word' || !HAS_CAPITAL_RE.test(t.text)) return false;
  if (STOP_WORDS.has(t.lower) || START_ADVERBS.has(t.lower)) return false;
  // at a sentence start a capital says nothing, except right before a number ("Boeing 737 jets")
  if (sentenceInitial(tokens, k) && t.text.slice(1) === t.text.slice(1).toLowerCase()) return beforeNumber;
  return true;
}

/** The number token of a phrase is glued to letters or an identifier ("5G", "COVID-19", "G20"). */
function glued(tokens: readonly Token[], n: NumberPhrase): boolean {
  const t = tokens[n.first];
  if (t.kind !== 'num') return false;
  const prev = tokens[n.first - 1];
  if (!t.gap && prev) {
    if (prev.kind === 'word' || GLUE.has(prev.text)) return true;
    // "COVID-19", "F-35", "G-20": a hyphen glued to letters
    const before = tokens[n.first - 2];
    if ((prev.text === '-' || prev.text === '–') && !prev.gap && before?.kind === 'word' && !PREFIX_UNITS.has(before.lower)) return true;
    if (prev.text === "'" || prev.text === '’') return true; // "'19"
  }
  const next = tokens[n.end];
  if (next && !next.gap && n.end === n.first + 1) {
    // "5G", "3D", "737MAX"; and "9th", which the ordinal tagger reads
    if (next.kind === 'word' && !SCALE_ABBREVIATIONS.has(next.lower) && !UNIT_ABBREVIATIONS.has(next.lower)) return true;
    if (GLUE.has(next.text) && tokens[n.end + 1]?.kind === 'num' && !tokens[n.end + 1].gap) return true;
  }
  return false;
}

/** A label before the number ("No. 5", "Section 232", "Mate 30", "Group of 20", "phase 2"). */
function labelled(tokens: readonly Token[], n: NumberPhrase): boolean {
  const [prev, k] = wordBefore(tokens, n.first);
  if (!prev) return false;
  if (LABEL_WORDS.has(prev.lower) || prev.text === '#') return true;
  if (tallied(tokens, n)) return false; // "passed the House 230 to 197": a vote, not a label
  if (/['’]s$/.test(prev.text)) return false; // "the Premier League's 20 clubs"
  if (isNameWord(tokens, k, k === n.first - 1) && !isMonth(prev)) return true;
  // "Group of 20", "Group of Seven"
  if (prev.lower === 'of' && isNameWord(tokens, k - 1)) return true;
  return false;
}

/** "230 to 197": a tally (a larger number, "to", a smaller one). */
function tallied(tokens: readonly Token[], n: NumberPhrase): boolean {
  const other = tokens[n.end + 1];
  if (tokens[n.end]?.lower !== 'to' || other?.kind !== 'num') return false;
  const v = Number(other.text.replaceAll(',', ''));
  return v < n.low;
}

/** Next to a month ("Oct. 9", "19 August", "9 of October") or a clock word ("3 p.m."). */
function dateOrTime(tokens: readonly Token[], n: NumberPhrase): boolean {
  const [prev] = wordBefore(tokens, n.first);
  if (isMonth(prev)) return true;
  const next = tokens[n.end];
  if (isMonth(next)) return true;
  if (next?.lower === 'of' && isMonth(tokens[n.end + 1])) return true;
  if (next && CLOCK_WORDS.has(next.lower)) return true;
  return false;
}

/** "1." or "2)" starting a line or a sentence is list numbering. */
function listNumber(tokens: readonly Token[], n: NumberPhrase): boolean {
  const next = tokens[n.end];
  return sentenceInitial(tokens, n.first) && next !== undefined && !next.gap && (next.text === '.' || next.text === ')');
}

/** "0143" (a leading zero) or "380 737": a numeral right after another one is an identifier. */
function identifierDigits(tokens: readonly Token[], n: NumberPhrase): boolean {
  if (n.digits !== null && n.digits.length > 1 && n.digits.startsWith('0')) return true;
  return tokens[n.first - 1]?.kind === 'num';
}

/** A bare four-digit integer between 1900 and 2100. */
export function isYear(n: NumberPhrase): boolean {
  return n.digits !== null && n.digits.length === 4 && n.low >= YEAR_MIN && n.low <= YEAR_MAX;
}

/** True when the number at this phrase is a name, label, date, time or list number. */
export function notAQuantity(tokens: readonly Token[], n: NumberPhrase): boolean {
  if (n.spelled) {
    // spelled numbers only fail as part of a name ("Group of Seven", "Formula One")
    const hyphenBefore = !tokens[n.first].gap && tokens[n.first - 1]?.text === '-'; // "one-on-one"
    return hyphenBefore || labelled(tokens, n) || isNameWord(tokens, n.first);
  }
  return glued(tokens, n) || labelled(tokens, n) || dateOrTime(tokens, n) || listNumber(tokens, n) || identifierDigits(tokens, n);
}

/**
 * An age in apposition: a small bare integer between commas (or brackets) right after a name
 * or a person noun ("Biden, 81, said", "the victim, 34, was", "a mother-of-two, 41,").
 */
export function apposedAge(tokens: readonly Token[], n: NumberPhrase): boolean {
  if (n.digits === null || n.low < 1 || n.low > MAX_AGE) return false;
  let a = n.first;
  let b = n.end;
  // "the victims, 34 and 36,": a list of ages
  for (let x = 0; x < MAX_LIST && AGE_JOINERS.has(tokens[a - 1]?.lower ?? '') && isAgeToken(tokens[a - 2]); x++) a -= 2;
  for (let x = 0; x < MAX_LIST && AGE_JOINERS.has(tokens[b]?.lower ?? '') && isAgeToken(tokens[b + 1]); x++) b += 2;
  if (AGE_QUANTIFIERS.has(tokens[a - 1]?.lower ?? '')) a--; // "the couple, both 70,", "Biden, now 81,"
  const before = tokens[a - 1];
  const after = tokens[b];
  if (before?.text !== ',' && before?.text !== '(') return false;
  if (after && !(before.text === '(' ? after.text === ')' : AGE_CLOSERS.has(after.text))) return false;
  const last = tokens[a - 2];
  let k = a - 2;
  // "mother-of-two", "co-pilot": a hyphenated compound is read from its first and last words
  while (k >= 2 && tokens[k - 1].text === '-' && !tokens[k].gap && !tokens[k - 1].gap && tokens[k - 2].kind === 'word') k -= 2;
  const w = tokens[k];
  if (!w || w.kind !== 'word') return false;
  if (isPersonNoun(w.lower) || (last !== w && last.kind === 'word' && isPersonNoun(last.lower))) return true;
  if (!HAS_CAPITAL_RE.test(w.text[0])) return false;
  return !STOP_WORDS.has(w.lower) && !START_ADVERBS.has(w.lower) && !isMonth(w) && !DAY_WORDS.has(w.lower) && !ADVERB_RE.test(w.lower);
}

/** Verbs whose bare-number complement is an age: "turned 60", "turns 18". */
const AGE_VERBS: ReadonlySet<string> = new Set(['turn', 'turns', 'turned', 'turning']);
/** Copulas: "she was 45", "he is 12". */
const COPULAS: ReadonlySet<string> = new Set(['is', 'was', 'are', 'were', 'be', 'been', "'s", '’s', 'am']);
/** Singular personal pronouns as subjects: a bare number they are is an age ("she was 45 when…"); "they were 12" is a count. */
const PERSON_SUBJECTS: ReadonlySet<string> = new Set(['he', 'she', 'i']);
/** Verbs of dying or retiring "at" an age ("died at 87", "retired at 60"). */
const AT_AGE_VERBS: ReadonlySet<string> = new Set(['died', 'dies', 'dying', 'retired', 'retires', 'retiring', 'married', 'marries', 'debuted', 'orphaned', 'widowed']);

/**
 * An age as a predicate: a small bare integer that is what a person is or turns ("he turned 60",
 * "she was 45 when she died", "the victim was 19", "Smith, who is 52,"), or the age someone died at
 * ("died at 87"). Read from the grammar around the number, not from a list of phrases: the verb
 * before it and the subject before the verb.
 */
export function predicateAge(tokens: readonly Token[], n: NumberPhrase): boolean {
  if (n.digits === null || n.low < 1 || n.low > MAX_AGE || n.high !== n.low) return false;
  // "were 52 to 48", "was 3-1": a tally or score, not an age
  const after = tokens[n.end];
  if (after && (after.lower === 'to' || after.text === '-' || after.text === '–') && tokens[n.end + 1]?.kind === 'num') return false;
  let k = n.first - 1;
  // "who were 8 and 10": the later ages of a list
  for (let x = 0; x < MAX_LIST && AGE_JOINERS.has(tokens[k]?.lower ?? '') && isAgeToken(tokens[k - 1]); x++) k -= 2;
  // "At 45, she became …": an age opening the sentence
  if (tokens[k]?.lower === 'at' && sentenceInitial(tokens, k) && tokens[n.end]?.text === ',') return true;
  // "he was just 19", "she is now 81": an adverb between the verb and the number
  if (AGE_QUANTIFIERS.has(tokens[k]?.lower ?? '')) k--;
  // "he turned 60", "turning 18 next week"
  if (AGE_VERBS.has(tokens[k]?.lower ?? '')) return true;
  if (tokens[k]?.lower === 'at' && AT_AGE_VERBS.has(tokens[k - 1]?.lower ?? '')) return true;
  if (!COPULAS.has(tokens[k]?.lower ?? '')) return false;
  k--;
  const subject = tokens[k];
  if (!subject || subject.kind !== 'word') return false;
  if (PERSON_SUBJECTS.has(subject.lower) || subject.lower === 'who') return true;
  // "the victim was 19", "the youngest was 12" (a person noun); a name mid-sentence ("… when Smith was 45")
  if (isPersonNoun(subject.lower)) return true;
  return HAS_CAPITAL_RE.test(subject.text[0]) && !sentenceInitial(tokens, k) && !STOP_WORDS.has(subject.lower) && !isMonth(subject) && !DAY_WORDS.has(subject.lower);
}

/** Words that may sit before a model number ("the airline's 737 fleet", "its 787 programme"). */
const MODEL_DETERMINERS: ReadonlySet<string> = new Set(['the', 'its', 'their', 'his', 'her', 'our', 'a', 'an', 'this', 'that']);
/** Smallest bare number read as a model designation before a singular noun (smaller ones are counts: "the 12 remain"). */
const MODEL_MIN = 100;

/**
 * A model or designation, not a count: a bare integer of three or four digits between a
 * determiner or possessive and a singular common noun ("the airline's 737 fleet", "its 787
 * programme", "the 911 call"). A count takes a plural noun ("the firm's 737 pilots").
 */
export function modelDesignation(tokens: readonly Token[], n: NumberPhrase, nextIsUnit: boolean): boolean {
  if (nextIsUnit || n.digits === null || !/^\d{3,4}$/.test(n.digits) || n.low < MODEL_MIN || n.high !== n.low) return false;
  const before = tokens[n.first - 1];
  if (!before || before.kind !== 'word' || !(MODEL_DETERMINERS.has(before.lower) || /['’]s$/.test(before.text))) return false;
  const next = tokens[n.end];
  if (!next || next.kind !== 'word' || !next.gap || HAS_CAPITAL_RE.test(next.text) || STOP_WORDS.has(next.lower)) return false;
  // a singular noun: not a plural, an adverb or a verb form
  return !/(?:s|ly|ed|ing)$/.test(next.lower) && lemma(next.lower) === next.lower;
}

/** A noun for a person ("victim", "judges", "scientist"). */
function isPersonNoun(w: string): boolean {
  const l = lemma(w);
  return PERSON_NOUNS.has(w) || PERSON_NOUNS.has(l) || (PERSON_SUFFIX_RE.test(l) && !NOT_PERSON_NOUNS.has(l));
}

/** A phone number or short code: "call 111", "dial 999 or 112", "call us on 101", "Reply STOP to 60060". */
export function dialledCode(tokens: readonly Token[], first: number): boolean {
  let k = first - 1;
  // "call 111 or 999": the later numbers of a list of codes
  for (let x = 0; x < MAX_LIST && k >= 1 && (tokens[k].lower === 'or' || tokens[k].lower === 'and' || tokens[k].text === ',') && tokens[k - 1].kind === 'num'; x++) k -= 2;
  if (tokens[k]?.lower === 'on') k--;
  if (DIAL_OBJECTS.has(tokens[k]?.lower ?? '')) k--;
  if (DIAL_VERBS.has(tokens[k]?.lower ?? '')) return true;
  if (tokens[first - 1]?.lower !== 'to') return false;
  if (CALL_NOUNS.has(tokens[first - 2]?.lower ?? '')) return true; // "1,200 calls to 111"
  for (let j = first - 2; j >= 0 && j >= first - 1 - SEND_LOOKBACK; j--) {
    if (SEND_VERBS.has(tokens[j].lower)) return true;
    if (CLAUSE_END_RE.test(tokens[j].text)) break;
  }
  return false;
}
