/**
 * The names of the registered formats, importable without loading the formatters (so
 * `crosscheck --help` starts fast). A test checks that they match registry.ts.
 */
export const EXTRACT_FORMATS = ['terminal', 'json', 'ndjson'] as const;
export const TABLE_FORMATS = ['terminal', 'json', 'ndjson', 'csv', 'markdown', 'html'] as const;
export const DIFF_FORMATS = ['terminal', 'json', 'markdown', 'github'] as const;
