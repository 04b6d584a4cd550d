/** table-json: the AgreementTable itself (the data shape is the contract). */
import type { AgreementTable } from '../../model.js';
import type { TableFormatter } from '../types.js';
import { safeJson } from '../util/json.js';

/** Rows per piece of tableJsonPieces(). */
const ROWS_PER_PIECE = 1000;

/** A value as JSON.stringify(…, null, 2) writes it nested `depth` levels deep (its own lines indented). */
const nested = (value: unknown, depth: number): string => safeJson(value, 2).replace(/\n/g, `\n${'  '.repeat(depth)}`);

/**
 * tableJson() in pieces, rows a thousand at a time: the same text once joined, without ever holding
 * the JSON of a whole large table in one string (the CLI writes each piece as it is made).
 */
export function* tableJsonPieces(table: AgreementTable): Generator<string> {
  const entries = Object.entries(table).filter(([, v]) => v !== undefined && typeof v !== 'function' && typeof v !== 'symbol');
  if (!entries.length) {
    yield '{}\n';
    return;
  }
  yield '{\n';
  for (let k = 0; k < entries.length; k++) {
    const [key, value] = entries[k];
    const head = `  ${safeJson(key)}: `;
    const end = k < entries.length - 1 ? ',\n' : '\n';
    if (key !== 'rows' || !Array.isArray(value) || value.length === 0) {
      yield `${head}${nested(value, 1)}${end}`;
      continue;
    }
    let piece = `${head}[\n`;
    for (let i = 0; i < value.length; i++) {
      piece += `    ${nested(value[i], 2)}${i < value.length - 1 ? ',\n' : '\n'}`;
      if ((i + 1) % ROWS_PER_PIECE === 0) {
        yield piece;
        piece = '';
      }
    }
    yield `${piece}  ]${end}`;
  }
  yield '}\n';
}

export const tableJson: TableFormatter = (table) => `${safeJson(table, 2)}\n`;
