/**
 * A flat token list of the article text with offsets, built once per text and shared by the
 * quantity taggers (they all walk the same tokens).
 */

export type TokenKind = 'num' | 'word' | 'punct';

export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  kind: TokenKind;
  /** Whitespace (or the start of the text) comes right before this token. */
  gap: boolean;
  /** A line break (or the start of the text) comes before this token: list numbering, headings. */
  lineStart: boolean;
}

/**
 * Dotted abbreviations first ("U.S.", "p.m.") so their dots do not end a phrase; then numerals
 * with their thousands separators and decimals ("1,234.5"); then words (with an inner apostrophe,
 * "world's"); then any other single character.
 */
const TOKEN_RE = /(?:\p{L}\.){2,}|\d+(?:[.,]\d+)*|\p{L}+(?:['’]\p{L}+)*|\S/gu;
const DIGIT_RE = /^\d/;
const LETTER_RE = /^\p{L}/u;
const NEWLINE_RE = /\n/;

let cachedText: string | undefined;
let cachedTokens: Token[] = [];

export function tokenize(text: string): Token[] {
  if (text === cachedText) return cachedTokens;
  const tokens: Token[] = [];
  let prevEnd = 0;
  for (const m of text.matchAll(TOKEN_RE)) {
    const start = m.index;
    const t = m[0];
    const between = text.slice(prevEnd, start);
    tokens.push({
      text: t,
      lower: t.toLowerCase(),
      start,
      end: start + t.length,
      kind: DIGIT_RE.test(t) ? 'num' : LETTER_RE.test(t) ? 'word' : 'punct',
      gap: start === 0 || between.length > 0,
      lineStart: start === 0 || NEWLINE_RE.test(between),
    });
    prevEnd = start + t.length;
  }
  cachedText = text;
  cachedTokens = tokens;
  return tokens;
}

/** Token i and i+1 touch (no whitespace between them). */
export const joined = (tokens: readonly Token[], i: number): boolean =>
  i + 1 < tokens.length && !tokens[i + 1].gap;
