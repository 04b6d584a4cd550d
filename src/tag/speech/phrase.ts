/**
 * Where a speaker phrase starts and ends: scanning back from a cue verb ("… the group said")
 * or forward after it ("according to people familiar with the matter", "said Ross").
 * Token ranges only; classify.ts says what the phrase is.
 */
import {
  ANON_QUALIFIER,
  ANONYMOUS_HEADS,
  DETERMINERS,
  FIRST_NAMES,
  LINKS,
  LOWER_ORG,
  LOWERCASE_OUTLETS,
  MEDIA_NOUNS,
  NAME_PARTICLES,
  NON_NAME_CAPS,
  ORG_HEADS,
  ORG_ANAPHORS,
  POSSESSIVE_PRONOUNS,
  PRONOUNS,
  QUALIFIER_RE,
  QUALIFIER_STOP,
  ROLE_MODIFIERS,
  ROLE_NOUNS,
  TITLES,
} from '../vocab/speech.js';
import { isPossessive, monthSurname, type Token } from './tokens.js';

const isGiven = (lower: string) => FIRST_NAMES.has(lower);

/** Max tokens in a speaker phrase. */
const MAX_NP_TOKENS = 14;

/** A token that may sit inside a speaker phrase. */
function npWord(t: Token): boolean {
  if (!t.word || isPossessive(t)) return false;
  if (NAME_PARTICLES.has(t.lower) || LOWERCASE_OUTLETS.has(t.text)) return true;
  if (t.cap) return !NON_NAME_CAPS.has(t.lower) || DETERMINERS.has(t.lower);
  return (
    ROLE_NOUNS.has(t.lower) ||
    ROLE_MODIFIERS.has(t.lower) ||
    ORG_ANAPHORS.has(t.lower) ||
    ANONYMOUS_HEADS.has(t.lower) ||
    LOWER_ORG.has(t.lower) ||
    MEDIA_NOUNS.has(t.lower) ||
    DETERMINERS.has(t.lower) ||
    LINKS.has(t.lower) ||
    TITLES.has(t.lower) ||
    t.lower === 'and' ||
    t.lower === '&'
  );
}

/** "Committee to Protect Journalists": a lower-case "to" between capitalized words. */
function innerTo(tokens: readonly Token[], k: number): boolean {
  return tokens[k].lower === 'to' && !!tokens[k - 1]?.cap && !!tokens[k + 1]?.cap;
}

/** Trim links and conjunctions from the ends, and anything before the last determiner. */
function trim(tokens: Token[]): Token[] {
  let s = 0;
  let e = tokens.length;
  // a determiner inside means the phrase starts there ("month the Commerce Department")
  for (let i = e - 1; i > 0; i--) {
    if (DETERMINERS.has(tokens[i].lower) && !['one', 'two', 'three', 'four', 'other'].includes(tokens[i].lower)) {
      // keep "the" that follows a link ("a spokesman for the ministry")
      if (i > 0 && LINKS.has(tokens[i - 1].lower)) continue;
      s = i;
      break;
    }
  }
  while (s < e && (LINKS.has(tokens[s].lower) || tokens[s].lower === 'and' || tokens[s].lower === '&')) s++;
  while (e > s && (LINKS.has(tokens[e - 1].lower) || DETERMINERS.has(tokens[e - 1].lower) || tokens[e - 1].lower === 'and' || tokens[e - 1].lower === '&')) e--;
  return tokens.slice(s, e);
}

/**
 * The speaker phrase that ends right before token `end` (exclusive), scanning backwards.
 * Returns the token range, or null when no phrase is there.
 */
