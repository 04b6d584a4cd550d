/**
 * Pruning inside the chosen article: containers that look like chrome by class (share bars, promos,
 * bios, captions), by link density (related-story lists), and figure captions.
 */
import type { FlatDom } from './dom.js';
import type { Stats } from './score.js';
import { hintWeight, isTeaserList, linkDensity } from './score.js';
import { collapse } from './dom.js';
import { isSubheadingBox, keptForProse } from './prepare.js';
import {
  BLOCK_TAGS, BOILERPLATE_BLOCK_RE, BOILERPLATE_START_RE, CONTAINER_MAX_LINK_DENSITY, FIGURE_MAX_CHARS, HINT_WEIGHT, INLINE_JUNK_RE,
  LEAD_IN_MAX_CHARS, MORE_LINKS_RE,
} from './tunables.js';

/** Containers judged as a whole by their link density and comma count. */
const CONDITIONAL_TAGS = new Set(['div', 'section', 'ul', 'ol', 'dl', 'table', 'form', 'header', 'figure', 'aside', 'nav', 'footer']);
/** Below this many commas a container is not obviously prose. */
const PROSE_COMMAS = 10;
/** Link density above which a container with a neutral class is pruned (prose rarely links this much). */
const NEUTRAL_MAX_LINK_DENSITY = 0.2;
/** Lists are content in blogs and docs; only mostly-link lists are navigation. */
const LIST_TAGS = new Set(['ul', 'ol', 'dl']);
const LIST_MAX_LINK_DENSITY = 0.5;
/** Non-link characters that make a list item a note rather than a bare link. */
const LIST_ITEM_PROSE_CHARS = 30;
/** Share of such items that makes a link-heavy list content. */
const LIST_PROSE_ITEM_SHARE = 0.6;
/** Below this size a neutral container with some links is a widget, not prose. */
const SMALL_CONTAINER_CHARS = 200;
/** Containers holding more than this share of the article's text are never pruned. */
const PROTECTED_SHARE = 0.6;
/** A table with header cells or a caption and at least this many rows holds data, not layout. */
const DATA_TABLE_MIN_ROWS = 3;
/** Nodes looked at when classifying a table (bounds the cost on huge layout tables). */
const DATA_TABLE_SCAN = 5000;
/** Containers that act as a figure when an image opens them (a photo, then its caption and credit); not <p>, where an inline image often opens a real paragraph. */
const IMAGE_BOX_TAGS = new Set(['div', 'span', 'a', 'section', 'picture']);
/** Nodes looked at for the opening image. */
const IMAGE_SCAN_NODES = 40;
/** Images this small (icons, emoji) in either dimension are inline marks, not photos. */
const ICON_MAX_PX = 48;

/**
 * True when the first content of the element is a photo (no text before it): the element is a
 * figure written with divs, and its short text is a caption or a credit.
 */
function opensWithImage(dom: FlatDom, i: number): boolean {
  const end = Math.min(dom.end[i]!, i + IMAGE_SCAN_NODES);
  for (let j = i + 1; j < end; j++) {
    const tag = dom.tag[j]!;
    if (tag === '#text') {
      if (dom.text[j]!.trim()) return false;
    } else if (tag === 'img' || tag === 'picture') {
      return !isIcon(dom, j);
    }
  }
  return false;
}

/** A photo box whose text is a paragraph this long (a hero image and the story's first paragraph) is kept. */
const LEAD_IN_BOX_CHARS = 120;

/** True when a <p> below `i` holds most of its text. */
function holdsParagraph(dom: FlatDom, stats: Stats, i: number): boolean {
  const end = Math.min(dom.end[i]!, i + IMAGE_SCAN_NODES * 5);
  for (let j = i + 1; j < end; j++) if (dom.tag[j] === 'p' && stats.chars[j]! * 2 >= stats.chars[i]!) return true;
  return false;
}

/** Inline elements that set a caption apart from the text (`<p><img><br><em>The harbour at dawn.</em></p>`). */
const CAPTION_STYLE_TAGS = new Set(['em', 'i', 'small', 'cite']);

