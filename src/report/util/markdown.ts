/** Markdown escaping for table cells and prose (pull-request comments). */
import { compact } from './text.js';

/** Characters with markdown or HTML meaning inside a table cell. */
const MD_SPECIAL_RE = /[\\`*_[\]<>|#~]/g;

export function mdCell(s: string | null | undefined): string {
  return compact(s).replace(MD_SPECIAL_RE, (c) => (c === '<' ? '&lt;' : c === '>' ? '&gt;' : `\\${c}`));
}
