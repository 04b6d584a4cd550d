/**
 * The parsed page as flat arrays in document (pre-)order, so every later pass is a loop, never a
 * recursion: 100,000 nested divs cost no stack. A subtree is the index range [i, end[i]).
 */
import type { AnyNode, Element } from 'domhandler';
import { BLOCK_TAGS, HASH_LINK_WEIGHT, WHITESPACE_RE, ZERO_WIDTH_RE } from './tunables.js';

/** Depth (after the implied-close tags) beyond which the markup is flattened before parsing. */
const MAX_PARSE_DEPTH = 2000;
/** A start or end tag and its name; `[^<>]` keeps each attempt short (greedy: no backtracking per character). */
const TAG_RE = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)[^<>]*>/g;
/** Whether a matched tag closes itself ("<br/>", "<x />"). */
const selfClosing = (tag: string): boolean => tag.charCodeAt(tag.length - 2) === 47; // '/'
/** Elements without an end tag. */
const VOID_TAGS = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr',
]);
/** Elements the parser closes implicitly: never deep in practice, so they are not counted. */
const IMPLIED_CLOSE_TAGS = new Set(['p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option', 'optgroup', 'thead', 'tbody', 'tfoot']);
/** Raw-text elements whose content must not be scanned for tags. */
const RAW_TEXT_RE = /^(?:script|style|textarea|title|xmp)$/;

/** Attributes of an element as the parser gave them (names lower-case, values as written). */
export type Attribs = Record<string, string>;

/**
 * Elements and text nodes (comments and directives are skipped) in document order. Only plain
 * arrays and strings are kept, never the parser's node objects, so the parsed tree can be freed
 * while the article is extracted (a 50 MB page is a million nodes).
 */
export interface FlatDom {
  /** Data of each text node ('' for elements). */
  text: string[];
  /** The same array as `tag`: only its length is meaningful (kept for scripts/eval-clean.ts). */
  nodes: readonly string[];
  /** Attributes of each element (null for text nodes and elements without attributes). */
  attribs: Array<Attribs | null>;
  /** Index of the parent node, -1 for top-level nodes. */
  parent: Int32Array;
  /** Exclusive end of each node's subtree. */
  end: Int32Array;
  /** Lower-case tag name; '#text' for text nodes. */
  tag: string[];
}

/**
 * Walks the start and end tags that nest (not void, implied-close or self-closing tags, nor
 * anything inside raw-text elements), calling `visit` with each tag's range and its depth (after
 * a start tag is opened, before an end tag is closed). Returns the greatest depth.
 */
function walkNesting(html: string, visit?: (start: number, end: number, depth: number) => void): number {
  let depth = 0;
  let maxDepth = 0;
  let rawUntil: string | null = null;
  TAG_RE.lastIndex = 0;
  for (let m = TAG_RE.exec(html); m; m = TAG_RE.exec(html)) {
    const name = m[2]!.toLowerCase();
    if (rawUntil) {
      if (m[1] && name === rawUntil) rawUntil = null;
      continue;
    }
    if (VOID_TAGS.has(name) || IMPLIED_CLOSE_TAGS.has(name) || selfClosing(m[0])) continue;
    if (m[1]) {
      visit?.(m.index, m.index + m[0].length, depth);
      depth = Math.max(0, depth - 1);
    } else if (RAW_TEXT_RE.test(name)) rawUntil = name;
    else {
      if (++depth > maxDepth) maxDepth = depth;
      visit?.(m.index, m.index + m[0].length, depth);
    }
  }
  return maxDepth;
}

/**
 * Flattens pathological nesting before parsing: the parser's cost grows with the square of the
 * depth. Returns the markup unchanged (same string) for ordinary pages.
 */
export function limitDepth(html: string): { html: string; maxDepth: number; flattened: boolean } {
  const maxDepth = walkNesting(html);
  if (maxDepth <= MAX_PARSE_DEPTH) return { html, maxDepth, flattened: false };
  // Second pass: drop the start and end tags that lie deeper than the limit.
  const parts: string[] = [];
  let last = 0;
  walkNesting(html, (start, end, depth) => {
    if (depth <= MAX_PARSE_DEPTH) return;
    parts.push(html.slice(last, start));
    last = end;
  });
  parts.push(html.slice(last));
  return { html: parts.join(''), maxDepth, flattened: true };
}

/** Walks the tree once, iteratively (an explicit stack of child positions), into flat arrays. */
export function flatten(root: AnyNode): FlatDom {
  const texts: string[] = [];
  const attribs: Array<Attribs | null> = [];
  const parents: number[] = [];
  const tags: string[] = [];
  const stackNode: AnyNode[] = [root];
  const stackPos: number[] = [0];
  const stackFlat: number[] = [-1];
  while (stackNode.length) {
    const top = stackNode.length - 1;
    const children = (stackNode[top] as Element).children;
    const pos = stackPos[top]!;
    if (!children || pos >= children.length) {
      stackNode.pop();
      stackPos.pop();
      stackFlat.pop();
      continue;
    }
    stackPos[top] = pos + 1;
    const child = children[pos]!;
    const type = child.type;
    if (type === 'text') {
      texts.push((child as unknown as { data: string }).data ?? '');
      attribs.push(null);
      parents.push(stackFlat[top]!);
      tags.push('#text');
    } else if (type === 'tag' || type === 'script' || type === 'style') {
      const index = tags.length;
      const element = child as Element;
      texts.push('');
      attribs.push(hasKeys(element.attribs) ? element.attribs : null);
      parents.push(stackFlat[top]!);
      tags.push(element.name.toLowerCase());
      if (element.children.length) {
        stackNode.push(child);
        stackPos.push(0);
        stackFlat.push(index);
      }
    }
  }
  const parent = Int32Array.from(parents);
  normaliseCustomTags(tags, texts, attribs, parent);
  return { text: texts, nodes: tags, attribs, parent, end: subtreeEnds(parent), tag: tags };
}

