/**
 * Standfirst (dek) recovery: the one-or-two-sentence summary printed under the headline often sits
 * in the header, outside the container chosen for the body. It is taken back when it lies between
 * the headline (<h1>) and the article, and either repeats the page's meta description or carries a
 * dek-like class, and reads like prose.
 */
import type { Block } from './blocks.js';
import { serialise } from './blocks.js';
import type { FlatDom } from './dom.js';
import { attr, rawAttr } from './dom.js';
import { isBoilerplate } from './filters.js';
import { matchKey } from './jsonld-body.js';
import { markRemoved } from './prepare.js';
import { subtreeText } from './score.js';
import {
  DEK_HINT_RE, DEK_MAX_CHARS, DEK_MAX_LINK_SHARE, DEK_MIN_CHARS, DEK_SCAN_NODES, DESCRIPTION_META_RE, SENTENCE_END_RE,
} from './tunables.js';

/** Elements that can hold a dek by themselves. */
const DEK_TAGS = new Set(['p', 'div', 'h2', 'h3', 'span', 'section', 'summary']);
/** Meta tags are only looked for in the first nodes of the page (the head). */
const META_SCAN_NODES = 3000;

export interface Dek {
  element: number;
  blocks: Block[];
}

/**
 * Finds the dek of a page whose article starts at `firstRoot`. `removed` is the extraction's mask;
 * the returned element's subtree is cleared in it (except never-text nodes) so the markdown sees it.
 */
export function findDek(dom: FlatDom, hint: string[], removed: Uint8Array, firstRoot: number): Dek | null {
  const h1 = headlineBefore(dom, firstRoot);
  if (h1 < 0) return null;
  const descriptions = metaDescriptions(dom);
  const hard = markRemoved(dom, hint, { dropUnlikely: false, dropChrome: true, pruneLinks: false });
  for (let i = dom.end[h1]!; i < firstRoot; i++) {
    if (hard[i]) {
      i = dom.end[i]! - 1;
      continue;
    }
    const tag = dom.tag[i]!;
    if (!DEK_TAGS.has(tag) || dom.end[i]! > firstRoot) continue;
    const text = subtreeText(dom, hard, i, DEK_MAX_CHARS + 1);
    if (text.length < DEK_MIN_CHARS || text.length > DEK_MAX_CHARS) continue;
    const key = matchKey(text);
    const described = descriptions.some((d) => d === key || (d.length >= DEK_MIN_CHARS && (key.startsWith(d) || d.startsWith(key)) && Math.min(d.length, key.length) / Math.max(d.length, key.length) >= 0.8));
    if (!described && !(DEK_HINT_RE.test(hint[i]!) && SENTENCE_END_RE.test(text))) continue;
    const blocks = serialise(dom, hard, [i]);
    if (blocks.length !== 1) continue;
    const block = blocks[0]!;
    if (block.linkChars / block.text.length > DEK_MAX_LINK_SHARE || isBoilerplate(block) || block.kind === 'caption') continue;
    for (let j = i; j < dom.end[i]!; j++) removed[j] = hard[j]!;
    return { element: i, blocks: [{ ...block, kind: 'paragraph' }] };
  }
  return null;
}

/** The last <h1> that closes before `firstRoot`, looking back a bounded number of nodes. */
function headlineBefore(dom: FlatDom, firstRoot: number): number {
  for (let i = firstRoot - 1; i >= 0 && i >= firstRoot - DEK_SCAN_NODES; i--) {
    if (dom.tag[i] === 'h1' && dom.end[i]! <= firstRoot) return i;
  }
  return -1;
}

/** Match keys of the page's description meta tags (description, og:, twitter:, itemprop). */
function metaDescriptions(dom: FlatDom): string[] {
  const out: string[] = [];
  const limit = Math.min(dom.tag.length, META_SCAN_NODES);
  for (let i = 0; i < limit; i++) {
    if (dom.tag[i] !== 'meta') continue;
    const name = attr(dom, i, 'name') || attr(dom, i, 'property') || attr(dom, i, 'itemprop');
    if (!DESCRIPTION_META_RE.test(name)) continue;
    const content = rawAttr(dom, i, 'content');
    const key = matchKey(content);
    if (key && !out.includes(key)) out.push(key);
  }
  return out;
}
