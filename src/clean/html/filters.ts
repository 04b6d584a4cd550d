/**
 * Block-level filters applied after serialisation: labels, promos, credits, bylines, datelines and
 * link lines; the headline repeated from the title; author bios at the end; repeated blocks.
 */
import type { Block } from './blocks.js';
import type { Extraction } from './extract.js';
import { isCreditedCaption, isFurniture } from './furniture.js';
import { matchKey } from './jsonld-body.js';
import {
  AUTHOR_BIO_MAX_CHARS, AUTHOR_BIO_RE, AUTHOR_BIO_TAIL_BLOCKS, BLOCK_MAX_LINK_DENSITY, BOILERPLATE_BLOCK_RE,
  BOILERPLATE_MAX_CHARS, BOILERPLATE_START_RE, BYLINE_BLOCK_RE, BYLINE_MAX_CHARS, CREDIT_RE, DATE_WORDS_RE,
  DATELINE_MAX_CHARS, DUPLICATE_MIN_CHARS, MORE_LINKS_RE, EDITION_NOTE_MAX_CHARS, EDITION_NOTE_RE, SENTENCE_END_RE,
  SHORT_BLOCK_CHARS, SHORT_BLOCK_MAX_LINK_DENSITY, TITLE_SEARCH_BLOCKS,
} from './tunables.js';

/** Case-blind form of the author-bio pattern, for lines set in capitals. */
const AUTHOR_BIO_CASELESS_RE = new RegExp(AUTHOR_BIO_RE.source, 'iu');
/** Trailing headings are only dropped from articles longer than this (a lone heading may be the text). */
const TRAILING_HEADING_MIN_BLOCKS = 2;
/** "... by Jane Doe" at the end of a dateline. */
const TRAILING_BYLINE_RE = /\s(?:[Bb]y|BY|[Vv]on|[Pp]ar|PAR|[Pp]or|POR)\s+\p{Lu}(?:[^.!?]|(?<=(?:^|\s)\p{Lu})\.)*\.?$/u;
/** Time-stamp words of a dateline line ("First published February 1, 2016: 1:28 AM ET"). */
const STAMP_RE = /\b(?:(?:first |last )?(?:published|updated|posted|modified)|mis à jour|publié le|actualizado|aktualisiert)\b/i;
/** A byline inside a stamp line ("Le Monde | 04.05.2015 à 13h36 • Mis à jour ... | Par Jane Doe"). */
const STAMP_BYLINE_RE = /(?:^|[|•·—–-]\s*)(?:[Bb]y|BY|[Pp]ar|PAR|[Pp]or|POR|[Vv]on)\s+\p{Lu}/u;
/** Stamp lines with a byline may be this long. */
const STAMP_LINE_MAX_CHARS = 200;
/** A month name next to a day or year: the date of a dateline. */
const MONTH_DATE_RE = /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+\d{1,4}\b|\b\d{1,2}\.?\s+(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b|\b\d{1,4}[./-]\d{1,2}[./-]\d{2,4}\b/i;
/** Datelines set their parts apart with a comma, a bar or a dot, or carry a clock time. */
const DATELINE_SEPARATOR_RE = /[,|·•—–]|\d[:.]\d\d\b/;
/** Reading-time notes that sit in datelines ("4 min read"). */
const READ_TIME_RE = /\b\d+[ -]min(?:ute)?s?(?: read)?\b/gi;
/** Words a dateline may hold beside the date and the names of the outlet or author. */
const DATELINE_GLUE_RE = /^(?:by|and|the|de|la|le|el|of|y|et|und|news|staff)$/i;
/** Names (outlet, author) a dateline may carry: at most this many capitalised words. */
const DATELINE_MAX_NAME_WORDS = 5;
/** A letter or digit: blocks without any are separators ("___", "* * *"). */
const NON_PUNCTUATION_RE = /[\p{L}\p{N}]/u;
/** A promo or cross-link set in brackets ("[Read: ...]", "[Get the newsletter in your inbox.]"). */
const BRACKETED_RE = /^\[[^\]]*\]\W*$/;
/** Share of link text that makes a bracketed block a promo rather than an editorial note. */
const BRACKETED_MIN_LINK_SHARE = 0.2;
/** "Posted by Jane Doe, Software Engineer": a byline with the author's title. */
const POSTED_BY_RE = /^(?:[Pp]osted|[Ww]ritten|[Pp]ublished|[Ss]ubmitted) by\s+\p{Lu}/u;
/** A copyright notice ("Copyright 2024 The Associated Press. All rights reserved. This material may not be ..."). */
const COPYRIGHT_RE = /^(?:copyright|\(c\)|©)\s*(?:©\s*)?\d{4}\b/i;
const RIGHTS_RE = /all rights reserved|may not be (?:published|reproduced|redistributed)/i;
const COPYRIGHT_MAX_CHARS = 300;
/** Contact lines for the author: "Write to Jane Roe at jane@example.com", "Jane Roe can be reached at ...". */
const CONTACT_RE = /^(?:[Ww]rite to|[Cc]ontact|[Ee]mail) \p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3} at \S+@|^\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3} (?:can be reached|is reachable) at\b/u;
/** A link-heavy block this long that ends like a sentence is kept. */
const LINKED_SENTENCE_MIN_CHARS = 150;
/**
 * A shorter sentence keeps its links when its own words still hold a quarter of it: "The council
 * met on Tuesday, with the mayor and ferry operators." with four of its phrases linked. A line
 * that is one link with a word or two around it ("Read our coverage of the vote.") stays chrome.
 */
