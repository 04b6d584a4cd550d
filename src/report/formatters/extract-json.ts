/** `extract --json`: the ExtractResult itself — the data shape is the contract (docs/schema/). */
import type { ExtractFormatter } from '../types.js';

export const extractJson: ExtractFormatter = (result) => JSON.stringify(result, null, 2) + '\n';
