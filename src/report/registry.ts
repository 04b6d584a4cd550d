import type { DiffFormatter, ExtractFormatter, TableFormatter } from './types.js';
import { extractJson } from './formatters/extract-json.js';
import { extractNdjson } from './formatters/extract-ndjson.js';
import { extractTerminal } from './formatters/extract-terminal.js';

/** Output formats by name; `--help` and docs/ list what these hold. */
export const extractFormatters: Record<string, ExtractFormatter> = {
  terminal: extractTerminal,
  json: extractJson,
  ndjson: extractNdjson,
};
export const tableFormatters: Record<string, TableFormatter> = {};
export const diffFormatters: Record<string, DiffFormatter> = {};