/** True when all the text of paragraph `i` sits inside caption-style inline elements. */
function allTextStyled(dom: FlatDom, i: number): boolean {
  const end = Math.min(dom.end[i]!, i + IMAGE_SCAN_NODES);
  if (end < dom.end[i]!) return false;
  let any = false;
  for (let j = i + 1; j < end; j++) {
    if (dom.tag[j] !== '#text' || !dom.text[j]!.trim()) continue;
    let styled = false;
    for (let a = dom.parent[j]!; a > i; a = dom.parent[a]!) {
      if (CAPTION_STYLE_TAGS.has(dom.tag[a]!)) {
        styled = true;
        break;
      }
    }
    if (!styled) return false;
    any = true;
  }
  return any;
}

function isIcon(dom: FlatDom, i: number): boolean {
  const attribs = dom.attribs[i];
  if (!attribs) return false;
  if (/emoji|icon|avatar|logo/i.test(`${attribs.class ?? ''} ${attribs.src ?? ''}`)) return true;
  const width = Number.parseInt(attribs.width ?? '', 10);
  const height = Number.parseInt(attribs.height ?? '', 10);
  return (width > 0 && width <= ICON_MAX_PX) || (height > 0 && height <= ICON_MAX_PX);
}

/** Content a figure may frame instead of a photo: a listing, a table, a formula. */
const RECORD_TAGS = new Set(['pre', 'table', 'math']);

/** True when the figure frames a listing, a table or a formula (its caption alone goes). */
function holdsRecord(dom: FlatDom, i: number): boolean {
  for (let j = i + 1; j < dom.end[i]!; j++) if (RECORD_TAGS.has(dom.tag[j]!)) return true;
  return false;
}

/** Elements that are captions by tag. */
const CAPTION_TAGS = new Set(['figcaption']);

export interface PruneOptions {
  keepCaptions: boolean;
  /** Prune teaser lists and link-heavy containers (off in the last, most lenient attempt). */
  pruneLinks: boolean;
  /** Prose paragraphs per element (prepare.ts), to keep a chrome-named container that holds the body. */
  prose?: Int32Array;
  /** Code boxes (prepare.ts): a listing is kept whatever its box is named, and a figure that holds one is not a caption. */
  code?: Uint8Array | null;
}

/** Marks (in place) the nodes inside `roots` that are chrome. */
export function pruneInside(
  dom: FlatDom, removed: Uint8Array, stats: Stats, hint: string[], roots: number[], options: PruneOptions,
): void {
  for (const root of roots) {
    const total = stats.chars[root]!;
    for (let i = root + 1; i < dom.end[root]!; i++) {
      if (removed[i]) {
        i = dom.end[i]! - 1;
        continue;
      }
      const tag = dom.tag[i]!;
      if (tag === '#text') continue;
      if (shouldPrune(dom, stats, hint, i, tag, total, options)) {
        removed.fill(1, i, dom.end[i]!);
        i = dom.end[i]! - 1;
      }
    }
  }
}

