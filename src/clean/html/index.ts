/**
 * HTML route of the clean stage: parse once (cheerio/slim, htmlparser2), read metadata from the
 * untouched page, extract the article blocks, and lay them out as `Cleaned` text with offsets.
 */
import { cheerioSlim } from '../../util/lazy.js';
import type { CheerioAPI } from 'cheerio/slim';
import type { Diagnostic, Paragraph, RawInput } from '../../model.js';
import type { Cleaned, PageMetadata } from '../index.js';
import type { Block } from './blocks.js';
import type { FlatDom } from './dom.js';
import { flatten, limitDepth } from './dom.js';
import type { Extraction } from './extract.js';
import { extractArticle } from './extract.js';
import { extractionToMarkdown } from './markdown.js';
import { flattenHtml } from './sax.js';

/** Pages longer than this are not built as a tree (a node object per element is ~250 bytes). */
const LARGE_PAGE_CHARS = 8_000_000;

/** Reads page metadata from the parsed, unpruned page. */
export type MetadataReader = ($: CheerioAPI, input: RawInput) => PageMetadata;

export interface HtmlResult {
  cleaned: Cleaned;
  extraction: Extraction | null;
}

/** Cleans one HTML page. Never throws: failures become diagnostics and an empty article. */
export function cleanHtml(input: RawInput, readMetadata: MetadataReader, options: { keepCaptions?: boolean } = {}): HtmlResult {
  const diagnostics: Diagnostic[] = [];
  let meta: PageMetadata = {};
  let extraction: Extraction | null = null;
  try {
    const { html, maxDepth, flattened } = limitDepth(input.text);
    if (flattened) {
      diagnostics.push({
        ruleId: 'clean/deep-nesting', severity: 'warning',
        message: `markup nests ${maxDepth} levels deep; deeper tags were flattened`,
      });
    }
    const parsed = parse(html, input, readMetadata, diagnostics);
    meta = parsed.meta;
    if (parsed.dom) {
      extraction = extractArticle(parsed.dom, { title: meta.title, byline: meta.byline, keepCaptions: options.keepCaptions });
      diagnostics.push(...extraction.diagnostics);
    }
  } catch (error) {
    diagnostics.push({ ruleId: 'clean/html-error', severity: 'error', message: `could not extract the article: ${messageOf(error)}` });
  }
  const { text, paragraphs } = layout(extraction ? extraction.blocks : []);
  return { cleaned: { text, paragraphs, meta, diagnostics }, extraction };
}

/**
 * Parses the page, reads its metadata and flattens it. The parser's tree is not returned, so it
 * can be freed before extraction. A very large page is never built as a tree: its metadata is read
 * from its first part, and its flat arrays come straight from the parser's events.
 */
function parse(
  html: string, input: RawInput, readMetadata: MetadataReader, diagnostics: Diagnostic[],
): { meta: PageMetadata; dom: FlatDom | null } {
  const large = html.length > LARGE_PAGE_CHARS;
  if (large) {
    diagnostics.push({
      ruleId: 'clean/large-page', severity: 'info',
      message: `page is ${Math.round(html.length / 1e6)} M characters; metadata read from the first ${LARGE_PAGE_CHARS / 1e6} M`,
    });
  }
  const $ = cheerioSlim().load(large ? html.slice(0, LARGE_PAGE_CHARS) : html);
  let meta: PageMetadata = {};
  try {
    meta = readMetadata($, input);
  } catch (error) {
    diagnostics.push({ ruleId: 'clean/metadata-error', severity: 'warning', message: `metadata: ${messageOf(error)}` });
  }
  if (large) return { meta, dom: flattenHtml(html) };
  const root = $.root()[0];
  return { meta, dom: root ? flatten(root) : null };
}

/** Markdown of the kept article ('' when nothing was kept). */
export function htmlToMarkdown(input: RawInput, readMetadata: MetadataReader): string {
  const { extraction, cleaned } = cleanHtml(input, readMetadata);
  if (!extraction) return cleaned.text;
  try {
    return extractionToMarkdown(extraction);
  } catch {
    return cleaned.text;
  }
}

/** Joins blocks with blank lines and records each block's offsets and kind. */
export function layout(blocks: readonly Pick<Block, 'text' | 'kind'>[]): { text: string; paragraphs: Paragraph[] } {
  const parts: string[] = [];
  const paragraphs: Paragraph[] = [];
  let offset = 0;
  for (const block of blocks) {
    if (parts.length) offset += 2;
    paragraphs.push({ start: offset, end: offset + block.text.length, kind: block.kind });
    parts.push(block.text);
    offset += block.text.length;
  }
  return { text: parts.join('\n\n'), paragraphs };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
