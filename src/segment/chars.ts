/**
 * Character classes by UTF-16 code unit. The segmenter looks at one code unit at a time, so
 * every test here is a comparison or a table lookup, never a regular expression.
 */

const TAB = 0x09;
const CR = 0x0d;
const SPACE = 0x20;

/** The whitespace String.prototype.trim removes, so our spans agree with `.trim()`. */
export function isSpace(c: number): boolean {
  if (c <= SPACE) return c === SPACE || (c >= TAB && c <= CR);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** Line breaks: LF, CR, LINE SEPARATOR, PARAGRAPH SEPARATOR. */
export function isLineBreak(c: number): boolean {
  return c === 0x0a || c === CR || c === 0x2028 || c === 0x2029;
}

export function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

export function isUpper(c: number): boolean {
  if (c < 0x80) return c >= 0x41 && c <= 0x5a;
  const ch = String.fromCharCode(c);
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

export function isLower(c: number): boolean {
  if (c < 0x80) return c >= 0x61 && c <= 0x7a;
  const ch = String.fromCharCode(c);
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

export function isLetter(c: number): boolean {
  if (c < 0x80) return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  const ch = String.fromCharCode(c);
  return ch.toLowerCase() !== ch.toUpperCase();
}

export const PERIOD = 0x2e;
export const ELLIPSIS = 0x2026;

/** Sentence-final punctuation: . ! ? … and their doubled/fullwidth forms. */
export function isTerminator(c: number): boolean {
  if (c < 0x80) return c === PERIOD || c === 0x21 || c === 0x3f;
  return c === ELLIPSIS || c === 0x203c || c === 0x2047 || c === 0x2048 || c === 0x2049 || c === 0x3002 ||
    c === 0xff01 || c === 0xff1f || c === 0xff0e;
}

/** ! ? and their variants (not the period or ellipsis). */
export function isBang(c: number): boolean {
  return c === 0x21 || c === 0x3f || c === 0x203c || c === 0x2047 || c === 0x2048 || c === 0x2049 ||
    c === 0xff01 || c === 0xff1f;
}

/** Marks that close a quotation or bracket and stay with the sentence they end. */
export function isCloser(c: number): boolean {
  return c === 0x22 || c === 0x27 || c === 0x29 || c === 0x5d || c === 0x7d || c === 0x201d || c === 0x2019 ||
    c === 0xbb || c === 0x203a || c === 0x300d || c === 0x300f;
}

/** Closers that end a quotation (not a bracket). */
export function isQuoteCloser(c: number): boolean {
  return c === 0x22 || c === 0x27 || c === 0x201d || c === 0x2019 || c === 0xbb || c === 0x203a;
}

/** Marks that open a quotation or bracket before a word. */
export function isOpener(c: number): boolean {
  return c === 0x22 || c === 0x27 || c === 0x28 || c === 0x5b || c === 0x7b || c === 0x201c || c === 0x2018 ||
    c === 0xab || c === 0x2039 || c === 0x201e || c === 0x300c || c === 0x300e || c === 0x60;
}

/** Dedicated bullet characters, which mark list items even in running text. */
export function isBullet(c: number): boolean {
  return c === 0x2022 || c === 0x2043 || c === 0x25aa || c === 0x25e6 || c === 0x2023 || c === 0x25cf ||
    c === 0x25a0 || c === 0x25ba || c === 0x27a2;
}

/** Characters that start a list item at the start of a line ("- item", "* item", "– item"). */
export function isLineBullet(c: number): boolean {
  return isBullet(c) || c === 0x2d || c === 0x2a || c === 0x2013 || c === 0x2014 || c === 0xb7 || c === 0x2b;
}

/** Dashes that join a dateline or an aside to what follows ("Ill. — The governor"). */
export function isDash(c: number): boolean {
  return c === 0x2d || c === 0x2013 || c === 0x2014 || c === 0x2012 || c === 0x2015;
}
