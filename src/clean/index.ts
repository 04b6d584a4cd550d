import type { Diagnostic, Paragraph, RawInput, Source } from '../model.js';
import { cleanHtml, htmlToMarkdown, layout } from './html/index.js';
import { cleanLines } from './lines.js';
import { extractHtmlMetadata } from './metadata.js';

/** Metadata clean finds on the page (the Source fields minus id, path, format). */
export type PageMetadata = Omit<Source, 'id' | 'path' | 'format'>;

export interface Cleaned {
  /**
   * The article text: blocks joined by "\n\n", each block's inner whitespace collapsed to single
   * spaces, except the single line breaks an HTML <br> leaves inside a block (verse, an address).
   */
  text: string;
  /** One entry per block, in order, as offsets into `text`. */
  paragraphs: Paragraph[];
  meta: PageMetadata;
  diagnostics: Diagnostic[];
}

export interface CleanOptions {
  /** Skip boilerplate removal: `text` is the input exactly (used by `--raw`). */
  raw?: boolean;
  /** Keep figure captions in HTML pages (dropped by default: they describe photos, not events). */
  keepCaptions?: boolean;
}

/** A blank line (possibly with spaces) between blocks of plain text. */
const BLANK_LINE_RE = /\n[ \t\r\f\v]*\n\s*/g;

/** Boilerplate removal and metadata for one input. Never throws; problems become diagnostics. */
export function clean(input: RawInput, options: CleanOptions = {}): Cleaned {
  if (options.raw) return rawCleaned(input.text);
  if (input.format === 'html') return cleanHtml(input, extractHtmlMetadata, { keepCaptions: options.keepCaptions }).cleaned;
  try {
    return cleanLines(input, { keepCaptions: options.keepCaptions });
  } catch (error) {
    const cleaned = cleanPlain(input);
    cleaned.diagnostics.push({ ruleId: 'clean/lines-error', severity: 'error', message: `line cleaner failed: ${error instanceof Error ? error.message : String(error)}` });
    return cleaned;
  }
}

/** The article as markdown: turndown on the kept HTML; for text and markdown, the cleaned text. */
export function cleanToMarkdown(input: RawInput): string {
  if (input.format === 'html') return htmlToMarkdown(input, extractHtmlMetadata);
  return clean(input).text;
}

/** `--raw`: the input exactly, with its blank-line-separated blocks as paragraphs. */
function rawCleaned(text: string): Cleaned {
  const paragraphs: Paragraph[] = [];
  let start = 0;
  const push = (from: number, to: number): void => {
    let s = from;
    let e = to;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) paragraphs.push({ start: s, end: e, kind: 'paragraph' });
  };
  BLANK_LINE_RE.lastIndex = 0;
  for (let m = BLANK_LINE_RE.exec(text); m; m = BLANK_LINE_RE.exec(text)) {
    push(start, m.index);
    start = m.index + m[0].length;
  }
  push(start, text.length);
  return { text, paragraphs, meta: {}, diagnostics: [] };
}

/** Fallback for markdown and text inputs: blank-line-separated blocks, whitespace collapsed. */
function cleanPlain(input: RawInput): Cleaned {
  const blocks = input.text.split(BLANK_LINE_RE).map((b) => b.replace(/\s+/g, ' ').trim()).filter(Boolean);
  const { text, paragraphs } = layout(blocks.map((b) => ({ text: b, kind: 'paragraph' as const })));
  return { text, paragraphs, meta: {}, diagnostics: [] };
}
