/** The byline of an HTML page: JSON-LD authors, author meta tags, parsely, then visible byline elements. */
import { cleanByline, joinNames } from './byline.js';
import type { AnyNode } from 'domhandler';
import { boundedText, type Found, type PageSignals } from './signals.js';

/** Meta tags naming the author(s); Dublin Core first, as the most deliberate. */
const AUTHOR_META = [
  'dc:creator', 'dc.creator', 'dcterm:creator', 'author', 'article:author', 'og:article:author', 'byl', 'parsely-author',
  'dcterms.creator', 'sailthru.author', 'citation_author',
];
/** Elements that hold the byline on most news templates (class names compared case-insensitively: "FeatureByline"). */
const BYLINE_SELECTOR =
  '[rel="author"], [itemprop~="author"], .byline, .by-line, .author, .article-author, [class*="byline" i], [class*="author-name" i], [data-testid*="byline" i]';
/** Second pass: any element whose class names an author ("article__author", "post-author"), when the first finds nothing. */
const LOOSE_SELECTOR = '[class*="author" i], [id*="byline" i]';
/** Class/id words of author widgets that are not the byline itself (bios, avatars, "more by" tabs). */
const NOT_BYLINE_CLASS_RE = /bio|avatar|img|image|photo|pic|follow|more|about|desc|social|tab|container|list|card|info-box/i;
/**
 * Class/id tokens of page regions whose "authors" are commenters or other stories' writers. Whole
 * tokens from their start: a "content-sidebar-wrap" wrapper holds the article itself. Not <aside>:
 * blogs put their own author there.
 */
const FOREIGN_REGION_RE = /(?:^|\s)(?:comments?|comment[-_]\w[\w-]*|related|related[-_]\w[\w-]*|recirc\w*|sidebar|sidebar[-_]\w[\w-]*|widget|widget[-_]\w[\w-]*)(?=\s|$)/i;
/** Microdata types of the article itself: a byline inside one is the article's even in a "widget" wrapper. */
const ARTICLE_ITEM_RE = /schema\.org\/(?:\w*Article|BlogPosting|LiveBlogPosting)\b/i;
/** Inside a byline element, the link or field that holds just the name (roles and dates sit beside it). */
const NAME_CHILD =
  '[itemprop="name"], a[rel~="author"], a[href*="/author" i], a[href*="author=" i], a[href*="/by/" i], a[href*="/people/" i], ' +
  '[class*="authorname" i], [class*="author-name" i], [class*="author_name" i], [class*="contributorname" i], [class*="contributor-name" i]';
/** A byline element with more words than this is a bio or a paragraph. */
const MAX_BYLINE_WORDS = 12;
/** A byline element with more text than this is a section of the page, not a byline. */
const MAX_BYLINE_CHARS = 200;
/** How many byline elements we look at (bounds work on huge pages). */
const MAX_SCAN = 40;

/** A line that continues the list of names after a break ("<br>and John Roe"). */
const NAMES_GO_ON_RE = /^\s*(?:and|&|,|with)\s/i;

/**
 * The text before a byline's first line break, when the break ends the names and what follows is a
 * role, desk or date ("By DON PETRAKIS<br>Times Staff Writer"). Direct children only: a break deeper
 * down belongs to some other structure.
 */
function firstLine($: PageSignals['$'], el: AnyNode): string | undefined {
  const kids = 'children' in el ? (el.children as AnyNode[]) : [];
  const br = kids.findIndex((k) => k.type === 'tag' && (k as { name?: string }).name === 'br');
  if (br <= 0) return undefined;
  const rest = kids.slice(br + 1).map((k) => $(k).text()).join('');
  if (!rest.trim() || NAMES_GO_ON_RE.test(rest)) return undefined;
  const head = kids.slice(0, br).map((k) => $(k).text()).join('').replace(/\s+/g, ' ').trim();
  return head || undefined;
}