export function phraseBefore(tokens: readonly Token[], end: number, floor: number): [number, number] | null {
  const first = tokens[end - 1];
  if (!first) return null;
  if (PRONOUNS.has(first.lower) && end - 1 >= floor) return [end - 1, end];
  // a name that ends in 's right before the verb: "Moody’s said", "McDonald's said"
  if (first.cap && isPossessive(first) && end - 1 >= floor) return [end - 1, end];
  // "his office said", "her campaign said"
  if (end - 2 >= floor && POSSESSIVE_PRONOUNS.has(tokens[end - 2].lower) && !first.cap && (LOWER_ORG.has(first.lower) || ORG_ANAPHORS.has(first.lower) || ROLE_NOUNS.has(first.lower)))
    return [end - 2, end];
  // anonymous head with a qualifier: "people familiar with the matter"
  const anon = anonymousBefore(tokens, end, floor);
  if (anon) return anon;
  let s = end;
  while (s > floor && end - s < MAX_NP_TOKENS && !tokens[s].nl && (npWord(tokens[s - 1]) || innerTo(tokens, s - 1) || monthSurname(tokens, s - 1, isGiven))) s--;
  // "…, bond traders said", "oil analysts said": lower-case nouns before a plural group are part of it
  if (s < end && end - s <= 2 && tokens.slice(s, end).every((t) => !t.cap) && groupPlural(tokens[end - 1])) {
    let k = s;
    while (k > floor && s - k < MAX_ROLE_WORDS - 1 && roleWord(tokens[k - 1]) && !npWord(tokens[k - 1]) && !tokens[k].nl && !QUANTIFIERS.has(tokens[k - 1].lower)) k--;
    const b = k > floor ? tokens[k - 1] : undefined;
    if (k < s && (!b || !b.word || tokens[k].nl || DETERMINERS.has(b.lower) || QUANTIFIERS.has(b.lower) || CLAUSE_OPENERS.has(b.lower))) s = k > floor && b && (DETERMINERS.has(b.lower) || QUANTIFIERS.has(b.lower)) ? k - 1 : k;
  }
  // "elections director Maria Santos said", "food bank director Ana Soto said": lower-case
  // role words before a title and a name open the phrase
  // "services coordinator Dana Whitfield said": an agent noun before a name is its title
  if (s < end - 1 && s - 1 >= floor && tokens[s].cap && !tokens[s].nl && !npWord(tokens[s - 1]) && roleHead(tokens[s - 1]) && tokens.slice(s, end).every((t) => t.cap || NAME_PARTICLES.has(t.lower))) s--;
  if (s < end && roleHead(tokens[s]) && tokens[s + 1]?.cap && s + 1 < end) {
    let k = s;
    while (k > floor && s - k < MAX_ROLE_WORDS && roleWord(tokens[k - 1]) && !tokens[k].nl) k--;
    if (k < s) {
      const b = k > floor ? tokens[k - 1] : undefined;
      if (!b || !b.word || tokens[k].nl) s = k;
      else if (DETERMINERS.has(b.lower) || (POSSESSIVE_PRONOUNS.has(b.lower) && b.lower !== 'her')) s = k - 1;
    }
  }
  // "the companies said", "both firms said": a plural organization noun
  if (s === end && end - 2 >= floor && orgPlural(tokens[end - 1]) && ['the', 'both'].includes(tokens[end - 2].lower)) return [end - 2, end];
  if (s === end && end - 3 >= floor && orgPlural(tokens[end - 1]) && ['two', 'three'].includes(tokens[end - 2].lower) && tokens[end - 3].lower === 'the') return [end - 3, end];
  // "…, policymakers said", "Western bankers said": a plural agent noun as the whole subject
  if (s === end && end - 1 >= floor && agentPlural(tokens[end - 1])) {
    const b = end - 2 >= floor ? tokens[end - 2] : undefined;
    // "welcomed by campaigners, who said": a preposition before the group
    if (!b || !b.word || tokens[end - 1].nl || LINKS.has(b.lower) || b.lower === 'by' || b.lower === 'among') return [end - 1, end];
    if (b.lower === 'the' || QUANTIFIERS.has(b.lower)) return [end - 2, end];
    const bb = end - 3 >= floor ? tokens[end - 3] : undefined;
    // "Western diplomats", "…, bond traders said"
    if ((b.cap || roleWord(b)) && (!bb || !bb.word || tokens[end - 2].nl)) return [end - 2, end];
  }
  // "several policymakers told Reuters": a quantifier and a plural noun
  if (s === end && end - 2 >= floor && QUANTIFIERS.has(tokens[end - 2].lower) && pluralNoun(tokens[end - 1])) return [end - 2, end];
  if (s === end && end - 3 >= floor && QUANTIFIERS.has(tokens[end - 3].lower) && ROLE_MODIFIERS.has(tokens[end - 2].lower) && pluralNoun(tokens[end - 1])) return [end - 3, end];
  // "one nurse at the hospital": a role, a link and a lower-case place
  if (s === end) {
    for (let k = end - 1; k >= Math.max(floor + 1, end - 4); k--) {
      const t = tokens[k];
      if (!t.word || t.cap) break;
      if (LINKS.has(t.lower) && (ROLE_NOUNS.has(tokens[k - 1].lower) || ANONYMOUS_HEADS.has(tokens[k - 1].lower))) {
        const head = phraseBefore(tokens, k, floor);
        return head ? [head[0], end] : null;
      }
    }
  }
  // adjectives between "the" and an anaphor noun: "the central bank", "the electric carmaker";
  // before a descriptor and a name they may open the phrase: "…, mortgage lender Halifax said"
  if (s < end && !tokens[s].cap && (ORG_ANAPHORS.has(tokens[s].lower) || ROLE_NOUNS.has(tokens[s].lower))) {
    const named = s + 1 < end && tokens[s + 1].cap && ORG_ANAPHORS.has(tokens[s].lower);
    for (let k = 1; k <= 2 && s - k >= floor; k++) {
      const adj = tokens[s - k];
      if (!adj.word || adj.cap || !/^[a-z-]+$/.test(adj.lower) || AFTER_DESCRIPTOR_STOP.has(adj.lower)) break;
      const prev = s - k - 1 >= floor ? tokens[s - k - 1] : undefined;
      if (prev && DETERMINERS.has(prev.lower)) {
        s = s - k - 1;
        break;
      }
      if (named && (!prev || !prev.word || prev.nl || adj.nl)) {
        s = s - k;
        break;
      }
    }
  }
  // "the Department for Environment, Food and Rural Affairs": a name with an inner list
  const roleTail = end - 1 > s && !tokens[end - 1].cap && ROLE_NOUNS.has(tokens[end - 1].lower) ? 1 : 0;
  const listed = s > floor + 1 && tokens[s - 1].text === ',' ? listNameBefore(tokens, s, end - roleTail, floor) : -1;
  if (listed >= 0) return [listed, end];
  // a determiner is where the phrase starts
  const slice = trim(tokens.slice(s, end));
  if (!slice.length) return null;
  let start = end - slice.length;
  // a possessive opens the phrase like a determiner: "the city’s utility", "Trump's lawyer"
  if (start === s && start > floor && isPossessive(tokens[start - 1]) && !tokens[start].nl && !slice[0].cap) {
    start--;
    // "the county assessor's office": lower-case words between the determiner and the possessive
    let k = start;
    while (k > floor && start - k < 2 && !tokens[start].cap && roleWord(tokens[k - 1])) k--;
    if (k < start && k > floor && DETERMINERS.has(tokens[k - 1].lower)) start = k - 1;
    else if (start > floor && DETERMINERS.has(tokens[start - 1].lower)) start--;
  }
  if (slice[slice.length - 1] !== tokens[end - 1]) return null;
  // a possessive inside an organization's name: "the Scottish Fishermen’s Federation", "St. Mary’s Hospital"
  if (start === s && start - 1 > floor && slice[0].cap && ORG_HEADS.has(tokens[end - 1].lower) && namePossessive(tokens, start - 1) && !tokens[start].nl) {
    let k = start - 1;
    while (k > floor && tokens[k - 1].cap && tokens[k - 1].word && !tokens[k].nl && !DETERMINERS.has(tokens[k - 1].lower)) k--;
    if (k > floor && tokens[k - 1].lower === 'the' && !tokens[k].nl) k--;
    start = k;
  }
  return [start, end];
}

