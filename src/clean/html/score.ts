/**
 * Text statistics per element and the choice of the article container: paragraph-like units vote
 * for their ancestors by length and comma count; link density and class/id hints scale the votes;
 * the best container is widened to near-equal rivals and to sibling paragraphs it missed.
 */
import type { FlatDom } from './dom.js';
import { collapse, linkWeight, measure } from './dom.js';
import { isArticleBody } from './prepare.js';
import { findCards, isGrid, isThread, proseRun } from './grid.js';
import {
  ALT_CANDIDATE_SHARE, ALT_CANDIDATES_NEEDED, ANCESTOR_LEVELS, BLOCK_TAGS, CHARS_PER_POINT,
  HINT_WEIGHT, ARTICLE_BODY_BONUS, MAX_LENGTH_POINTS, MIN_PARAGRAPH_CHARS, NEGATIVE_PART_RE, NEGATIVE_WORD_RE, POSITIVE_HINT_RE,
  SENTENCE_END_RE, SIBLING_MAX_LINK_DENSITY, TEASER_LINK_SHARE, HEADLINE_ALT_SHARE, HEADLINE_ALT_UNITS, HEADLINE_GAP_SHARE, HEADLINE_GAP_UNITS, TEASER_LIST_MIN, TEASER_MAX_BLURB_CHARS, SIBLING_MIN_SCORE, SIBLING_PROSE_CHARS, SIBLING_SCORE_SHARE,
} from './tunables.js';

/** A list item this long, with few links, is a paragraph of prose for scoring. */
const LIST_ITEM_UNIT_CHARS = 120;
const LIST_ITEM_UNIT_LINK_SHARE = 0.2;
/** Units whose whole text is one paragraph for scoring. */
const UNIT_TAGS = new Set(['p', 'pre', 'td']);
/** Containers that count as a paragraph when they hold enough loose inline text. */
const LOOSE_TEXT_TAGS = new Set(['div', 'section', 'article', 'main', 'center', 'font', 'blockquote', 'span']);
/** Headings that can be story teasers. */
const TEASER_TAGS = new Set(['h2', 'h3', 'h4', 'h5', 'h6']);
/** Tag priors: containers of prose versus lists, forms and headings (Readability's observation). */
const TAG_PRIOR: Record<string, number> = {
  div: 5, article: 10, main: 5, section: 3, pre: 3, td: 3, blockquote: 3,
  address: -3, ol: -3, ul: -3, dl: -3, dd: -3, dt: -3, li: -3, form: -3,
  h1: -5, h2: -5, h3: -5, h4: -5, h5: -5, h6: -5, th: -5, header: -5,
};

export interface Stats {
  /** Collapsed text length of the subtree. */
  chars: Int32Array;
  /** Part of `chars` inside links. */
  linkChars: Float64Array;
  commas: Int32Array;
  /** Headings in the subtree that are mostly a link (story teasers). */
  teasers: Int32Array;
  /** Text length of those teaser headings. */
  teaserChars: Int32Array;
  /** Votes received from paragraph units below (0 = not a candidate). */
  score: Float64Array;
  candidate: Uint8Array;
  /** 1 for the paragraph units that voted. */
  unit: Uint8Array;
}

