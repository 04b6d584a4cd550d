/** Predicates that tell site furniture from article text, one block at a time. */
import type { LineBlock } from './blocks.js';
import {
  COMMENT_FORM_PATTERNS, CREDIT_AGENCY_RE, CREDIT_LEAD_RE, FURNITURE_BLOCKS, FURNITURE_PATTERNS, NEGATIVE_HINT_RE,
  NEGATIVE_HINT_TOKENS, POSITIVE_HINT_RE, SIGNOFF_PATTERNS, TAIL_HEADINGS, TIME_AGO_RE,
} from './vocab.js';

/** Furniture sentences are short; a long block that merely mentions "newsletter" is prose. */
const MAX_FURNITURE_PATTERN_CHARS = 300;
/** A block with at least this share of link text and few words is navigation. */
const NAV_LINK_SHARE = 0.6;
const NAV_MAX_WORDS = 20;
/** Credits are short lines ("Fred Dufour | AFP | Getty Images"). */
const MAX_CREDIT_CHARS = 90;
/** A body paragraph: enough words, or a full sentence. */
const BODY_MIN_WORDS = 15;
/** A subhead or headline line: short and without sentence punctuation at the end. */
const HEADLINE_MAX_WORDS = 20;
const HEADLINE_MAX_CHARS = 160;
/** Sentence-final punctuation (closing quotes and brackets allowed after it). */
const TERMINAL_RE = /[.!?…:;,。！？；：]["”’')\]」』）]*$/;
/** Teasers cut mid-sentence by the site ("…security review of its…"): previews, not prose. */
const TRUNCATED_RE = /[\p{L}\p{N}]\s*(?:…|\.\.\.)\s*$/u;
/** A closing question or exclamation mark (with closing quotes). */
const QUESTION_END_RE = /[?!]+["”’']*$/;
/** A line that is only a URL. */
const BARE_URL_RE = /^(?:https?:\/\/|www\.)\S+$/i;
/** Author bio openers: "Tom Jowitt is a leading British tech freelancer…". */
const BIO_ROLE_RE =
  /^(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3})\s+(?:is|was|has been|writes|covers|reports)\b[^.]{0,120}\b(?:reporter|correspondent|writer|journalist|freelancer|editor|contributor|columnist|author|analyst|producer|blogger|critic|fellow|professor)\b/u;
/** What follows the name in a bio box: "… covers the Northside for …", "… has lived in …". */
const BIO_VERB_RE = /^\s+(?:is|was|has|covers|writes|reports|joined|lives|edits|leads)\b/;
/** A bio is a short paragraph. */
const MAX_BIO_CHARS = 600;
/** A line that is only a person's name (2–4 capitalised words): the first line of a bio box. */
const NAME_LINE_RE = /^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}$/u;
/** "More from Reuters", "More in Politics": teaser-list headings with a name after them. */
const MORE_FROM_RE = /^(?:more|latest|also|other stories|read more)\s+(?:from|in|on|about|by)\b/i;

/** Han, kana and Hangul characters: scripts written without spaces, where two characters make about one word. */
const CJK_RE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;
const CJK_CHARS_PER_WORD = 2;

export function wordCount(s: string): number {
  let n = 0;
  for (const w of s.split(/\s+/)) if (w) n++;
  const cjk = s.match(CJK_RE)?.length ?? 0;
  return cjk ? n + Math.floor(cjk / CJK_CHARS_PER_WORD) : n;
}

