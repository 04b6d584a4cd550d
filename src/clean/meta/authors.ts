/** The byline of an HTML page: JSON-LD authors, author meta tags, parsely, then visible byline elements. */
import { cleanByline, joinNames } from './byline.js';
import { boundedText, type Found, type PageSignals } from './signals.js';

/** Meta tags naming the author(s); Dublin Core first, as the most deliberate. */
const AUTHOR_META = [
  'dc:creator', 'dc.creator', 'dcterm:creator', 'author', 'article:author', 'byl', 'parsely-author',
  'dcterms.creator', 'sailthru.author', 'citation_author',
];
/** Elements that hold the byline on most news templates. */
const BYLINE_SELECTOR =
  '[rel="author"], [itemprop~="author"], .byline, .by-line, .author, .article-author, [class*="byline"], [class*="author-name"], [data-testid*="byline"]';
/** A byline element with more words than this is a bio or a paragraph. */
const MAX_BYLINE_WORDS = 12;
/** A byline element with more text than this is a section of the page, not a byline. */
const MAX_BYLINE_CHARS = 200;
/** How many byline elements we look at (bounds work on huge pages). */
const MAX_SCAN = 40;

function fromElements(s: PageSignals): string | undefined {
  const { $ } = s;
  let found: string | undefined;
  $(BYLINE_SELECTOR)
    .slice(0, MAX_SCAN)
    .each((_, el) => {
      const text = boundedText(el, MAX_BYLINE_CHARS);
      if (text === undefined) return undefined;
      const named = $(el).find('[itemprop="name"]').first().text();
      const b = cleanByline(named || text);
      if (b && b.split(/\s+/).length <= MAX_BYLINE_WORDS) found = b;
      return found ? false : undefined;
    });
  return found;
}

export function findByline(s: PageSignals): Found | undefined {
  const ld = joinNames(s.ld.authors);
  if (ld) return { value: ld, source: 'json-ld' };
  for (const key of AUTHOR_META) {
    const names = joinNames(s.meta.get(key) ?? []);
    if (names) return { value: names, source: `meta:${key}` };
  }
  const parsely = s.parsely['author'];
  const p = typeof parsely === 'string' ? cleanByline(parsely) : undefined;
  if (p) return { value: p, source: 'parsely-page' };
  const el = fromElements(s);
  return el ? { value: el, source: 'byline-element' } : undefined;
}
