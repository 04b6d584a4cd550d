/**
 * Article text is untrusted: it must never put raw control characters on a terminal (ANSI/OSC
 * escapes could rewrite the screen, set the window title or write to the clipboard).
 */

/** C0 controls except tab, newline and CR; DEL; C1 controls (incl. CSI 0x9b). The one list every formatter uses. */
export const CONTROL_CHARS = '\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f';
/** Bidi marks, embeddings, overrides and isolates that can reorder what is shown. */
export const BIDI_CHARS = '\\u061c\\u200e\\u200f\\u202a-\\u202e\\u2066-\\u2069';

/** Everything safeText escapes: controls (CR too: it can overwrite a terminal line) and bidi marks. */
const UNSAFE = new RegExp(`[${CONTROL_CHARS}\\r${BIDI_CHARS}]`, 'g');

/** Replace unsafe characters with their visible escape (\x1b, \u202e) so nothing is hidden. */
export function safeText(s: string): string {
  return s.replace(UNSAFE, (c) => {
    const code = c.charCodeAt(0);
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

/** As safeText, and newlines/tabs become spaces: for one-line cells. */
export function safeLine(s: string): string {
  return safeText(s.replace(/[\t\r\n]+/g, ' '));
}
