/**
 * HTML route of the clean stage: parse once (cheerio/slim, htmlparser2), read metadata from the
 * untouched page, extract the article blocks, and lay them out as `Cleaned` text with offsets.
 */
import { load } from 'cheerio/slim';
import type { CheerioAPI } from 'cheerio/slim';
import type { Diagnostic, Paragraph, RawInput } from '../../model.js';
import type { Cleaned, PageMetadata } from '../index.js';
import type { Block } from './blocks.js';
import { limitDepth } from './dom.js';
import type { Extraction } from './extract.js';
import { extractArticle } from './extract.js';
import { extractionToMarkdown } from './markdown.js';

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
    const $ = load(html);
    try {
      meta = readMetadata($, input);
    } catch (error) {
      diagnostics.push({ ruleId: 'clean/metadata-error', severity: 'warning', message: `metadata: ${messageOf(error)}` });
    }
    const root = $.root()[0];
    if (root) {
      extraction = extractArticle(root, { title: meta.title, keepCaptions: options.keepCaptions });
      diagnostics.push(...extraction.diagnostics);
    }
  } catch (error) {
    diagnostics.push({ ruleId: 'clean/html-error', severity: 'error', message: `could not extract the article: ${messageOf(error)}` });
  }
  const { text, paragraphs } = layout(extraction ? extraction.blocks : []);
  return { cleaned: { text, paragraphs, meta, diagnostics }, extraction };
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
