/**
 * Counts: a number with the noun it counts, as an interval.
 *   "more than 130 applications" → (130, ∞) 'application'
 *   "28 Chinese entities"        → [28, 28] 'entity', modifiers ['chinese']
 *   "dozens of its affiliates"   → [24, ∞) 'affiliate'  (plural magnitudes: at least two of them)
 *   "290-something requests"     → [290, 299] 'request'
 *   "5 dead" / "24 killed"       → unit 'dead' / 'killed' (outcome words are their own unit)
 *   "24 people killed"           → 'person' (the noun wins over the participle)
 * Span: approximator + number + modifiers + unit noun. No unit noun → unit ''.
 * Not counts: money, percentages, time amounts ("20 days", "a 90-day reprieve": durations),
 * years ("in 2018", "the 2019 budget"), names and labels ("5G", "Mate 30", "Group of 20"),
 * dates ("Oct. 9"), clock times, list numbering, and spelled numbers below 100 without a noun
 * ("the two met", "one of the world's largest") since they are pronouns more often than claims
 * (except "seven of them"). Vague quantifiers without magnitude ("a few", "several", "many",
 * "a handful", "a select few") are never counts; "a few hundred" is [200, 999], approx about.
 * A bare number paired with a counted one shares its unit ("from 13.5 to 14 mm", "365 of the
 * 650 seats"). A model name between the number and its noun is skipped ("65 Boeing 737 Max 9
 * jets" → 'jet', modifiers ['boeing', '737', 'max', '9']). Ages in apposition ("Biden, 81, said") and
 * dialled codes ("call 111", "Reply STOP to 60060") are not counts.
 */
import type { Quantity } from '../../model.js';
import { suffixApproxAt, intervalOf, type Interval } from '../quantity/approx.js';
import { clean, numberAt } from '../quantity/number.js';
import { scanFractions } from '../quantity/fractions.js';
import { apposedAge, dialledCode, isNameWord, isYear, modelDesignation, notAQuantity, predicateAge } from '../quantity/guards.js';
import { scanMentions, type Mention } from '../quantity/mentions.js';
import type { Token } from '../quantity/tokens.js';
import { isPlural, lemma, unitAfter, type UnitPhrase } from '../quantity/unit.js';
import { MONTH_WORDS, PREFIX_UNITS, STOP_WORDS, TIME_UNITS, UNIT_ABBREVIATIONS } from '../vocab/units.js';
import { FRACTION_WORDS } from '../vocab/numbers.js';
import type { ClaimDraft, TagContext, Tagger } from '../types.js';

/** Determiners allowed between a partitive "of" and its noun ("dozens of its affiliates"). */
const PARTITIVE_DETERMINERS: ReadonlySet<string> = new Set([
  'the', 'its', 'their', 'his', 'her', 'our', 'these', 'those', 'them', 'your', 'my',
]);
/** Words before "one" that make it a pronoun ("no one", "the one", "which one"). */
const PRONOUN_ONE_BEFORE: ReadonlySet<string> = new Set([
  'no', 'the', 'this', 'that', 'which', 'any', 'every', 'each', 'another', 'someone',
]);
/** "seven of them": a spelled number counting a group named before it. */
const OF_PRONOUNS: ReadonlySet<string> = new Set(['them', 'those', 'these', 'whom', 'which', 'us', 'you']);
/** Words joining a pair of numbers ("1000 and 1100", "232 or 301"). */
const PAIR_WORDS: ReadonlySet<string> = new Set(['and', 'or', 'to', '-', '–', '&']);
/** Day names may follow a bare number without making it a name ("rose to 32 Saturday"). */
const WEEKDAYS: ReadonlySet<string> = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
/** A bare number after this word is a level, share or score, not a count ("the Greens on 9"). */
const LEVEL_PREPOSITION = 'on';
/** Spelled numbers below this need a noun to count as a claim ("two companies", not "the two"). */
const BARE_SPELLED_MIN = 100;

/** Longest model name skipped between a number and its noun ("Boeing 737 Max 9", "Airbus A321neo"). */
const MODEL_MAX_TOKENS = 6;
/** A word with a capital starts or continues a model name ("Boeing", "iPhone"). */
const CAPITALIZED_RE = /\p{Lu}/u;
/** Words kept as modifiers before a model name ("150 more Boeing 737 Max 10 aircraft"). */
const MODEL_PRE_MODIFIERS: ReadonlySet<string> = new Set(['more', 'other', 'additional', 'new', 'used']);

