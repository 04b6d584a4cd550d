import { MONTH_ALT, ROLE_MODIFIER_ALT, ROLE_NOUN_ALT, WEEKDAY_ALT } from './vocab.js';

/** Byline strings → author names: "By Ana Swanson and Jim Tankersley" → "Ana Swanson and Jim Tankersley". */

/** Leading "By"/"Written by"/"Words:" that is not part of the name. */
const BY_PREFIX_RE = /^\s*(?:(?:(?:written|posted|reported|reporting|story|text|words)\s+)?(?:by|from|par|von|por|door|di|av)\s*:?|(?:authors?|author\(s\)|autor(?:in)?|auteur|text|words|reporting)\s*:)\s+/i;
/** A byline longer than this is a paragraph that happened to have an author class. */
const MAX_BYLINE_CHARS = 100;
/** Trailing role/date noise after the names ("Ana Swanson, Reuters" stays; "| Updated 2 hours ago" goes). */
const TRAILING_NOISE_RE = /\s*(?:[|•·]\s*.*|,?\s+(?:last\s+)?(?:updated|published|posted)\b.*)$/i;
/** A whole text that is a date stamp, not a name ("Last Updated: January 7, 2025"). */
const DATE_STAMP_RE = /^(?:last\s+)?(?:updated|published|posted|modified)\b/i;
/** A date glued after the names in a byline element ("GILLIAN MOHNEY March 11, 2015 3:46 PM", "Joe Wee Monday, February 29"). */
const TRAILING_DATE_RE = new RegExp(`\\s+(?:(?:${WEEKDAY_ALT}),?\\s+(?:(?:${MONTH_ALT})\\b|\\d)|(?:${MONTH_ALT})\\.?\\s+\\d{1,2}\\b|\\d{1,2}\\s+(?:${MONTH_ALT})\\b|\\d{4}-\\d{2}-\\d{2}).*$`, 'i');
/** Social handles glued to a name ("Ahiza Garcia @ahiza_garcia"). */
const HANDLE_RE = /\s*@[\w.]+/g;
/** A profile link in parentheses after the name ("Bradley M. Kuhn (http://ebb.org/bkuhn/)"). */
const PAREN_URL_RE = /\s*[(<\[]\s*(?:https?:\/\/|www\.|mailto:)[^)>\]]*[)>\]]/gi;
/** A job title after the name, with or without a comma ("Ben Silverman Games Editor", "Jane Doe, Staff Writer"). */
const ROLE_TAIL_RE = new RegExp(`(?:\\s*,\\s*|\\s+)(?:(?:${ROLE_MODIFIER_ALT})\\s+){0,3}(?:${ROLE_NOUN_ALT})s?\\b.*$`, 'i');
/** Follower counts and relative times glued to the name ("12.3K followers", "• 8h", "3 hours ago"). */
const SOCIAL_TAIL_RE = /\s+(?:[\d.,]+\s*[KkMm]?\s+(?:followers?|posts?|articles?|stories)\b|\d+\s*(?:[smhdw]|mins?|hrs?|hours?|days?)\s+ago\b|\d+\s*-?\s*min(?:ute)?s?\.?\s+read\b|(?:follow|following)\b).*$/i;
/** Credits for other work after the writer's name ("Rob Ewaschuk Edited by Betsy Beyer", "…; photos by …"). */
const OTHER_CREDIT_RE = /[\s;,]+(?:edited|editing|photo(?:graph)?s?|illustrations?|graphics|video|design|additional\s+reporting|fact[- ]checked)\s+(?:by|from)\b.*$/i;
/** Where the writer filed from, after the names ("Jane Doe in London", "Jane Doe and John Roe in Washington"). */
const FILED_FROM_RE = /\s+in\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}$/u;
/** An author bio sentence, not a byline ("Jane Doe is a reporter covering health."). */
const BIO_RE = /^\S+(?:\s+\S+){0,4}\s+(?:is|was|has|covers|writes|joined|reports)\s+(?:a|an|the|on|for|about|as|been|from|\p{Ll}+ing)\b/u;
/**
 * Academic and professional letters after a name ("Brenda Goodman, MA", "Jane Roe, MD, MPH"): not part of
 * the name. Upper-case forms only, and only after a comma, so a surname is never taken for one.
 */
const CREDENTIALS_RE = /(?:\s*,\s*(?:M\.?A|M\.?D|Ph\.?D|M\.?P\.?H|M\.?S|MSc|BSc|B\.?A|R\.?N|D\.?O|MBA|J\.?D|BSN|MSN|DDS|DVM|DNP|PharmD|RD|LCSW|CPA|FACP|FAAP)\.?)+$/;
/** Texts of byline widgets that name no one ("Follow Author", "About the author", "Staff"). */
const NOT_NAMES_RE = /^(?:follow(?:\s+(?:the\s+)?author)?|about\s+the\s+authors?|authors?|more\s+by.*|staff|admin|anonymous|unknown|guest)$/i;
/** Only initials ("J J", "s s"): comment avatars, not bylines. Latin script only: one CJK character can be a name. */
const INITIALS_ONLY_RE = /^\p{Script=Latin}\.?(?:\s+\p{Script=Latin}\.?){0,2}$/u;
/** Values that are URLs or handles, not names (meta author sometimes holds a profile link). */
const NOT_A_NAME_RE = /^(?:https?:|www\.|@)|\.(?:com|org|net)\b/i;

/** Clean one byline string; undefined when it does not look like names. */
export function cleanByline(raw: string | undefined | null): string | undefined {
  if (!raw) return undefined;
  let s = raw.replace(/\s+/g, ' ').trim();
  if (DATE_STAMP_RE.test(s) || BIO_RE.test(s)) return undefined;
  s = s.replace(PAREN_URL_RE, '').replace(BY_PREFIX_RE, '').replace(TRAILING_NOISE_RE, '').replace(TRAILING_DATE_RE, '');
  s = s.replace(OTHER_CREDIT_RE, '').replace(SOCIAL_TAIL_RE, '').replace(ROLE_TAIL_RE, '').replace(CREDENTIALS_RE, '').replace(FILED_FROM_RE, '');
  if (!NOT_A_NAME_RE.test(s.trim())) s = s.replace(HANDLE_RE, '');
  s = s.trim();
  s = s.replace(/^[,;:|\-–—\s]+|[,;:|\-–—\s]+$/g, '');
  if (!s || s.length > MAX_BYLINE_CHARS || NOT_A_NAME_RE.test(s)) return undefined;
  if (!/\p{L}/u.test(s) || NOT_NAMES_RE.test(s) || INITIALS_ONLY_RE.test(s)) return undefined;
  return s;
}

/**
 * Join several author names as a list: "A", "A, B" (as Readability joins JSON-LD authors). Names
 * written surname first ("Kooman, F.") are joined with "; " so the list still reads unambiguously.
 */
export function joinNames(names: readonly string[]): string | undefined {
  const seen: string[] = [];
  for (const n of names) {
    const c = cleanByline(n);
    if (c && !seen.some((x) => x.toLowerCase() === c.toLowerCase())) seen.push(c);
  }
  if (!seen.length) return undefined;
  return seen.join(seen.length > 1 && seen.some((x) => x.includes(',')) ? '; ' : ', ');
}
