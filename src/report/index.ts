export type { DiffFormatter, ExtractFormatter, FormatOptions, Formatter, TableFormatter } from './types.js';
export { extractFormatters, tableFormatters, diffFormatters } from './registry.js';