/** Lower-cased block text without trailing colon/ellipsis/arrows, for phrase lookups. */
export function phraseKey(s: string): string {
  return s
    .toLowerCase()
    .replace(/[\s:…›»>→.|]+$/g, '')
    .replace(/^[\s#*•›»|【「\[]+/, '')
    .replace(/[】」\]]+$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function hintTokens(attrs: string): string[] {
  const values = [...attrs.matchAll(/(?:class|id|name|itemprop|data-testid|role)="([^"]*)"/gi)].map((m) => m[1]!);
  return values.flatMap((v) => v.toLowerCase().split(/[\s_-]+/)).filter(Boolean);
}

/** What the enclosing divs say: 'negative' (furniture), 'positive' (article body) or undefined. */
export function hintVerdict(b: LineBlock): 'negative' | 'positive' | undefined {
  for (const attrs of b.hints) {
    const v = attrVerdict(attrs);
    if (v) return v;
  }
  return undefined;
}

/** Verdicts per attribute string: pages repeat the same div attributes hundreds of times. */
const attrCache = new Map<string, 'negative' | 'positive' | null>();
/** Bound on the cache so a hostile page with unique attributes cannot grow it without limit. */
const ATTR_CACHE_MAX = 4096;

function attrVerdict(attrs: string): 'negative' | 'positive' | undefined {
  let v = attrCache.get(attrs);
  if (v === undefined) {
    v = POSITIVE_HINT_RE.test(attrs)
      ? 'positive'
      : NEGATIVE_HINT_RE.test(attrs) || hintTokens(attrs).some((t) => NEGATIVE_HINT_TOKENS.has(t))
        ? 'negative'
        : null;
    if (attrCache.size >= ATTR_CACHE_MAX) attrCache.clear();
    attrCache.set(attrs, v);
  }
  return v ?? undefined;
}

export function isCredit(text: string): boolean {
  if (text.length > MAX_CREDIT_CHARS) return false;
  if (CREDIT_LEAD_RE.test(text)) return true;
  if (!CREDIT_AGENCY_RE.test(text)) return false;
  // "Fred Dufour | AFP | Getty Images", "Photo by X/Reuters", "AP Photo/Jane Doe": no sentence in it
  return /[|/]/.test(text) || (!/[.!?]["”]?$/.test(text) && wordCount(text) <= 8);
}

/** "Hana Ostrowski | Civic Beat", "Jane Doe/Reuters": a name and an outlet, nothing else. */
const CREDIT_SHAPE_RE = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}(?:\s*[|/]\s*[\p{Lu}\d][\p{L}\d'’.&!-]*(?:\s+[\p{Lu}&][\p{L}\d'’.&!-]*){0,4}){1,3}$/u;

/** A credit by shape alone; only trusted next to an image, where such a line is never prose. */
export function isCreditShaped(text: string): boolean {
  return text.length <= MAX_CREDIT_CHARS && CREDIT_SHAPE_RE.test(text);
}

/** Remove a trailing credit from a caption: "Workers in Beijing. Credit...Ali Haider/EPA" → "Workers in Beijing.". */
export function stripCredit(text: string): string {
  const m = /\s*(?:credit|photo(?:graph)?|image|picture)s?\s*(?:\.{2,}|…|:)\s*.*$/i.exec(text);
  const s = m && m.index > 0 ? text.slice(0, m.index) : text;
  return s.replace(/\s*\((?:[^()]*\b(?:getty|reuters|afp|ap photo|epa|shutterstock|bloomberg)\b[^()]*)\)\s*$/i, '').trim();
}

export function isTimeAgo(text: string): boolean {
  return TIME_AGO_RE.test(text.trim());
}

export function endsLikeSentence(text: string): boolean {
  return TERMINAL_RE.test(text.trim());
}

/** A short line without sentence punctuation: a headline, kicker or subhead. */
export function isHeadlineLike(text: string): boolean {
  const n = wordCount(text);
  return n >= 1 && n <= HEADLINE_MAX_WORDS && text.length <= HEADLINE_MAX_CHARS && !endsLikeSentence(text) && !BARE_URL_RE.test(text);
}

/** A headline may end in "?" or "!" ("Will Huawei survive the ban?") as long as it is one short sentence. */
export function isTitleLike(text: string): boolean {
  if (isHeadlineLike(text)) return true;
  const body = text.replace(QUESTION_END_RE, '');
  return body !== text && isHeadlineLike(body) && !/[.!?]\s/.test(body);
}

/** Prose that reads as article text: long enough and ending like a sentence (or long enough on its own). */
export function isBodyLike(b: LineBlock): boolean {
  if (b.kind !== 'paragraph' && b.kind !== 'blockquote' && b.kind !== 'list-item') return false;
  const n = wordCount(b.text);
  if (TRUNCATED_RE.test(b.text)) return false;
  return n >= BODY_MIN_WORDS && b.linkShare < 0.5 && (endsLikeSentence(b.text) || n >= BODY_MIN_WORDS * 2);
}

/** A heading that opens the junk at the end of a page ("Recent Posts", "Latest News", "More from …"). */
export function isTailHeading(text: string): boolean {
  const k = phraseKey(text);
  return TAIL_HEADINGS.has(k) || (MORE_FROM_RE.test(k) && wordCount(k) <= 6);
}

function matchesAny(text: string, patterns: readonly RegExp[]): boolean {
  return text.length <= MAX_FURNITURE_PATTERN_CHARS && patterns.some((re) => re.test(text));
}

/** A comment form or paywall note: the article is over. */
export function isCommentForm(text: string): boolean {
  return matchesAny(text, COMMENT_FORM_PATTERNS);
}

/** A newsletter/quiz promo, copyright or reporting credit: the article is over if no prose follows. */
export function isSignoff(text: string): boolean {
  return matchesAny(text, SIGNOFF_PATTERNS);
}

/** Any furniture sentence: comment forms, sign-offs, cookie notices, inline promos. */
export function matchesFurniturePattern(text: string): boolean {
  return isCommentForm(text) || isSignoff(text) || matchesAny(text, FURNITURE_PATTERNS);
}

/** "Tom Jowitt" + "Tom Jowitt is a leading British tech freelancer…": returns true for either line. */
export function isBio(text: string, next?: string): boolean {
  if (text.length <= MAX_BIO_CHARS && BIO_ROLE_RE.test(text)) return true;
  // a name line, then a paragraph about that name: a bio box even without a job title
  if (next && NAME_LINE_RE.test(text) && next.length <= MAX_BIO_CHARS && next.startsWith(`${text} `)) {
    return BIO_ROLE_RE.test(next) || BIO_VERB_RE.test(next.slice(text.length));
  }
  return false;
}

/** Words of a share-tool row ("Facebook X Email Print", "Share Tweet WhatsApp"). */
const SHARE_WORDS = new Set([
  'facebook', 'x', 'twitter', 'email', 'e-mail', 'print', 'whatsapp', 'linkedin', 'reddit', 'pinterest', 'share', 'tweet',
  'messenger', 'telegram', 'sms', 'copy', 'link', 'save', 'flipboard', 'tumblr', 'threads', 'bluesky', 'mail', 'comments',
  'like', 'loading', 'more',
]);
/** A share row has at least this many share words (a lone "Email" is handled by the phrase list). */
const MIN_SHARE_WORDS = 2;

function isShareRow(text: string): boolean {
  const words = text.toLowerCase().split(/[\s|•·,/]+/).filter(Boolean);
  return words.length >= MIN_SHARE_WORDS && words.every((w) => SHARE_WORDS.has(w));
}

/** Why a block is furniture on its own (no context needed), or undefined when it may be article text. */
export function furnitureReason(b: LineBlock): string | undefined {
  const text = b.text;
  if (b.kind === 'image') return 'image';
  if (!text) return 'empty';
  if (!/[\p{L}\p{N}]/u.test(text)) return 'no-words';
  if (BARE_URL_RE.test(text)) return 'bare-url';
  if (FURNITURE_BLOCKS.has(phraseKey(text))) return 'furniture-phrase';
  if (isShareRow(text)) return 'share-tools';
  if (matchesFurniturePattern(text)) return 'furniture-sentence';
  if (isTimeAgo(text)) return 'time-ago';
  if (isCredit(text)) return 'credit';
  if (b.linkShare >= NAV_LINK_SHARE && wordCount(text) <= NAV_MAX_WORDS) return 'link-list';
  return undefined;
}
