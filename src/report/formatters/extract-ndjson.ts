/**
 * `extract --ndjson`: one claim per line, each self-contained (source id, path, publication date,
 * publisher, the sentence and the alignment's blocking key), so shards can be grouped and merged
 * without the articles. The first record of each article also carries the article's context.
 */
import { SCHEMA_VERSION, type Article, type ArticleContext, type Claim } from '../../model.js';
import { articleContext, blockingKey } from '../../align/index.js';
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
  /** Offset of the sentence in the article text (claim offsets minus this = offsets in the sentence). */
  sentenceStart: number;
  blockingKey: string;
  /** On the first record of each article only: what alignment needs from the whole article. */
  context?: ArticleContext;
}

export function ndjsonRecords(a: Article): NdjsonClaim[] {
  const context = a.claims.length ? articleContext(a) : undefined;
  return a.claims.map((c, i) => {
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
      sentenceStart: a.sentences[c.sentence]?.start ?? 0,
      blockingKey: blockingKey(c),
      ...(i === 0 && context ? { context } : {}),
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