/** One bottom-up pass for the text statistics, then the votes of the paragraph units. */
export function computeStats(dom: FlatDom, removed: Uint8Array): Stats {
  const n = dom.tag.length;
  const chars = new Int32Array(n);
  const linkChars = new Float64Array(n);
  const commas = new Int32Array(n);
  const inlineChars = new Int32Array(n);
  const inlineCommas = new Int32Array(n);
  const teasers = new Int32Array(n);
  const teaserChars = new Int32Array(n);
  const linked = linkedNodes(dom, removed);
  for (let i = n - 1; i >= 0; i--) {
    if (removed[i]) continue;
    const tag = dom.tag[i]!;
    if (tag === '#text') {
      const m = measure(dom.text[i]!);
      chars[i] = m.chars;
      commas[i] = m.commas;
    } else if (tag === 'a') linkChars[i] = chars[i]! * linkWeight(dom, i);
    else if (TEASER_TAGS.has(tag) && chars[i]! > 0 && (linked[i] || linkChars[i]! / chars[i]! > TEASER_LINK_SHARE)) {
      teasers[i] = 1;
      teaserChars[i] = chars[i]!;
    }
    const p = dom.parent[i]!;
    if (p < 0) continue;
    chars[p] += chars[i]!;
    linkChars[p] += linkChars[i]!;
    commas[p] += commas[i]!;
    teasers[p] += teasers[i]!;
    teaserChars[p] += teaserChars[i]!;
    if (tag === '#text' || !BLOCK_TAGS.has(tag)) {
      inlineChars[p] += chars[i]!;
      inlineCommas[p] += commas[i]!;
    }
  }
  const score = new Float64Array(n);
  const candidate = new Uint8Array(n);
  const unit = new Uint8Array(n);
  const lines = shortLines(dom, removed, chars, linkChars, commas);
  for (let i = 0; i < n; i++) {
    if (removed[i]) continue;
    const tag = dom.tag[i]!;
    let unitChars = 0;
    let unitCommas = 0;
    if (lines && lines.count[i]! >= SHORT_RUN_MIN_LINES && lines.chars[i]! >= SHORT_RUN_MIN_CHARS) {
      // A run of short, link-free paragraphs (verse, a Q&A, a list of one-line facts) votes as one
      // paragraph for the element that holds them, so a link-dense sidebar cannot outvote it.
      unitChars = lines.chars[i]!;
      unitCommas = lines.commas[i]!;
    } else if (UNIT_TAGS.has(tag)) {
      unitChars = chars[i]!;
      unitCommas = commas[i]!;
    } else if (tag === 'li' && chars[i]! >= LIST_ITEM_UNIT_CHARS && linkChars[i]! < chars[i]! * LIST_ITEM_UNIT_LINK_SHARE) {
      // A list item that is a paragraph of prose (a story told as a list) votes like one.
      unitChars = chars[i]!;
      unitCommas = commas[i]!;
    } else if (LOOSE_TEXT_TAGS.has(tag) && inlineChars[i]! >= MIN_PARAGRAPH_CHARS) {
      unitChars = inlineChars[i]!;
      unitCommas = inlineCommas[i]!;
    }
    if (unitChars < MIN_PARAGRAPH_CHARS) continue;
    unit[i] = 1;
    const run = lines && lines.count[i]! >= SHORT_RUN_MIN_LINES && lines.chars[i]! >= SHORT_RUN_MIN_CHARS;
    // A run's lines are its sentences: each few of them count like a comma of prose.
    const vote = 1 + unitCommas + Math.min(Math.floor(unitChars / CHARS_PER_POINT), MAX_LENGTH_POINTS)
      + (run ? Math.floor(lines.count[i]! / SHORT_RUN_LINES_PER_POINT) : 0);
    let a = run ? i : dom.parent[i]!;
    for (let level = 0; level < ANCESTOR_LEVELS && a >= 0; level++, a = dom.parent[a]!) {
      if (dom.tag[a] === 'html') break;
      score[a] += vote / (level === 0 ? 1 : level === 1 ? 2 : level * 3);
      candidate[a] = 1;
    }
  }
  return { chars, linkChars, commas, teasers, teaserChars, score, candidate, unit };
}

/** Paragraphs and list items that are too short to vote alone, and the run of them that votes together. */
const SHORT_LINE_TAGS = new Set(['p', 'li', 'dd', 'dt']);
const SHORT_LINE_MAX_LINK_SHARE = 0.2;
const SHORT_RUN_MIN_LINES = 4;
const SHORT_RUN_MIN_CHARS = 2 * MIN_PARAGRAPH_CHARS;
const SHORT_RUN_LINES_PER_POINT = 2;

