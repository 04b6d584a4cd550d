/**
 * Teaser grids: a container made mostly of repeated story cards (a linked headline, a blurb, a
 * byline), as on a section or home page, or under a short article that they outweigh. When the
 * chosen container is such a grid, the article is the longest run of prose paragraphs outside the
 * cards; when the page has none, the best single candidate (not widened to its rivals) is kept.
 */
import type { FlatDom } from './dom.js';
import type { Stats } from './score.js';
import { linkDensity } from './score.js';
import {
  GRID_CARD_MAX_BLURB_CHARS, GRID_CARD_MAX_CHARS, GRID_MIN_CARDS, GRID_MIN_SHARE, GRID_RUN_MAX_GAP_CHARS, GRID_RUN_MIN_CHARS,
  GRID_RUN_MIN_PARAGRAPHS, MIN_PARAGRAPH_CHARS, SENTENCE_END_RE, SIBLING_MAX_LINK_DENSITY,
} from './tunables.js';

/** Headline text of a card: the first text this long. */
const CARD_LEAD_CHARS = 20;
/** Nodes of a card scanned for its headline. */
const CARD_SCAN_NODES = 80;

/** The story cards of a subtree: 1 on each card element (outermost), and their count and text. */
export interface Cards {
  mark: Uint8Array;
  count: number;
  chars: number;
}

/** Text length of the first substantial text in `i` when it is inside a link (0 otherwise). */
function linkedLead(dom: FlatDom, removed: Uint8Array, stats: Stats, i: number): number {
  const end = Math.min(dom.end[i]!, i + CARD_SCAN_NODES);
  for (let j = i + 1; j < end; j++) {
    if (removed[j]) {
      j = dom.end[j]! - 1;
      continue;
    }
    if (dom.tag[j] !== '#text' || stats.chars[j]! < CARD_LEAD_CHARS) continue;
    for (let a = dom.parent[j]!; a > i; a = dom.parent[a]!) {
      if (dom.tag[a] === 'a' && stats.linkChars[a]! > 0) return stats.chars[j]!;
    }
    return 0;
  }
  return 0;
}

/** True when element `i` is one story card: one linked headline leading a short blurb. */
function isCard(dom: FlatDom, removed: Uint8Array, stats: Stats, i: number): boolean {
  const chars = stats.chars[i]!;
  if (chars < CARD_LEAD_CHARS || chars > GRID_CARD_MAX_CHARS || stats.teasers[i]! > 1) return false;
  const head = stats.teasers[i] === 1 ? stats.teaserChars[i]! : linkedLead(dom, removed, stats, i);
  return head > 0 && chars - head <= GRID_CARD_MAX_BLURB_CHARS;
}

/** Cards under `root` that have at least one card sibling (repeated units of one shape). */
export function findCards(dom: FlatDom, removed: Uint8Array, stats: Stats, root: number): Cards {
  const n = dom.tag.length;
  const mark = new Uint8Array(n);
  const perParent = new Map<number, number[]>();
  for (let i = root + 1; i < dom.end[root]!; i++) {
    if (removed[i]) {
      i = dom.end[i]! - 1;
      continue;
    }
    if (dom.tag[i] === '#text' || dom.tag[i] === 'a' || stats.chars[i]! > GRID_CARD_MAX_CHARS * 40) continue;
    if (stats.chars[i]! <= GRID_CARD_MAX_CHARS && isCard(dom, removed, stats, i)) {
      const p = dom.parent[i]!;
      const list = perParent.get(p);
      if (list) list.push(i);
      else perParent.set(p, [i]);
      i = dom.end[i]! - 1;
    }
  }
  let count = 0;
  let chars = 0;
  for (const list of perParent.values()) {
    if (list.length < 2) continue;
    for (const c of list) {
      mark[c] = 1;
      count++;
      chars += stats.chars[c]!;
    }
  }
  return { mark, count, chars };
}

/** True when the cards hold most of the container's text. */
export function isGrid(stats: Stats, root: number, cards: Cards): boolean {
  return cards.count >= GRID_MIN_CARDS && cards.chars >= stats.chars[root]! * GRID_MIN_SHARE;
}

/**
 * The longest run of prose paragraphs under `root` outside the cards: paragraph units with few
 * links, consecutive but for a little other text between them. Returns the run's roots (the
 * children of the paragraphs' common ancestor that span them), or null when no run is article-like.
 */
