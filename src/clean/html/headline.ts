/**
 * The headline block set without an <h1> (a div, an <h2> with a kicker inside), the section label
 * or kicker above it, and the standfirst right under it: page furniture at the top of the body.
 * The headline is known from the page's own statements of its title (og:title, twitter:title,
 * <title> without the site's suffix, JSON-LD headline), so only a block that repeats one of
 * them counts; the kicker must sit before it and be a short label; the dek must be the page's
 * description (or wear a dek class) and be set apart from the body that follows.
 */
import type { Extraction } from './extract.js';
import type { FlatDom } from './dom.js';
import { attr, rawAttr } from './dom.js';
import { described, metaDescriptions } from './dek.js';
import { matchKey } from './jsonld-body.js';
import { subtreeText } from './score.js';
import { DEK_HINT_RE, DEK_MAX_CHARS, DEK_MIN_CHARS, TITLE_SEARCH_BLOCKS } from './tunables.js';

/** Head nodes looked at for the title statements. */
const HEAD_SCAN_NODES = 3000;
/** Title keys this short ("news") would match labels, not headlines. */
const TITLE_KEY_MIN_CHARS = 15;
/** Separators between a title and the site's name ("Title - Site", "Site | Title"). */
const TITLE_SEPARATOR_RE = /\s+(?:[|–—·»:]|-|::)\s+/;
/** Headline fields of a JSON-LD object. */
const LD_HEADLINE_RE = /"(?:headline|alternativeHeadline)"\s*:\s*"((?:[^"\\]|\\.){1,400})"/g;
/** A kicker or section label: a few words, no sentence. */
const LABEL_MAX_CHARS = 40;
const LABEL_MAX_WORDS = 4;
/** A kicker glued before the headline in one block ("Generalsanierung: Strecke ... gesperrt"). */
const KICKER_PREFIX_MAX_CHARS = 40;
/** Ancestors of the dek looked at for a dek class. */
const DEK_ANCESTORS = 3;

/** Match keys of every title the page states (see the module comment). */
export function titleKeys(dom: FlatDom, title: string | undefined): string[] {
  const keys = new Set<string>();
  const add = (text: string): void => {
    const key = matchKey(text);
    if (key.length >= TITLE_KEY_MIN_CHARS) keys.add(key);
  };
  if (title) add(title);
  const limit = Math.min(dom.tag.length, HEAD_SCAN_NODES);
  for (let i = 0; i < limit; i++) {
    const tag = dom.tag[i];
    if (tag === 'meta') {
      const name = attr(dom, i, 'property') || attr(dom, i, 'name');
      if (name === 'og:title' || name === 'twitter:title') add(rawAttr(dom, i, 'content'));
    } else if (tag === 'title' || (tag === 'script' && /ld\+json/i.test(rawAttr(dom, i, 'type')))) {
      let raw = '';
      for (let j = i + 1; j < dom.end[i]!; j++) if (dom.tag[j] === '#text') raw += dom.text[j]!;
      if (tag === 'title') {
        add(raw);
        // The title without the site's name, on either side of a separator.
        for (const part of raw.split(TITLE_SEPARATOR_RE)) add(part);
      } else {
        for (const m of raw.matchAll(LD_HEADLINE_RE)) add(decodeJsonString(m[1]!));
      }
    }
  }
  return [...keys];
}

function decodeJsonString(s: string): string {
  try {
    return JSON.parse(`"${s}"`) as string;
  } catch {
    return s;
  }
}

/** How a block's text repeats a title key: the whole of it; a heading also as a kicker then the title, or a part of it. */
function repeatsTitle(text: string, heading: boolean, keys: readonly string[]): boolean {
  const key = matchKey(text);
  if (!key) return false;
  return keys.some((k) => {
    if (key === k) return true;
    if (!heading) return false;
    if (key.endsWith(k) && key.length - k.length <= KICKER_PREFIX_MAX_CHARS && key[key.length - k.length - 1] === ' ') return true;
    return ((key.length >= TITLE_KEY_MIN_CHARS && k.includes(key)) || k.length >= TITLE_KEY_MIN_CHARS && key.startsWith(k));
  });
}