/** Per element, its child paragraphs shorter than a unit and nearly link-free: how many, their text and commas (null when none). */
function shortLines(
  dom: FlatDom, removed: Uint8Array, chars: Int32Array, linkChars: Float64Array, commas: Int32Array,
): { count: Int32Array; chars: Int32Array; commas: Int32Array } | null {
  const n = dom.tag.length;
  let out: { count: Int32Array; chars: Int32Array; commas: Int32Array } | null = null;
  for (let i = 0; i < n; i++) {
    if (removed[i]) {
      i = dom.end[i]! - 1;
      continue;
    }
    const c = chars[i]!;
    if (!SHORT_LINE_TAGS.has(dom.tag[i]!) || c === 0 || c >= MIN_PARAGRAPH_CHARS || linkChars[i]! > c * SHORT_LINE_MAX_LINK_SHARE) continue;
    const p = dom.parent[i]!;
    if (p < 0) continue;
    out ??= { count: new Int32Array(n), chars: new Int32Array(n), commas: new Int32Array(n) };
    out.count[p]++;
    out.chars[p] += c;
    out.commas[p] += commas[i]!;
  }
  return out;
}

/** 1 for nodes inside a link with a target (a card that wraps its headline in one <a>). */
function linkedNodes(dom: FlatDom, removed: Uint8Array): Uint8Array {
  const n = dom.tag.length;
  const linked = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    if (removed[i]) continue;
    const p = dom.parent[i]!;
    if (p >= 0 && (linked[p] || (dom.tag[p] === 'a' && linkWeight(dom, p) === 1))) linked[i] = 1;
  }
  return linked;
}

/** Class/id weight: positive words, negative words, and the article-body markers. */
export function hintWeight(hint: string): number {
  if (!hint) return 0;
  let weight = 0;
  if (NEGATIVE_WORD_RE.test(hint) || NEGATIVE_PART_RE.test(hint)) weight -= HINT_WEIGHT;
  if (POSITIVE_HINT_RE.test(hint)) weight += HINT_WEIGHT;
  if (isArticleBody(hint)) weight += ARTICLE_BODY_BONUS;
  return weight;
}

/** Several linked headings, each followed by no more than a blurb: a list of other stories. */
export function isTeaserList(stats: Stats, i: number): boolean {
  const teasers = stats.teasers[i]!;
  if (teasers < TEASER_LIST_MIN) return false;
  return (stats.chars[i]! - stats.teaserChars[i]!) / teasers <= TEASER_MAX_BLURB_CHARS;
}

export function linkDensity(stats: Stats, i: number): number {
  const chars = stats.chars[i]!;
  return chars > 0 ? stats.linkChars[i]! / chars : 0;
}

/** Final score of a candidate: votes plus priors, scaled down by link density. */
function finalScore(dom: FlatDom, stats: Stats, hint: string[], bonus: Float64Array, i: number): number {
  const prior = (TAG_PRIOR[dom.tag[i]!] ?? 0) + hintWeight(hint[i]!) + bonus[i]!;
  return (stats.score[i]! + prior) * (1 - linkDensity(stats, i));
}

export interface Selection {
  /** Top-level containers of the article, in document order. */
  roots: number[];
  /** The winning container. */
  top: number;
  topScore: number;
}

/**
 * Picks the article container. `bonus` adds external evidence per element (JSON-LD articleBody
 * match); `headline` is the page's headline element (-1 when unknown), used for position: the
 * article follows its headline. Returns null when nothing on the page looks like prose.
 */
export function selectArticle(
  dom: FlatDom, removed: Uint8Array, stats: Stats, hint: string[], bonus: Float64Array, headline = -1,
): Selection | null {
  const n = dom.tag.length;
  const final = new Float64Array(n);
  let top = -1;
  for (let i = 0; i < n; i++) {
    if (removed[i] || !stats.candidate[i]) continue;
    final[i] = finalScore(dom, stats, hint, bonus, i);
    if (top < 0 || final[i]! > final[top]!) top = i;
  }
  if (top < 0) return null;
  let selection = growSelection(dom, removed, stats, hint, final, top);
  if (headline >= 0) {
    const moved = nearHeadline(dom, removed, stats, final, selection, headline, hint);
    if (moved >= 0) selection = growSelection(dom, removed, stats, hint, final, moved, selection.top);
  }
  return outOfGrid(dom, removed, stats, selection);
}

