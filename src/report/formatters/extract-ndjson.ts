/**
 * `extract --ndjson`: one claim per line, each self-contained (source id, path, publication date,
 * publisher and the sentence text), so shards can be grouped and merged without the articles.
 */
import { SCHEMA_VERSION, type Article, type Claim } from '../../model.js';
import type { ExtractFormatter } from '../types.js';

export interface NdjsonClaim extends Claim {
  schemaVersion: string;
  source: string;
  path: string;
  format: Article['source']['format'];
  published?: string;
  url?: string;
  publisher?: string;
  title?: string;
  sentenceText: string;
}

export function ndjsonRecords(a: Article): NdjsonClaim[] {
  return a.claims.map((c) => {
    const rec: NdjsonClaim = {
      schemaVersion: SCHEMA_VERSION,
      source: a.source.id,
      path: a.source.path,
      format: a.source.format,
      ...(a.source.url ? { url: a.source.url } : {}),
      ...(a.source.published ? { published: a.source.published } : {}),
      ...(a.source.publisher ? { publisher: a.source.publisher } : {}),
      ...(a.source.title ? { title: a.source.title } : {}),
      ...c,
      sentenceText: a.sentences[c.sentence]?.text ?? '',
    };
    return rec;
  });
}

/** JSON.stringify escapes U+2028/2029 as of ES2019, so every record is exactly one line. */
export const extractNdjson: ExtractFormatter = (result) =>
  result.articles
    .flatMap(ndjsonRecords)
    .map((r) => JSON.stringify(r) + '\n')
    .join('');
