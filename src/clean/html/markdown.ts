/**
 * The kept article as markdown: the kept subtrees are re-serialised as small, shallow HTML (only
 * structural and emphasis tags, no attributes except link targets), then converted by turndown.
 */
import type TurndownService from 'turndown';
import { turndownService } from '../../util/lazy.js';
import type { Extraction } from './extract.js';
import type { FlatDom } from './dom.js';
import { rawAttr } from './dom.js';
import { BLOCK_TAGS, CELL_TAGS } from './tunables.js';

/** Tags kept in the intermediate HTML; everything else is unwrapped. */
const KEEP_TAGS = new Set([
  'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'blockquote', 'pre', 'code', 'a', 'em', 'strong',
  'b', 'i', 'br', 'table', 'tr', 'td', 'th', 'figcaption', 'dl', 'dt', 'dd', 'hr', 'sup', 'sub',
]);
/** Unwrapped block containers still separate paragraphs. */
const SEPARATOR_TAGS = new Set(['div', 'section', 'article', 'main', 'header', 'figure', 'center', 'address']);
/** Nesting kept in the intermediate HTML; deeper containers are unwrapped (turndown recurses). */
const MAX_NESTING = 60;
/** Link targets worth keeping (no script URLs). */
const SAFE_HREF_RE = /^(?:https?:|mailto:|\/|#|\.)/i;

let service: TurndownService | null = null;

function turndown(): TurndownService {
  const Turndown = turndownService();
  service ??= new Turndown({ headingStyle: 'atx', codeBlockStyle: 'fenced', bulletListMarker: '-' });
  return service;
}

/** Markdown of an extraction (the same blocks as the text, with links and emphasis). */
export function extractionToMarkdown(extraction: Extraction): string {
  if (!extraction.roots.length) return extraction.blocks.map((b) => b.text).join('\n\n');
  const html = toSafeHtml(extraction);
  return turndown().turndown(html).trim();
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAttr(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;');
}

/** An empty block: turndown reads it as a paragraph break, as the text serialiser does. */
const BREAK = '<div></div>';

/** The <br> that follows `i` with only whitespace between (-1 when none): a double <br> is a paragraph break. */
function nextBr(dom: FlatDom, removed: Uint8Array, i: number, end: number): number {
  for (let j = i + 1; j < end; j++) {
    if (removed[j]) return -1;
    const tag = dom.tag[j]!;
    if (tag === 'br') return j;
    if (tag !== '#text' || dom.text[j]!.trim()) return -1;
  }
  return -1;
}

/**
 * Iterative serialiser over the kept roots, skipping removed nodes. A removed block (an ad slot
 * between two runs of loose text) and a double <br> still end the paragraph, as in the text.
 */
function toSafeHtml({ dom, removed, roots }: Extraction): string {
  const out: string[] = [];
  for (const root of roots) {
    const closers: Array<[number, string]> = [];
    for (let i = root; i < dom.end[root]!; i++) {
      while (closers.length && i >= closers[closers.length - 1]![0]) out.push(closers.pop()![1]);
      if (removed[i]) {
        if (BLOCK_TAGS.has(dom.tag[i]!)) out.push(BREAK);
        i = dom.end[i]! - 1;
        continue;
      }
      const tag = dom.tag[i]!;
      if (tag === 'br') {
        const second = nextBr(dom, removed, i, dom.end[root]!);
        if (second >= 0) {
          out.push(BREAK);
          i = second;
          continue;
        }
      }
      if (tag === '#text') {
        out.push(escapeText(dom.text[i]!));
        continue;
      }
      if (KEEP_TAGS.has(tag) && closers.length < MAX_NESTING) {
        let open = `<${tag}>`;
        if (tag === 'a') {
          const href = rawAttr(dom, i, 'href');
          open = SAFE_HREF_RE.test(href) ? `<a href="${escapeAttr(href)}">` : '<a>';
        }
        out.push(open);
        if (tag !== 'br' && tag !== 'hr') closers.push([dom.end[i]!, `</${tag}>`]);
      } else if (CELL_TAGS.has(tag)) {
        // A formula's tokens (table cells are kept tags above), spaced as in the text.
        out.push(' ');
        closers.push([dom.end[i]!, ' ']);
      } else if (SEPARATOR_TAGS.has(tag) && closers.length < MAX_NESTING) {
        out.push('<div>');
        closers.push([dom.end[i]!, '</div>']);
      }
    }
    while (closers.length) out.push(closers.pop()![1]);
  }
  return `<div>${out.join('')}</div>`;
}
