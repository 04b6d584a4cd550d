/** table-ndjson: one row per line, each self-contained (a seam for group-by tools). */
import type { TableFormatter } from '../types.js';
import { safeJson } from '../util/json.js';

export const tableNdjson: TableFormatter = (table) =>
  table.rows.map((row) => `${safeJson({ schemaVersion: table.schemaVersion, ...row })}\n`).join('');
