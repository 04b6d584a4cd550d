/** Title candidates from several page features → the article's headline, without the site's name. */
import { tidySpace } from './text.js';

/** Separators between a headline and the site name in `<title>` / og:title ("Headline | BBC News"). */
const SEPARATOR_RE = /\s+(?:[|\-–—·•»:]|::|\/\/?)\s+|\s*[_|｜]\s*/g;
/** A suffix longer than this many words is part of the headline, not a site name. */
const MAX_SUFFIX_WORDS = 6;
/** A part this short between the headline and a known site name is a section ("Environment", "US news"). */
const MAX_SECTION_WORDS = 2;
/** ...but only cut when this many headline words remain, so two-part headlines stay whole. */
const MIN_HEAD_WORDS_BEFORE_SECTION = 5;
/** An author name this short ("Roy") could be a headline word; only full names are cut from titles. */
const MIN_AUTHOR_WORDS = 2;
/** A bracketed tail names the site ("… [Archive of Our Own]"); its words do not count towards the suffix length. */
const BRACKET_TAIL_RE = /\s*[\[(（【][^\])）】]{1,60}[\])）】]\s*$/;
/** A headline shorter than this many words alone is suspicious: "Mozilla - Wikipedia" stays whole without other evidence. */
const MIN_BARE_HEADLINE_WORDS = 3;
/** A headline shorter than this (in characters) is not judged a truncated copy of a longer one. */
const MIN_TRUNCATED_CHARS = 30;
/** An ellipsis marking a headline cut short. */
const ELLIPSIS_RE = /\s*(?:…|\.{3})$/;
/** "Site Name: headline" (no space before the colon, so splitParts does not see it). */
const SITE_PREFIX_RE = /^([^:|]{2,40}?):\s+(\S.*)$/;
/** Curly quotes and dashes that vary between a page's title tag and its h1. */
const QUOTE_RE = /[‘’‛′`]/g;
const DQUOTE_RE = /[“”„″]/g;
const DASH_RE = /[–—‒]/g;

export interface TitleCandidate {
  /** Provenance label: 'json-ld', 'og:title', 'h1', 'title-tag', ... */
  source: string;
  text: string;
}

/**
 * Sources that are copies of one CMS field count once when voting: og:title, twitter:title and
 * parsely-title are usually the same social headline; the dc.* tags are one family too.
 */
function family(source: string): string {
  if (/^(?:og:|twitter:|parsely|sailthru)/.test(source)) return 'social';
  if (/^(?:dc[.:]|dcterms?[.:])/.test(source)) return 'dc';
  return source;
}

export interface TitleChoice {
  title: string;
  source: string;
  /** The site-name part cut from the end of a candidate, when one was cut. */
  suffix?: string;
}

/** titleKey results of the page at hand (candidates are compared pairwise): cleared when large. */
const KEY_CACHE = new Map<string, string>();
const KEY_CACHE_MAX = 512;

/** Comparison key: case, quotes, dashes and spacing do not make two titles differ. */
export function titleKey(s: string): string {
  let k = KEY_CACHE.get(s);
  if (k === undefined) {
    if (KEY_CACHE.size >= KEY_CACHE_MAX) KEY_CACHE.clear();
    KEY_CACHE.set(s, (k = computeTitleKey(s)));
  }
  return k;
}

function computeTitleKey(s: string): string {
  return s
    .normalize('NFKC')
    .replace(QUOTE_RE, "'")
    .replace(DQUOTE_RE, '"')
    .replace(DASH_RE, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.!?:;,]+$/, '')
    .toLowerCase();
}

/** Words of four or more letters or digits, in comparison form. */
function contentWords(s: string): string[] {
  return titleKey(s).split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 4);
}

function contentWordSet(s: string): Set<string> {
  return new Set(contentWords(s));
}

/** Share of the words of `a` that `b` also has (0 when `a` has none). */
export function wordOverlap(a: string, b: string): number {
  const wa = contentWords(a);
  if (!wa.length) return 0;
  const wb = contentWordSet(b);
  return wa.filter((w) => wb.has(w)).length / wa.length;
}

function wordCount(s: string): number {
  return s.split(/\s+/).filter(Boolean).length;
}

/**
 * A part written all in lower case ("… - and what comes next") continues the headline: site and
 * section names are capitalised ("eHow", "the Guardian") or are domains ("herald.example").
 * Scripts without case (CJK) are never judged this way.
 */
function isHeadlineContinuation(part: string): boolean {
  return /\p{Ll}/u.test(part) && !/\p{Lu}/u.test(part) && !/\.\p{L}/u.test(part);
}

/** Split "Headline | Section | Site" into its parts with the separators between them. */
function splitParts(title: string): { parts: string[]; seps: string[] } {
  const parts: string[] = [];
  const seps: string[] = [];
  let last = 0;
  for (const m of title.matchAll(SEPARATOR_RE)) {
    const sep = m[0];
    const at = m.index;
    // a lone hyphen or slash with no spaces inside a word is not a separator ("U.S.-China")
    if (sep.trim() === '' || at === 0) continue;
    parts.push(title.slice(last, at));
    seps.push(sep);
    last = at + sep.length;
  }
  parts.push(title.slice(last));
  return { parts, seps };
}

/**
 * Cut trailing site-name parts: "Trump Green-Lights Some Sales to Huawei - The New York Times" →
 * headline + suffix. `siteNames` (og:site_name, publisher, host words) make a cut certain.
 */
export function stripSiteSuffix(title: string, siteNames: readonly string[] = []): { head: string; suffix?: string } {
  const known = siteNames.map(titleKey).filter(Boolean);
  // "The Herald: Storm batters coast": the site's exact name before a colon goes
  const prefixed = SITE_PREFIX_RE.exec(title.trim());
  if (prefixed && wordCount(prefixed[2]!) >= MIN_BARE_HEADLINE_WORDS) {
    const k = titleKey(prefixed[1]!);
    if (known.some((s) => s === k || s.replace(/[\s.]+/g, '') === k.replace(/[\s.]+/g, ''))) {
      const rest = stripSiteSuffix(prefixed[2]!, siteNames);
      return { head: rest.head, suffix: rest.suffix ?? prefixed[1]!.trim() };
    }
  }
  const { parts, seps } = splitParts(title.trim());
  if (parts.length < 2) return { head: title.trim() };
  const isSite = (p: string): boolean => {
    const k = titleKey(p);
    return known.some((s) => s === k || s.includes(k) || k.includes(s) || s.replace(/\s+/g, '') === k.replace(/[\s.]+/g, ''));
  };
  let end = parts.length;
  // cut known names (site, author) from the end; once one is cut, also one short section name behind the same separator
  let cutKnown = false;
  let cutSection = false;
  while (end > 1) {
    const part = parts[end - 1]!;
    if (isSite(part)) {
      end--;
      cutKnown = true;
      continue;
    }
    const sameSep = end < parts.length && end >= 2 && seps[end - 2]!.trim() === seps[end - 1]!.trim();
    const headWords = wordCount(parts.slice(0, end - 1).join(' '));
    if (cutKnown && !cutSection && sameSep && wordCount(part) <= MAX_SECTION_WORDS && headWords >= MIN_HEAD_WORDS_BEFORE_SECTION) {
      end--;
      cutSection = true;
      continue;
    }
    break;
  }
  if (end === parts.length) {
    // nothing known at the end: at most one more short part goes (a site name we were not told)
    const lastPart = parts[end - 1]!;
    const head = parts.slice(0, end - 1).join('');
    const lastWords = wordCount(lastPart.replace(BRACKET_TAIL_RE, '')) || wordCount(lastPart);
    if (lastWords <= MAX_SUFFIX_WORDS && lastWords < wordCount(head) && !isHeadlineContinuation(lastPart)) end--;
  }
  // "Site: Headline" prefixes: a known site name at the start goes too
  let start = 0;
  if (parts.length - start > 1 && end > 1 && isSite(parts[0]!)) start = 1;
  if (end <= start) return { head: title.trim() };
  let head = parts[start]!;
  for (let i = start + 1; i < end; i++) head += seps[i - 1]! + parts[i]!;
  const suffix = end < parts.length ? parts.slice(end).join(' ').trim() : undefined;
  return suffix ? { head: head.trim(), suffix } : { head: head.trim() };
}

/**
 * Pick the headline. Each candidate supports its own text and its text minus a site suffix (the
 * sources vote on whether a suffix goes). The most trusted candidate that is about this article wins
 * (see byPriority); when none is, the key with most distinct supporting sources wins, ties to the
 * earlier candidate. A lone `<title>` is cut only when the remaining headline is long enough.
 */
export function chooseTitle(
  candidates: readonly TitleCandidate[],
  siteNames: readonly string[] = [],
  /** Author names: "Headline | Eleanor Ainge Roy | The Guardian" loses the author part like a site name. */
  authorNames: readonly string[] = [],
): TitleChoice | undefined {
  const trailingNames = [...siteNames, ...authorNames.filter((n) => wordCount(n) >= MIN_AUTHOR_WORDS)];
  const usable = candidates.filter((c) => c.text.trim());
  if (!usable.length) return undefined;
  interface Entry {
    key: string; text: string; source: string; order: number; support: Set<string>; cut: boolean; suffix?: string;
    /** The start of a longer candidate, cut short by a length limit. */
    truncated?: boolean;
  }
  const entries = new Map<string, Entry>();
  usable.forEach((c, order) => {
    const raw = tidySpace(c.text);
    // the visible headline is taken as written: an <h1> rarely carries the site name, and cutting it
    // would let "Why rates rose - and what comes next" lose its second half to a tie
    const { head, suffix } = c.source === 'h1' ? { head: raw, suffix: undefined } : stripSiteSuffix(raw, trailingNames);
    const variants: Array<{ text: string; cut: boolean; suffix?: string }> = [{ text: raw, cut: false }];
    if (head !== raw && head) variants.push({ text: head, cut: true, suffix });
    for (const v of variants) {
      const key = titleKey(v.text);
      if (!key) continue;
      let e = entries.get(key);
      if (!e) {
        e = { key, text: v.text, source: c.source, order, support: new Set(), cut: v.cut, suffix: v.suffix };
        entries.set(key, e);
      } else if (e.cut && !v.cut) {
        // prefer the spelling a source gives whole over one we cut out
        Object.assign(e, { text: v.text, source: c.source, cut: false });
      }
      e.support.add(family(c.source));
    }
  });
  // a headline cut short by a length limit (JSON-LD and social tags often stop at 100-odd characters)
  // supports the full headline it is the start of
  const all = [...entries.values()];
  for (const short of all) {
    const stem = short.key.replace(ELLIPSIS_RE, '');
    if (stem.length < MIN_TRUNCATED_CHARS) continue;
    const ellipsis = ELLIPSIS_RE.test(short.text); // titleKey already dropped a trailing "..."

    for (const full of all) {
      if (full === short || full.key.length <= stem.length || !full.key.startsWith(stem)) continue;
      // cut mid-word, or at a word marked with an ellipsis; what follows a separator is a site suffix,
      // and a longer text with the same ellipsis is that headline plus a suffix, not its full form
      const next = full.key.slice(stem.length);
      if ((ellipsis ? /^\s?[\p{L}\p{N}]/u : /^[\p{L}\p{N}]/u).test(next)) {
        for (const f of short.support) full.support.add(f);
        short.truncated = true;
      }
    }
  }
  const siteKeys = new Set(siteNames.map(titleKey));
  // what any candidate's suffix names is the site ("Storm hits | The Herald" → "The Herald")
  const suffixKeys = new Set(
    usable.map((c) => (c.source === 'h1' ? undefined : stripSiteSuffix(tidySpace(c.text), trailingNames).suffix)).filter((x): x is string => !!x).map(titleKey),
  );
  let best = byPriority();
  if (!best) for (const e of entries.values()) {
    if (isSiteName(e.text) && entries.size > 1) continue; // a site name alone is never the headline
    if (!best) { best = e; continue; }
    const a = e.support.size;
    const b = best.support.size;
    if (a > b || (a === b && rank(e) < rank(best))) best = e;
  }
  if (!best) return undefined;
  // one source only and we cut it: keep the cut only if a known site name was removed or enough words remain
  if (best.cut && best.support.size === 1) {
    const known = best.suffix && siteKeys.size > 0 && [...siteKeys].some((s) => titleKey(best!.suffix!).includes(s) || s.includes(titleKey(best!.suffix!)));
    if (!known && wordCount(best.text) < MIN_BARE_HEADLINE_WORDS) {
      const whole = usable[best.order]!;
      return { title: tidySpace(whole.text), source: whole.source };
    }
  }
  return best.suffix ? { title: best.text, source: best.source, suffix: best.suffix } : { title: best.text, source: best.source };

  /**
   * The most trusted candidate that is plausibly this article's headline: JSON-LD, then the meta tags
   * (og:title before twitter:title), then `<title>`, then `<h1>`, as most extractors rank them. Each
   * candidate stands for its whole text or its text minus a site suffix, whichever more sources
   * support. A candidate sharing no word with any other family of sources is a site-wide default
   * ("Yahoo News - Latest News & Headlines" on an article page) and is passed over.
   */
  function byPriority(): Entry | undefined {
    // families with something other than a site name to say
    const families = new Set(usable.filter((c) => !isSiteName(headOf(c))).map((c) => family(c.source)));
    for (const c of usable) {
      const mine = [...entries.values()].filter((e) => !e.truncated && e.support.has(family(c.source)) && variantOf(e, c));
      if (!mine.length) continue;
      mine.sort((a, b) => b.support.size - a.support.size || Number(b.cut) - Number(a.cut));
      const e = mine[0]!;
      if (isSiteName(e.text) && entries.size > 1) continue; // a site name alone is never the headline
      if (families.size <= 1 || e.support.size >= 2 || related(e, c)) return e;
    }
    return undefined;
  }

  function variantOf(e: Entry, c: TitleCandidate): boolean {
    const raw = tidySpace(c.text);
    if (e.key === titleKey(raw)) return true;
    return c.source !== 'h1' && titleKey(stripSiteSuffix(raw, trailingNames).head) === e.key;
  }

  /** Shares a word of four or more letters with the headline part of a candidate from another family. */
  function related(e: Entry, c: TitleCandidate): boolean {
    const mine = contentWordSet(e.text);
    return usable.some((o) => family(o.source) !== family(c.source) && !isSiteName(headOf(o)) && contentWords(headOf(o)).some((w) => mine.has(w)));
  }

  function isSiteName(text: string): boolean {
    const k = titleKey(text);
    return siteKeys.has(k) || suffixKeys.has(k);
  }

  function headOf(c: TitleCandidate): string {
    const raw = tidySpace(c.text);
    return c.source === 'h1' ? raw : stripSiteSuffix(raw, trailingNames).head;
  }

  function rank(e: Entry): number {
    // candidate order, and for one candidate its headline before its whole text (site suffix cut)
    return e.order * 2 + (e.cut ? 0 : 1);
  }
}
