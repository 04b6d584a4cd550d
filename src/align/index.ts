import { SCHEMA_VERSION, type AgreementTable, type Article, type InputError } from '../model.js';

export interface AlignOptions {
  errors?: InputError[];
}

/** Group claims about the same fact across sources (placeholder until the align stage lands). */
export function align(articles: readonly Article[], options: AlignOptions = {}): AgreementTable {
  return { schemaVersion: SCHEMA_VERSION, sources: articles.map((a) => a.source), rows: [], errors: options.errors ?? [] };
}
