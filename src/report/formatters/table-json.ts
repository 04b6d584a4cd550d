/** table-json: the AgreementTable itself (the data shape is the contract). */
import type { TableFormatter } from '../types.js';
import { safeJson } from '../util/json.js';

export const tableJson: TableFormatter = (table) => `${safeJson(table, 2)}\n`;
