/** Published and modified dates of an HTML page, from the most to the least explicit feature. */
import { isDateLine, parseMachineDate, parseTextDate, parseUrlDate } from './dates.js';
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
/** Elements that show a visible date line near the byline ("Updated Oct. 9, 2019"). */
const DATE_TEXT_SELECTOR = '[class*="date"], [class*="time"], [class*="dateline"], [class*="published"], [class*="meta"]';
/** "By Jane Doe May 20, 2019": a short byline that carries the date. */
const BYLINE_WITH_DATE_RE = /^(?:by|von|par|por)\s+\S+(?:\s+\S+){1,14}$/i;
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

function fromDateText(s: PageSignals): string | undefined {
  const { $ } = s;
  let found: string | undefined;
  $(DATE_TEXT_SELECTOR)
    .slice(0, MAX_SCAN)
    .each((_, el) => {
      const t = boundedText(el, MAX_DATE_TEXT);
      // a date line ("Updated Oct. 9, 2019") or a byline with its date ("By Jane Doe May 20, 2019"),
      // not a sentence or a citation that holds a date ("Retrieved 1 May 2016")
      if (t === undefined || !(isDateLine(t) || BYLINE_WITH_DATE_RE.test(t))) return undefined;
      found = parseTextDate(t);
      return found ? false : undefined;
    });
  return found;
}

/** Publication date: JSON-LD, meta tags, parsely, `<time>`, a visible date line, the URL path, the container hint. */
export function findPublished(s: PageSignals, url: string | undefined): Found | undefined {
  const ld = parseMachineDate(s.ld.published);
  if (ld) return { value: ld, source: 'json-ld' };
  const tag = fromMetaTags(s, PUBLISHED_META);
  if (tag) return tag;
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