/**
 * A container made mostly of story cards is not the article: the longest prose run of the page
 * outside the cards is; with none, the first package of cards stands for the page.
 */
function outOfGrid(dom: FlatDom, removed: Uint8Array, stats: Stats, selection: Selection): Selection {
  const { top } = selection;
  if (stats.chars[top]! === 0) return selection;
  const cards = findCards(dom, removed, stats, top);
  if (!isGrid(stats, top, cards)) return selection;
  const body = dom.tag.indexOf('body');
  const scope = body >= 0 && !removed[body] ? body : top;
  const pageCards = scope === top ? cards : findCards(dom, removed, stats, scope);
  const run = proseRun(dom, removed, stats, scope, pageCards);
  if (run) return { roots: run, top: run[0]!, topScore: selection.topScore };
  // No prose anywhere: the page is a list of stories; its first package of cards stands for it.
  const first = cards.mark.indexOf(1, top);
  const group = first >= 0 ? dom.parent[first]! : -1;
  return group >= 0 ? { roots: [group], top: group, topScore: selection.topScore } : selection;
}

/** From the best candidate to the article: rivals, a better parent, a lone child's parent, siblings. */
function growSelection(
  dom: FlatDom, removed: Uint8Array, stats: Stats, hint: string[], final: Float64Array, best: number, rejected = -1,
): Selection {
  let top = rejected >= 0 ? best : widenToRivals(dom, stats, final, best);
  top = climbToParent(dom, stats, final, top, rejected);
  // A lone child carries no more than its parent: take the parent, which may hold siblings later.
  while (dom.parent[top]! >= 0 && !isStop(dom.tag[dom.parent[top]!]!) && onlyElementChild(dom, removed, top)) {
    top = dom.parent[top]!;
  }
  const topScore = Math.max(final[top]!, final[best]!);
  return { roots: admitSiblings(dom, removed, stats, hint, final, top, topScore, rejected), top, topScore };
}

/**
 * Position check. The article starts under its headline. When the winner lies wholly before the
 * headline (a block of teasers above the story), the best candidate under the headline is the
 * article. When it lies after a container that holds the headline and several paragraphs of prose
 * (an article element, then an unmarked comment thread or teaser list), the best candidate in that
 * container is. A body split into sibling containers under a shared header is left alone. Returns
 * the new candidate, or -1 to keep the selection.
 */
function nearHeadline(
  dom: FlatDom, removed: Uint8Array, stats: Stats, final: Float64Array, selection: Selection, headline: number, hint: string[],
): number {
  const { top } = selection;
  const headEnd = dom.end[headline]!;
  // The winner holds the headline: in place.
  if (top <= headline && dom.end[top]! > headline) return -1;
  const before = dom.end[top]! <= headline;
  // Where the alternative may lie: after the headline (winner before it); or inside the largest
  // container of the headline that ends before the winner (an article element, then a thread).
  let from = 0;
  let to = dom.tag.length;
  if (!before) {
    let holder = -1;
    for (let a = dom.parent[headline]!; a >= 0 && dom.end[a]! <= top; a = dom.parent[a]!) holder = a;
    if (holder < 0) return -1;
    let units = 0;
    let chars = 0;
    for (let i = headEnd; i < dom.end[holder]!; i++) {
      if (removed[i]) {
        i = dom.end[i]! - 1;
        continue;
      }
      if (stats.unit[i] && linkDensity(stats, i) < SIBLING_MAX_LINK_DENSITY) {
        units++;
        chars += stats.chars[i]!;
      }
    }
    // An <article> element that holds the headline and paragraphs of prose is the story, however
    // long the thread of replies after it; an unmarked holder must hold a fair share of the text,
    // unless the winner is a thread of replies (each led by a name link).
    if (units < HEADLINE_GAP_UNITS || (dom.tag[holder] !== 'article' && chars < stats.chars[top]! * HEADLINE_GAP_SHARE
      && !isThread(dom, removed, stats, hint, top))) return -1;
    from = holder;
    to = dom.end[holder]!;
  }
  let best = -1;
  for (let i = from; i < to; i++) {
    if (removed[i] || !stats.candidate[i] || final[i]! <= 0) continue;
    const holdsHead = i <= headline && dom.end[i]! > headline;
    if (!holdsHead && i < headEnd) continue;
    if (i <= top && dom.end[i]! >= dom.end[top]!) continue;
    if (best < 0 || final[i]! > final[best]!) best = i;
  }
  if (best < 0 || final[best]! < final[top]! * HEADLINE_ALT_SHARE || unitsIn(dom, stats, best) < HEADLINE_ALT_UNITS) return -1;
  return best;
}