/** A kicker or section label: "COURTS", "Local News", "Politics". */
function isLabel(text: string): boolean {
  return text.length <= LABEL_MAX_CHARS && text.split(/\s+/).length <= LABEL_MAX_WORDS && !/[.!?,;:"“”]$/.test(text) && !/\d/.test(text);
}

/**
 * Drops the headline, the labels above it and the dek under it from the top of the blocks.
 * `titleHeading` is the heading extraction already found stating the title (-1: none).
 */
export function dropHeadlineBlocks(extraction: Extraction, title: string | undefined, hint: string[], titleHeading = -1): void {
  const { dom, blocks } = extraction;
  if (blocks.length < 2) return;
  const keys = titleKeys(dom, title);
  if (!keys.length) return;
  const drop = (k: number): void => {
    const [block] = blocks.splice(k, 1);
    if (block?.whole && block.element >= 0) extraction.removed.fill(1, block.element, dom.end[block.element]!);
  };
  // The headline: a leading block that repeats a title, else the page's <h1>/<h2> headline node.
  let headline = -1;
  const limit = Math.min(TITLE_SEARCH_BLOCKS, blocks.length - 1);
  for (let k = 0; k < limit; k++) {
    const block = blocks[k]!;
    if (block.text.length > DEK_MAX_CHARS || !repeatsTitle(block.text, block.kind === 'heading', keys)) continue;
    headline = block.element;
    drop(k);
    break;
  }
  // the <h1>/<h2> that states the metadata title, when extraction found one, else any title's
  if (headline < 0) headline = titleHeading >= 0 ? titleHeading : findHeadingOf(dom, keys);
  if (headline < 0) return;
  // Labels set before the headline.
  while (blocks.length > 1 && blocks[0]!.element >= 0 && blocks[0]!.element < headline && isLabel(blocks[0]!.text)) drop(0);
  // The dek: the first block after the headline.
  const first = blocks[0]!;
  if (blocks.length > 1 && first.element > headline && isDek(dom, hint, blocks.map((b) => b.element), first.text)) drop(0);
}

/**
 * The block after the headline is its dek when its box says "standfirst" / "subtitle", or when
 * the page states it as its description and it is set apart from the body (a lead paragraph the
 * description repeats, or one set as an <h2> among the body's paragraphs, is text).
 */
function isDek(dom: FlatDom, hint: string[], elements: number[], text: string): boolean {
  if (text.length < DEK_MIN_CHARS / 2 || text.length > DEK_MAX_CHARS) return false;
  const [e, next, after] = elements as [number, number, number | undefined];
  // A dek class on the block or an ancestor that does not also hold the body.
  let a = e;
  for (let level = 0; level <= DEK_ANCESTORS && a >= 0 && !(next >= a && next < dom.end[a]!); level++, a = dom.parent[a]!) {
    if (DEK_HINT_RE.test(hint[a]!)) return true;
  }
  if (text.length < DEK_MIN_CHARS) return false;
  const key = matchKey(text);
  if (!metaDescriptions(dom).some((d) => described(d, key))) return false;
  // A heading in the body's own container is the body's (a lead set as <h2>), not a dek.
  if (next < 0 || after === undefined || after < 0) return false;
  // Set apart: the body's own blocks share a closer ancestor than the dek shares with them.
  const outer = commonAncestor(dom, e, next);
  const inner = commonAncestor(dom, next, after);
  return outer >= 0 && inner > outer && inner < dom.end[outer]!;
}

/** Headings looked at, and the text read from each. */
const HEADING_SCAN = 200;
const HEADING_MAX_CHARS = 400;

/** The first <h1> (else <h2>) that repeats a title, in one pass over the page; -1 when none does. */
function findHeadingOf(dom: FlatDom, keys: readonly string[]): number {
  const none = new Uint8Array(0);
  let firstH2 = -1;
  let seen = 0;
  for (let i = 0; i < dom.tag.length && seen < HEADING_SCAN; i++) {
    const tag = dom.tag[i];
    if (tag !== 'h1' && (tag !== 'h2' || firstH2 >= 0)) continue;
    seen++;
    if (!repeatsTitle(subtreeText(dom, none, i, HEADING_MAX_CHARS), true, keys)) continue;
    if (tag === 'h1') return i;
    firstH2 = i;
  }
  return firstH2;
}

function commonAncestor(dom: FlatDom, a: number, b: number): number {
  let x = a;
  while (x >= 0 && !(b >= x && b < dom.end[x]!)) x = dom.parent[x]!;
  return x;
}
