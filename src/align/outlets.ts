/**
 * Outlet names: "the New York Times", "the Times", "NYT" and "nytimes.com" name one source.
 * An index of aliases per source in the set lets a claim's attribution resolve to a source id.
 */
import type { Source } from '../model.js';
import { ACRONYM_SKIP, GENERIC_OUTLET_WORDS, OUTLET_LEADING_WORDS, OUTLET_SUFFIXES } from './vocab.js';

/** Marks a last-word alias while aliases are collected. */
const WEAK = '\u0000';
/** An acronym in parentheses, as wire credits are written: "(AN)", "(AP)". */
const CREDIT_RE = /\((\p{Lu}{2,6})\)/gu;
/** Bare capitalised acronyms shorter than this are too often ordinary words in headlines ("AN"). */
const MIN_BARE_ACRONYM = 3;
/** Longest alias looked up inside a longer attribution ("a New York Times report"). */
const MAX_ALIAS_WORDS = 5;
/** Corporate suffixes of a publisher name ("The New York Times Company" is cited as "the New York Times"). */
const CORPORATE_SUFFIX_RE = /\s+(?:company|co\.?|corporation|corp\.?|inc\.?|llc|ltd\.?|plc|group)$/i;
/** The publisher name without its corporate suffix. */
const corporateBase = (n: string) => n.replace(CORPORATE_SUFFIX_RE, '');
/** Resolved names remembered before the memo starts over (bounds memory on huge runs). */
const RESOLVED_MAX = 100_000;
/** Titles longer than this are headlines, not site names. */
const MAX_TITLE_WORDS = 4;