/** Nodes between the headline and the article scanned for its stranded lead, and how many paragraphs it may have. */
const LEAD_SCAN_NODES = 2000;
const LEAD_MAX_PARAGRAPHS = 3;
/** A stranded lead paragraph is a real paragraph: this long, a sentence, few links. */
const LEAD_MIN_CHARS = 80;
/** Containers whose paragraphs are not the story's lead (a photo's caption, a header's dek, a pull quote). */
const NOT_LEAD_TAGS = new Set(['figure', 'figcaption', 'header', 'aside', 'blockquote', 'li', 'td', 'form', 'nav', 'footer']);

/**
 * Paragraphs between the headline and the chosen article that were left out because they sit in
 * the headline's container (the first paragraph set next to the <h1>, the rest of the story in a
 * column of its own). Prose <p>s only; at most a few.
 */
export function strandedLead(dom: FlatDom, removed: Uint8Array, stats: Stats, headline: number, firstRoot: number): number[] {
  const out: number[] = [];
  const from = dom.end[headline]!;
  if (from >= firstRoot || firstRoot - from > LEAD_SCAN_NODES) return out;
  for (let i = from; i < firstRoot && out.length <= LEAD_MAX_PARAGRAPHS; i++) {
    if (removed[i]) {
      i = dom.end[i]! - 1;
      continue;
    }
    if (dom.tag[i] !== 'p') continue;
    if (dom.end[i]! > firstRoot) return [];
    if (stats.chars[i]! >= LEAD_MIN_CHARS && linkDensity(stats, i) < SIBLING_MAX_LINK_DENSITY && SENTENCE_END_RE.test(subtreeText(dom, removed, i))
      && !insideAny(dom, i, headline)) out.push(i);
    i = dom.end[i]! - 1;
  }
  return out.length > LEAD_MAX_PARAGRAPHS ? [] : out;
}

/** True when an ancestor of `i` below the common ancestor with `anchor` is a caption, header, quote or list. */
function insideAny(dom: FlatDom, i: number, anchor: number): boolean {
  let a = dom.parent[i]!;
  for (; a >= 0 && !(a <= anchor && dom.end[a]! > anchor); a = dom.parent[a]!) {
    if (NOT_LEAD_TAGS.has(dom.tag[a]!)) return true;
  }
  // The common ancestor itself may be the headline's <header> (the dek sits there).
  return a >= 0 && (dom.tag[a] === 'header' || dom.tag[a] === 'hgroup');
}

function unitsIn(dom: FlatDom, stats: Stats, i: number): number {
  let units = 0;
  for (let j = i; j < dom.end[i]!; j++) units += stats.unit[j]!;
  return units;
}

function isStop(tag: string): boolean {
  return tag === 'body' || tag === 'html';
}