const isTimeUnit = (u: string) => TIME_UNITS.has(u);

/**
 * "65 Boeing 737 Max 9 jets", "100 Airbus A350 planes", "20 787 Dreamliners": a model name
 * (capitalized words and numerals, with at least one numeral) between a number and the plural
 * noun it counts. The noun is the unit, the model name one modifier.
 */
function modelUnit(tokens: readonly Token[], m: Mention): UnitPhrase | null {
  if (m.second || m.end !== m.number.end || m.number.spelled || isYear(m.number)) return null;
  const pre: string[] = [];
  let start = m.end;
  // "65 of its Boeing 737 Max 9 jets"
  if (tokens[start]?.lower === 'of' && PARTITIVE_DETERMINERS.has(tokens[start + 1]?.lower ?? '')) start += 2;
  if (MODEL_PRE_MODIFIERS.has(tokens[start]?.text ?? '')) pre.push(tokens[start++].lower);
  let k = start;
  let numeral = false;
  while (k < tokens.length && k - start < MODEL_MAX_TOKENS) {
    const t = tokens[k];
    if (t.lineStart) break;
    const glued = k > start && !t.gap;
    if (t.kind === 'num' || (t.kind === 'word' && (CAPITALIZED_RE.test(t.text) || glued)) || (t.text === '-' && glued)) {
      if (t.kind === 'num') numeral = true;
      k++;
    } else break;
  }
  if (!numeral || k === start || k - start === MODEL_MAX_TOKENS) return null;
  // the model's words, glued pieces kept together ("a321neo"): ['boeing', '737', 'max', '9']
  const words = (end: number) => [...pre, ...tokens.slice(start, end).map((t, x) => (t.gap && x > 0 ? ' ' : '') + t.lower).join('').split(' ')];
  const u = unitAfter(tokens, k, true);
  if (u) return { unit: u.unit, modifiers: [...words(k), ...u.modifiers], end: u.end };
  // "20 787 Dreamliners": the model's last word is a capitalized plural
  const last = tokens[k - 1];
  if (k - 1 > start && last.kind === 'word' && last.gap && isPlural(last.lower)) {
    return { unit: lemma(last.lower), modifiers: words(k - 1), end: k };
  }
  return null;
}

/** "a 12-member panel" → 'member'; "a 90-day reprieve" → 'time' (skip); otherwise null. */
function hyphenUnit(tokens: readonly Token[], j: number): UnitPhrase | 'time' | 'name' | null {
  const dash = tokens[j];
  const w = tokens[j + 1];
  if (!dash || dash.text !== '-' || dash.gap || !w || w.gap || w.kind !== 'word') return null;
  if (isTimeUnit(w.lower) || tokens[j + 3]?.lower === 'old') return 'time';
  if (/\p{Lu}/u.test(w.text)) return 'name';
  // "one-on-one", "9-to-5", "two-thirds": not a number of things
  if (STOP_WORDS.has(w.lower) || FRACTION_WORDS.has(w.lower) || tokens[j + 2]?.text === '-') return 'name';
  return { unit: lemma(w.lower), modifiers: [], end: j + 2 };
}

