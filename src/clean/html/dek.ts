/**
 * Standfirst (dek) policy: the one-or-two-sentence summary printed under the headline is not
 * article text. Hand-made gold leaves it out, like the headline, and it restates the body (its
 * claims would be counted twice). Deks outside the chosen container are never taken; a dek that
 * the container holds at its start is dropped when the page states it as its description and its
 * place says "summary": a dek class, the headline's <header>, or the headline's own box while the
 * body sits elsewhere. A lead paragraph that the description repeats stays (it is in the body).
 */
import type { Extraction } from './extract.js';
import type { FlatDom } from './dom.js';
import { attr, rawAttr } from './dom.js';
import { matchKey } from './jsonld-body.js';
import { DEK_HINT_RE, DEK_MAX_CHARS, DEK_MIN_CHARS, DESCRIPTION_META_RE, TITLE_SEARCH_BLOCKS } from './tunables.js';

/** Meta tags are only looked for in the first nodes of the page (the head). */
const META_SCAN_NODES = 3000;
/** A description matches a dek when it is this close in length (a site's excerpt may cut or extend it). */
const DESCRIBED_LENGTH_SHARE = 0.9;
/** Ancestors of the dek looked at for a dek class or the headline's header. */
const DEK_ANCESTORS = 3;

/** Drops the standfirst that opens the extracted blocks (see the module comment). */
export function dropLeadingDek(result: Extraction, hint: string[]): void {
  const { dom, blocks } = result;
  const limit = Math.min(TITLE_SEARCH_BLOCKS, blocks.length - 1);
  if (limit <= 0) return;
  let descriptions: string[] | null = null;
  for (let k = 0; k < limit; k++) {
    const block = blocks[k]!;
    const e = block.element;
    if (e < 0 || block.text.length < DEK_MIN_CHARS || block.text.length > DEK_MAX_CHARS) continue;
    descriptions ??= metaDescriptions(dom);
    if (!descriptions.length) return;
    const key = matchKey(block.text);
    if (!descriptions.some((d) => described(d, key))) continue;
    if (!placedAsDek(dom, hint, e, blocks[k + 1]!.element)) return;
    blocks.splice(k, 1);
    if (block.whole) result.removed.fill(1, e, dom.end[e]!);
    return;
  }
}

export function described(description: string, key: string): boolean {
  if (description === key) return true;
  const shorter = Math.min(description.length, key.length);
  return shorter >= DEK_MIN_CHARS && (key.startsWith(description) || description.startsWith(key))
    && shorter / Math.max(description.length, key.length) >= DESCRIBED_LENGTH_SHARE;
}

/** A dek class or a header around `e`, or `e` beside the headline while the next block lies elsewhere. */
function placedAsDek(dom: FlatDom, hint: string[], e: number, next: number): boolean {
  // The box that says "summary" holds the dek, not the body after it.
  let a = e;
  for (let level = 0; level <= DEK_ANCESTORS && a >= 0 && !(next >= a && next < dom.end[a]!); level++, a = dom.parent[a]!) {
    if (DEK_HINT_RE.test(hint[a]!) || dom.tag[a] === 'header' || dom.tag[a] === 'hgroup') return true;
  }
  const p = dom.parent[e]!;
  if (p < 0 || (next >= p && next < dom.end[p]!)) return false;
  for (let c = p + 1; c < e; c = dom.end[c]!) if (dom.tag[c] === 'h1') return true;
  return false;
}

/** Match keys of the page's description meta tags (description, og:, twitter:, itemprop). */
export function metaDescriptions(dom: FlatDom): string[] {
  const out: string[] = [];
  const limit = Math.min(dom.tag.length, META_SCAN_NODES);
  for (let i = 0; i < limit; i++) {
    if (dom.tag[i] !== 'meta') continue;
    const name = attr(dom, i, 'name') || attr(dom, i, 'property') || attr(dom, i, 'itemprop');
    if (!DESCRIPTION_META_RE.test(name)) continue;
    const key = matchKey(rawAttr(dom, i, 'content'));
    if (key && !out.includes(key)) out.push(key);
  }
  return out;
}