const LINKED_SENTENCE_MAX_DENSITY = 0.75;
const LINKED_SENTENCE_MIN_WORDS = 6;
/** A sentence: opens with a capital (after an opening quote) and closes with end punctuation. */
const SENTENCE_SHAPE_RE = /^["“‘(]?\p{Lu}[\s\S]*[.!?]["”’)]?$/u;
/** The attribution line of an embedded post: "— Jane Roe (@janeroe) August 22, 2013". */
const EMBED_ATTRIBUTION_RE = /^[—–-]\s*[^()]{0,60}\(@[\w.]+\)\s*(?:on\s+\w+\s+)?\p{L}+\.? \d{1,2},? \d{4}$/u;
/** Credit and byline shapes of a short block: "Reporter: Jane Roe", "By Jane Roe | Reporter", "AFP via Getty Images", "Jane Roe for The Daily Planet". */
const ROLE_LINE_RE = /^(?:[Rr]eporter|[Rr]eporting|[Ww]riter|[Aa]uthor|[Pp]hotographer|[Pp]hotos?|[Ee]ditor|[Ww]ords|[Tt]ext|[Ii]llustration|[Vv]ideo)\s*:\s*\p{Lu}[\p{L}.'’-]*(?:[\s,/&]+(?:and\s+)?\p{Lu}[\p{L}.'’-]*){0,6}$/u;
const PIPED_BYLINE_RE = /^(?:[Bb]y|BY)\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}\s*[|•·]\s*[\p{L} ,.'’&-]{1,60}$/u;
const VIA_AGENCY_RE = /^(?:[\w.'’-]+\s+){0,4}via\s+(?:getty images|reuters|ap|afp|shutterstock|alamy|bloomberg)\W*$/i;
const FOR_OUTLET_RE = /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3}\s+for\s+(?:[Tt]he\s+)?\p{Lu}[\p{L}.'’&-]*(?:\s+\p{Lu}[\p{L}.'’&-]*){0,4}$/u;
/** A cross-link line: a "See more" / "Watch" / "Also read" label, then a link ("See More: Storm Batters Coast"). */
const LABELLED_LINK_RE = /^(?:see more|read more|more|related|see also|also see|also read|read also|read next|read this|watch|listen|recommended|don[’']t miss|must read|more from [\p{L}\p{N}&' ]{1,30}|more on [\p{L}\p{N}&' ]{1,30})\s*[:|»›>–—-]\s*/iu;
/** Share of the text after the label that must be link text. */
const LABELLED_LINK_SHARE = 0.6;
const LABELLED_LINK_MAX_CHARS = 300;

/** Short label blocks ("Advertisement") are tested against the whole-label pattern up to this length. */
const LABEL_MAX_CHARS = 60;

/** A photo credit in brackets closing a caption: "(Jane Doe/City News)", "(Lucy Akins)", "(Photo: Reuters)". */
const BRACKETED_CREDIT_RE =
  /\S.*\((?:(?:[Pp]hoto|PHOTO|[Ii]mage|[Cc]redit|[Ff]oto)s?:\s*[^()]{1,60}|\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3}|\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}\s*\/\s*[\p{Lu}\d][^()/]{0,50})\)$/u;
/** Captions are short. */
const CAPTION_MAX_CHARS = 250;

/** A credit that is only a name in brackets: "(Lucy Park)" under a photo, but also "(Associated Press)" closing a wire story. */
const BARE_NAME_CREDIT_RE = /\(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3}\)$/u;

