/** Published and modified dates of an HTML page, from the most to the least explicit feature. */
import type { Cheerio } from 'cheerio/slim';
import type { AnyNode } from 'domhandler';
import { parseMachineDate, parseTextDate, parseUrlDate, splitDateLine } from './dates.js';
import { boundedText, firstFound, firstMeta, type Found, type PageSignals } from './signals.js';

/** Meta tags with the publication date, most specific first. */
const PUBLISHED_META = [
  'article:published_time', 'og:published_time', 'article:published', 'datepublished', 'parsely-pub-date',
  'sailthru.date', 'pubdate', 'publishdate', 'publish-date', 'publish_date', 'dc.date.issued', 'dcterms.issued',
  'dc.date', 'dcterms.date', 'dcterms.created', 'date', 'citation_publication_date', 'citation_date', 'article.published',
];
/** Meta tags with the last-modified date. */
const MODIFIED_META = ['article:modified_time', 'og:updated_time', 'datemodified', 'dcterms.modified', 'last-modified', 'dc.date.modified'];
/** Elements whose attribute is the article's date: those near the byline or in the article header first. */
const TIME_SELECTORS = [
  '[itemprop="datePublished"], time[pubdate]',
  '[class*="byline"] time[datetime], [class*="meta"] time[datetime], article header time[datetime], header time[datetime], article time[datetime]',
  'time[datetime]',
];
/** Elements that show a visible date line near the byline ("Updated Oct. 9, 2019"); class names in any case. */
const DATE_TEXT_SELECTOR =
  '[class*="date" i], [class*="time" i], [class*="published" i], [class*="meta" i], [data-testid*="date" i], [data-testid*="timestamp" i], [data-qa*="date" i], [data-qa*="timestamp" i]';
/** Byline elements, whose date sits beside the author's name ("Joe Wee Monday, February 29, 2016"). */
const BYLINE_TEXT_SELECTOR = '[class*="byline" i], [class*="author" i], [class*="attribution" i], [class*="posted" i]';
/** What may stand beside the date in a byline: "by"/"posted" and a name, at most a few words. */
const BYLINE_REST_RE = /^(?:(?:posted|published|written|updated)\s+)?(?:by|von|par|por)\s+\S+(?:\s+\S+){0,7}$|^(?:posted|published)\s+by\s+.+?(?:\s+on)?$|^\S+(?:\s+\S+){0,7}\s+(?:by|von|par|por)\s+\S+(?:\s+\S+){0,5}$/i;
/** In a byline element, the name beside the date is at most this many words. */
const MAX_NAME_WORDS_BESIDE_DATE = 6;
/** Longest element text we read as a date line (longer is a paragraph that mentions a date). */
const MAX_DATE_TEXT = 80;
/** How many candidate elements we look at (bounds work on huge pages). */
const MAX_SCAN = 40;

function fromMetaTags(s: PageSignals, keys: readonly string[]): Found | undefined {
  for (const key of keys) {
    for (const v of s.meta.get(key) ?? []) {
      const d = parseMachineDate(v);
      if (d) return { value: d, source: `meta:${key}` };
    }
  }
  return undefined;
}

function fromTimeElements(s: PageSignals): string | undefined {
  const { $ } = s;
  for (const selector of TIME_SELECTORS) {
    let found: string | undefined;
    $(selector)
      .slice(0, MAX_SCAN)
      .each((_, el) => {
        const $el = $(el);
        found = parseMachineDate($el.attr('datetime') ?? $el.attr('content')) ?? parseTextDate(boundedText(el, MAX_DATE_TEXT));
        return found ? false : undefined;
      });
    if (found) return found;
  }
  return undefined;
}

/**
 * The date of a short text: a date line ("Updated Oct. 9, 2019"), or a byline with its date ("By Jane
 * Doe May 20, 2019", "Tuesday 15 October 2019 by Jane Doe", "Posted by Jane Doe on 2019-02-15"); in a
 * byline element also a bare name beside the date. Never a sentence or a citation that holds a date
 * ("Retrieved 1 May 2016").
 */
function dateOfLine(text: string, bylineElement: boolean): string | undefined {
  const split = splitDateLine(text);
  if (!split) return undefined;
  const rest = split.rest.replace(/[,;:|•·@()/\-–—]+/g, ' ').replace(/\s+/g, ' ').trim();
  if (!rest) return split.date;
  if (BYLINE_REST_RE.test(rest)) return split.date;
  if (bylineElement && rest.split(' ').length <= MAX_NAME_WORDS_BESIDE_DATE && /^\p{Lu}/u.test(rest)) return split.date;
  return undefined;
}

/** Hidden text is machine data (a microformat date in an infobox), not the dateline a reader sees. */
const HIDDEN_STYLE_RE = /display\s*:\s*none|visibility\s*:\s*hidden/i;

function isHidden($el: Cheerio<AnyNode>): boolean {
  const chain = $el.add($el.parents());
  return chain.is('[hidden]') || chain.toArray().some((n) => 'attribs' in n && HIDDEN_STYLE_RE.test(n.attribs['style'] ?? ''));
}

