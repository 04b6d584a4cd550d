/**
 * The HTML article pipeline: flatten → drop chrome → score → choose container → prune inside →
 * serialise blocks → drop boilerplate blocks → drop the repeated headline. Retries with relaxed
 * pruning when the result is too short, and falls back to JSON-LD articleBody.
 */
import { cheerioSlim } from '../../util/lazy.js';
import type { Diagnostic } from '../../model.js';
import type { Block } from './blocks.js';
import { serialise } from './blocks.js';
import { dropLeadingDek } from './dek.js';
import type { FlatDom } from './dom.js';
import { collapse, flatten } from './dom.js';
import { dropAuthorBios, dropDuplicates, dropFurnitureLines, dropRepeatedTitle, isBareNameCredit, isBoilerplate, isCaptionLine } from './filters.js';
import { findArticleBody, matchKey } from './jsonld-body.js';
import { dropHeadlineBlocks } from './headline.js';
import { dropFurnitureRuns } from './furniture.js';
import type { PruneFlags } from './prepare.js';
import { codeBoxes, hints, markRemoved, proseParagraphs } from './prepare.js';
import { inDataTable, pruneInside } from './prune.js';
import { computeStats, selectArticle, strandedLead, subtreeText } from './score.js';
import {
  ARTICLE_BODY_BONUS, JSONLD_BODY_MIN_CHARS, PROSE_PARAGRAPH_CHARS, PROSE_RICH_PARAGRAPHS, JSONLD_CHECK_MIN_CHARS, JSONLD_SHORT_CHECK_MIN_CHARS, JSONLD_SHORT_MAX_RATIO, JSONLD_MIN_COVERAGE, JSONLD_PREFIX_WORDS, KEEP_CAPTIONS, RETRY_MIN_CHARS,
} from './tunables.js';

/** An articleBody that holds HTML tags rather than plain text. */
const MARKUP_RE = /<\/?(?:p|div|br|span|a|em|strong|h[1-6]|ul|ol|li)\b[^<>]*>/i;

/** Pruning levels, strictest first; later ones run only when the earlier result is too short. */
const ATTEMPTS: readonly PruneFlags[] = [
  { dropUnlikely: true, dropChrome: true, pruneLinks: true },
  { dropUnlikely: false, dropChrome: true, pruneLinks: true },
  { dropUnlikely: false, dropChrome: false, pruneLinks: true },
  { dropUnlikely: false, dropChrome: false, pruneLinks: false },
];
export interface ExtractOptions {
  /** The page title from metadata; a leading heading equal to it is not repeated in the text. */
  title?: string;
  /** The page's byline from metadata: a closing bio is dropped only when it is about one of these authors. */
  byline?: string;
  keepCaptions?: boolean;
}

export interface Extraction {
  blocks: Block[];
  dom: FlatDom;
  /** Nodes not part of the article (for the markdown serialiser). */
  removed: Uint8Array;
  roots: number[];
  diagnostics: Diagnostic[];
}

/** Extracts the article blocks from a flattened page. Never throws on odd markup. */
export function extractArticle(dom: FlatDom, options: ExtractOptions = {}): Extraction {
  const hint = hints(dom);
  const prose = proseParagraphs(dom);
  const code = codeBoxes(dom);
  const diagnostics: Diagnostic[] = [];
  const articleBody = findArticleBody(dom);
  const headline = findHeadline(dom, options.title);
  let best: Extraction | null = null;
  let bestChars = -1;
  for (const flags of ATTEMPTS) {
    const attempt = runAttempt(dom, hint, prose, code, flags, articleBody, headline, options);
    const chars = attempt.blocks.reduce((sum, b) => sum + b.text.length, 0);
    if (chars > bestChars) {
      best = attempt;
      bestChars = chars;
    }
    if (chars >= RETRY_MIN_CHARS && !(flags === ATTEMPTS[0] && isThin(attempt) && removedBody(dom, hint, prose, code, flags))) break;
  }
  const result = best!;
  dropRepeatedTitle(result, options.title);
  dropHeadlineBlocks(result, options.title, hint, headline);
  dropFurnitureRuns(result, options.keepCaptions ?? KEEP_CAPTIONS);
  dropAuthorBios(result, options.byline);
  dropDuplicates(result);
  dropLeadingDek(result, hint);
  if (bestChars < RETRY_MIN_CHARS && articleBody.trim().length >= JSONLD_BODY_MIN_CHARS) {
    diagnostics.push({ ruleId: 'clean/jsonld-body', severity: 'info', message: 'page text is short; using the JSON-LD articleBody' });
    result.blocks = bodyBlocks(articleBody);
    result.roots = [];
  } else if (checksExtraction(articleBody.trim().length, bestChars) && coverage(articleBody, result.blocks) < JSONLD_MIN_COVERAGE) {
    // The page states its article text and ours holds almost none of it: we took the wrong block.
    diagnostics.push({ ruleId: 'clean/jsonld-body', severity: 'info', message: 'page text does not match the JSON-LD articleBody; using the articleBody' });
    result.blocks = bodyBlocks(articleBody);
    result.roots = [];
  }
  if (!result.blocks.length) {
    diagnostics.push({ ruleId: 'clean/no-article', severity: 'warning', message: 'no article text found on the page' });
  } else if (bestChars < RETRY_MIN_CHARS) {
    diagnostics.push({ ruleId: 'clean/short-article', severity: 'info', message: `article text is short (${bestChars} characters)` });
  }
  result.diagnostics = diagnostics;
  return result;
}