function shouldPrune(
  dom: FlatDom, stats: Stats, hint: string[], i: number, tag: string, total: number, options: PruneOptions,
): boolean {
  const chars = stats.chars[i]!;
  if (options.code?.[i]) return false;
  if (!options.keepCaptions && (CAPTION_TAGS.has(tag) || (tag === 'figure' && chars < FIGURE_MAX_CHARS && !holdsRecord(dom, i)))) return true;
  if (chars > total * PROTECTED_SHARE && total > 0) return false;
  if (!options.keepCaptions && chars < FIGURE_MAX_CHARS && (IMAGE_BOX_TAGS.has(tag) || (tag === 'p' && allTextStyled(dom, i))) && opensWithImage(dom, i)
    && !(chars >= LEAD_IN_BOX_CHARS && holdsParagraph(dom, stats, i))) return true;
  if (INLINE_JUNK_RE.test(hint[i]!)) return true;
  if (!options.pruneLinks) return false;
  if (isTeaserList(stats, i)) return true;
  const weight = hintWeight(hint[i]!);
  if (weight < 0 && BLOCK_TAGS.has(tag) && !(options.prose && keptForProse(hint[i]!, options.prose[i]!)) && !isSubheadingBox(dom, i, hint[i]!)) return true;
  if (!CONDITIONAL_TAGS.has(tag) || chars === 0) return false;
  if (tag === 'table' && isDataTable(dom, i)) return false;
  if (stats.commas[i]! >= PROSE_COMMAS) return false;
  const density = linkDensity(stats, i);
  if (LIST_TAGS.has(tag) && isTableOfContents(dom, stats, i)) return true;
  if (LIST_TAGS.has(tag)) return density > LIST_MAX_LINK_DENSITY && listLinkDensity(dom, stats, i) > LIST_MAX_LINK_DENSITY && !isIntroduced(dom, stats, i)
    && !hasProseItems(dom, stats, i) && !isSourceList(dom, i);
  if (weight < HINT_WEIGHT && density > NEUTRAL_MAX_LINK_DENSITY && chars < SMALL_CONTAINER_CHARS) return true;
  return density > CONTAINER_MAX_LINK_DENSITY;
}

/** A table of contents has at least this many entries... */
const TOC_MIN_LINKS = 3;
/** ...and in-page links hold this share of its text. */
const TOC_LINK_SHARE = 0.8;

/**
 * A list of in-page anchor links ("#detecting-anomalies"): the page's table of contents, which
 * repeats the subheadings rather than saying anything. The hash-link weight lets such lists
 * survive the link-density tests (a list of them is not navigation away), so it is named here.
 */
function isTableOfContents(dom: FlatDom, stats: Stats, i: number): boolean {
  let links = 0;
  let hashChars = 0;
  for (let j = i + 1; j < dom.end[i]!; j++) {
    if (dom.tag[j] !== 'a') continue;
    const href = (dom.attribs[j]?.href ?? '').trim();
    if (!href.startsWith('#') || href.length < 2) return false;
    links++;
    for (let k = j + 1; k < dom.end[j]!; k++) if (dom.tag[k] === '#text') hashChars += stats.chars[k]!;
    j = dom.end[j]! - 1;
  }
  return links >= TOC_MIN_LINKS && hashChars >= stats.chars[i]! * TOC_LINK_SHARE;
}

/** A line ending in a colon that introduces what follows ("In progress:", "The bugs fixed:"). */
const LEAD_IN_RE = /:\s*$/;
/** A lead-in is a line or a short paragraph, not a link itself. */
const LEAD_MAX_CHARS = 240;
const LEAD_MAX_LINK_SHARE = 0.5;

/**
 * A link list that the prose introduces ("We fixed these:" before it, or the text of the list item
 * it is nested in) is part of the post; a "Related:" lead-in is still chrome.
 */
function isIntroduced(dom: FlatDom, stats: Stats, i: number): boolean {
  const p = dom.parent[i]!;
  let lead = '';
  if (p >= 0 && dom.tag[p] === 'li') {
    // The list item's own text before the nested list.
    const parts: string[] = [];
    for (let j = p + 1; j < i; j++) if (dom.tag[j] === '#text') parts.push(collapse(dom.text[j]!));
    lead = parts.join('').trim();
    const own = stats.chars[p]! - stats.chars[i]!;
    if (own > 0 && (stats.linkChars[p]! - stats.linkChars[i]!) / own > LEAD_MAX_LINK_SHARE) return false;
  } else {
    const prev = previousElement(dom, i);
    if (prev < 0) return false;
    if (/^h[2-6]$/.test(dom.tag[prev]!)) return isHeadedSection(dom, stats, prev, i);
    if (BLOCK_TAGS.has(dom.tag[prev]!) === false || dom.tag[prev] === 'h1') return false;
    if (stats.chars[prev]! > LEAD_MAX_CHARS || linkDensity(stats, prev) > LEAD_MAX_LINK_SHARE) return false;
    const parts: string[] = [];
    for (let j = prev + 1; j < dom.end[prev]!; j++) if (dom.tag[j] === '#text') parts.push(collapse(dom.text[j]!));
    lead = parts.join('').trim();
  }
  if (!lead || !LEAD_IN_RE.test(lead)) return false;
  const tail = lead.slice(-LEAD_IN_MAX_CHARS);
  return !BOILERPLATE_BLOCK_RE.test(tail) && !BOILERPLATE_START_RE.test(tail) && !MORE_LINKS_RE.test(tail);
}