export function proseRun(dom: FlatDom, removed: Uint8Array, stats: Stats, root: number, cards: Cards): number[] | null {
  let best: { first: number; last: number; chars: number; units: number } | null = null;
  let run: { first: number; last: number; chars: number; units: number } | null = null;
  let gap = 0;
  const close = (): void => {
    if (run && (!best || run.chars > best.chars)) best = run;
    run = null;
  };
  for (let i = root + 1; i < dom.end[root]!; i++) {
    if (removed[i]) {
      i = dom.end[i]! - 1;
      continue;
    }
    if (cards.mark[i]) {
      close();
      i = dom.end[i]! - 1;
      continue;
    }
    const tag = dom.tag[i]!;
    if (tag === '#text') {
      gap += stats.chars[i]!;
      if (gap > GRID_RUN_MAX_GAP_CHARS) close();
      continue;
    }
    if (!stats.unit[i] || (tag !== 'p' && stats.chars[i]! > GRID_CARD_MAX_CHARS * 4)) continue;
    const prose = stats.chars[i]! >= MIN_PARAGRAPH_CHARS && linkDensity(stats, i) < SIBLING_MAX_LINK_DENSITY
      && SENTENCE_END_RE.test(lastText(dom, removed, i));
    if (prose) {
      if (run) {
        run.last = i;
        run.chars += stats.chars[i]!;
        run.units++;
      } else run = { first: i, last: i, chars: stats.chars[i]!, units: 1 };
      gap = 0;
    } else {
      gap += stats.chars[i]!;
      if (gap > GRID_RUN_MAX_GAP_CHARS) close();
    }
    i = dom.end[i]! - 1;
  }
  close();
  const found = best as { first: number; last: number; chars: number; units: number } | null;
  if (!found || found.chars < GRID_RUN_MIN_CHARS || found.units < GRID_RUN_MIN_PARAGRAPHS) return null;
  return span(dom, found.first, found.last);
}

/** The children of the common ancestor of `first` and `last` from the one holding `first` to the one holding `last`. */
function span(dom: FlatDom, first: number, last: number): number[] {
  if (first === last) return [first];
  let a = dom.parent[first]!;
  while (a >= 0 && dom.end[a]! <= last) a = dom.parent[a]!;
  if (a < 0) return [first];
  const roots: number[] = [];
  for (let c = a + 1; c < dom.end[a]!; c = dom.end[c]!) {
    if (dom.end[c]! <= first || c > last) continue;
    if (dom.tag[c] !== '#text' || dom.text[c]!.trim()) roots.push(c);
  }
  return roots;
}

/** The last text node of a subtree, trimmed ('' when none). */
function lastText(dom: FlatDom, removed: Uint8Array, i: number): string {
  for (let j = dom.end[i]! - 1; j > i; j--) {
    if (dom.tag[j] !== '#text' || removed[j]) continue;
    let gone = false;
    for (let a = dom.parent[j]!; a > i; a = dom.parent[a]!) if (removed[a]) gone = true;
    const t = dom.text[j]!.trim();
    if (!gone && t) return t;
  }
  return '';
}

/** A reply's name link is short and holds no digits (a live entry's linked time stamp does). */
const NAME_MAX_CHARS = 40;
const NAME_RE = /^[^\d]*\p{L}[^\d]*$/u;
/** Replies in a thread: this many, of one tag and class, holding this share of the container's text. */
const THREAD_MIN_REPLIES = 4;
const THREAD_MIN_SHARE = 0.6;

/** True when the first text of `i` is a short link with a name (a reply's author), and a paragraph follows. */
function isReply(dom: FlatDom, removed: Uint8Array, stats: Stats, i: number): boolean {
  const end = Math.min(dom.end[i]!, i + CARD_SCAN_NODES);
  let named = false;
  for (let j = i + 1; j < end; j++) {
    if (removed[j]) {
      j = dom.end[j]! - 1;
      continue;
    }
    if (!named) {
      if (dom.tag[j] !== '#text' || stats.chars[j]! === 0) continue;
      let linked = false;
      for (let a = dom.parent[j]!; a > i; a = dom.parent[a]!) if (dom.tag[a] === 'a' && stats.linkChars[a]! > 0) linked = true;
      const name = dom.text[j]!.trim();
      if (!linked || name.length > NAME_MAX_CHARS || !NAME_RE.test(name)) return false;
      named = true;
    } else if (stats.unit[j]) return true;
  }
  return false;
}

/**
 * A thread of replies: repeated sibling elements (one tag and class), each led by a name link and
 * holding a paragraph, that make up most of the container. Such a container after an article is
 * its comments, however long.
 */
export function isThread(dom: FlatDom, removed: Uint8Array, stats: Stats, hint: string[], root: number): boolean {
  const total = stats.chars[root]!;
  if (!total) return false;
  const groups = new Map<string, { count: number; chars: number }>();
  for (let i = root + 1; i < dom.end[root]!; i++) {
    if (removed[i]) {
      i = dom.end[i]! - 1;
      continue;
    }
    const tag = dom.tag[i]!;
    if (tag === '#text' || tag === 'a' || stats.chars[i]! < MIN_PARAGRAPH_CHARS) continue;
    if (!isReply(dom, removed, stats, i)) continue;
    const key = `${dom.parent[i]} ${tag} ${hint[i]}`;
    const group = groups.get(key) ?? { count: 0, chars: 0 };
    group.count++;
    group.chars += stats.chars[i]!;
    groups.set(key, group);
    i = dom.end[i]! - 1;
  }
  let chars = 0;
  for (const group of groups.values()) if (group.count >= THREAD_MIN_REPLIES) chars += group.chars;
  return chars >= total * THREAD_MIN_SHARE;
}