function runAttempt(
  dom: FlatDom, hint: string[], prose: Int32Array, code: Uint8Array | null, flags: PruneFlags, articleBody: string, headline: number,
  options: ExtractOptions,
): Extraction {
  const removed = markRemoved(dom, hint, flags, prose, code);
  const stats = computeStats(dom, removed);
  const bonus = new Float64Array(dom.tag.length);
  markArticleBody(dom, removed, articleBody, bonus);
  const selection = selectArticle(dom, removed, stats, hint, bonus, headline);
  const roots = selection ? selection.roots : fallbackRoots(dom, removed);
  // The lead paragraph set beside the headline, outside the chosen column.
  if (selection && headline >= 0 && roots[0]! > headline) roots.unshift(...strandedLead(dom, removed, stats, headline, roots[0]!));
  pruneInside(dom, removed, stats, hint, roots, { keepCaptions: options.keepCaptions ?? KEEP_CAPTIONS, pruneLinks: flags.pruneLinks, prose, code });
  const keepCaptions = options.keepCaptions ?? KEEP_CAPTIONS;
  const blocks: Block[] = [];
  const tables = new Map<number, boolean>();
  for (const block of serialise(dom, removed, roots)) {
    // A row of a data table is a record, whatever its words look like alone.
    if (block.tag === 'tr' && inDataTable(dom, block.element, tables)) {
      blocks.push(block);
      continue;
    }
    if (isBoilerplate(block) || (!keepCaptions && isCaptionLine(block) && (!isBareNameCredit(block.text) || nearPhoto(dom, block.element)))) {
      if (block.whole) removed.fill(1, block.element, dom.end[block.element]!);
      continue;
    }
    const kept = dropFurnitureLines(block, keepCaptions, block.lineLinks ? nearPhoto(dom, block.element) : true);
    if (kept) blocks.push(kept);
  }
  return { blocks, dom, removed, roots, diagnostics: [] };
}

/** Elements that show a photo or a clip. */
const PHOTO_TAGS = new Set(['img', 'picture', 'video', 'figure']);
/** Nodes looked at inside a block's element, and before it, for a photo. */
const PHOTO_SCAN_INSIDE = 200;
const PHOTO_SCAN_BEFORE = 40;

/**
 * True when a photo sits inside the block's element or among the nodes just before it (a caption
 * set as a paragraph under its image). Unknown elements (-1) count as beside a photo.
 */
function nearPhoto(dom: FlatDom, element: number): boolean {
  if (element < 0) return true;
  const end = Math.min(dom.end[element]!, element + PHOTO_SCAN_INSIDE);
  for (let j = element; j < end; j++) if (PHOTO_TAGS.has(dom.tag[j]!)) return true;
  for (let j = element - 1; j >= 0 && j >= element - PHOTO_SCAN_BEFORE; j--) if (PHOTO_TAGS.has(dom.tag[j]!)) return true;
  return false;
}

/** An extraction with fewer paragraphs of prose than this found no article. */
const THIN_PROSE_PARAGRAPHS = 2;
/** Class words of a thread of replies: a container so named is never the body that the first attempt lost. */
const THREAD_HINT_RE = /comment|repl(?:y|ies)|disqus|discussion|forum/;

/** True when the extraction holds fewer than two paragraphs of prose (a page blurb, a caption). */
function isThin(extraction: Extraction): boolean {
  let paragraphs = 0;
  for (const block of extraction.blocks) {
    if (block.kind === 'paragraph' && block.text.length >= PROSE_PARAGRAPH_CHARS && ++paragraphs >= THIN_PROSE_PARAGRAPHS) return false;
  }
  return true;
}

/**
 * True when the class-based removal of the first attempt took out a container holding several
 * prose paragraphs ("panel-two-col-sidebar-right-mix" around a whole story): with a thin result,
 * the next attempt, which keeps such containers, runs even when the thin result passed the length
 * bar (a site blurb of 300 characters is not an article). Threads of replies do not count.
 */
function removedBody(dom: FlatDom, hint: string[], prose: Int32Array, code: Uint8Array | null, flags: PruneFlags): boolean {
  const strict = markRemoved(dom, hint, flags, prose, code);
  const lenient = markRemoved(dom, hint, { ...flags, dropUnlikely: false }, prose, code);
  for (let i = 0; i < dom.tag.length; i++) {
    if (!strict[i] || lenient[i]) continue;
    if (prose[i]! >= PROSE_RICH_PARAGRAPHS && !THREAD_HINT_RE.test(hint[i]!)) return true;
    i = dom.end[i]! - 1;
  }
  return false;
}

