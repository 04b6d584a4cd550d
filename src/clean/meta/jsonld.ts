/** JSON-LD (schema.org) blocks → the article's own fields. Never throws: broken JSON is skipped. */
import { tidySpace } from './text.js';
import { ARTICLE_TYPES } from './vocab.js';

/** How deep we follow nested arrays/@graph: real pages nest 2–3 levels; this bounds hostile input. */
const MAX_DEPTH = 6;
/** Wrappers some CMSs leave around the JSON (HTML comments, CDATA markers). */
const WRAPPER_RE = /^\s*(?:<!--|\/\*\s*<!\[CDATA\[\s*\*\/|<!\[CDATA\[)|(?:-->|\/\*\s*\]\]>\s*\*\/|\]\]>)\s*$/g;
/** Raw control characters (literal newlines/tabs inside strings) that make JSON.parse fail. */
const CONTROL_RE = /[\u0000-\u001f]+/g;
/** Types that are a page but not an article: used only when no article node exists. */
const PAGE_TYPES = new Set(['webpage', 'itempage', 'creativework', 'medicalwebpage']);
/** Types of an author that is not a person. */
const ORGANIZATION_TYPES = new Set([
  'organization', 'newsmediaorganization', 'corporation', 'governmentorganization', 'ngo', 'educationalorganization',
  'localbusiness', 'website', 'brand',
]);

export interface JsonLdFields {
  headline?: string;
  name?: string;
  authors: string[];
  /** Every author node is an organisation (a newsroom credit such as "BBC News", not a person). */
  authorsAreOrganizations?: boolean;
  /** `creator` names when the node also lacks `author`: often a CMS user name, so trusted less. */
  creators: string[];
  publisher?: string;
  /** Name of a WebSite/Organization node: a fallback publisher. */
  siteName?: string;
  published?: string;
  modified?: string;
  url?: string;
  lang?: string;
}

type Json = unknown;
type Node = Record<string, Json>;