function scan(s: PageSignals, selector: string, loose: boolean): string | undefined {
  const { $ } = s;
  let found: string | undefined;
  $(selector)
    .slice(0, MAX_SCAN)
    .each((_, el) => {
      const $el = $(el);
      if (loose && NOT_BYLINE_CLASS_RE.test(`${$el.attr('class') ?? ''} ${$el.attr('id') ?? ''}`)) return undefined;
      // ancestors below <body> only: body classes like "comments-open" say nothing about one element
      // ...unless the byline sits in an article item inside that region (Blogger wraps the post in "widget Blog")
      const ancestors = $el.parentsUntil('body').toArray();
      const item = ancestors.findIndex((p) => ARTICLE_ITEM_RE.test(p.attribs['itemtype'] ?? ''));
      const foreign = ancestors.findIndex((p) => p.name === 'nav' || FOREIGN_REGION_RE.test(`${p.attribs['class'] ?? ''} ${p.attribs['id'] ?? ''}`));
      if (foreign >= 0 && (item < 0 || item > foreign)) return undefined;
      const text = boundedText(el, MAX_BYLINE_CHARS);
      if (text === undefined) return undefined;
      // every name link counts: "By <a>Ana Swanson</a> and <a>Jim Tankersley</a>"
      const named = $el.find(NAME_CHILD).map((_, n) => $(n).text()).get();
      const b = (named.length ? joinNames(named) : undefined) ?? cleanByline(firstLine($, el) ?? text);
      if (b && b.split(/\s+/).length <= MAX_BYLINE_WORDS) found = b;
      return found ? false : undefined;
    });
  return found;
}

function fromElements(s: PageSignals): string | undefined {
  return scan(s, BYLINE_SELECTOR, false) ?? scan(s, LOOSE_SELECTOR, true);
}

/** Comparison form of a name: case, spacing and punctuation aside ("BBC News" = "bbc news" = "BBC-News"). */
function nameKey(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * The byline: JSON-LD authors, author meta tags, parsely, visible byline elements, then weaker
 * hints. A credit to the outlet itself (a JSON-LD author typed as an organisation, or a name equal
 * to the publisher: "BBC News") gives way to a person named in the visible byline, and is kept only
 * when no person is named.
 */
export function findByline(s: PageSignals, siteNames: readonly string[] = []): Found | undefined {
  const outlets = new Set(siteNames.map(nameKey).filter(Boolean));
  const isOutlet = (v: string): boolean => outlets.has(nameKey(v));
  let outletCredit: Found | undefined;
  const consider = (f: Found | undefined, organization = false): Found | undefined => {
    if (!f) return undefined;
    if (organization || isOutlet(f.value)) {
      outletCredit ??= f;
      return undefined;
    }
    return f;
  };
  const ld = joinNames(s.ld.authors);
  const fromLd = consider(ld ? { value: ld, source: 'json-ld' } : undefined, s.ld.authorsAreOrganizations);
  if (fromLd) return fromLd;
  for (const key of AUTHOR_META) {
    const names = joinNames(s.meta.get(key) ?? []);
    const f = consider(names ? { value: names, source: `meta:${key}` } : undefined);
    if (f) return f;
  }
  const parsely = s.parsely['author'];
  const p = typeof parsely === 'string' ? cleanByline(parsely) : undefined;
  const fromParsely = consider(p ? { value: p, source: 'parsely-page' } : undefined);
  if (fromParsely) return fromParsely;
  const el = fromElements(s);
  const fromEl = consider(el ? { value: el, source: 'byline-element' } : undefined);
  if (fromEl) return fromEl;
  if (outletCredit) return outletCredit;
  // JSON-LD `creator` is often the CMS account that posted the page: the visible byline beats it
  const creator = joinNames(s.ld.creators);
  if (creator) return { value: creator, source: 'json-ld:creator' };
  // twitter:creator is usually an @handle; written without "@" it is the author's display name
  const tw = s.meta.get('twitter:creator')?.[0];
  const twName = tw && !tw.trim().startsWith('@') ? cleanByline(tw) : undefined;
  return twName && !isOutlet(twName) ? { value: twName, source: 'meta:twitter:creator' } : undefined;
}