/**
 * Whether the articleBody is long enough to check the extraction against: a long one always; a
 * short one (a brief) only when our text is not much longer, since a short articleBody may be a
 * summary that the page does not print.
 */
function checksExtraction(bodyChars: number, ourChars: number): boolean {
  if (bodyChars >= JSONLD_CHECK_MIN_CHARS) return true;
  return bodyChars >= JSONLD_SHORT_CHECK_MIN_CHARS && ourChars <= bodyChars * JSONLD_SHORT_MAX_RATIO;
}

/** Word 4-grams of the articleBody looked at when checking the extraction against it. */
const COVERAGE_SHINGLES = 400;

/** Share of the articleBody's first word 4-grams that the extracted blocks hold. */
function coverage(articleBody: string, blocks: readonly Block[]): number {
  // Markup and entities in an HTML articleBody are not words of the text.
  const want = matchKey(articleBody.replace(/<[^<>]*>/g, ' ').replace(/&#?\w+;/g, ' ')).split(' ');
  const have = new Set<string>();
  for (const block of blocks) {
    const words = matchKey(block.text).split(' ');
    for (let k = 0; k + 4 <= words.length; k++) have.add(words.slice(k, k + 4).join(' '));
  }
  let total = 0;
  let found = 0;
  for (let k = 0; k + 4 <= want.length && total < COVERAGE_SHINGLES; k++) {
    total++;
    if (have.has(want.slice(k, k + 4).join(' '))) found++;
  }
  return total ? found / total : 1;
}

/** Blocks of a JSON-LD articleBody: plain text split at line breaks, or markup serialised like the page. */
function bodyBlocks(articleBody: string): Block[] {
  if (MARKUP_RE.test(articleBody)) {
    const dom = flatten(cheerioSlim().load(articleBody).root()[0]!);
    const removed = new Uint8Array(dom.tag.length);
    const roots: number[] = [];
    for (let i = 0; i < dom.tag.length; i = dom.end[i]!) roots.push(i);
    return serialise(dom, removed, roots).map((block) => ({ ...block, element: -1, whole: false }));
  }
  return articleBody.split(/\r?\n/).map((text) => collapse(text).trim()).filter(Boolean)
    .map((text) => ({ text, kind: 'paragraph' as const, linkChars: 0, element: -1, whole: false, tag: 'p' }));
}

/** Headings looked at when finding the headline, and the text read from each. */
const HEADLINE_SCAN = 200;
const HEADLINE_MAX_CHARS = 400;

/**
 * The page's headline: the first <h1> (else <h2>) whose text is the title, -1 when none is.
 * Matching the title keeps a logo set in an <h1> from counting.
 */
export function findHeadline(dom: FlatDom, title: string | undefined): number {
  const key = title ? matchKey(title) : '';
  if (!key) return -1;
  const none = new Uint8Array(0);
  for (const level of ['h1', 'h2']) {
    let seen = 0;
    for (let i = 0; i < dom.tag.length && seen < HEADLINE_SCAN; i++) {
      if (dom.tag[i] !== level) continue;
      seen++;
      const heading = matchKey(subtreeText(dom, none, i, HEADLINE_MAX_CHARS));
      if (heading && (heading === key || (heading.length >= 15 && key.includes(heading)) || (key.length >= 15 && heading.startsWith(key)))) return i;
    }
  }
  return -1;
}

/** Without any prose unit, the body (or the whole document) is the article. */
function fallbackRoots(dom: FlatDom, removed: Uint8Array): number[] {
  const body = dom.tag.indexOf('body');
  if (body >= 0 && !removed[body]) return [body];
  const roots: number[] = [];
  for (let i = 0; i < dom.tag.length; i = dom.end[i]!) if (!removed[i]) roots.push(i);
  return roots;
}

/** The parent of the paragraph that starts the JSON-LD articleBody gets the article-body bonus. */
function markArticleBody(dom: FlatDom, removed: Uint8Array, articleBody: string, bonus: Float64Array): void {
  if (articleBody.length < RETRY_MIN_CHARS) return;
  const prefix = matchKey(articleBody).split(' ').slice(0, JSONLD_PREFIX_WORDS).join(' ');
  if (prefix.length < 20) return;
  for (let i = 0; i < dom.tag.length; i++) {
    if (removed[i]) {
      i = dom.end[i]! - 1;
      continue;
    }
    if (dom.tag[i] !== 'p') continue;
    if (matchKey(subtreeText(dom, removed, i, 400)).includes(prefix)) {
      const p = dom.parent[i]!;
      if (p >= 0) bonus[p] += ARTICLE_BODY_BONUS;
      return;
    }
  }
}