/** True when the caption's credit is a bare name, which reads as a caption only beside a photo. */
export function isBareNameCredit(text: string): boolean {
  return BARE_NAME_CREDIT_RE.test(text);
}

/** A paragraph that reads as a photo caption by its closing credit (dropped unless captions are kept). */
export function isCaptionLine(block: Block): boolean {
  return (block.kind === 'paragraph' && block.text.length <= CAPTION_MAX_CHARS && block.text.endsWith(')') && BRACKETED_CREDIT_RE.test(block.text))
    || isCreditedCaption(block);
}

/** Blocks that are labels, promos, credits, bylines or link lists. */
export function isBoilerplate(block: Block): boolean {
  // Preformatted text (code, output, a table of numbers) is verbatim content: its lines are not prose to judge.
  if (block.kind === 'preformatted') return false;
  const { text } = block;
  const length = text.length;
  if (length <= LABEL_MAX_CHARS && (BOILERPLATE_BLOCK_RE.test(text) || MORE_LINKS_RE.test(text))) return true;
  if (length <= BOILERPLATE_MAX_CHARS && BOILERPLATE_START_RE.test(text)) return true;
  if (length <= LABEL_MAX_CHARS * 2 && text.includes('/') && CREDIT_RE.test(text)) return true;
  if (length <= EDITION_NOTE_MAX_CHARS && EDITION_NOTE_RE.test(text)) return true;
  if (!NON_PUNCTUATION_RE.test(text)) return true;
  if (isFurniture(block)) return true;
  if (length <= BYLINE_MAX_CHARS && EMBED_ATTRIBUTION_RE.test(text)) return true;
  if (length <= BYLINE_MAX_CHARS && block.kind === 'paragraph' && (ROLE_LINE_RE.test(text) || PIPED_BYLINE_RE.test(text) || VIA_AGENCY_RE.test(text))) return true;
  if (length <= LABEL_MAX_CHARS && block.kind === 'paragraph' && FOR_OUTLET_RE.test(text)) return true;
  if (length <= COPYRIGHT_MAX_CHARS && COPYRIGHT_RE.test(text) && RIGHTS_RE.test(text)) return true;
  // Wire credits ("(Reporting by Jane Doe; Editing by John Roe)") are part of the story's text: kept.
  if (length <= BOILERPLATE_MAX_CHARS && CONTACT_RE.test(text)) return true;
  if (length <= BYLINE_MAX_CHARS && block.kind !== 'heading' && BYLINE_BLOCK_RE.test(text)) return true;
  const density = block.linkChars / length;
  if (length <= LABELLED_LINK_MAX_CHARS && block.linkChars > 0) {
    const label = LABELLED_LINK_RE.exec(text);
    if (label && block.linkChars >= (length - label[0].length) * LABELLED_LINK_SHARE) return true;
  }
  // List items are judged with their list (prune.ts): a kept list keeps its link items.
  // A long sentence that links most of its words (a link-blog post) is prose; a link line is not.
  if (density > BLOCK_MAX_LINK_DENSITY && block.kind !== 'heading' && block.kind !== 'list-item'
    && !(length >= LINKED_SENTENCE_MIN_CHARS && SENTENCE_END_RE.test(text)) && !isLinkedSentence(text, density)) return true;
  if (length <= DATELINE_MAX_CHARS && (isDateline(text) || (block.kind === 'paragraph' && isNamedDateline(text)))) return true;
  if (length <= BOILERPLATE_MAX_CHARS && BRACKETED_RE.test(text) && density >= BRACKETED_MIN_LINK_SHARE) return true;
  if (length <= BYLINE_MAX_CHARS && POSTED_BY_RE.test(text) && !SENTENCE_END_RE.test(text)) return true;
  if (length <= STAMP_LINE_MAX_CHARS && /\d/.test(text) && STAMP_RE.test(text) && STAMP_BYLINE_RE.test(text)) return true;
  return length < SHORT_BLOCK_CHARS && density > SHORT_BLOCK_MAX_LINK_DENSITY && block.kind === 'paragraph' && !SENTENCE_END_RE.test(text);
}

