/**
 * The text-overlap measure of the usual boilerplate-removal benchmarks, shared by the evaluation
 * scripts: both texts become sets of lower-cased token 4-gram shingles; precision is the share of
 * our shingles found in the reference, recall the share of the reference's we found. Benchmarks
 * average P and R over pages and report the F1 of the two averages.
 */
import { load } from 'cheerio/slim';
import { serialise } from '../src/clean/html/blocks.js';
import { flatten } from '../src/clean/html/dom.js';

/** Shingle size: 4 tokens, as in the usual boilerplate-removal benchmarks. */
export const SHINGLE = 4;
/** Word tokens: runs of letters and digits; each Han / kana character is a token of its own (no spaces in CJK). */
const TOKEN_RE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|(?:(?![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])[\p{L}\p{N}])+/gu;
/** Elements with no text in an extractor's HTML output. */
const NON_TEXT = new Set(['script', 'style', 'noscript', 'template', 'svg', 'head', 'title']);

export interface Score { p: number; r: number }

/** The text blocks of an HTML fragment, in document order. */
export function htmlBlocks(html: string): string[] {
  const dom = flatten(load(html).root()[0]!);
  const removed = new Uint8Array(dom.nodes.length);
  for (let i = 0; i < dom.nodes.length; i++) {
    if (NON_TEXT.has(dom.tag[i]!)) removed.fill(1, i, dom.end[i]!);
  }
  const roots: number[] = [];
  for (let i = 0; i < dom.nodes.length; i = dom.end[i]!) roots.push(i);
  return serialise(dom, removed, roots).map((b) => b.text);
}

/** Plain text of an HTML fragment, block by block (blank line between blocks). */
export function htmlText(html: string): string {
  return htmlBlocks(html).join('\n\n');
}

/** The lower-cased word tokens of a text. */
export function tokenize(text: string): string[] {
  return text.toLowerCase().match(TOKEN_RE) ?? [];
}

export function shingles(text: string): Set<string> {
  const tokens = tokenize(text);
  const out = new Set<string>();
  if (tokens.length < SHINGLE) {
    if (tokens.length) out.add(tokens.join(' '));
    return out;
  }
  for (let i = 0; i + SHINGLE <= tokens.length; i++) out.add(tokens.slice(i, i + SHINGLE).join(' '));
  return out;
}

export function score(got: Set<string>, want: Set<string>): Score {
  let both = 0;
  for (const s of got) if (want.has(s)) both++;
  const p = got.size ? both / got.size : want.size ? 0 : 1;
  const r = want.size ? both / want.size : 1;
  return { p, r };
}

export const f1 = (p: number, r: number): number => (p + r ? (2 * p * r) / (p + r) : 0);
/** A share as a percentage with one decimal, right-aligned in five columns. */
export const pct = (x: number): string => (100 * x).toFixed(1).padStart(5);
