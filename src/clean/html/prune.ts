/**
 * Pruning inside the chosen article: containers that look like chrome by class (share bars, promos,
 * bios, captions), by link density (related-story lists), and figure captions.
 */
import type { FlatDom } from './dom.js';
import type { Stats } from './score.js';
import { hintWeight, isTeaserList, linkDensity } from './score.js';
import { BLOCK_TAGS, CONTAINER_MAX_LINK_DENSITY, FIGURE_MAX_CHARS, HINT_WEIGHT, INLINE_JUNK_RE } from './tunables.js';

/** Containers judged as a whole by their link density and comma count. */
const CONDITIONAL_TAGS = new Set(['div', 'section', 'ul', 'ol', 'dl', 'table', 'form', 'header', 'figure', 'aside', 'nav', 'footer']);
/** Below this many commas a container is not obviously prose. */
const PROSE_COMMAS = 10;
/** Link density above which a container with a neutral class is pruned (prose rarely links this much). */
const NEUTRAL_MAX_LINK_DENSITY = 0.2;
/** Lists are content in blogs and docs; only mostly-link lists are navigation. */
const LIST_TAGS = new Set(['ul', 'ol', 'dl']);
const LIST_MAX_LINK_DENSITY = 0.5;
/** Below this size a neutral container with some links is a widget, not prose. */
const SMALL_CONTAINER_CHARS = 200;
/** Containers holding more than this share of the article's text are never pruned. */
const PROTECTED_SHARE = 0.6;
/** A table with header cells or a caption and at least this many rows holds data, not layout. */
const DATA_TABLE_MIN_ROWS = 3;
/** Nodes looked at when classifying a table (bounds the cost on huge layout tables). */
const DATA_TABLE_SCAN = 5000;
/** Elements that are captions by tag. */
const CAPTION_TAGS = new Set(['figcaption']);

export interface PruneOptions {
  keepCaptions: boolean;
  /** Prune teaser lists and link-heavy containers (off in the last, most lenient attempt). */
  pruneLinks: boolean;
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
  if (!options.keepCaptions && (CAPTION_TAGS.has(tag) || (tag === 'figure' && chars < FIGURE_MAX_CHARS))) return true;
  if (chars > total * PROTECTED_SHARE && total > 0) return false;
  if (INLINE_JUNK_RE.test(hint[i]!)) return true;
  if (!options.pruneLinks) return false;
  if (isTeaserList(stats, i)) return true;
  const weight = hintWeight(hint[i]!);
  if (weight < 0 && BLOCK_TAGS.has(tag)) return true;
  if (!CONDITIONAL_TAGS.has(tag) || chars === 0) return false;
  if (tag === 'table' && isDataTable(dom, i)) return false;
  if (stats.commas[i]! >= PROSE_COMMAS) return false;
  const density = linkDensity(stats, i);
  if (LIST_TAGS.has(tag)) return density > LIST_MAX_LINK_DENSITY;
  if (weight < HINT_WEIGHT && density > NEUTRAL_MAX_LINK_DENSITY && chars < SMALL_CONTAINER_CHARS) return true;
  return density > CONTAINER_MAX_LINK_DENSITY;
}

/** Data tables (figures, results) are content even when their cells are links. */
function isDataTable(dom: FlatDom, i: number): boolean {
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