function scanDateText(s: PageSignals, selector: string, bylineElement: boolean): string | undefined {
  const { $ } = s;
  let found: string | undefined;
  $(selector)
    .slice(0, MAX_SCAN)
    .each((_, el) => {
      const t = boundedText(el, MAX_DATE_TEXT);
      if (t === undefined || isHidden($(el))) return undefined;
      found = dateOfLine(t, bylineElement);
      return found ? false : undefined;
    });
  return found;
}

function fromDateText(s: PageSignals): string | undefined {
  return scanDateText(s, DATE_TEXT_SELECTOR, false) ?? scanDateText(s, BYLINE_TEXT_SELECTOR, true);
}

/** A timestamp written in UTC with its clock ("2026-05-06T01:20:00Z", "… +00:00"): hours and minutes. */
const UTC_STAMP_RE = /^\s*\d{4}-\d{2}-\d{2}[T\s](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]00:?00|UTC|GMT)\s*$/i;
/** Time zones in use run from UTC−12 to UTC+14: the local day of a UTC clock can only move that far. */
const WEST_LIMIT_MINUTES = 12 * 60;
const EAST_LIMIT_MINUTES = 14 * 60;
const DAY_MS = 86_400_000;

/** A day written in UTC by a machine and the local day its readers saw; other sources settle which. */
function utcClockMinutes(raw: string | undefined | null): number | undefined {
  const m = raw ? UTC_STAMP_RE.exec(raw) : null;
  return m ? Number(m[1]) * 60 + Number(m[2]) : undefined;
}

/**
 * The date the page states in its own zone: a meta tag not written in UTC, a `<time>` (its
 * `datetime` unless that is UTC, else its text), a visible date line. Read from the elements the
 * signal walk gathered: no selector walks the page again.
 */
function ownZoneDate(s: PageSignals): Found | undefined {
  for (const key of PUBLISHED_META) {
    for (const v of s.meta.get(key) ?? []) {
      const d = parseMachineDate(v);
      if (d && utcClockMinutes(v) === undefined) return { value: d, source: `meta:${key}` };
    }
  }
  for (const el of s.elements.time) {
    const machine = el.attribs['datetime'];
    const own = machine !== undefined && utcClockMinutes(machine) === undefined ? parseMachineDate(machine) : undefined;
    if (own) return { value: own, source: 'time[datetime]' };
    const text = parseTextDate(boundedText(el, MAX_DATE_TEXT));
    if (text) return { value: text, source: 'time' };
  }
  const { $ } = s;
  for (const el of s.elements.dated) {
    const t = boundedText(el, MAX_DATE_TEXT);
    if (t === undefined || isHidden($(el))) continue;
    const d = dateOfLine(t, false);
    if (d) return { value: d, source: 'byline-line' };
  }
  return undefined;
}

/**
 * A publication time written in UTC names the UTC day, which west of Greenwich is the next day for an
 * evening story ("2026-05-06T01:20Z" for a story the page dates May 5, 9:20 p.m. EDT). Where the page
 * states its own day one day off, and a real time zone can explain the gap, the page's day is the one
 * readers saw, and the one its "yesterday" and "on Monday" count from.
 */
function localDay(s: PageSignals, found: Found, raw: string | undefined | null): Found {
  const minutes = utcClockMinutes(raw);
  if (minutes === undefined) return found;
  const own = ownZoneDate(s);
  if (!own || own.value === found.value) return found;
  const gap = (Date.parse(own.value) - Date.parse(found.value)) / DAY_MS;
  const explained = (gap === -1 && minutes < WEST_LIMIT_MINUTES) || (gap === 1 && minutes >= 24 * 60 - EAST_LIMIT_MINUTES);
  return explained ? { value: own.value, source: `${found.source}+${own.source}` } : found;
}

/** Publication date: JSON-LD, meta tags, parsely, `<time>`, a visible date line, the URL path, the container hint. */
export function findPublished(s: PageSignals, url: string | undefined): Found | undefined {
  const ld = parseMachineDate(s.ld.published);
  if (ld) return localDay(s, { value: ld, source: 'json-ld' }, s.ld.published);
  const tag = fromMetaTags(s, PUBLISHED_META);
  if (tag) return localDay(s, tag, s.meta.get(tag.source.slice('meta:'.length))?.[0]);
  const pub = s.parsely['pub_date'];
  return firstFound([
    ['parsely-page', () => (typeof pub === 'string' ? parseMachineDate(pub) : undefined)],
    ['time[datetime]', () => fromTimeElements(s)],
    ['byline-line', () => fromDateText(s)],
    ['url-path', () => parseUrlDate(url) ?? parseUrlDate(s.input.hints?.url) ?? parseUrlDate(s.meta.get('og:url')?.[0])],
    ['hint', () => parseMachineDate(s.input.hints?.published)],
  ]);
}

/** Last-modified date: JSON-LD, then meta tags. */
export function findModified(s: PageSignals): Found | undefined {
  const ld = parseMachineDate(s.ld.modified);
  if (ld) return { value: ld, source: 'json-ld' };
  const m = firstMeta(s.meta, MODIFIED_META);
  const d = parseMachineDate(m?.value);
  return d && m ? { value: d, source: `meta:${m.key}` } : undefined;
}
