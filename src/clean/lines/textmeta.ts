/** Metadata stated in the text itself: "By X" lines, date lines, "X | date" lines, a copyright line. */
import type { PageMetadata } from '../index.js';
import { cleanByline } from '../meta/byline.js';
import { UPDATED_LINE_RE, isDateLine, parseMachineDate, parseTextDate } from '../meta/dates.js';
import { copyrightHolder } from '../meta/publisher.js';
import type { LineBlock } from './blocks.js';
import { wordCount } from './furniture.js';

/** "By Ana Swanson", "By Jane A. Doe and Jim Tankersley", "Written by …", "BY JANE DOE": a byline line (names capitalised). */
const BYLINE_LINE_RE = /^(?:(?:[Ww]ritten|[Rr]eported|[Ss]tory)\s+)?(?:[Bb]y|BY)\s+\p{Lu}[^!?]{1,120}$/u;
/** A line ending like a sentence ("…the deal was done by Friday.") is prose, not a byline; "Jane A." is not such an ending. */
const SENTENCE_END_RE = /\p{Ll}{2,}\.$/u;
/** A byline with more words than this is prose. */
const MAX_BYLINE_WORDS = 16;
/** "Posted on February 7, 2024 by Joaquin Ruelas" (blog templates). */
const POSTED_BY_RE = /^(?:posted|published|updated|written)(?:\s+on)?\s+(.{6,60}?)\s+by\s+(\p{Lu}[^|•·]{1,60})$/iu;
/** Separators of "Relief Watch staff | May 16, 2023" and "News Desk • Updated: May 15, 2023". */
const FIELD_SEP_RE = /\s+[|•·]\s+/;
/** A credit-free name part: a few capitalised words, no sentence punctuation. */
const NAME_PART_RE = /^\p{Lu}[\p{L}'’.&-]*(?:,?\s+[\p{L}'’.&-]+){0,6}$/u;
/** Longest "name | date" line we read. */
const MAX_FIELD_LINE_CHARS = 100;
/** "© 2020 The New York Times Company" → the publisher. */
const COPYRIGHT_RE = /^(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?(?:by\s+)?([^.|]{2,60}?)\.?(?:\s+all rights reserved\.?)?$/i;

export function isBylineLine(text: string): boolean {
  return BYLINE_LINE_RE.test(text) && !SENTENCE_END_RE.test(text) && wordCount(text) <= MAX_BYLINE_WORDS;
}

interface LineFields {
  byline?: string;
  date?: string;
  /** The date is an "Updated …" date. */
  updated?: boolean;
}

function dateOf(text: string): string | undefined {
  return parseTextDate(text) ?? parseMachineDate(text.replace(/^\D+/, ''));
}

/**
 * What a lead line says about the article: "By X", "By X | Oct. 9, 2019", "Oct. 9, 2019",
 * "Posted on Feb. 7, 2024 by X", "Relief Watch staff | May 16, 2023". Undefined for other lines.
 */
export function readBylineDateLine(text: string): LineFields | undefined {
  if (isBylineLine(text)) {
    const byline = cleanByline(text);
    if (byline) return { byline, date: parseTextDate(text), updated: /\bupdated\b/i.test(text) && !/\bpublished\b/i.test(text) };
  }
  if (isDateLine(text)) {
    const date = dateOf(text);
    return date ? { date, updated: UPDATED_LINE_RE.test(text) } : undefined;
  }
  const posted = POSTED_BY_RE.exec(text);
  if (posted && isDateLine(posted[1]!)) {
    return { date: dateOf(posted[1]!), byline: cleanByline(posted[2]), updated: /^updated/i.test(text) };
  }
  if (text.length > MAX_FIELD_LINE_CHARS) return undefined;
  const parts = text.split(FIELD_SEP_RE);
  if (parts.length < 2) return undefined;
  const datePart = parts.find((p) => isDateLine(p));
  if (!datePart || !parts.every((p) => p === datePart || NAME_PART_RE.test(p))) return undefined;
  const name = parts.find((p) => p !== datePart);
  return { date: dateOf(datePart), byline: name ? cleanByline(name) : undefined, updated: UPDATED_LINE_RE.test(datePart) };
}

/** A byline line or a date line: the title sits just above these. */
export function isBylineOrDateLine(text: string): boolean {
  return readBylineDateLine(text) !== undefined;
}

export interface TextMeta {
  meta: PageMetadata;
  /** Indexes of blocks consumed as metadata (not repeated in the text). */
  used: Set<number>;
}

/** Read byline, dates and publisher from the given blocks (`lead` = indexes before the body starts). */
export function readTextMeta(blocks: readonly LineBlock[], lead: readonly number[]): TextMeta {
  const meta: PageMetadata = {};
  const prov: NonNullable<PageMetadata['provenance']> = {};
  const used = new Set<number>();
  for (const i of lead) {
    const fields = readBylineDateLine(blocks[i]!.text);
    if (!fields) continue;
    const source = fields.byline ? 'byline-line' : 'date-line';
    if (fields.byline && !meta.byline) {
      meta.byline = fields.byline;
      prov.byline = 'byline-line';
    }
    if (fields.date && fields.updated && !meta.modified) {
      meta.modified = fields.date;
      prov.modified = source;
    } else if (fields.date && !fields.updated && !meta.published) {
      meta.published = fields.date;
      prov.published = source;
    }
    used.add(i);
  }
  // only an "Updated …" line: the article was published no later than that; say so via provenance
  if (!meta.published && meta.modified) {
    meta.published = meta.modified;
    prov.published = `${prov.modified ?? 'date-line'} (updated)`;
  }
  for (let i = blocks.length - 1; i >= 0 && !meta.publisher; i--) {
    const m = COPYRIGHT_RE.exec(blocks[i]!.text);
    if (m?.[1] && /\p{L}/u.test(m[1])) {
      meta.publisher = copyrightHolder(m[1]);
      prov.publisher = 'copyright';
    }
  }
  if (Object.keys(prov).length) meta.provenance = prov;
  return { meta, used };
}
