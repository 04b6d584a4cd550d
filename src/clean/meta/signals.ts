/** What a page says about itself, read once: meta tags, JSON-LD, parsely blob, `<title>`. Shared by the field finders. */
import type { CheerioAPI } from 'cheerio/slim';
import type { Element } from 'domhandler';
import type { RawInput } from '../../model.js';
import { readJsonLd, type JsonLdFields } from './jsonld.js';
import { tidySpace } from './text.js';

/** Meta tag contents keyed by each lower-cased name/property/itemprop/http-equiv token. */
export type MetaTags = Map<string, string[]>;

/** Elements the metadata finders look up, gathered in one walk of the document (document order). */
export interface PageElements {
  meta: Element[];
  ldScripts: Element[];
  title?: Element;
  canonical?: Element;
  base?: Element;
  html?: Element;
  h1: Element[];
  /** `<time>` elements, and elements named as dates (class, data-testid, data-qa): the first few, in page order. */
  time: Element[];
  dated: Element[];
}

export interface PageSignals {
  $: CheerioAPI;
  /** Elements found in one walk (each `$('…')` on the whole page is a walk of its own). */
  elements: PageElements;
  input: RawInput;
  meta: MetaTags;
  ld: JsonLdFields;
  /** Fields of a `parsely-page` JSON meta tag ({} when absent or broken). */
  parsely: Record<string, unknown>;
  /** `<title>` text, layout whitespace collapsed (see tidySpace). */
  titleTag: string;
}

/** A field value and the page feature it came from. */
export interface Found {
  value: string;
  source: string;
}

/** The first choice that yields a value; choices are thunks so costly DOM scans run only when needed. */
export function firstFound(choices: ReadonlyArray<readonly [string, () => string | undefined]>): Found | undefined {
  for (const [source, get] of choices) {
    const value = get();
    if (value) return { value, source };
  }
  return undefined;
}

/**
 * Microdata items whose properties describe something other than the article: an embedded video's
 * `datePublished`, a comment's `dateCreated`. (Not Person: pages nest the article's own dates in
 * the author's item by mistake.) Meta tags inside such an item are not the page's own.
 */
const FOREIGN_ITEM_RE = /(?:VideoObject|ImageObject|AudioObject|MediaObject|Clip|Comment|Product|Offer|Rating|Review|Event|Place)\b/i;

interface WalkElement {
  type: string;
  name?: string;
  attribs?: Record<string, string>;
  children?: WalkElement[];
}

/** One pre-order walk of the document for the elements the finders need (no recursion). */
/** Class names of elements that show a date line ("article-date", "timestamp", "published", "meta"). */
const DATED_CLASS_RE = /date|time|published|meta/i;
/** Test-id / QA attributes naming a date ("display-date", "timestamp"). */
const DATED_ATTR_RE = /date|timestamp/i;
/** How many `<time>` and date-named elements are kept (bounds work on huge pages). */
const MAX_DATED = 40;

function gatherElements($: CheerioAPI): PageElements {
  const out: PageElements = { meta: [], ldScripts: [], h1: [], time: [], dated: [] };
  const stack: WalkElement[] = [...(($.root()[0] as unknown as WalkElement).children ?? [])].reverse();
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type !== 'tag' && node.type !== 'script' && node.type !== 'style') continue;
    const el = node as unknown as Element;
    const a = node.attribs ?? {};
    switch (node.name) {
      case 'meta':
        out.meta.push(el);
        break;
      case 'script':
        if (a.type === 'application/ld+json') out.ldScripts.push(el);
        break;
      case 'title':
        out.title ??= el;
        break;
      case 'link':
        if (!out.canonical && a.rel !== undefined && a.rel.split(/\s+/).includes('canonical')) out.canonical = el;
        break;
      case 'base':
        if (!out.base && a.href !== undefined) out.base = el;
        break;
      case 'html':
        out.html ??= el;
        break;
      case 'h1':
        out.h1.push(el);
        break;
      case 'time':
        if (out.time.length < MAX_DATED) out.time.push(el);
        break;
    }
    if (out.dated.length < MAX_DATED) {
      const cls = a.class;
      const id = a['data-testid'] ?? a['data-qa'];
      if ((cls !== undefined && DATED_CLASS_RE.test(cls)) || (id !== undefined && DATED_ATTR_RE.test(id))) out.dated.push(el);
    }
    const kids = node.children;
    if (kids) for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  return out;
}