/** Lowercase, no punctuation, no leading "the", no ".com". */
export function normalizeOutlet(name: string): string {
  let s = name.normalize('NFKC').toLowerCase().trim();
  for (const suf of OUTLET_SUFFIXES) if (s.endsWith(suf)) s = s.slice(0, -suf.length);
  s = s
    .replace(/[’']s\b/g, '')
    .replace(/[^\p{L}\p{N}&]+/gu, ' ')
    .trim();
  const words = s.split(' ').filter(Boolean);
  while (words.length > 1 && OUTLET_LEADING_WORDS.has(words[0])) words.shift();
  return words.join(' ');
}

/** normalizeOutlet() of single words, remembered: mentions() reads every capitalised word of every article. */
const NORMALIZED_TOKENS = new Map<string, string>();

function normalizedToken(t: string): string {
  let n = NORMALIZED_TOKENS.get(t);
  if (n === undefined) {
    if (NORMALIZED_TOKENS.size >= RESOLVED_MAX) NORMALIZED_TOKENS.clear();
    n = normalizeOutlet(t);
    NORMALIZED_TOKENS.set(t, n);
  }
  return n;
}

function hostName(url: string | undefined): string | undefined {
  if (!url) return undefined;
  const m = /^[a-z]+:\/\/(?:www\.)?([^/:?#]+)/i.exec(url);
  if (!m) return undefined;
  const parts = m[1].toLowerCase().split('.');
  return parts.length >= 2 ? parts[parts.length - 2] : parts[0];
}

/** Shortest acronym kept ("AP"); two-letter ones only match in capitals, see mentions(). */
const MIN_ACRONYM = 2;

/** The outlet name a file name may carry ("allied-newswire" → "allied newswire"), if it looks like one. */
function nameFromId(id: string): string | undefined {
  const fromId = normalizeOutlet(id.replace(/[-_]+/g, ' '));
  return /^\p{L}/u.test(fromId) && fromId.includes(' ') ? fromId : undefined;
}

/** Acronyms a source may be cited by ("NYT", "WSJ"); matched only when written in capitals. */
export function outletAcronyms(source: Source): string[] {
  const out = new Set<string>();
  for (const full of [source.publisher, nameFromId(source.id)]) {
    if (!full) continue;
    const n = corporateBase(full);
    const words = n.split(/[\s.]+/).filter((w) => w && !ACRONYM_SKIP.has(w.toLowerCase()));
    if (words.length >= 2) out.add(words.map((w) => w[0]).join('').toLowerCase());
  }
  return [...out].filter((a) => a.length >= MIN_ACRONYM);
}

/**
 * Names a source may be cited by (acronyms apart, see outletAcronyms). Strong aliases are safe to
 * look for in running text (full names, the name in the file name, the web host); weak ones only
 * resolve an attribution ("the Times", a short site title).
 */
function aliasSets(source: Source): { strong: Set<string>; weak: Set<string> } {
  const strong = new Set<string>();
  const weak = new Set<string>();
  // ids come from file names, which often carry the outlet's name ("allied-newswire.txt")
  const fromId = nameFromId(source.id);
  if (fromId) strong.add(fromId);
  const add = (n: string | undefined, into: Set<string>) => {
    if (!n) return;
    const norm = normalizeOutlet(n);
    if (!norm) return;
    into.add(norm);
    const words = n.split(/[\s.]+/).filter((w) => w && !ACRONYM_SKIP.has(w.toLowerCase()));
    if (words.length >= 2) {
      const last = normalizeOutlet(words[words.length - 1]);
      into.add(`${words.slice(0, -1).map((w) => w[0]).join('').toLowerCase()} ${last}`); // NY Times
      if (!GENERIC_OUTLET_WORDS.has(last)) weak.add(last); // the Times (dropped when ambiguous)
    }
  };
  if (source.publisher) {
    // "The New York Times Company": aliases of "The New York Times"; the full name too, but never
    // its last word ("the company" is any company)
    const base = corporateBase(source.publisher);
    add(base, strong);
    if (base !== source.publisher) strong.add(normalizeOutlet(source.publisher));
  }
  if (source.title && source.title.split(/\s+/).length <= MAX_TITLE_WORDS) add(source.title, weak);
  const host = hostName(source.url);
  if (host) strong.add(host);
  const keep = (a: string) => a.length >= 2;
  return { strong: new Set([...strong].filter(keep)), weak: new Set([...weak].filter((a) => keep(a) && !strong.has(a))) };
}

/** Every name a source may be cited by: strong aliases first, then weak ones. */
export function outletAliases(source: Source): string[] {
  const { strong, weak } = aliasSets(source);
  return [...strong, ...weak];
}

/** Aliases safe to look for in running text: not the bare last word ("Times", "Post"). */
export function strongAliases(source: Source): string[] {
  return [...aliasSets(source).strong];
}

export class OutletIndex {
  private readonly byAlias = new Map<string, string[]>();
  private readonly byAcronym = new Map<string, string[]>();
  private readonly byStrong = new Map<string, string[]>();
  /** Names already resolved: the same attribution ("Reuters", "officials") recurs in many articles. */
  private readonly resolved = new Map<string, string | undefined>();
  /** First words of strong aliases: a text n-gram is only built from such a word. */
  private readonly firstWords = new Set<string>();

  constructor(sources: readonly Source[]) {
    // only whether a name is one source's matters (every lookup asks for exactly one id): a list
    // stops at two distinct ids, so a name thousands of sources share costs no long scans
    const put = (map: Map<string, string[]>, a: string, id: string) => {
      const ids = map.get(a);
      if (!ids) map.set(a, [id]);
      else if (ids.length < 2 && ids[0] !== id) ids.push(id);
    };
    for (const s of sources) {
      for (const a of outletAliases(s)) put(this.byAlias, a, s.id);
      for (const a of outletAcronyms(s)) put(this.byAcronym, a, s.id);
      for (const a of strongAliases(s)) {
        put(this.byStrong, a, s.id);
        this.firstWords.add(a.split(' ')[0]);
      }
    }
  }

  /**
   * Outlets of the set named anywhere in a text: capitalised runs that match a full name
   * ("the Marlow County Register"), acronyms of three letters or more ("NYT") or in parentheses
   * ("(AN)"). Linear in the text: n-grams start only at capitalised words that begin an alias.
   */
  mentions(text: string): Set<string> {
    const out = new Set<string>();
    const unique = (ids: string[] | undefined) => (ids && ids.length === 1 ? ids[0] : undefined);
    for (const m of text.matchAll(CREDIT_RE)) {
      const id = unique(this.byAcronym.get(m[1].toLowerCase()));
      if (id) out.add(id);
    }
    const tokens = text.match(/[\p{L}\p{N}&]+(?:['’.][\p{L}\p{N}]+)*/gu) ?? [];
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if (!/^\p{Lu}/u.test(t)) continue;
      if (t.length >= MIN_BARE_ACRONYM && t === t.toUpperCase() && !/\d/.test(t)) {
        const id = unique(this.byAcronym.get(t.toLowerCase()));
        if (id) out.add(id);
      }
      const first = normalizedToken(t);
      if (!this.firstWords.has(first)) continue;
      const words = [first];
      for (let n = 1; n <= MAX_ALIAS_WORDS; n++) {
        const id = unique(this.byStrong.get(words.join(' ')));
        if (id) out.add(id);
        const next = tokens[i + n];
        if (!next) break;
        words.push(normalizedToken(next));
      }
    }
    return out;
  }

  /** The one source a name refers to, or undefined (unknown or ambiguous: several sources share it). */
  resolve(name: string | undefined): string | undefined {
    if (!name) return undefined;
    if (this.resolved.has(name)) return this.resolved.get(name);
    if (this.resolved.size >= RESOLVED_MAX) this.resolved.clear();
    const id = this.lookup(name);
    this.resolved.set(name, id);
    return id;
  }

  private lookup(name: string): string | undefined {
    for (const token of name.split(/[^\p{L}]+/u)) {
      if (token.length < 2 || token !== token.toUpperCase()) continue;
      const ids = this.byAcronym.get(token.toLowerCase());
      if (ids && ids.length === 1) return ids[0];
    }
    const words = normalizeOutlet(name).split(' ').filter(Boolean);
    // longest alias first: "new york times" before "times"
    for (let n = Math.min(MAX_ALIAS_WORDS, words.length); n >= 1; n--) {
      for (let i = 0; i + n <= words.length; i++) {
        const ids = this.byAlias.get(words.slice(i, i + n).join(' '));
        if (ids && ids.length === 1) return ids[0];
      }
    }
    return undefined;
  }
}
