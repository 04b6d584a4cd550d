/**
 * The parsed page as flat arrays in document (pre-)order, so every later pass is a loop, never a
 * recursion: 100,000 nested divs cost no stack. A subtree is the index range [i, end[i]).
 */
import type { AnyNode, Element } from 'domhandler';
import { HASH_LINK_WEIGHT, WHITESPACE_RE, ZERO_WIDTH_RE } from './tunables.js';

/** Depth (after the implied-close tags) beyond which the markup is flattened before parsing. */
const MAX_PARSE_DEPTH = 2000;
/** A start or end tag, its name, and whether it closes itself; `[^<>]` keeps each attempt short. */
const TAG_RE = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)[^<>]*?(\/?)>/g;
/** Elements without an end tag. */
const VOID_TAGS = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr',
]);
/** Elements the parser closes implicitly: never deep in practice, so they are not counted. */
const IMPLIED_CLOSE_TAGS = new Set(['p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option', 'optgroup', 'thead', 'tbody', 'tfoot']);
/** Raw-text elements whose content must not be scanned for tags. */
const RAW_TEXT_RE = /^(?:script|style|textarea|title|xmp)$/;

export interface FlatDom {
  /** Nodes in document order: elements and text nodes only (comments and directives are skipped). */
  nodes: AnyNode[];
  /** Index of the parent node, -1 for top-level nodes. */
  parent: Int32Array;
  /** Exclusive end of each node's subtree. */
  end: Int32Array;
  /** Lower-case tag name; '#text' for text nodes. */
  tag: string[];
}

/**
 * Flattens pathological nesting before parsing: the parser's cost grows with the square of the
 * depth. Returns the markup unchanged (same string) for ordinary pages.
 */
export function limitDepth(html: string): { html: string; maxDepth: number; flattened: boolean } {
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
    if (VOID_TAGS.has(name) || IMPLIED_CLOSE_TAGS.has(name) || m[3]) continue;
    if (m[1]) depth = Math.max(0, depth - 1);
    else {
      if (RAW_TEXT_RE.test(name)) rawUntil = name;
      else if (++depth > maxDepth) maxDepth = depth;
    }
  }
  if (maxDepth <= MAX_PARSE_DEPTH) return { html, maxDepth, flattened: false };
  // Second pass: drop the start and end tags that lie deeper than the limit.
  const parts: string[] = [];
  let last = 0;
  depth = 0;
  rawUntil = null;
  TAG_RE.lastIndex = 0;
  for (let m = TAG_RE.exec(html); m; m = TAG_RE.exec(html)) {
    const name = m[2]!.toLowerCase();
    if (rawUntil) {
      if (m[1] && name === rawUntil) rawUntil = null;
      continue;
    }
    if (VOID_TAGS.has(name) || IMPLIED_CLOSE_TAGS.has(name) || m[3]) continue;
    let drop = false;
    if (m[1]) {
      drop = depth > MAX_PARSE_DEPTH;
      depth = Math.max(0, depth - 1);
    } else if (RAW_TEXT_RE.test(name)) rawUntil = name;
    else drop = ++depth > MAX_PARSE_DEPTH;
    if (drop) {
      parts.push(html.slice(last, m.index));
      last = m.index + m[0].length;
    }
  }
  parts.push(html.slice(last));
  return { html: parts.join(''), maxDepth, flattened: true };
}

/** Walks the tree once, iteratively (an explicit stack of child positions), into flat arrays. */
export function flatten(root: AnyNode): FlatDom {
  const nodes: AnyNode[] = [];
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
      nodes.push(child);
      parents.push(stackFlat[top]!);
      tags.push('#text');
    } else if (type === 'tag' || type === 'script' || type === 'style') {
      const index = nodes.length;
      nodes.push(child);
      parents.push(stackFlat[top]!);
      tags.push((child as Element).name.toLowerCase());
      if ((child as Element).children.length) {
        stackNode.push(child);
        stackPos.push(0);
        stackFlat.push(index);
      }
    }
  }
  const n = nodes.length;
  const parent = Int32Array.from(parents);
  const end = new Int32Array(n);
  for (let i = 0; i < n; i++) end[i] = i + 1;
  for (let i = n - 1; i >= 0; i--) {
    const p = parent[i]!;
    if (p >= 0 && end[i]! > end[p]!) end[p] = end[i]!;
  }
  return { nodes, parent, end, tag: tags };
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

/** Attribute value, lower-cased ('' when absent). */
export function attr(node: AnyNode, name: string): string {
  const attribs = (node as Element).attribs;
  const value = attribs ? attribs[name] : undefined;
  return value ? value.toLowerCase() : '';
}

/** Text node content with whitespace collapsed and invisible characters removed. */
export function collapse(text: string): string {
  return text.replace(ZERO_WIDTH_RE, '').replace(WHITESPACE_RE, ' ');
}

/** Raw data of a text node. */
export function textOf(node: AnyNode): string {
  return (node as unknown as { data: string }).data ?? '';
}

/** How much an <a>'s text counts as link text: 0 without a target or for script links, less for in-page anchors. */
export function linkWeight(node: AnyNode): number {
  const href = (node as Element).attribs?.href?.trim();
  if (!href || /^javascript:/i.test(href)) return 0;
  return href.startsWith('#') ? HASH_LINK_WEIGHT : 1;
}
