import type { DiffFormatter, ExtractFormatter, TableFormatter } from './types.js';
import { extractJson } from './formatters/extract-json.js';
import { extractNdjson } from './formatters/extract-ndjson.js';
import { extractTerminal } from './formatters/extract-terminal.js';
import { tableTerminal } from './formatters/table-terminal.js';
import { tableJson } from './formatters/table-json.js';
import { tableNdjson } from './formatters/table-ndjson.js';
import { tableCsv } from './formatters/table-csv.js';
import { tableMarkdown } from './formatters/table-markdown.js';
import { tableHtml } from './formatters/table-html.js';
import { diffTerminal } from './formatters/diff-terminal.js';
import { diffJson } from './formatters/diff-json.js';
import { diffMarkdown } from './formatters/diff-markdown.js';
import { diffGithub } from './formatters/diff-github.js';

/** Output formats by name; `--help` and docs/ list what these hold. */
export const extractFormatters: Record<string, ExtractFormatter> = {
  terminal: extractTerminal,
  json: extractJson,
  ndjson: extractNdjson,
};
export const tableFormatters: Record<string, TableFormatter> = {
  terminal: tableTerminal,
  json: tableJson,
  ndjson: tableNdjson,
  csv: tableCsv,
  markdown: tableMarkdown,
  html: tableHtml,
};
export const diffFormatters: Record<string, DiffFormatter> = {
  terminal: diffTerminal,
  json: diffJson,
  markdown: diffMarkdown,
  github: diffGithub,
};