function isNode(v: Json): v is Node {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Parse one script body; undefined when it is not JSON even after removing wrappers. */
export function parseJsonLd(text: string): Json | undefined {
  const attempts = [text, text.replace(WRAPPER_RE, ''), text.replace(WRAPPER_RE, '').replace(CONTROL_RE, ' ')];
  for (const t of attempts) {
    try {
      return JSON.parse(t) as Json;
    } catch {
      // try the next, more forgiving, variant
    }
  }
  return undefined;
}

function typesOf(node: Node): string[] {
  const t = node['@type'];
  const list = Array.isArray(t) ? t : [t];
  return list
    .filter((x): x is string => typeof x === 'string')
    .map((x) => x.replace(/^.*[/:#]/, '').toLowerCase());
}

function str(v: Json): string | undefined {
  if (typeof v === 'string') return v.replace(/\s+/g, ' ').trim() || undefined;
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) return str(v[0]);
  if (isNode(v)) return str(v['@value']);
  return undefined;
}

/** Flatten arrays and @graph into a list of nodes. */
function collect(value: Json, out: Node[], depth: number): void {
  if (depth > MAX_DEPTH) return;
  if (Array.isArray(value)) {
    for (const v of value) collect(v, out, depth + 1);
  } else if (isNode(value)) {
    out.push(value);
    if (value['@graph'] !== undefined) collect(value['@graph'], out, depth + 1);
  }
}

function names(value: Json, byId: Map<string, Node>, depth = 0): string[] {
  if (depth > MAX_DEPTH || value === undefined || value === null) return [];
  if (typeof value === 'string') return value.trim() ? [value.trim()] : [];
  if (Array.isArray(value)) return value.flatMap((v) => names(v, byId, depth + 1));
  if (isNode(value)) {
    const name = str(value['name']);
    if (name) return [name];
    const id = str(value['@id']);
    const target = id ? byId.get(id) : undefined;
    if (target && target !== value) return names(target, byId, depth + 1);
  }
  return [];
}

/** The author nodes, resolved through @id references; strings stay strings. */
function authorNodes(value: Json, byId: Map<string, Node>, depth = 0): Json[] {
  if (depth > MAX_DEPTH || value === undefined || value === null) return [];
  if (Array.isArray(value)) return value.flatMap((v) => authorNodes(v, byId, depth + 1));
  if (isNode(value) && value['name'] === undefined) {
    const id = str(value['@id']);
    const target = id ? byId.get(id) : undefined;
    if (target && target !== value) return authorNodes(target, byId, depth + 1);
  }
  return [value];
}

function isOrganization(n: Json): boolean {
  return isNode(n) && typesOf(n).some((t) => ORGANIZATION_TYPES.has(t));
}

/** All authors are typed as organisations (a bare string could be anyone, so it is not). */
function allOrganizations(value: Json, byId: Map<string, Node>): boolean {
  const nodes = authorNodes(value, byId);
  return nodes.length > 0 && nodes.every(isOrganization);
}

function score(node: Node): number {
  const types = typesOf(node);
  let s = 0;
  if (types.some((t) => ARTICLE_TYPES.has(t) && !PAGE_TYPES.has(t))) s += 4;
  else if (types.some((t) => PAGE_TYPES.has(t))) s += 1;
  else return 0;
  if (node['headline'] !== undefined) s += 2;
  if (node['datePublished'] !== undefined) s += 1;
  return s;
}

/** Read every JSON-LD script body and return the best article node's fields. */
export function readJsonLd(scripts: readonly string[]): JsonLdFields {
  const nodes: Node[] = [];
  for (const text of scripts) {
    const parsed = parseJsonLd(text);
    if (parsed !== undefined) collect(parsed, nodes, 0);
  }
  const byId = new Map<string, Node>();
  for (const n of nodes) {
    const id = str(n['@id']);
    if (id && !byId.has(id)) byId.set(id, n);
  }
  const out: JsonLdFields = { authors: [], creators: [] };
  for (const n of nodes) {
    const types = typesOf(n);
    if (!out.siteName && (types.includes('website') || types.includes('newsmediaorganization'))) out.siteName = str(n['name']);
  }
  let best: Node | undefined;
  let bestScore = 0;
  for (const n of nodes) {
    const s = score(n);
    if (s > bestScore) {
      best = n;
      bestScore = s;
    }
  }
  if (!best) return out;
  // the headline keeps its deliberate no-break spaces; names and dates are fully collapsed by str()
  const headline = best['headline'];
  out.headline = typeof headline === 'string' ? tidySpace(headline) || undefined : str(headline);
  out.name = str(best['name']);
  const authorList = authorNodes(best['author'], byId);
  const people = authorList.filter((n) => !isOrganization(n));
  // a list of people that also credits the outlet ("Jane Doe", "The Herald") names the people
  out.authors = names(people.length && people.length < authorList.length ? people : best['author'], byId);
  if (out.authors.length && allOrganizations(best['author'], byId)) out.authorsAreOrganizations = true;
  if (!out.authors.length) out.creators = names(best['creator'], byId);
  const pub = names(best['publisher'], byId);
  if (pub.length) out.publisher = pub[0];
  // a page node often carries dates only on the article it links; fall back to any node's dates
  out.published = str(best['datePublished']) ?? firstOf(nodes, 'datePublished');
  out.modified = str(best['dateModified']) ?? firstOf(nodes, 'dateModified');
  const main = best['mainEntityOfPage'];
  out.url = str(best['url']) ?? (isNode(main) ? str(main['@id']) : str(main));
  out.lang = str(best['inLanguage']);
  return out;
}

function firstOf(nodes: readonly Node[], key: string): string | undefined {
  for (const n of nodes) {
    const v = str(n[key]);
    if (v) return v;
  }
  return undefined;
}
