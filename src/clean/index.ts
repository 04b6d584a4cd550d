import type { Diagnostic, Paragraph, RawInput, Source } from '../model.js';

/** Metadata clean finds on the page (the Source fields minus id, path, format). */
export type PageMetadata = Omit<Source, 'id' | 'path' | 'format'>;

export interface Cleaned {
  /** The article text: blocks joined by "\n\n", each block's inner whitespace collapsed to single spaces. */
  text: string;
  /** One entry per block, in order, as offsets into `text`. */
  paragraphs: Paragraph[];
  meta: PageMetadata;
  diagnostics: Diagnostic[];
}

export interface CleanOptions {
  /** Skip boilerplate removal: `text` is the input exactly (used by `--raw`). */
  raw?: boolean;
}

/** Boilerplate removal and metadata for one input (placeholder until the clean stage lands). */
export function clean(input: RawInput, options: CleanOptions = {}): Cleaned {
  const text = input.text;
  void options;
  return { text, paragraphs: text ? [{ start: 0, end: text.length, kind: 'paragraph' }] : [], meta: {}, diagnostics: [] };
}

/** The article as markdown (turndown on the kept HTML). */
export function cleanToMarkdown(input: RawInput): string {
  return clean(input).text;
}