/** Prose after a headed list that shows the list sits inside the article, not at its chrome-filled end. */
const AFTER_LIST_PROSE_CHARS = 80;
/** Siblings looked at after the list for that prose. */
const AFTER_LIST_SCAN = 4;

/**
 * A link list under a subheading of its own ("Links", "The patches") in the middle of the article:
 * the heading is not a "Related" / "More stories" label, and prose follows the list.
 */
function isHeadedSection(dom: FlatDom, stats: Stats, heading: number, list: number): boolean {
  const parts: string[] = [];
  for (let j = heading + 1; j < dom.end[heading]!; j++) if (dom.tag[j] === '#text') parts.push(collapse(dom.text[j]!));
  const label = headingLabel(parts);
  if (!label || label.length > LEAD_MAX_CHARS || linkDensity(stats, heading) > LEAD_MAX_LINK_SHARE) return false;
  if (BOILERPLATE_BLOCK_RE.test(label) || BOILERPLATE_START_RE.test(label) || MORE_LINKS_RE.test(label)) return false;
  const p = dom.parent[list]!;
  let seen = 0;
  for (let c = dom.end[list]!; c < (p >= 0 ? dom.end[p]! : dom.tag.length) && seen < AFTER_LIST_SCAN; c = dom.end[c]!) {
    if (dom.tag[c] === '#text') continue;
    seen++;
    if (dom.tag[c] === 'p' && stats.chars[c]! >= AFTER_LIST_PROSE_CHARS && linkDensity(stats, c) < LEAD_MAX_LINK_SHARE) return true;
    // The next section of the article under a subheading of the same rank ("Fission", then "Performance").
    if (seen === 1 && dom.tag[c] === dom.tag[heading] && isSectionLabel(dom, stats, c)) return true;
  }
  return false;
}

/** A heading's text without a wiki's trailing "[edit]" link. */
function headingLabel(parts: string[]): string {
  return parts.join('').trim().replace(/\s*\[[^\]]{0,20}\]$/, '');
}

/** A heading's text is a section label: short, few links, not a "Related" / "More stories" label. */
function isSectionLabel(dom: FlatDom, stats: Stats, heading: number): boolean {
  const parts: string[] = [];
  for (let j = heading + 1; j < dom.end[heading]!; j++) if (dom.tag[j] === '#text') parts.push(collapse(dom.text[j]!));
  const label = headingLabel(parts);
  return label !== '' && label.length <= LEAD_MAX_CHARS && linkDensity(stats, heading) <= LEAD_MAX_LINK_SHARE
    && !BOILERPLATE_BLOCK_RE.test(label) && !BOILERPLATE_START_RE.test(label) && !MORE_LINKS_RE.test(label);
}

/** Link density of a list, not counting the nested link lists that its items introduce. */
function listLinkDensity(dom: FlatDom, stats: Stats, i: number): number {
  let links = stats.linkChars[i]!;
  for (let li = i + 1; li < dom.end[i]!; li = dom.end[li]!) {
    if (dom.tag[li] !== 'li') continue;
    for (let c = li + 1; c < dom.end[li]!; c = dom.end[c]!) {
      if (LIST_TAGS.has(dom.tag[c]!) && isIntroduced(dom, stats, c)) links -= stats.linkChars[c]!;
    }
  }
  const chars = stats.chars[i]!;
  return chars > 0 ? links / chars : 0;
}

