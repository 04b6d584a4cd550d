/**
 * Serialises the kept subtrees into text blocks: one block per block-level element, inline
 * elements joined as written, table cells as spaces, double <br>s as a break. A single <br> ends a
 * line: between a complete sentence and the next, or before a list item or a "Label: value" line,
 * it is a paragraph break; otherwise (verse, an address, a hard-wrapped line) the block keeps it
 * as "\n" (headings and captions read it as a space).
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
  /** Link characters of each line when `text` holds single line breaks ("\n" from a <br>). */
  lineLinks?: number[];
}

/** Sentence-final punctuation (also CJK), then closing quotes or brackets. */
const LINE_END_RE = /[.!?…。！？](?:["'”’»)\]」』）]*)$/;
/** A line that starts a sentence: a capital, a digit or a caseless letter (CJK), after an opening quote or bracket. */
const LINE_START_RE = /^["'“‘«(\[「『（]?[\p{Lu}\p{N}\p{Lo}]/u;
/** A line that starts a list item: a bullet, a dash or a number with a space after it. */
const BULLET_RE = /^(?:[•·▪►■◆▸*]\s?|[-–—+]\s|\d{1,3}[.)]\s)/;
/** A line ending in a function word runs on into the next one ("passed to the"). */
const RUN_ON_RE = /\b(?:the|a|an|of|to|and|or|but|in|on|for|with|by|at|from|as|that|is|are|was|were)$/;
/** "Born: 1990", "Address: 5 Main St": a short label and its value. */
const LABEL_LINE_RE = /^\p{Lu}[\p{L}'’-]*(?: [\p{L}'’-]+){0,3}:\s+\S/u;
/** Block kinds whose line breaks read as spaces. */
const ONE_LINE_KINDS = new Set<ParagraphKind>(['heading', 'caption']);

/** A line this long that stops mid-sentence is prose wrapped by hand: its <br> is a space. */
const WRAPPED_LINE_CHARS = 60;
/** A short line (shorter than a wrapped one) without end punctuation, then a line of prose this long: a label, byline or dateline above a paragraph. */
const PROSE_LINE_CHARS = 100;

/** How a single <br> between two lines reads: a paragraph break, a line break or a space. */
function lineJoint(before: string, after: string): 'paragraph' | 'line' | 'space' {
  if (BULLET_RE.test(after)) return 'paragraph';
  const ended = LINE_END_RE.test(before);
  if (ended && LINE_START_RE.test(after)) return 'paragraph';
  if (LABEL_LINE_RE.test(before) && LABEL_LINE_RE.test(after)) return 'paragraph';
  if (!ended && before.length < WRAPPED_LINE_CHARS && !RUN_ON_RE.test(before) && after.length >= PROSE_LINE_CHARS && LINE_END_RE.test(after)
    && LINE_START_RE.test(after) && !/[,;:–—-]$/.test(before)) return 'paragraph';
  if (!ended && before.length >= WRAPPED_LINE_CHARS) return 'space';
  return 'line';
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
  /** `linkChars` at each single <br> of the open block. */
  let lineMarks: number[] = [];

  const flush = (whole: boolean, closing = -1): void => {
    flushes++;
    if (!buf.length) return;
    const raw = buf.join('');
    buf = [];
    const links = linkChars;
    const marks = lineMarks;
    linkChars = 0;
    lineMarks = [];
    afterBr = false;
    let element = closing >= 0 ? closing : root;
    for (let k = closing >= 0 ? -1 : open.length - 1; k >= 0; k--) {
      if (BLOCK_TAGS.has(open[k]!.tag)) {
        element = open[k]!.index;
        break;
      }
    }
    const kind = kinds.length ? kinds[kinds.length - 1]! : 'paragraph';
    const tag = dom.tag[element]!;
    if (!marks.length) {
      const text = raw.replace(/ {2,}/g, ' ').trim();
      if (text) blocks.push({ text, kind, linkChars: Math.min(links, text.length), element, whole, tag });
      return;
    }
    // Lines of the block, each with its link characters; empty lines (a <br> after a <br> inside
    // an inline element) vanish.
    const raws = raw.split('\n');
    const lines: string[] = [];
    const lineLinks: number[] = [];
    for (let k = 0; k < raws.length; k++) {
      const line = raws[k]!.replace(/ {2,}/g, ' ').trim();
      const lineLink = (k < marks.length ? marks[k]! : links) - (k > 0 ? marks[k - 1]! : 0);
      if (!line) continue;
      lines.push(line);
      lineLinks.push(Math.min(lineLink, line.length));
    }
    if (!lines.length) return;
    const oneLine = ONE_LINE_KINDS.has(kind);
    // Each group is one paragraph; a wrapped line is glued to the next with a space.
    const groups: Array<{ lines: string[]; links: number[] }> = [];
    for (let k = 0; k < lines.length; k++) {
      const joint = k === 0 ? 'paragraph' : oneLine ? 'space' : lineJoint(lines[k - 1]!, lines[k]!);
      if (joint === 'paragraph') groups.push({ lines: [], links: [] });
      const group = groups[groups.length - 1]!;
      if (joint === 'space') {
        group.lines[group.lines.length - 1] += ` ${lines[k]!}`;
        group.links[group.links.length - 1] += lineLinks[k]!;
      } else {
        group.lines.push(lines[k]!);
        group.links.push(lineLinks[k]!);
      }
    }
    for (const group of groups) {
      const text = group.lines.join('\n');
      const sum = group.links.reduce((a, b) => a + b, 0);
      const block: Block = { text, kind, linkChars: Math.min(sum, text.length), element, whole: whole && groups.length === 1, tag };
      if (group.lines.length > 1) block.lineLinks = group.links;
      blocks.push(block);
    }
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
        buf.push('\n');
        lineMarks.push(linkChars);
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