function unitOf(tokens: readonly Token[], m: Mention, plural: boolean): UnitPhrase | 'time' | 'name' | null {
  const j = m.end;
  if (m.end === m.number.end && !m.second) {
    const h = hyphenUnit(tokens, j);
    // "a one-man band", "a one-time payment": adjectives, not a count of one
    if (h && m.number.spelled && m.number.low === 1) return 'name';
    if (h) return h;
    const glued = tokens[j];
    const abbreviation = glued && !glued.gap ? UNIT_ABBREVIATIONS.get(glued.lower) : undefined;
    if (abbreviation) return { unit: abbreviation, modifiers: [], end: j + 1 }; // "10kg", "6ft"
  }
  const spelledOne = m.number.spelled && m.number.low === 1;
  if (tokens[j]?.lower === 'of' && !spelledOne) {
    let k = j + 1;
    if (PARTITIVE_DETERMINERS.has(tokens[k]?.lower ?? '')) k++;
    if (/['’]s$/.test(tokens[k]?.text ?? '')) k++; // "11 of the bridge's 48 main cables"
    if (tokens[k]?.lower === 'last' || tokens[k]?.lower === 'first') k++;
    const inner = numberAt(tokens, k);
    if (inner) {
      // "365 of the 650 seats": the unit is shared, the span stays on "365" (650 seats is its own claim)
      const u = unitAfter(tokens, inner.end, true);
      return u ? { unit: u.unit, modifiers: [], end: m.end } : null;
    }
    const u = unitAfter(tokens, k, true);
    if (u) return u;
  }
  return unitAfter(tokens, j, plural);
}

/** "A.D. 1000 and 1100", "Section 232 and 301": the second of a pair whose first is a label. */
function partnerIsLabel(tokens: readonly Token[], first: number): boolean {
  if (!PAIR_WORDS.has(tokens[first - 1]?.lower ?? '')) return false;
  const partner = tokens[first - 2]?.kind === 'num' ? numberAt(tokens, first - 2) : null;
  return partner !== null && partner.end === first - 1 && notAQuantity(tokens, partner);
}

/** A measure noun before the number: [unit, index of its token] ("magnitude-6.3", "magnitude of 6.3"). */
function prefixUnit(tokens: readonly Token[], first: number): [string, number] | null {
  let k = first - 1;
  if (tokens[k]?.lower === 'of' || (tokens[k]?.text === '-' && !tokens[first].gap)) k--;
  const w = tokens[k];
  return w && PREFIX_UNITS.has(w.lower) ? [w.lower, k] : null;
}

/** "from 13.5 to 14.0 mm": a bare number shares the unit of the number it is paired with. */
function pairedUnit(tokens: readonly Token[], m: Mention, next: Mention | undefined): UnitPhrase | null {
  if (!next || next.measure !== 'plain' || next.first !== m.end + 1 || !PAIR_WORDS.has(tokens[m.end]?.lower ?? '')) return null;
  const u = unitOf(tokens, next, true);
  return u && u !== 'time' && u !== 'name' ? { unit: u.unit, modifiers: [], end: m.end } : null;
}

/** Shortest numeral remembered as part of a name ("Boeing 737"): two-digit ones recur as counts too. */
const NAME_DIGITS_MIN = 3;

/** Numerals the text uses inside names ("Boeing 737", "Airbus 320"), years apart. */
function namedNumerals(tokens: readonly Token[], mentions: readonly Mention[]): Set<string> {
  const out = new Set<string>();
  for (const m of mentions) {
    const n = m.number;
    // a capitalized word, a space, the numeral ("Boeing 737"); not a glued code ("A320")
    const t = tokens[n.first];
    const before = tokens[n.first - 1];
    if (!t.gap || before?.kind !== 'word' || !/^\p{Lu}/u.test(before.text)) continue;
    if (m.measure === 'plain' && n.digits !== null && n.digits.length >= NAME_DIGITS_MIN && !isYear(n) && notAQuantity(tokens, n)) out.add(n.digits);
  }
  return out;
}

/** Words of a contest around a hyphenated pair ("won 6-3", "a 2-1 win", "the score was 3-3"). */
const SCORE_WORDS = /^(?:won|win|wins|winning|lost|lose|loses|losing|beat|beats|beating|defeated|defeat|defeats|victory|victories|loss|draw|drew|tie|tied|led|lead|leads|trailed|trailing|score|scored|scores|scoreline|sets?|games?|match|final|semifinal|quarterfinal|edged|thrashed|routed|rallied|clinched)$/;
/** How many tokens around a pair may hold a contest word. */
const SCORE_WINDOW = 4;

/** Is the range at m a score: two small numbers joined by a glued hyphen, in a list of such pairs or near a contest word? */
function scoreAt(tokens: readonly Token[], m: Mention): boolean {
  const a = m.number;
  const b = m.second!;
  const dash = tokens[a.end];
  if (!dash || !/^[-–]$/.test(dash.text) || dash.gap || tokens[a.end + 1]?.gap || b.spelled || a.spelled) return false;
  // "3-6, 6-3": another pair after a comma
  const pairAt = (k: number) => /^\d{1,2}$/.test(tokens[k]?.text ?? '') && /^[-–]$/.test(tokens[k + 1]?.text ?? '') && /^\d{1,2}$/.test(tokens[k + 2]?.text ?? '');
  if ((tokens[m.end]?.text === ',' && pairAt(m.end + 1)) || (tokens[m.first - 1]?.text === ',' && pairAt(m.first - 4))) return true;
  for (let k = Math.max(0, m.first - SCORE_WINDOW); k < Math.min(tokens.length, m.end + SCORE_WINDOW); k++) {
    if (k >= m.first && k < m.end) continue;
    if (SCORE_WORDS.test(tokens[k].lower)) return true;
  }
  return false;
}

/** Spelled numbers a definite reference to names just given may use ("the two countries", "the three firms"). */
const REFERENCE_COUNTS: ReadonlyMap<string, number> = new Map([['two', 2], ['three', 3]]);
/** Nouns for named parties that such a reference uses ("the two countries", "the two men"). */
const PARTY_NOUNS: ReadonlySet<string> = new Set([
  'country', 'nation', 'side', 'leader', 'company', 'firm', 'party', 'man', 'woman', 'government', 'team', 'club', 'bank',
  'power', 'economy', 'president', 'candidate', 'player', 'group', 'state', 'city', 'neighbour', 'neighbor', 'rival', 'ally',
  'carmaker', 'automaker', 'airline', 'giant', 'lawmaker', 'senator', 'minister', 'official', 'brother', 'sister', 'sibling',
]);
/** How far back (characters) the names such a reference points to may stand. */
const REFERENCE_REACH = 1500;
/** A name: capitalized words, "the" and an inner "of" allowed ("the United States", "Bank of England"). */
const NAME = String.raw`(?:the\s+)?\p{Lu}[\p{L}.’'-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}.’'-]*){0,3}`;
/** Two or three names joined by "and" ("the United States and China", "Intel, AMD and Nvidia"). */
const JOINED_NAMES: ReadonlyMap<number, RegExp> = new Map([
  [2, new RegExp(String.raw`${NAME}\s+and\s+${NAME}`, 'u')],
  [3, new RegExp(String.raw`${NAME},\s+${NAME},?\s+and\s+${NAME}`, 'u')],
]);

/**
 * "the United States and China … The two countries": "the" and a spelled small number before a
 * bare plural noun, after that many names were joined by "and", refers back to them; it is not a
 * claim that can be checked. Without such names before it ("the two sides have met") it stays a count.
 */
function definiteReference(text: string, tokens: readonly Token[], m: Mention, u: UnitPhrase): boolean {
  const n = REFERENCE_COUNTS.get(tokens[m.first]?.lower ?? '');
  if (n === undefined || m.second || m.approximated || m.end !== m.first + 1 || u.modifiers.length > 0) return false;
  if (tokens[m.first - 1]?.lower !== 'the' || tokens[u.end]?.lower === 'of' || !PARTY_NOUNS.has(u.unit)) return false;
  const before = text.slice(Math.max(0, tokens[m.first].start - REFERENCE_REACH), tokens[m.first - 1].start);
  return JOINED_NAMES.get(n)!.test(before);
}

function countOf(tokens: readonly Token[], m: Mention, next: Mention | undefined, names: ReadonlySet<string> = new Set(), text = ''): { draft: Omit<ClaimDraft, 'kind'>; } | null {
  const n = m.number;
  if (notAQuantity(tokens, n) || (m.second && notAQuantity(tokens, m.second))) return null;
  // "Boeing 737 … the firm's 737 pilots": the numeral of a name met in this text is that name again
  if (!m.second && !m.approximated && n.digits !== null && names.has(n.digits)) return null;
  if (partnerIsLabel(tokens, m.first)) return null;
  const exactOne = !m.second && n.low === 1 && n.high === 1;
  if (exactOne && n.spelled && PRONOUN_ONE_BEFORE.has(tokens[n.first - 1]?.lower ?? '')) return null;
  if (isTimeUnit(tokens[m.end]?.lower ?? '')) return null; // "3 min read", "20 days": durations
  let u = unitOf(tokens, m, !exactOne) ?? modelUnit(tokens, m) ?? pairedUnit(tokens, m, next);
  if (u === 'time' || u === 'name') return null;
  // "at one point", "at one stage": an adverbial phrase, not a count of one
  if (exactOne && n.spelled && tokens[m.first - 1]?.lower === 'at' && !m.approximated) return null;
  // "Biden, 81, said" (an age), "call 111", "Reply STOP to 60060" (codes)
  if (!u && !m.approximated && (apposedAge(tokens, n) || dialledCode(tokens, n.first))) return null;
  // "she was 45 when…", "turned 60" (an age); "the airline's 737 fleet" (a model, not 737 of something)
  if (!u && !m.approximated && !m.second && (predicateAge(tokens, n) || modelDesignation(tokens, n, false))) return null;
  // "won 3-6, 6-3, 7-5", "a 2-1 victory": a score, not a range
  if (!u && m.second && scoreAt(tokens, m)) return null;
  // "Reform UK was on 25", "the Tories on 21": a bare number after "on" is a level or score
  if (!u && !m.approximated && !m.second && tokens[m.first - 1]?.lower === LEVEL_PREPOSITION) return null;
  if (u && isTimeUnit(u.unit)) return null;
  if (u && definiteReference(text, tokens, m, u)) return null;
  if (isYear(n) && !m.second && !m.approximated && !(u && isPlural(tokens[u.end - 1].lower))) return null;
  // "from 2015 to 2018", "between 1989 and 1993": a range of years is a date (the date tagger's)
  if (isYear(n) && m.second && isYear(m.second) && !u) return null;
  let interval: Interval = m.interval;
  // "a 5m wall": a glued "m" with no counted noun is metres, not millions
  if (!u && n.abbreviated && tokens[n.first + 1]?.lower === 'm' && !m.second) {
    interval = intervalOf({ low: clean(n.low / 1e6), high: clean((n.high ?? n.low) / 1e6), approx: n.approx }, null);
    u = { unit: 'meter', modifiers: [], end: n.first + 2 };
  }
  if (u && isYear(n) && /^\p{Lu}/u.test(tokens[u.end - 1].text)) return null; // "the 2020 Olympics"
  if (!u) {
    if (exactOne && n.spelled) return null;
    const ofPronoun = tokens[m.end]?.lower === 'of' && OF_PRONOUNS.has(tokens[m.end + 1]?.lower ?? '');
    // "up from nine a year ago", "down from 12": the earlier value of a change is a count
    const comparedFrom = tokens[m.first - 1]?.lower === 'from' && /^(?:up|down|rising|falling|compared|increase|decrease|rise|fall|jump|drop)$/.test(tokens[m.first - 2]?.lower ?? '');
    if (n.spelled && !n.magnitude && !m.approximated && !ofPronoun && !comparedFrom && (n.high ?? 0) < BARE_SPELLED_MIN) return null;
    // a capitalized word right after a bare number is usually a name ("Fox 5 News", "11 Pro Max")
    const next = tokens[m.end];
    if (m.end === n.end && !n.spelled && next && isNameWord(tokens, m.end) && !WEEKDAYS.has(next.lower) && !MONTH_WORDS.has(next.lower)) return null;
  }
  // "Photo 3 of 12", "page 1 of 5": the total of a position is furniture, not a claim
  if (!u && tokens[m.first - 1]?.lower === 'of' && tokens[m.first - 2]?.kind === 'num') return null;
  let start = m.first;
  if (!u && !m.approximated) {
    const pre = prefixUnit(tokens, m.first); // "magnitude 6.3", "a magnitude of 6.3"
    if (pre) [u, start] = [{ unit: pre[0], modifiers: [], end: m.end }, pre[1]];
  }
  let end = u ? u.end : m.end;
  if (u && !m.approximated) {
    const suf = suffixApproxAt(tokens, end); // "130 applications or more"
    if (suf) {
      interval = intervalOf(n, suf.kind);
      end = suf.next;
    }
  }
  const value: Quantity = { low: interval.low, high: interval.high, unit: u ? u.unit : '', approx: interval.approx };
  if (u && u.modifiers.length > 0) value.modifiers = u.modifiers;
  return { draft: { span: { start: tokens[start].start, end: tokens[end - 1].end }, value } };
}

export const countTagger: Tagger = {
  name: 'count',
  kind: 'count',
  extract(ctx: TagContext): ClaimDraft[] {
    const { tokens, mentions } = scanMentions(ctx.text);
    const out: ClaimDraft[] = [];
    const fractions = scanFractions(tokens);
    const names = namedNumerals(tokens, mentions);
    let f = 0;
    for (let k = 0; k < mentions.length; k++) {
      const m = mentions[k];
      if (m.measure !== 'plain') continue;
      while (f < fractions.length && fractions[f].end <= m.first) f++;
      if (f < fractions.length && fractions[f].first < m.end) continue; // "one in five" is a percent
      const c = countOf(tokens, m, mentions[k + 1], names, ctx.text);
      if (c) out.push({ kind: 'count', ...c.draft });
    }
    return out;
  },
};
