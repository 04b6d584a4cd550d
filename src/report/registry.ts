import type { DiffFormatter, ExtractFormatter, TableFormatter } from './types.js';

/** Output formats by name; `--help` and docs/ list what these hold. */
export const extractFormatters: Record<string, ExtractFormatter> = {};
export const tableFormatters: Record<string, TableFormatter> = {};
export const diffFormatters: Record<string, DiffFormatter> = {};