/**
 * A list whose items mostly say something beside their link ("gero removed the windowtype
 * attribute from dialogs") is a list of notes with citations, not a menu or a headline list.
 */
function hasProseItems(dom: FlatDom, stats: Stats, i: number): boolean {
  let items = 0;
  let prose = 0;
  for (let li = i + 1; li < dom.end[i]!; li = dom.end[li]!) {
    if (dom.tag[li] !== 'li') continue;
    items++;
    if (stats.chars[li]! - stats.linkChars[li]! >= LIST_ITEM_PROSE_CHARS) prose++;
  }
  return items >= 1 && prose / items >= LIST_PROSE_ITEM_SHARE;
}

/** Link text that is an address written out ("https://example.org/report", "www.example.org"). */
const URL_TEXT_RE = /^(?:https?:\/\/|www\.)\S+$/i;
/** Items looked at when deciding whether a list is a list of sources. */
const SOURCE_LIST_SCAN = 50;

/**
 * A list whose links show their own addresses ("https://nodejs.org/api/inspector.html") is the
 * article's list of sources: menus and related-story lists show words, never bare URLs.
 */
function isSourceList(dom: FlatDom, i: number): boolean {
  let items = 0;
  let urls = 0;
  for (let li = i + 1; li < dom.end[i]! && items < SOURCE_LIST_SCAN; li = dom.end[li]!) {
    if (dom.tag[li] !== 'li') continue;
    items++;
    for (let j = li + 1; j < dom.end[li]!; j++) {
      if (dom.tag[j] !== 'a') continue;
      const parts: string[] = [];
      for (let k = j + 1; k < dom.end[j]!; k++) if (dom.tag[k] === '#text') parts.push(dom.text[k]!);
      if (URL_TEXT_RE.test(parts.join('').trim())) urls++;
      break;
    }
  }
  return items > 0 && urls / items >= LIST_PROSE_ITEM_SHARE;
}

/** The element before `i` among its siblings (-1 when none or when text lies between); O(depth). */
function previousElement(dom: FlatDom, i: number): number {
  const p = dom.parent[i]!;
  for (let c = i - 1; c > p; ) {
    let sibling = c;
    while (dom.parent[sibling]! !== p) sibling = dom.parent[sibling]!;
    if (dom.tag[sibling] !== '#text') return sibling;
    if (dom.text[sibling]!.trim()) return -1;
    c = sibling - 1;
  }
  return -1;
}

/** Data tables (figures, results) are content even when their cells are links. */
export function isDataTable(dom: FlatDom, i: number): boolean {
  let rows = 0;
  let headed = false;
  const end = Math.min(dom.end[i]!, i + DATA_TABLE_SCAN);
  for (let j = i + 1; j < end; j++) {
    const tag = dom.tag[j];
    if (tag === 'table') return false;
    if (tag === 'tr') rows++;
    else if (tag === 'th' || tag === 'thead' || tag === 'caption') headed = true;
  }
  return headed && rows >= DATA_TABLE_MIN_ROWS;
}

/** Levels looked up from a block to the table that holds its row. */
const ROW_TABLE_LEVELS = 4;

/**
 * True when `element` is a row (or a cell's block) of a data table: its text is a record of the
 * table ("4.2.3 April 2014", "Auckland 1,628,900"), not a dateline or a link line to judge alone.
 */
export function inDataTable(dom: FlatDom, element: number, cache: Map<number, boolean>): boolean {
  if (element < 0) return false;
  let a = element;
  for (let level = 0; level < ROW_TABLE_LEVELS && a >= 0 && dom.tag[a] !== 'table'; level++) {
    const tag = dom.tag[a]!;
    if (tag !== 'tr' && tag !== 'td' && tag !== 'th' && tag !== 'tbody' && tag !== 'thead' && tag !== 'tfoot') return false;
    a = dom.parent[a]!;
  }
  if (a < 0 || dom.tag[a] !== 'table') return false;
  let data = cache.get(a);
  if (data === undefined) {
    data = isDataTable(dom, a);
    cache.set(a, data);
  }
  return data;
}
