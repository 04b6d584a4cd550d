/**
 * Article text is untrusted: it must never put raw control characters on a terminal (ANSI/OSC
 * escapes could rewrite the screen, set the window title or write to the clipboard).
 */

/** C0 controls except tab/newline, DEL, C1 controls, and bidi overrides that reorder what is shown. */
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

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
