/** crosscheck as a library: the same functions the CLI wires together. */
export * from './model.js';
export { extract, extractStream, extractText, processInput, type PipelineOptions, type PublishedDates, type ExtractEvent } from './pipeline.js';
export { collect, readInput, fromBytes, decode, sniffFormat } from './ingest/index.js';
export { clean, cleanToMarkdown, type Cleaned, type CleanOptions, type PageMetadata } from './clean/index.js';
export { segment } from './segment/index.js';
export { tag, type TagContext, type Tagger, type Refiner, type ClaimDraft, type TagOptions } from './tag/index.js';
export { align, diff, wordDiff, type AlignOptions } from './align/index.js';
export { extractFormatters, tableFormatters, diffFormatters, type FormatOptions } from './report/index.js';
