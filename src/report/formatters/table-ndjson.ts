/** table-ndjson: one row per line, each self-contained (a seam for group-by tools). */
import type { AgreementTable } from '../../model.js';
import type { TableFormatter } from '../types.js';
import { safeJson } from '../util/json.js';

const line = (table: AgreementTable, row: AgreementTable['rows'][number]) => `${safeJson({ schemaVersion: table.schemaVersion, ...row })}\n`;

/** tableNdjson() in pieces of a thousand lines (the CLI writes each piece as it is made). */
export function* tableNdjsonPieces(table: AgreementTable): Generator<string> {
  for (let i = 0; i < table.rows.length; i += 1000) yield table.rows.slice(i, i + 1000).map((row) => line(table, row)).join('');
}

export const tableNdjson: TableFormatter = (table) => table.rows.map((row) => line(table, row)).join('');
