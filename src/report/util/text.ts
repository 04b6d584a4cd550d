/**
 * Text from articles is untrusted: a page can hold ESC sequences, C1 controls or bidi overrides
 * that would rewrite a terminal or disguise a CSV cell. Every formatter passes article text
 * through `safeText` before it is printed.
 */

import { BIDI_CHARS, CONTROL_CHARS } from '../sanitize.js';

/** C0 controls (except the whitespace folded below), DEL, C1 controls (incl. CSI 0x9b). */
const CONTROL_RE = new RegExp(`[${CONTROL_CHARS}]`, 'g');
/** Bidi embeddings/overrides/isolates and marks that can reorder displayed text. */
const BIDI_RE = new RegExp(`[${BIDI_CHARS}]`, 'g');
/** Line and tab whitespace, folded to one space in single-line output. */
const BREAK_RE = /[\t\n\r\u2028\u2029\u0085]+/g;
/** Shown in place of a removed control character, so tampering stays visible. */
export const REPLACEMENT = '\uFFFD';

/** One line of safe text: no control characters, no line breaks. */
export function safeText(s: string | null | undefined): string {
  if (s === null || s === undefined) return '';
  return String(s).replace(BREAK_RE, ' ').replace(CONTROL_RE, REPLACEMENT).replace(BIDI_RE, REPLACEMENT);
}

/** Collapse runs of spaces after `safeText` (for compact cells). */
export function compact(s: string | null | undefined): string {
  return safeText(s).replace(/ {2,}/g, ' ').trim();
}
