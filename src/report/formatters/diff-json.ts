/** diff-json: the DiffResult itself. */
import type { DiffFormatter } from '../types.js';
import { safeJson } from '../util/json.js';

export const diffJson: DiffFormatter = (result) => `${safeJson(result, 2)}\n`;
