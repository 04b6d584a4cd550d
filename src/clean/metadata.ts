/**
 * Page metadata from the full HTML: title, byline, publisher, dates, canonical URL, language, each
 * with the page feature it came from (`provenance`). Each field has its finder; within a finder the
 * sources are tried in a fixed order, most explicit first.
 */
import type { CheerioAPI } from 'cheerio/slim';
import type { RawInput } from '../model.js';
import type { PageMetadata } from './index.js';
import { findByline } from './meta/authors.js';
import { findModified, findPublished } from './meta/dated.js';
import {
  absoluteUrl, firstFound, firstMeta, hostName, localeToLang, readSignals, textOf, type Found, type PageSignals,
} from './meta/signals.js';
import { copyrightHolder } from './meta/publisher.js';
import { tidySpace } from './meta/text.js';
import { chooseTitle, stripSiteSuffix, titleKey, wordOverlap, type TitleCandidate } from './meta/title.js';

/** Meta tags naming the headline, most trusted first (Dublin Core, then the social copies). */
const TITLE_META = [
  'dc:title', 'dc.title', 'dcterm:title', 'dcterms:title', 'dcterms.title', 'og:title', 'twitter:title',
  'parsely-title', 'sailthru.title', 'title', 'headline',
];
/** Meta tags naming the publisher. */
const SITE_META = ['og:site_name', 'application-name', 'publisher', 'dc.publisher'];
/** Meta tags that often hold "Name - slogan" rather than the bare name (og:site_name is kept as stated). */
const SLOGAN_PRONE_META = new Set(['application-name']);
/** "Name - Slogan of three or more words". */
const SLOGAN_RE = /^(\S.{0,39}?)\s+[-–—|]\s+(\S+(?:\s+\S+){2,})$/;
/** A name before the slogan separator has at most this many words. */
const MAX_NAME_WORDS_BEFORE_SLOGAN = 3;
/** A publisher name longer than this is a slogan or a sentence. */
const MAX_PUBLISHER_CHARS = 80;
/** A title suffix longer than this many words is not a site name. */
const MAX_SUFFIX_WORDS = 5;
/** `<title>` minus its suffix is this headline when it shares this much of its words (spellings vary: "Dropbox’s ATF - …"). */
const MIN_HEAD_OVERLAP = 0.6;
/** How many `<h1>`s we consider (pages with dozens of h1s use them for teasers). */
const MAX_H1 = 3;
/** Longest h1 text we take as a headline candidate. */
const MAX_H1_CHARS = 300;
/** Copyright notice in a footer: "© 2019 Daily Planet. All rights reserved." → "Daily Planet". */
const COPYRIGHT_RE = /©\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?([^.|,\n]{2,60}?)(?:\.|,|\||$|\s+all rights)/i;
/** Separators in a list of author names. */
const AUTHOR_LIST_SEP_RE = /\s*(?:[,;]|&|\band\b)\s*/i;
/** A language tag: "en", "en-GB", "zh-Hant-TW". */
const LANG_RE = /^[a-z]{2,3}(?:[-_][a-z0-9]{2,8})*$/i;

/** A relative canonical link ("/news/a-story") resolved against the page's own absolute URL. */
function resolvedCanonical(s: PageSignals): string | undefined {
  const href = s.elements.canonical?.attribs.href?.trim();
  if (!href) return undefined;
  const direct = absoluteUrl(href);
  if (direct) return direct;
  const base = absoluteUrl(s.elements.base?.attribs.href) ?? absoluteUrl(s.meta.get('og:url')?.[0]) ?? absoluteUrl(s.input.hints?.url);
  if (!base || !/^\/(?!\/)\S*$/.test(href)) return undefined;
  try {
    return new URL(href, base).href;
  } catch {
    return undefined;
  }
}

function findUrl(s: PageSignals): Found | undefined {
  return firstFound([
    ['link[rel=canonical]', () => resolvedCanonical(s)],
    ['og:url', () => absoluteUrl(s.meta.get('og:url')?.[0])],
    ['json-ld', () => absoluteUrl(s.ld.url)],
    ['hint', () => absoluteUrl(s.input.hints?.url)],
  ]);
}

/** "Yahoo News - Latest News & Headlines" → "Yahoo News" (for tags that often carry a page title, not a name). */
function withoutSlogan(v: string): string {
  const m = SLOGAN_RE.exec(v.trim());
  return m && m[1]!.split(/\s+/).length <= MAX_NAME_WORDS_BEFORE_SLOGAN ? m[1]! : v;
}

function publisherName(v: string | undefined): string | undefined {
  const clean = v?.replace(/\s+/g, ' ').trim();
  return clean && clean.length <= MAX_PUBLISHER_CHARS && !/^https?:/i.test(clean) ? clean : undefined;
}

/**
 * Publisher from explicit features only (the title suffix and copyright come after the title is known).
 * The JSON-LD publisher comes first: it names the organisation ("Libération", "Voodoo Engineering"),
 * where og:site_name is often the platform or the domain ("Medium", "Libération.fr").
 */