/** When several near-equal candidates exist, the article is their common ancestor. */
function widenToRivals(dom: FlatDom, stats: Stats, final: Float64Array, top: number): number {
  const rivals: number[] = [];
  if (final[top]! <= 0) return top;
  const threshold = final[top]! * ALT_CANDIDATE_SHARE;
  for (let i = 0; i < final.length; i++) {
    if (i !== top && stats.candidate[i] && final[i]! >= threshold) rivals.push(i);
  }
  if (rivals.length < ALT_CANDIDATES_NEEDED) return top;
  for (let a = dom.parent[top]!; a >= 0 && !isStop(dom.tag[a]!); a = dom.parent[a]!) {
    let inside = 0;
    for (const r of rivals) if (r >= a && r < dom.end[a]!) inside++;
    if (inside >= ALT_CANDIDATES_NEEDED) return a;
  }
  return top;
}

/** Walk up while an ancestor scores better: the winner was one part of a split article. */
function climbToParent(dom: FlatDom, stats: Stats, final: Float64Array, top: number, rejected = -1): number {
  let last = final[top]!;
  const floor = last / 3;
  for (let a = dom.parent[top]!; a >= 0 && !isStop(dom.tag[a]!); a = dom.parent[a]!) {
    if (rejected >= 0 && a <= rejected && dom.end[a]! > rejected) break;
    if (!stats.candidate[a]) continue;
    const s = final[a]!;
    if (s < floor) break;
    if (s > last) return a;
    last = s;
  }
  return top;
}

function onlyElementChild(dom: FlatDom, removed: Uint8Array, i: number): boolean {
  const p = dom.parent[i]!;
  for (let c = p + 1; c < dom.end[p]!; c = dom.end[c]!) {
    if (c !== i && !removed[c] && (dom.tag[c] !== '#text' || dom.text[c]!.trim())) return false;
  }
  return true;
}

/** The winner and the siblings that belong with it (scored alike, or prose paragraphs). */
function admitSiblings(
  dom: FlatDom, removed: Uint8Array, stats: Stats, hint: string[], final: Float64Array, top: number, topScore: number,
  rejected = -1,
): number[] {
  const p = dom.parent[top]!;
  if (p < 0) return [top];
  const roots: number[] = [];
  const threshold = Math.max(SIBLING_MIN_SCORE, topScore * SIBLING_SCORE_SHARE);
  for (let c = p + 1; c < dom.end[p]!; c = dom.end[c]!) {
    if (removed[c] || dom.tag[c] === '#text') continue;
    if (c !== top && isTeaserList(stats, c)) continue;
    // The container that the position check turned down stays out.
    if (rejected >= 0 && c <= rejected && dom.end[c]! > rejected) continue;
    if (c === top) {
      roots.push(c);
      continue;
    }
    const sameClass = hint[c] !== '' && hint[c] === hint[top] ? topScore * SIBLING_SCORE_SHARE : 0;
    // A thread of replies after the article is its comments, not more of it.
    if (stats.candidate[c] && final[c]! + sameClass >= threshold && !(c > top && isThread(dom, removed, stats, hint, c))) {
      roots.push(c);
      continue;
    }
    if (dom.tag[c] !== 'p' && !(dom.tag[c] === 'div' && stats.score[c] === 0)) continue;
    const chars = stats.chars[c]!;
    const density = linkDensity(stats, c);
    if (chars > SIBLING_PROSE_CHARS && density < SIBLING_MAX_LINK_DENSITY) roots.push(c);
    else if (chars > 0 && density === 0 && SENTENCE_END_RE.test(subtreeText(dom, removed, c, 400))) roots.push(c);
  }
  return roots;
}

/** Collapsed text of a subtree, stopping after about `limit` characters. */
export function subtreeText(dom: FlatDom, removed: Uint8Array, i: number, limit = Infinity): string {
  const parts: string[] = [];
  let length = 0;
  for (let j = i; j < dom.end[i]!; j++) {
    if (removed[j]) {
      j = dom.end[j]! - 1;
      continue;
    }
    if (dom.tag[j] !== '#text') continue;
    const t = collapse(dom.text[j]!);
    parts.push(t);
    length += t.length;
    if (length > limit) break;
  }
  return parts.join('').trim();
}
