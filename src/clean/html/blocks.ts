/**
 * Serialises the kept subtrees into text blocks: one block per block-level element, inline
 * elements joined as written, table cells and single <br>s as spaces, double <br>s as a break.
 */
import type { ParagraphKind } from '../../model.js';
import type { FlatDom } from './dom.js';
import { collapse, linkWeight } from './dom.js';
import { BLOCK_TAGS, CELL_TAGS } from './tunables.js';

/** The block kind an element gives to the text inside it. */
const KIND_OF_TAG: Record<string, ParagraphKind> = {
  h1: 'heading', h2: 'heading', h3: 'heading', h4: 'heading', h5: 'heading', h6: 'heading',
  li: 'list-item', dd: 'list-item', dt: 'list-item',
  blockquote: 'blockquote', pre: 'preformatted', figcaption: 'caption', caption: 'caption',
};

export interface Block {
  text: string;
  kind: ParagraphKind;
  /** Characters of `text` inside links. */
  linkChars: number;
  /** Innermost block element holding the text. */
  element: number;
  /** True when the block is the whole text of `element` (so dropping it may drop the element). */
  whole: boolean;
  /** Tag of the innermost block element. */
  tag: string;
}

interface Open {
  index: number;
  end: number;
  tag: string;
  /** Number of flushes when the element was opened. */
  flushes: number;
}

/** Blocks of the given roots (document order), skipping removed nodes. */
export function serialise(dom: FlatDom, removed: Uint8Array, roots: number[]): Block[] {
  const blocks: Block[] = [];
  for (const root of roots) serialiseOne(dom, removed, root, blocks);
  return blocks;
}

function serialiseOne(dom: FlatDom, removed: Uint8Array, root: number, blocks: Block[]): void {
  const open: Open[] = [];
  const kinds: ParagraphKind[] = [];
  let buf: string[] = [];
  let linkChars = 0;
  /** Link weight of the innermost open <a> (0 outside links). */
  let inLink = 0;
  const weights: number[] = [];
  let afterBr = false;
  let flushes = 0;

  const flush = (whole: boolean, closing = -1): void => {
    flushes++;
    if (!buf.length) return;
    const raw = buf.join('');
    buf = [];
    const text = raw.replace(/ {2,}/g, ' ').trim();
    const links = linkChars;
    linkChars = 0;
    afterBr = false;
    if (!text) return;
    let element = closing >= 0 ? closing : root;
    for (let k = closing >= 0 ? -1 : open.length - 1; k >= 0; k--) {
      if (BLOCK_TAGS.has(open[k]!.tag)) {
        element = open[k]!.index;
        break;
      }
    }
    blocks.push({
      text, kind: kinds.length ? kinds[kinds.length - 1]! : 'paragraph', linkChars: Math.min(links, text.length),
      element, whole, tag: dom.tag[element]!,
    });
  };

  const close = (entry: Open): void => {
    const { tag } = entry;
    if (BLOCK_TAGS.has(tag)) flush(flushes === entry.flushes, entry.index);
    else if (CELL_TAGS.has(tag)) buf.push(' ');
    else if (tag === 'a') {
      weights.pop();
      inLink = weights.length ? weights[weights.length - 1]! : 0;
    }
    if (KIND_OF_TAG[tag]) kinds.pop();
  };

  const end = dom.end[root]!;
  for (let i = root; i < end; i++) {
    while (open.length && i >= open[open.length - 1]!.end) close(open.pop()!);
    if (removed[i]) {
      // A removed block (an ad slot between two runs of loose text) still ends the paragraph before it.
      if (BLOCK_TAGS.has(dom.tag[i]!)) flush(false);
      i = dom.end[i]! - 1;
      continue;
    }
    const tag = dom.tag[i]!;
    if (tag === '#text') {
      const text = collapse(dom.text[i]!);
      if (!text) continue;
      buf.push(text);
      if (inLink) linkChars += text.trim().length * inLink;
      if (text.trim()) afterBr = false;
      continue;
    }
    if (tag === 'br') {
      if (afterBr) flush(false);
      else {
        buf.push(' ');
        afterBr = true;
      }
      continue;
    }
    if (BLOCK_TAGS.has(tag)) flush(false);
    else if (CELL_TAGS.has(tag)) buf.push(' ');
    else if (tag === 'a') {
      weights.push(linkWeight(dom, i));
      inLink = weights[weights.length - 1]!;
    }
    const kind = KIND_OF_TAG[tag];
    if (kind) kinds.push(kind);
    open.push({ index: i, end: dom.end[i]!, tag, flushes });
  }
  while (open.length) close(open.pop()!);
  flush(false);
}
