/**
 * Block-level filters applied after serialisation: labels, promos, credits, bylines, datelines and
 * link lines; the headline repeated from the title; author bios at the end; repeated blocks.
 */
import type { Block } from './blocks.js';
import type { Extraction } from './extract.js';
import { matchKey } from './jsonld-body.js';
import {
  AUTHOR_BIO_MAX_CHARS, AUTHOR_BIO_RE, AUTHOR_BIO_TAIL_BLOCKS, BLOCK_MAX_LINK_DENSITY, BOILERPLATE_BLOCK_RE,
  BOILERPLATE_MAX_CHARS, BOILERPLATE_START_RE, BYLINE_BLOCK_RE, BYLINE_MAX_CHARS, CREDIT_RE, DATE_WORDS_RE,
  DATELINE_MAX_CHARS, DUPLICATE_MIN_CHARS, EDITION_NOTE_MAX_CHARS, EDITION_NOTE_RE, SENTENCE_END_RE,
  SHORT_BLOCK_CHARS, SHORT_BLOCK_MAX_LINK_DENSITY, TITLE_SEARCH_BLOCKS,
} from './tunables.js';

/** "... by Jane Doe" at the end of a dateline. */
const TRAILING_BYLINE_RE = /\s(?:by|von|par|por)\s.*$/i;
/** Time-stamp words of a dateline line ("First published February 1, 2016: 1:28 AM ET"). */
const STAMP_RE = /\b(?:(?:first |last )?(?:published|updated|posted|modified)|mis à jour|publié le|actualizado|aktualisiert)\b/i;
/** A letter or digit: blocks without any are separators ("___", "* * *"). */
const NON_PUNCTUATION_RE = /[\p{L}\p{N}]/u;
/** Short label blocks ("Advertisement") are tested against the whole-label pattern up to this length. */
const LABEL_MAX_CHARS = 60;

/** Blocks that are labels, promos, credits, bylines or link lists. */
export function isBoilerplate(block: Block): boolean {
  const { text } = block;
  const length = text.length;
  if (length <= LABEL_MAX_CHARS && BOILERPLATE_BLOCK_RE.test(text)) return true;
  if (length <= BOILERPLATE_MAX_CHARS && BOILERPLATE_START_RE.test(text)) return true;
  if (length <= LABEL_MAX_CHARS * 2 && CREDIT_RE.test(text)) return true;
  if (length <= EDITION_NOTE_MAX_CHARS && EDITION_NOTE_RE.test(text)) return true;
  if (!NON_PUNCTUATION_RE.test(text)) return true;
  if (length <= BYLINE_MAX_CHARS && block.kind !== 'heading' && BYLINE_BLOCK_RE.test(text)) return true;
  const density = block.linkChars / length;
  // List items are judged with their list (prune.ts): a kept list keeps its link items.
  if (density > BLOCK_MAX_LINK_DENSITY && block.kind !== 'heading' && block.kind !== 'list-item') return true;
  if (length <= DATELINE_MAX_CHARS && isDateline(text)) return true;
  return length < SHORT_BLOCK_CHARS && density > SHORT_BLOCK_MAX_LINK_DENSITY && block.kind === 'paragraph' && !SENTENCE_END_RE.test(text);
}

/**
 * A block made only of date words, numbers and punctuation (with at least one digit), possibly
 * followed by "by <name>"; or a short "Published/Updated <date>" line that is not a sentence.
 */
function isDateline(text: string): boolean {
  if (!/\d/.test(text)) return false;
  if (STAMP_RE.test(text) && !SENTENCE_END_RE.test(text)) return true;
  return !/[\p{L}]/u.test(text.replace(TRAILING_BYLINE_RE, '').replace(DATE_WORDS_RE, ''));
}

/** A block that repeats the one before it (slideshow headline and description, sticky headers). */
export function dropDuplicates(extraction: Extraction): void {
  extraction.blocks = extraction.blocks.filter((block, k, all) => {
    if (k === 0 || block.text.length < DUPLICATE_MIN_CHARS || all[k - 1]!.text !== block.text) return true;
    if (block.whole) extraction.removed.fill(1, block.element, extraction.dom.end[block.element]!);
    return false;
  });
}

/** Author bios among the last blocks. */
export function dropAuthorBios(extraction: Extraction): void {
  const { blocks } = extraction;
  for (let k = blocks.length - 1; k >= 0 && k >= blocks.length - AUTHOR_BIO_TAIL_BLOCKS; k--) {
    const block = blocks[k]!;
    if (block.text.length <= AUTHOR_BIO_MAX_CHARS && AUTHOR_BIO_RE.test(block.text)) {
      blocks.splice(k, 1);
      if (block.whole) extraction.removed.fill(1, block.element, extraction.dom.end[block.element]!);
    }
  }
}

/** A heading among the first blocks that repeats the title goes to metadata only. */
export function dropRepeatedTitle(extraction: Extraction, title: string | undefined): void {
  if (!title) return;
  const key = matchKey(title);
  if (!key) return;
  const limit = Math.min(TITLE_SEARCH_BLOCKS, extraction.blocks.length);
  for (let k = 0; k < limit; k++) {
    const block = extraction.blocks[k]!;
    if (block.kind !== 'heading') continue;
    const heading = matchKey(block.text);
    if (heading && (heading === key || (heading.length >= 15 && key.includes(heading)) || (key.length >= 15 && heading.startsWith(key)))) {
      extraction.blocks.splice(k, 1);
      if (block.whole) extraction.removed.fill(1, block.element, extraction.dom.end[block.element]!);
      return;
    }
  }
}
