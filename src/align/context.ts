/**
 * The article-level evidence alignment uses, in a compact form that NDJSON records can carry:
 * the names an article mentions most (story context) and the capitalized word runs an outlet may
 * be cited by ("according to the Harbor Times", "(AN)"). Single-process runs go through the same
 * compact form, so a table rebuilt from shards equals the table of one process.
 */
import type { Article, ArticleContext, Sentence } from '../model.js';
import { contentWords } from '../tag/refiners/subject.js';

/** Names kept per article (most frequent first): bounds memory and work on long pages. */
export const MAX_NAMES = 200;
/** Words after a capitalized word kept for outlet matching (the longest outlet alias). */
const WINDOW = 5;
/** A token no outlet alias contains: separates kept windows so no match spans two of them. */
const SEP = 'x';
const TOKEN_RE = /[\p{L}\p{N}&]+(?:['’.][\p{L}\p{N}]+)*/gu;
const CREDIT_RE = /\(\p{Lu}{2,6}\)/gu;
const isCapitalized = (s: string) => /^\p{Lu}/u.test(s);

function names(article: Article): string[] {
  const counts = new Map<string, number>();
  for (const s of article.sentences) {
    for (const t of contentWords(s.text)) {
      if (t.start > 0 && isCapitalized(t.text)) counts.set(t.lemma, (counts.get(t.lemma) ?? 0) + 1);
    }
  }
  return [...counts]
    .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))
    .slice(0, MAX_NAMES)
    .map(([w]) => w);
}

function mentions(text: string): string {
  const tokens = text.match(TOKEN_RE) ?? [];
  const keep = new Uint8Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    if (!isCapitalized(tokens[i])) continue;
    for (let j = i; j < Math.min(tokens.length, i + WINDOW + 1); j++) keep[j] = 1;
  }
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (keep[i]) out.push(tokens[i]);
    else if (out.length && out[out.length - 1] !== SEP) out.push(SEP);
  }
  const credits = text.match(CREDIT_RE) ?? [];
  return [...out, ...new Set(credits)].join(' ');
}

/** The article's context: the one it carries (rebuilt from NDJSON) or computed from its text. */
export function articleContext(article: Article): ArticleContext {
  if (article.context) return article.context;
  const text = article.text || article.sentences.map((s) => s.text).join(' ');
  return { names: names(article), mentions: mentions(text) };
}

/**
 * What alignment reads of an article, and no more: its source, claims, diagnostics, its context
 * (computed here from the full text), and the sentences that hold a claim (the other places of
 * `sentences` are holes; `text` and `paragraphs` are empty). `table` and `diff` keep this slim
 * form of every article (made where the article is processed, in the worker), so a large run holds
 * the claims, not the article texts.
 */
export function slimForAlign(article: Article): Article {
  const sentences: Sentence[] = [];
  for (const c of article.claims) {
    const s = article.sentences[c.sentence];
    if (s && sentences[c.sentence] === undefined) sentences[c.sentence] = { index: s.index, start: s.start, end: s.end, text: s.text };
  }
  const slim: Article = { source: article.source, text: '', paragraphs: [], sentences, claims: article.claims, context: articleContext(article) };
  if (article.diagnostics) slim.diagnostics = article.diagnostics;
  return slim;
}
