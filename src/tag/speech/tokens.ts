/** A small word/punctuation tokenizer with offsets, tuned for names in news text. */

export interface Token {
  start: number;
  end: number;
  /** Text as written. */
  text: string;
  /** Lower-case text with curly apostrophes made straight. */
  lower: string;
  /** A word (letters/digits), as opposed to one punctuation character. */
  word: boolean;
  /** Word that starts with an upper-case letter (or an initialism such as U.S.). */
  cap: boolean;
  /** A line break sits between this token and the previous one (a paragraph or line edge). */
  nl: boolean;
}

/**
 * Initialisms (U.S., N.Y.), single initials before a name (J. Smith), words, or one symbol. A
 * capitalized plural keeps its apostrophe before another capitalized word ("Farmers’ Union").
 */
const TOKEN_RE = /(?:\p{Lu}\.){2,}|\p{Lu}\.(?=\s\p{Lu})|[\p{L}\p{N}](?:[\p{L}\p{N}&]|['’-](?=[\p{L}\p{N}]))*(?:(?<=\p{Lu}\p{Ll}*s)['’](?= \p{Lu}\p{Ll}))?|\S/gu;

/** Abbreviations that keep their period ("Mr.", "Sen.", "Inc."), so the period is not a sentence end. */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'sgt', 'capt', 'adm', 'prof', 'rev', 'st', 'jr',
  'sr', 'inc', 'corp', 'co', 'ltd', 'no', 'vs', 'jan', 'feb', 'aug', 'sept', 'sep', 'oct', 'nov', 'dec', 'mt', 'ft',
  'dept', 'atty', 'supt', 'gov', 'pres', 'messrs', 'maj', 'brig', 'cpl', 'pvt', 'cmdr', 'lt', 'gens', 'sens', 'reps', 'det', 'insp',
]);

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m; m = TOKEN_RE.exec(text)) {
    let end = m.index + m[0].length;
    let raw = m[0];
    const word = /[\p{L}\p{N}]/u.test(raw[0]);
    if (word && text[end] === '.' && ABBREVIATIONS.has(raw.toLowerCase())) {
      end += 1;
      raw += '.';
      TOKEN_RE.lastIndex = end;
    }
    out.push({
      start: m.index,
      end,
      text: raw,
      lower: raw.toLowerCase().replace(/’/g, "'"),
      word,
      cap: word && /^\p{Lu}/u.test(raw),
      nl: text.slice(out.length ? out[out.length - 1].end : 0, m.index).includes('\n'),
    });
  }
  return out;
}

/** Index of the first token whose start is >= offset (binary search). */
export function tokenAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A possessive word ("Trump's", "city’s"); tokens keep the apostrophe, `lower` has it straight. */
export function isPossessive(t: Token): boolean {
  return /'s$/.test(t.lower) && t.lower.length > 2;
}

/** Month names that are also surnames ("Theresa May", "Brian May"). */
const MONTH_SURNAMES = new Set(['may', 'june', 'april', 'august', 'march', 'january']);
/**
 * Is token k a month name used as a surname: capitalized, right after a capitalized given name
 * ("Theresa May said"), not a date ("on May 5", "in May")? `given` says whether a word is a first name.
 */
export function monthSurname(tokens: readonly Token[], k: number, given: (lower: string) => boolean): boolean {
  const t = tokens[k];
  const prev = tokens[k - 1];
  if (!t?.cap || !MONTH_SURNAMES.has(t.lower) || !prev?.cap || t.nl || !given(prev.lower)) return false;
  // "May 5", "May 2019": a number after it makes it a date again
  return !/^\d/.test(tokens[k + 1]?.text ?? '');
}
