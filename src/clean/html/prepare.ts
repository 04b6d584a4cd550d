/**
 * First pass over the flat tree: which nodes can never be article text (scripts, hidden nodes,
 * page chrome, unlikely classes), and the per-node hint string (class + id + itemprop).
 */
import type { FlatDom } from './dom.js';
import { attr, measure } from './dom.js';
import {
  ARTICLE_BODY_RE, CHROME_TAGS, DROP_TAGS, MAYBE_CANDIDATE_RE, MODIFIER_CLASS_RE, NEGATIVE_PART_RE, NEGATIVE_WORD_RE,
  PROSE_PARAGRAPH_CHARS, PROSE_RICH_PARAGRAPHS, UNLIKELY_RE, UNLIKELY_ROLES, WEAK_CHROME_RE,
} from './tunables.js';

/** Inline style that hides an element. */
const HIDDEN_STYLE_RE = /display\s*:\s*none|visibility\s*:\s*hidden/;
/** The class token "hidden" on its own. */
const HIDDEN_CLASS_RE = /(?:^|\s)hidden(?:\s|$)/;
/** Ids made of several words, as generated from headings. */
const SLUG_ID_RE = /^[\p{L}\p{N}]+(?:[-_][\p{L}\p{N}]+){2,}$/u;
/** How many nodes after a section start its heading may appear. */
const SLUG_LOOKAHEAD = 12;
/**
 * Verbatim elements: what a syntax highlighter nests in them is code, whatever its class says
 * ("token comment", "hljs-meta"), so nothing below them is removed for its class.
 */
const VERBATIM_TAGS = new Set(['pre', 'code']);
/** Tags never removed for their class: the document skeleton and the article containers. */
const PROTECTED_TAGS = new Set(['html', 'body', 'article', 'main', 'a', 'td', 'th', 'tr', 'tbody', 'table']);

export interface PruneFlags {
  /** Remove nodes whose class/id says sidebar, share, comment, promo... */
  dropUnlikely: boolean;
  /** Remove nav / footer / aside / menu elements. */
  dropChrome: boolean;
  /** Inside the article, also prune teaser lists and link-heavy containers. */
  pruneLinks: boolean;
}

/** Class, id and itemprop of each element, lower-cased and space-joined ('' for text nodes). */
export function hints(dom: FlatDom): string[] {
  const out = new Array<string>(dom.tag.length);
  for (let i = 0; i < dom.tag.length; i++) {
    if (dom.tag[i] === '#text') {
      out[i] = '';
      continue;
    }
    let id = attr(dom, i, 'id');
    if (id && isHeadingSlug(dom, i, id)) id = '';
    const parts = [attr(dom, i, 'class').replace(MODIFIER_CLASS_RE, ' ').trim(), id, attr(dom, i, 'itemprop'), attr(dom, i, 'data-component'), attr(dom, i, 'data-element')];
    out[i] = parts.filter(Boolean).join(' ');
  }
  return out;
}

/**
 * True when an id is the slug of the element's own heading ("sharing-with-a-developer" on a
 * docs section): it names the section, not a component, so it is no hint.
 */
function isHeadingSlug(dom: FlatDom, i: number, id: string): boolean {
  if (!SLUG_ID_RE.test(id)) return false;
  const limit = Math.min(dom.end[i]!, i + SLUG_LOOKAHEAD);
  for (let j = i + 1; j < limit; j++) {
    if (!/^h[1-6]$/.test(dom.tag[j]!)) continue;
    let text = '';
    for (let k = j + 1; k < dom.end[j]! && text.length < 200; k++) if (dom.tag[k] === '#text') text += dom.text[k]!;
    const slug = text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '');
    return slug !== '' && (slug.startsWith(id) || id.startsWith(slug) || id.endsWith(slug));
  }
  return false;
}

/** True when the hint marks the schema.org article body or a named article-body container. */
export function isArticleBody(hint: string): boolean {
  return hint !== '' && ARTICLE_BODY_RE.test(hint);
}

/**
 * Per element, how many prose paragraphs it holds: <p>s with enough text outside links. One
 * bottom-up pass; text inside never-text elements (scripts) does not count.
 */
export function proseParagraphs(dom: FlatDom): Int32Array {
  const n = dom.tag.length;
  const chars = new Int32Array(n);
  const count = new Int32Array(n);
  for (let i = n - 1; i >= 0; i--) {
    const tag = dom.tag[i]!;
    if (tag === '#text') {
      // Script and style text is never prose (and is the bulk of a page's characters).
      const p = dom.parent[i]!;
      if (p < 0 || !DROP_TAGS.has(dom.tag[p]!)) chars[i] = measure(dom.text[i]!).chars;
    }
    else if (tag === 'p' && chars[i]! >= PROSE_PARAGRAPH_CHARS) count[i] += 1;
    const p = dom.parent[i]!;
    if (p < 0) continue;
    if (tag !== 'a' && !DROP_TAGS.has(tag)) chars[p] += chars[i]!;
    count[p] += count[i]!;
  }
  return count;
}

/** Share of an element's text inside <pre> that makes it a code box (a listing and its toolbar). */
const CODE_BOX_SHARE = 0.6;

/**
 * 1 for the elements whose text is mostly inside <pre> (null when the page has none): a code
 * listing with its copy button or language tab, named "code-toolbar" or "highlight-wrapper". Such
 * a box is not removed for its class; the toolbar inside it still is.
 */
