/** Whitespace tidying shared by the metadata finders. */

/**
 * Runs of whitespace, and line breaks/tabs, that become one space. A single no-break or ideographic
 * space is kept: it is deliberate typography ("6 Days", "欲張りなイヌ　＜福娘童話集＞"), not layout.
 */
const LAYOUT_SPACE_RE = /\s{2,}|[\t\n\r\f\v]/g;

/** Collapse layout whitespace but keep a lone deliberate space character as the page wrote it. */
export function tidySpace(s: string): string {
  return s.replace(LAYOUT_SPACE_RE, ' ').trim();
}