/** A sentence of prose that links several of its phrases (see LINKED_SENTENCE_MAX_DENSITY). */
function isLinkedSentence(text: string, density: number): boolean {
  return density <= LINKED_SENTENCE_MAX_DENSITY && SENTENCE_SHAPE_RE.test(text) && text.split(/\s+/).length >= LINKED_SENTENCE_MIN_WORDS;
}

/**
 * A block of several lines (single <br>s) loses the lines that alone are furniture: a byline or
 * a dateline set above the first paragraph, a credit under a photo. Returns the block itself when
 * no line goes, null when every line does. `photo`: whether a photo sits in or just before the
 * block (a line closing with a bare name in brackets is a caption only then).
 */
export function dropFurnitureLines(block: Block, keepCaptions: boolean, photo = true): Block | null {
  const { lineLinks } = block;
  if (!lineLinks || block.kind === 'preformatted') return block;
  const lines = block.text.split('\n');
  if (lines.length !== lineLinks.length) return block;
  const keptLines: string[] = [];
  const keptLinks: number[] = [];
  for (let k = 0; k < lines.length; k++) {
    const line: Block = { ...block, text: lines[k]!, linkChars: lineLinks[k]!, lineLinks: undefined, whole: false };
    if (isBoilerplate(line) || (!keepCaptions && isCaptionLine(line) && (photo || !isBareNameCredit(line.text)))) continue;
    keptLines.push(lines[k]!);
    keptLinks.push(lineLinks[k]!);
  }
  if (keptLines.length === lines.length) return block;
  if (!keptLines.length) return null;
  const text = keptLines.join('\n');
  const linkChars = keptLinks.reduce((a, b) => a + b, 0);
  return { ...block, text, linkChars, whole: false, lineLinks: keptLines.length > 1 ? keptLinks : undefined };
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

/**
 * A date with only the outlet's or author's name around it ("The Guardian, Mon 3 Mar 2017 10.32
 * GMT", "March 3, 2017 | Jane Doe | 4 min read"); not a sentence.
 */
function isNamedDateline(text: string): boolean {
  if (!MONTH_DATE_RE.test(text) || !DATELINE_SEPARATOR_RE.test(text) || /["“”«»]/.test(text)) return false;
  if (/[.!?]["”’)]?$/.test(text) && !/\b(?:gmt|utc|[ap]\.m\.)$/i.test(text)) return false;
  const rest = text.replace(READ_TIME_RE, ' ').replace(DATE_WORDS_RE, ' ');
  const words = rest.match(/[\p{L}][\p{L}'’.-]*/gu) ?? [];
  let names = 0;
  for (const word of words) {
    if (DATELINE_GLUE_RE.test(word)) continue;
    if (!/^\p{Lu}/u.test(word)) return false;
    if (++names > DATELINE_MAX_NAME_WORDS) return false;
  }
  return true;
}

/** A block that repeats the one before it (slideshow headline and description, sticky headers). */
export function dropDuplicates(extraction: Extraction): void {
  extraction.blocks = extraction.blocks.filter((block, k, all) => {
    if (k === 0 || block.text.length < DUPLICATE_MIN_CHARS || all[k - 1]!.text !== block.text) return true;
    if (block.whole) extraction.removed.fill(1, block.element, extraction.dom.end[block.element]!);
    return false;
  });
}

/**
 * Author bios among the last blocks, then the headings left with nothing after them ("About the
 * author"). A bio is about the author: when the page names its authors (`byline`), the bio must
 * name one of them ("Mayor Jane Roe is a former editor" in a story by John Doe is news); when it
 * does not, the bio must open with a full name, not a surname alone ("Doe was a writer...").
 */
export function dropAuthorBios(extraction: Extraction, byline?: string): void {
  const { blocks } = extraction;
  const authors = nameWords(byline ?? '');
  for (let k = blocks.length - 1; k >= 0 && k >= blocks.length - AUTHOR_BIO_TAIL_BLOCKS; k--) {
    const block = blocks[k]!;
    if (block.text.length <= AUTHOR_BIO_MAX_CHARS && isAuthorBio(block.text) && namesAuthor(block.text, authors)) dropBlock(extraction, k);
  }
  // A heading that ends the article heads nothing: a label of the chrome that followed.
  while (blocks.length > TRAILING_HEADING_MIN_BLOCKS && blocks[blocks.length - 1]!.kind === 'heading') {
    dropBlock(extraction, blocks.length - 1);
  }
}

/** Capitalised words of two letters or more: the words of a name. */
const NAME_WORD_RE = /\p{Lu}[\p{L}'’-]+/gu;
/** Words of a byline that are not names. */
const BYLINE_GLUE = new Set(['by', 'and', 'von', 'par', 'por', 'de', 'staff', 'writer', 'reporter', 'editor']);
/** The capitalised words that open a bio: the name it is about (and perhaps a verb set in capitals). */
const BIO_NAME_RE = /^(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}/u;

/** Lower-cased name words of a byline. */
function nameWords(byline: string): Set<string> {
  const out = new Set<string>();
  for (const word of byline.match(NAME_WORD_RE) ?? []) {
    const key = word.toLowerCase();
    if (!BYLINE_GLUE.has(key)) out.add(key);
  }
  return out;
}

/** Whether the name that opens a bio is one of the authors' (or, with no byline, a full name). */
function namesAuthor(text: string, authors: Set<string>): boolean {
  const words = (BIO_NAME_RE.exec(text)?.[0] ?? '').match(NAME_WORD_RE) ?? [];
  if (!authors.size) return words.length >= 2;
  return words.some((word) => authors.has(word.toLowerCase()));
}

function isAuthorBio(text: string): boolean {
  if (AUTHOR_BIO_RE.test(text)) return true;
  // "LAURIE OAKES IS THE NINE NETWORK POLITICAL EDITOR": test an all-capitals line case-blind.
  return text === text.toUpperCase() && /\p{Lu}/u.test(text) && AUTHOR_BIO_CASELESS_RE.test(text);
}

function dropBlock(extraction: Extraction, k: number): void {
  const [block] = extraction.blocks.splice(k, 1);
  if (block?.whole) extraction.removed.fill(1, block.element, extraction.dom.end[block.element]!);
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
