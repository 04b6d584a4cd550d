/** table-csv: one line per claim (RFC 4180, CRLF), with row id and status repeated per claim. */
import type { TableFormatter } from '../types.js';
import { csvLine } from '../util/csv.js';
import { valueFields } from '../util/values.js';

const HEADER = [
  'row_id', 'kind', 'status', 'label', 'notes', 'source', 'via', 'claim_text', 'low', 'high', 'unit', 'approx',
  'date_start', 'date_end', 'granularity', 'quote_text', 'speaker', 'attribution_source', 'sentence',
];

export const tableCsv: TableFormatter = (table) => {
  let out = csvLine(HEADER);
  for (const row of table.rows) {
    for (const c of row.claims) {
      const v = valueFields(c);
      out += csvLine([
        row.id, row.kind, row.status, row.label, (row.notes ?? []).join('; '), c.source, c.via ?? '', c.text,
        v.low, v.high, v.unit, v.approx, v.dateStart, v.dateEnd, v.granularity, v.quoteText, v.speaker,
        v.attributionSource, c.sentenceText,
      ]);
    }
  }
  return out;
};