function readMeta($: CheerioAPI, elements: PageElements): MetaTags {
  const meta: MetaTags = new Map();
  $(elements.meta).each((_, el) => {
    const $el = $(el);
    const content = $el.attr('content');
    if (content === undefined || !content.trim()) return;
    if ($el.attr('itemprop') !== undefined && !$el.attr('name') && !$el.attr('property')) {
      const item = $el.closest('[itemscope]');
      if (item.length && FOREIGN_ITEM_RE.test(item.attr('itemtype') ?? '')) return;
    }
    const keys = [$el.attr('property'), $el.attr('name'), $el.attr('itemprop'), $el.attr('http-equiv')]
      .filter((k): k is string => !!k)
      .flatMap((k) => k.toLowerCase().split(/\s+/))
      .filter(Boolean);
    for (const k of new Set(keys)) {
      const list = meta.get(k) ?? [];
      list.push(content.trim());
      meta.set(k, list);
    }
  });
  return meta;
}

/** parsely-page holds a JSON object; read it without throwing. */
function parselyPage(meta: MetaTags): Record<string, unknown> {
  const raw = meta.get('parsely-page')?.[0];
  if (!raw) return {};
  try {
    const v = JSON.parse(raw) as unknown;
    return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

export function readSignals($: CheerioAPI, input: RawInput): PageSignals {
  const elements = gatherElements($);
  const meta = readMeta($, elements);
  const scripts = elements.ldScripts.map((el) => $(el).text());
  const titleTag = elements.title ? tidySpace($(elements.title).text()) : '';
  return { $, elements, input, meta, ld: readJsonLd(scripts), parsely: parselyPage(meta), titleTag };
}

/** The first meta tag among `keys` that has content, with its key. */
export function firstMeta(meta: MetaTags, keys: readonly string[]): { key: string; value: string } | undefined {
  for (const key of keys) {
    const v = meta.get(key)?.[0];
    if (v) return { key, value: v };
  }
  return undefined;
}

export function textOf($: CheerioAPI, selector: string): string {
  return $(selector).first().text().replace(/\s+/g, ' ').trim();
}

export function absoluteUrl(u: string | undefined): string | undefined {
  if (!u) return undefined;
  const s = u.trim();
  return /^https?:\/\/[^\s/]+/i.test(s) ? s : undefined;
}

/** og:locale "en_US" → "en-US". */
export function localeToLang(locale: string | undefined): string | undefined {
  if (!locale) return undefined;
  const m = /^([a-z]{2,3})(?:[_-]([a-z]{2}))?$/i.exec(locale.trim());
  if (!m) return undefined;
  return m[2] ? `${m[1]!.toLowerCase()}-${m[2].toUpperCase()}` : m[1]!.toLowerCase();
}

/** Host of a URL without "www." ("nytimes.com"): a title suffix may name the site this way. */
export function hostName(url: string | undefined): string | undefined {
  if (!url) return undefined;
  const m = /^https?:\/\/(?:www\d?\.|m\.)?([^/:]+)/i.exec(url);
  return m ? m[1] : undefined;
}

/** Tags that separate words even with no whitespace around them ("Name<br/>March 25, 2015"). */
const BREAK_TAGS = new Set(['br', 'hr', 'img']);

/** The DOM node shape we walk (htmlparser2 nodes, duck-typed so no extra dependency is needed). */
interface WalkNode {
  type: string;
  name?: string;
  data?: string;
  children?: WalkNode[];
}

/**
 * Text of an element, or undefined as soon as it passes `max` characters: byline/date containers
 * can be whole page sections, and reading their full text only to discard it is the slow part.
 */
export function boundedText(el: unknown, max: number): string | undefined {
  let out = '';
  let visible = 0;
  const stack: WalkNode[] = [el as WalkNode];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === 'text') {
      const data = (node.data ?? '').replace(/\s+/g, ' ');
      out += data;
      visible += data.length;
      // collapsed runs can still join across nodes, so allow a little slack before giving up
      if (visible > max * 2) return undefined;
    } else if (node.type === 'tag' && BREAK_TAGS.has(node.name ?? '')) {
      out += ' ';
    } else if (node.type === 'tag' || node.type === 'root') {
      const kids = node.children ?? [];
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
    }
  }
  const text = out.replace(/\s+/g, ' ').trim();
  return text.length > max ? undefined : text;
}
