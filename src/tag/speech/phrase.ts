/**
 * Where a speaker phrase starts and ends: scanning back from a cue verb ("… the group said")
 * or forward after it ("according to people familiar with the matter", "said Ross").
 * Token ranges only; classify.ts says what the phrase is.
 */
import {
  ANON_QUALIFIER,
  ANONYMOUS_HEADS,
  DETERMINERS,
  LINKS,
  LOWER_ORG,
  MEDIA_NOUNS,
  NAME_PARTICLES,
  NON_NAME_CAPS,
  ORG_ANAPHORS,
  POSSESSIVE_PRONOUNS,
  PRONOUNS,
  QUALIFIER_RE,
  QUALIFIER_STOP,
  ROLE_MODIFIERS,
  ROLE_NOUNS,
  TITLES,
} from '../vocab/speech.js';
import { isPossessive, type Token } from './tokens.js';

/** Max tokens in a speaker phrase. */
const MAX_NP_TOKENS = 14;

/** A token that may sit inside a speaker phrase. */
function npWord(t: Token): boolean {
  if (!t.word || isPossessive(t)) return false;
  if (NAME_PARTICLES.has(t.lower)) return true;
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
  while (s > floor && end - s < MAX_NP_TOKENS && !tokens[s].nl && (npWord(tokens[s - 1]) || innerTo(tokens, s - 1))) s--;
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
  // adjectives between "the" and an anaphor noun: "the central bank", "the electric carmaker"
  if (s < end && !tokens[s].cap && (ORG_ANAPHORS.has(tokens[s].lower) || ROLE_NOUNS.has(tokens[s].lower))) {
    for (let k = 1; k <= 2 && s - k - 1 >= floor; k++) {
      const adj = tokens[s - k];
      if (!adj.word || adj.cap || !/^[a-z-]+$/.test(adj.lower)) break;
      if (DETERMINERS.has(tokens[s - k - 1].lower)) {
        s = s - k - 1;
        break;
      }
    }
  }
  // a determiner is where the phrase starts
  const slice = trim(tokens.slice(s, end));
  if (!slice.length) return null;
  let start = end - slice.length;
  // a possessive opens the phrase like a determiner: "the city’s utility", "Trump's lawyer"
  if (start === s && start > floor && isPossessive(tokens[start - 1]) && !tokens[start].nl && !slice[0].cap) {
    start--;
    if (start > floor && DETERMINERS.has(tokens[start - 1].lower)) start--;
  }
  if (slice[slice.length - 1] !== tokens[end - 1]) return null;
  return [start, end];
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
  let e = start;
  while (e < ceil && e - start < MAX_NP_TOKENS && npWord(tokens[e]) && (e === start || !tokens[e].nl)) {
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
  return [start, start + slice.length];
}