/**
 * A capitalized word that would open a sentence ("Our", "Open") names something after a lower-case
 * descriptor when more of the name follows: "the campaign group Our Fish", "the charity Open Door".
 */
function nameAfterDescriptor(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  const b = tokens[k - 1];
  const a = tokens[k + 1];
  return t.cap && t.word && !!b && !b.cap && ORG_ANAPHORS.has(b.lower) && !!a && a.cap && a.word && !a.nl && npWord(a);
}

/** A capitalized possessive that belongs to a name: a plural owner ("Fishermen’s", "Children’s", "Veterans’") or a saint ("St. Mary’s"). */
function namePossessive(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!t.cap || !isPossessive(t)) return false;
  if (/(?:men|people|children)'s$/.test(t.lower)) return true;
  const b = tokens[k - 1];
  return !!b && /^(?:st\.?|saint)$/.test(b.lower);
}

/** Head nouns of a lower-case organization description ("transit authority", "assessor's office"). */
export function orgHead(t: Token): boolean {
  return LOWER_ORG.has(t.lower) || ORG_ANAPHORS.has(t.lower) || ORG_HEADS.has(t.lower);
}
/** Lower-case words that may precede a title as its description ("food bank director"). */
const MAX_ROLE_WORDS = 3;
/** Quantifiers that make a plural noun an anonymous group ("several policymakers"). */
export const QUANTIFIERS = new Set(['several', 'two', 'three', 'four', 'five', 'six', 'some', 'many', 'multiple', 'numerous', 'various', 'other', 'most']);
/** A lower-case plural noun (not "was", "has", "this"). */
export function pluralNoun(t: Token | undefined): boolean {
  return !!t && t.word && !t.cap && /^[a-z-]{3,}[^s']s$/.test(t.lower) && !/(?:ous|ss|is|us)$/.test(t.lower) && !AFTER_DESCRIPTOR_STOP.has(t.lower);
}
/** Comparatives and function words that end like agent nouns ("after", "higher"). */
const NOT_AGENTIVE = new Set(['after', 'never', 'ever', 'other', 'whether', 'rather', 'either', 'neither', 'under', 'over', 'later', 'earlier', 'sooner', 'longer', 'further', 'however', 'per', 'together', 'latter', 'another', 'upper', 'lower', 'better', 'fewer', 'greater', 'larger', 'smaller', 'higher', 'major', 'minor', 'prior', 'poor', 'floor', 'door', 'for', 'nor', 'or', 'her', 'water', 'paper', 'number', 'member', 'order', 'border', 'center', 'centre', 'matter', 'letter', 'winter', 'summer', 'quarter', 'power', 'error', 'sector', 'factor', 'favor', 'favour', 'labor', 'labour', 'color', 'colour', 'honor', 'honour', 'indian', 'asian', 'christian', 'civilian']);
/** A lower-case title or agent noun that can stand before a name ("director", "coordinator", "organizer"). */
export function roleHead(t: Token | undefined): boolean {
  if (!t || !t.word || t.cap) return false;
  if (TITLES.has(t.lower) || ROLE_NOUNS.has(t.lower)) return true;
  return /^[a-z-]{4,}(?:[^e]or|[a-z]er|ist|ian|man|woman|person|chief)$/.test(t.lower) && !NOT_AGENTIVE.has(t.lower) && !/(?:ever|ther)$/.test(t.lower);
}
/** Conjunctions that open a clause before its subject ("…, and oil analysts said"). */
const CLAUSE_OPENERS = new Set(['and', 'but', 'while', 'whereas', 'although', 'though', 'because', 'as', 'when', 'after', 'since']);
/** A lower-case plural that names a group of people ("traders", "analysts", "executives"). */
function groupPlural(t: Token | undefined): boolean {
  return !!t && t.word && !t.cap && pluralNoun(t) && (agentPlural(t) || (ROLE_NOUNS.has(t.lower) && t.lower !== 'people'));
}
/** The plural of an organization anaphor ("companies", "firms", "banks"). */
export function orgPlural(t: Token | undefined): boolean {
  if (!t || !t.word || t.cap || !/s$/.test(t.lower) || ORG_ANAPHORS.has(t.lower)) return false;
  return ORG_ANAPHORS.has(t.lower.endsWith('ies') ? `${t.lower.slice(0, -3)}y` : t.lower.slice(0, -1));
}
/** A lower-case plural agent noun ("policymakers", "campaigners", "organisers", "economists"). */
export function agentPlural(t: Token | undefined): boolean {
  if (!t || !t.word || !pluralNoun(t) || t.lower.endsWith("'s")) return false;
  const one = t.lower.slice(0, -1);
  return !TITLES.has(one) && roleHead({ ...t, cap: false, lower: one, text: t.text.slice(0, -1) });
}
function roleWord(t: Token): boolean {
  return t.word && !t.cap && /^[a-z][a-z-]+$/.test(t.lower) && !AFTER_DESCRIPTOR_STOP.has(t.lower) && !DETERMINERS.has(t.lower) && !/(?:ed|ly|ing)$/.test(t.lower) && !ROLE_STOP.has(t.lower);
}
/** Clause words that never describe a role. */
const ROLE_STOP = new Set(['who', 'which', 'when', 'while', 'where', 'than', 'then', 'also', 'not', 'only', 'just', 'even', 'still', 'now', 'so', 'if', 'because', 'after', 'before', 'said', 'says', 'told', 'according', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'these', 'those', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'be', 'been', 'being', 'do', 'does', 'did', 'into', 'about', 'over', 'under', 'up', 'out', 'off', 'against', 'between', 'through', 'like', 'says', 'say', 'tells']);

/** Words that are verbs or clause words, never a descriptor adjective ("said lender X"). */
const AFTER_DESCRIPTOR_STOP = new Set(['said', 'says', 'and', 'or', 'but', 'that', 'to', 'is', 'was', 'were', 'are', 'has', 'had', 'have', 'by', 'with', 'as', 'of', 'for', 'from', 'in', 'on', 'at']);
/** Words a capitalized list segment may hold ("Food", "Rural Affairs"). */
const MAX_LIST_SEGMENT = 3;

/** Is the range a capitalized run with a link word (an organization name: "Department for Environment")? */
function linkedName(tokens: readonly Token[], s: number, e: number): boolean {
  let link = false;
  for (let k = s; k < e; k++) {
    const t = tokens[k];
    if (t.lower === 'for' || t.lower === 'of') link = k > s;
    else if (!t.cap && !DETERMINERS.has(t.lower)) return false;
  }
  return link && tokens[e - 1].cap;
}

/**
 * The range [s, end) is "Food and Rural Affairs" after a comma: when the phrase before the comma
 * is a linked name, return where the whole name starts (or -1).
 */
function listNameBefore(tokens: readonly Token[], s: number, end: number, floor: number): number {
  const seg = tokens.slice(s, end);
  const and = seg.findIndex((t) => t.lower === 'and');
  if (and <= 0 || and === seg.length - 1 || !seg.every((t) => t.cap || t.lower === 'and')) return -1;
  let comma = s - 1;
  // more list items: ", Security, Food and Rural Affairs"
  for (let n = 0; n < 3; n++) {
    let k = comma - 1;
    while (k > floor && comma - k <= MAX_LIST_SEGMENT && tokens[k].cap) k--;
    if (tokens[k]?.text === ',' && k < comma - 1) comma = k;
    else break;
  }
  const head = phraseBefore(tokens, comma, floor);
  if (!head || !linkedName(tokens, DETERMINERS.has(tokens[head[0]].lower) ? head[0] + 1 : head[0], head[1])) return -1;
  return head[0];
}

/** After a linked name that ends at `e` (exclusive): the end of ", Food and Rural Affairs", or -1. */
function listNameAfter(tokens: readonly Token[], e: number, ceil: number): number {
  let k = e;
  for (let n = 0; n < 4 && k < ceil && tokens[k].text === ','; n++) {
    let m = k + 1;
    while (m < ceil && m - k <= MAX_LIST_SEGMENT && tokens[m].cap && !tokens[m].nl) m++;
    if (m === k + 1) return -1;
    if (tokens[m]?.lower === 'and' && tokens[m + 1]?.cap) {
      let z = m + 1;
      while (z < ceil && z - m <= MAX_LIST_SEGMENT && tokens[z].cap) z++;
      return z;
    }
    k = m;
  }
  return -1;
}

/** "people familiar with the matter", scanning back from `end` for a qualifier after an anonymous head. */
function anonymousBefore(tokens: readonly Token[], end: number, floor: number): [number, number] | null {
  for (let i = end - 1; i >= Math.max(floor, end - 10); i--) {
    const t = tokens[i];
    if (!t.word) return null;
    const qual = ANON_QUALIFIER.test(t.lower) || (t.lower === 'with' && /^(?:knowledge|direct|first-hand|firsthand|access|detailed)$/.test(tokens[i + 1]?.lower ?? ''));
    if (qual && i > floor && ANONYMOUS_HEADS.has(tokens[i - 1].lower)) {
      let s = i - 1;
      while (s > floor && (ROLE_MODIFIERS.has(tokens[s - 1].lower) || DETERMINERS.has(tokens[s - 1].lower) || (tokens[s - 1].cap && !NON_NAME_CAPS.has(tokens[s - 1].lower)))) s--;
      return [s, end];
    }
  }
  return null;
}

/** The speaker phrase that starts at token `start` (after "according to", "citing", "said"). */
export function phraseAfter(tokens: readonly Token[], start: number, ceil: number): [number, number] | null {
  const t0 = tokens[start];
  if (!t0) return null;
  if (PRONOUNS.has(t0.lower)) return [start, start + 1];
  // "said oil analysts", "according to bond traders": lower-case nouns and a plural group, then the clause ends
  for (let k = start; k < ceil && k - start <= 2 && roleWord(tokens[k]); k++) {
    if (k > start && groupPlural(tokens[k]) && (k + 1 >= ceil || !tokens[k + 1].word || tokens[k + 1].nl)) return [start, k + 1];
  }
  let e = start;
  // "according to elections director Maria Santos": lower-case role words before a title and a name
  let pre = start;
  for (let k = start; k < ceil && k - start <= MAX_ROLE_WORDS; k++) {
    if (roleHead(tokens[k]) && tokens[k + 1]?.cap && k + 1 < ceil) {
      pre = k + 1;
      break;
    }
    if (!roleWord(tokens[k]) && !(npWord(tokens[k]) && !tokens[k].cap)) break;
  }
  // "the city's transportation department", "the state's transit authority": a lower-case owner,
  // then up to three lower-case words ending in an organization head
  const own = isPossessive(t0) ? start : DETERMINERS.has(t0.lower) && isPossessive(tokens[start + 1] ?? t0) && start + 1 < ceil ? start + 1 : -1;
  if (own >= 0 && !tokens[own].cap) {
    let last = -1;
    for (let k = own + 1; k < ceil && k - own <= 3 && roleWord(tokens[k]); k++) if (orgHead(tokens[k])) last = k;
    if (last > 0) return [start, last + 1];
  }
  while (e < ceil && e - start < MAX_NP_TOKENS && (npWord(tokens[e]) || e < pre || (e > start && (monthSurname(tokens, e, isGiven) || nameAfterDescriptor(tokens, e)))) && (e === start || !tokens[e].nl)) {
    // "the" or a link in the middle must be followed by more phrase
    e++;
    const last = tokens[e - 1];
    // "witnesses and medical sources": "and" between two anonymous groups
    if (tokens[e]?.lower === 'and' && ANONYMOUS_HEADS.has(last.lower)) {
      for (let k = e + 1; k <= e + 3 && k < ceil && tokens[k].word && !tokens[k].cap; k++) {
        if (ANONYMOUS_HEADS.has(tokens[k].lower)) {
          e = k + 1;
          break;
        }
      }
    }
    if (QUALIFIER_RE.test(tokens[e]?.lower ?? '') && ANONYMOUS_HEADS.has(last.lower)) {
      // qualifier: run to punctuation or a stop word, at most 8 words
      let q = e;
      while (q < ceil && q - e < 8 && tokens[q].word && !tokens[q].nl && !QUALIFIER_STOP.has(tokens[q].lower)) q++;
      if (q > e + 1) e = q;
      break;
    }
  }
  let slice = tokens.slice(start, e);
  while (slice.length && (LINKS.has(slice[slice.length - 1].lower) || DETERMINERS.has(slice[slice.length - 1].lower) || slice[slice.length - 1].lower === 'and')) slice = slice.slice(0, -1);
  // "and" joins two speakers only when both are names; otherwise it starts a new clause
  const and = slice.findIndex((t) => t.lower === 'and');
  if (and > 0) {
    // "witnesses and medical sources": two anonymous groups stay together
    const rest = slice.slice(and + 1);
    const both = ANONYMOUS_HEADS.has(slice[and - 1].lower) && rest.length > 0 && rest.length <= 3 && ANONYMOUS_HEADS.has(rest[rest.length - 1].lower);
    if (!both) slice = slice.slice(0, and);
  }
  if (!slice.length) return null;
  const e2 = start + slice.length;
  // "according to the Department for Environment, Food and Rural Affairs"
  if (linkedName(tokens, DETERMINERS.has(tokens[start].lower) ? start + 1 : start, e2)) {
    const longer = listNameAfter(tokens, e2, ceil);
    if (longer > 0) return [start, longer];
  }
  return [start, e2];
}