export function codeBoxes(dom: FlatDom): Uint8Array | null {
  const first = dom.tag.indexOf('pre');
  if (first < 0) return null;
  const n = dom.tag.length;
  const chars = new Int32Array(n);
  const code = new Int32Array(n);
  for (let i = n - 1; i >= 0; i--) {
    const tag = dom.tag[i]!;
    const p = dom.parent[i]!;
    if (tag === '#text') {
      if (p >= 0 && !DROP_TAGS.has(dom.tag[p]!)) chars[i] = measure(dom.text[i]!).chars;
    } else if (tag === 'pre') code[i] = chars[i]!;
    if (p < 0 || DROP_TAGS.has(tag)) continue;
    chars[p] += chars[i]!;
    code[p] += code[i]!;
  }
  const boxes = new Uint8Array(n);
  for (let i = 0; i < n; i++) if (code[i]! > 0 && code[i]! >= chars[i]! * CODE_BOX_SHARE) boxes[i] = 1;
  return boxes;
}

/** A chrome-named container that is kept for its prose (see WEAK_CHROME_RE). */
export function keptForProse(hint: string, paragraphs: number): boolean {
  if (paragraphs < PROSE_RICH_PARAGRAPHS) return false;
  const rest = hint.replace(WEAK_CHROME_RE, ' ');
  return !UNLIKELY_RE.test(rest) && !NEGATIVE_WORD_RE.test(rest) && !NEGATIVE_PART_RE.test(rest);
}

/** Class words that name a heading's box ("item-header", "section-heading", "listicle__title"). */
const HEADING_BOX_RE = /header|heading|title/g;
/** Nodes looked at inside a heading's box. */
const HEADING_BOX_SCAN = 30;

/**
 * A box that holds one subheading (h2–h6) and nothing else, named only as a heading's box: the
 * subheading of a section or a list entry, kept although "header" is a chrome word. Any other
 * chrome word in its class ("comments-header", "widget-title") still removes it.
 */
export function isSubheadingBox(dom: FlatDom, i: number, hint: string): boolean {
  if (!hint || !HEADING_BOX_RE.test(hint)) return false;
  HEADING_BOX_RE.lastIndex = 0;
  const rest = hint.replace(HEADING_BOX_RE, ' ');
  if (UNLIKELY_RE.test(rest) || NEGATIVE_WORD_RE.test(rest) || NEGATIVE_PART_RE.test(rest)) return false;
  const end = dom.end[i]!;
  if (end - i > HEADING_BOX_SCAN) return false;
  let heading = -1;
  for (let c = i + 1; c < end; c = dom.end[c]!) {
    const tag = dom.tag[c]!;
    if (tag === '#text') {
      if (dom.text[c]!.trim()) return false;
    } else if (heading < 0 && /^h[2-6]$/.test(tag)) heading = c;
    else return false;
  }
  return heading >= 0;
}

/** 1 for every node that is removed (with its whole subtree). */
export function markRemoved(dom: FlatDom, hint: string[], flags: PruneFlags, prose?: Int32Array, code?: Uint8Array | null): Uint8Array {
  const n = dom.tag.length;
  const removed = new Uint8Array(n);
  const math = mathHolders(dom);
  /** 1 inside a <pre> or <code> (set as the walk goes: a parent comes before its children). */
  let verbatim: Uint8Array | null = null;
  for (let i = 0; i < n; i++) {
    const p = dom.parent[i]!;
    if (p >= 0 && removed[p]) {
      removed[i] = 1;
      continue;
    }
    const tag = dom.tag[i]!;
    if (tag === '#text') continue;
    const inCode = p >= 0 && verbatim !== null && verbatim[p] === 1;
    if (VERBATIM_TAGS.has(tag) || inCode) (verbatim ??= new Uint8Array(n))[i] = 1;
    if (DROP_TAGS.has(tag) || isHidden(dom, i)) removed[i] = 1;
    else if (flags.dropChrome && CHROME_TAGS.has(tag) && !isArticleBody(hint[i]!)) removed[i] = 1;
    else if (flags.dropUnlikely && !inCode && !code?.[i] && !PROTECTED_TAGS.has(tag) && !math?.[i] && isUnlikely(dom, i, hint[i]!) && !(prose && keptForProse(hint[i]!, prose[i]!))
      && !isSubheadingBox(dom, i, hint[i]!)) removed[i] = 1;
  }
  return removed;
}

/**
 * 1 for the elements that hold a MathML formula (null when the page has none): a formula is
 * content, whatever the class names of its renderer's wrappers say ("ctxtmenu" is not a menu).
 */
function mathHolders(dom: FlatDom): Uint8Array | null {
  const first = dom.tag.indexOf('math');
  if (first < 0) return null;
  const holds = new Uint8Array(dom.tag.length);
  for (let i = dom.tag.length - 1; i >= first; i--) {
    if (dom.tag[i] === 'math') holds[i] = 1;
    const p = dom.parent[i]!;
    if (holds[i] && p >= 0) holds[p] = 1;
  }
  return holds;
}

function isHidden(dom: FlatDom, i: number): boolean {
  const attribs = dom.attribs[i];
  if (!attribs) return false;
  if ('hidden' in attribs) return true;
  if (attribs['aria-hidden'] === 'true' && dom.tag[i] !== 'figure') return true;
  // The utility class that hides (Bootstrap, Tailwind), unless a breakpoint variant shows it again ("hidden md:block").
  const cls = attribs.class;
  if (cls !== undefined && HIDDEN_CLASS_RE.test(cls) && !cls.includes(':')) return true;
  const style = attribs.style;
  return style !== undefined && HIDDEN_STYLE_RE.test(style.toLowerCase());
}

function isUnlikely(dom: FlatDom, i: number, hint: string): boolean {
  const role = attr(dom, i, 'role');
  if (role && UNLIKELY_ROLES.has(role)) return true;
  if (!hint || isArticleBody(hint)) return false;
  return UNLIKELY_RE.test(hint) && !MAYBE_CANDIDATE_RE.test(hint);
}