/** AMP's image elements, and its media and widget elements (never article text). */
const AMP_IMAGE_RE = /^amp-(?:img|anim)$/;
const AMP_MEDIA_RE = /^amp-(?:video|audio|iframe|youtube|vimeo|twitter|instagram|facebook|ad|embed|analytics|pixel|script|state|consent|user-notification|social-share|brightcove|jwplayer|soundcloud|sticky-ad|geo|list|bind-macro)/;
/** Direct text at least this long makes a custom element a block of its own. */
const CUSTOM_BLOCK_TEXT = 40;

/**
 * Custom elements (`<story-body>`, `<amp-img>`) get the tag of the HTML element they stand for, so
 * every later pass knows them: AMP images and media by name; others as a <div> when they hold
 * blocks or a paragraph of text of their own, else as a <span>. The original name is kept as the
 * `data-element` attribute, which the class/id hints read ("comment-thread", "related-links").
 * Children come after their parent, so one reverse pass sees each element's subtree resolved.
 */
export function normaliseCustomTags(tags: string[], texts: string[], attribs: Array<Attribs | null>, parent: Int32Array): void {
  let custom = false;
  for (const tag of tags) {
    if (tag.includes('-')) {
      custom = true;
      break;
    }
  }
  if (!custom) return;
  const n = tags.length;
  const blockBelow = new Uint8Array(n);
  const ownText = new Int32Array(n);
  for (let i = n - 1; i >= 0; i--) {
    let tag = tags[i]!;
    if (tag.includes('-') && tag !== '#text') {
      const name = tag;
      if (AMP_IMAGE_RE.test(name)) tag = 'img';
      else if (AMP_MEDIA_RE.test(name)) tag = 'iframe';
      else tag = blockBelow[i] || ownText[i]! >= CUSTOM_BLOCK_TEXT ? 'div' : 'span';
      tags[i] = tag;
      attribs[i] = { ...(attribs[i] ?? {}), 'data-element': name };
    }
    const p = parent[i]!;
    if (p < 0) continue;
    if (tag === '#text') ownText[p] += texts[i]!.trim().length;
    else if (blockBelow[i] || BLOCK_TAGS.has(tag)) blockBelow[p] = 1;
  }
}

/** Exclusive end of each node's subtree, from the parent links of a pre-order node list. */
export function subtreeEnds(parent: Int32Array): Int32Array {
  const n = parent.length;
  const end = new Int32Array(n);
  for (let i = 0; i < n; i++) end[i] = i + 1;
  for (let i = n - 1; i >= 0; i--) {
    const p = parent[i]!;
    if (p >= 0 && end[i]! > end[p]!) end[p] = end[i]!;
  }
  return end;
}

function hasKeys(object: Attribs | undefined): object is Attribs {
  if (!object) return false;
  for (const key in object) if (Object.hasOwn(object, key)) return true;
  return false;
}

/** True for the characters `collapse` turns into spaces. */
function isSpace(code: number): boolean {
  return code <= 32 || code === 0xa0 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029
    || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0x85;
}

/** True for the invisible characters `collapse` deletes. */
function isInvisible(code: number): boolean {
  return (code >= 0x200b && code <= 0x200d) || code === 0x2060 || code === 0xfeff || code === 0xad;
}

/** Length of `collapse(text).trim()` and its commas (Latin, CJK full-width and ideographic, Arabic), without building strings. */
export function measure(text: string): { chars: number; commas: number } {
  let chars = 0;
  let commas = 0;
  let pendingSpace = false;
  for (let k = 0; k < text.length; k++) {
    const code = text.charCodeAt(k);
    if (isSpace(code)) {
      pendingSpace = chars > 0;
      continue;
    }
    if (isInvisible(code)) continue;
    if (pendingSpace) {
      chars++;
      pendingSpace = false;
    }
    chars++;
    if (code === 44 || code === 0xff0c || code === 0x3001 || code === 0x60c) commas++;
  }
  return { chars, commas };
}

/** Attribute value of element `i`, lower-cased ('' when absent). */
export function attr(dom: FlatDom, i: number, name: string): string {
  const value = dom.attribs[i]?.[name];
  return value ? value.toLowerCase() : '';
}

/** Attribute value of element `i` as written ('' when absent). */
export function rawAttr(dom: FlatDom, i: number, name: string): string {
  return dom.attribs[i]?.[name] ?? '';
}

/** Text node content with whitespace collapsed and invisible characters removed. */
export function collapse(text: string): string {
  return text.replace(ZERO_WIDTH_RE, '').replace(WHITESPACE_RE, ' ');
}

/** How much the text of link `i` counts as link text: 0 without a target or for script links, less for in-page anchors. */
export function linkWeight(dom: FlatDom, i: number): number {
  const href = dom.attribs[i]?.href?.trim();
  if (!href || /^javascript:/i.test(href)) return 0;
  return href.startsWith('#') ? HASH_LINK_WEIGHT : 1;
}