function findPublisher(s: PageSignals): Found | undefined {
  const tag = firstMeta(s.meta, SITE_META);
  return firstFound([
    ['json-ld', () => publisherName(s.ld.publisher)],
    [tag ? `meta:${tag.key}` : 'meta', () => publisherName(tag && SLOGAN_PRONE_META.has(tag.key) ? withoutSlogan(tag.value) : tag?.value)],
    ['json-ld', () => publisherName(s.ld.siteName)],
  ]);
}

/**
 * JSON-LD `headline` and `name` should agree; where they differ one of them is often the site's or a
 * description ("matrix equal to its conjugate-transpose"). The one closer to `<title>` (minus its
 * suffix) leads, `name` on a tie; the other is a late candidate.
 */
function jsonLdTitles(s: PageSignals): { lead?: string; other?: string } {
  const { headline, name } = s.ld;
  if (!headline || !name || titleKey(headline) === titleKey(name)) return { lead: headline };
  const title = stripSiteSuffix(s.titleTag).head;
  return wordOverlap(headline, title) > wordOverlap(name, title) ? { lead: headline, other: name } : { lead: name, other: headline };
}

function titleCandidates(s: PageSignals): TitleCandidate[] {
  const out: TitleCandidate[] = [];
  const ld = jsonLdTitles(s);
  if (ld.lead) out.push({ source: 'json-ld', text: ld.lead });
  for (const key of TITLE_META) {
    const v = s.meta.get(key)?.[0];
    if (v) out.push({ source: key === 'title' || key === 'headline' ? `meta:${key}` : key, text: v });
  }
  if (s.titleTag) out.push({ source: 'title-tag', text: s.titleTag });
  for (const el of s.elements.h1.slice(0, MAX_H1)) {
    const t = tidySpace(s.$(el).text());
    if (t && t.length < MAX_H1_CHARS) out.push({ source: 'h1', text: t });
  }
  if (ld.other) out.push({ source: 'json-ld', text: ld.other });
  else if (!s.ld.headline && s.ld.name) out.push({ source: 'json-ld', text: s.ld.name });
  return out;
}

/** The site name from what is left of `<title>` after the headline, or from a footer copyright line. */
function publisherFallback(s: PageSignals, title: string | undefined, siteNames: readonly string[]): Found | undefined {
  if (s.titleTag && title) {
    const { head, suffix } = stripSiteSuffix(s.titleTag, siteNames);
    if (suffix && (titleKey(s.titleTag).startsWith(titleKey(title)) || wordOverlap(head, title) >= MIN_HEAD_OVERLAP) && suffix.split(/\s+/).length <= MAX_SUFFIX_WORDS) {
      return { value: suffix, source: 'title-suffix' };
    }
  }
  const copy = COPYRIGHT_RE.exec(textOf(s.$, 'footer, .copyright, [class*="copyright"]'))?.[1]?.trim();
  return copy ? { value: copyrightHolder(copy), source: 'copyright' } : undefined;
}

/** "Ana Swanson and Jim Tankersley" → each name. */
function authorNames(byline: string | undefined): string[] {
  return byline ? byline.split(AUTHOR_LIST_SEP_RE).map((n) => n.trim()).filter(Boolean) : [];
}

function findLang(s: PageSignals): Found | undefined {
  const valid = (v: string | undefined): string | undefined => (v && LANG_RE.test(v.trim()) ? v.trim() : undefined);
  return firstFound([
    ['html[lang]', () => valid(s.elements.html?.attribs.lang)],
    ['meta:content-language', () => valid(s.meta.get('content-language')?.[0])],
    ['og:locale', () => valid(localeToLang(s.meta.get('og:locale')?.[0]))],
    ['json-ld', () => valid(s.ld.lang)],
  ]);
}

export function extractHtmlMetadata($: CheerioAPI, input: RawInput): PageMetadata {
  const s = readSignals($, input);
  const found: Partial<Record<keyof NonNullable<PageMetadata['provenance']>, Found>> = {};
  found.url = findUrl(s);
  found.publisher = findPublisher(s);
  const siteNames = [found.publisher?.value, s.ld.publisher, s.ld.siteName, hostName(found.url?.value)].filter((x): x is string => !!x);
  found.byline = findByline(s, siteNames);
  const title = chooseTitle(titleCandidates(s), siteNames, authorNames(found.byline?.value));
  if (title) found.title = { value: title.title, source: title.source };
  found.publisher ??= publisherFallback(s, title?.title, siteNames);
  found.published = findPublished(s, found.url?.value);
  found.modified = findModified(s);
  found.lang = findLang(s);

  const out: PageMetadata = {};
  const provenance: NonNullable<PageMetadata['provenance']> = {};
  for (const key of ['title', 'byline', 'publisher', 'published', 'modified', 'url', 'lang'] as const) {
    const f = found[key];
    if (!f) continue;
    out[key] = f.value;
    provenance[key] = f.source;
  }
  if (Object.keys(provenance).length) out.provenance = provenance;
  return out;
}
