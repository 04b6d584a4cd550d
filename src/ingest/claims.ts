/**
 * Read back `extract --ndjson` output (the map step's shards) as articles for alignment. Each
 * record carries its source's metadata and its sentence, which is all alignment needs, so
 * `table --from-ndjson` over merged shards gives the table a single process gives.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Article, ArticleContext, Claim, InputError, Sentence, Source } from '../model.js';
import { articleContext } from '../align/context.js';

/** The fields of one NDJSON record that are not the claim itself. */
const RECORD_FIELDS = ['schemaVersion', 'source', 'path', 'format', 'published', 'publisher', 'title', 'url', 'sentenceText', 'sentenceStart', 'blockingKey', 'context'] as const;

interface Record_ extends Claim {
  schemaVersion: string;
  source: string;
  path: string;
  format?: Source['format'];
  published?: string;
  publisher?: string;
  title?: string;
  url?: string;
  sentenceText: string;
  sentenceStart?: number;
  context?: ArticleContext;
}

export interface ClaimsResult {
  articles: Article[];
  errors: InputError[];
}

/**
 * Articles rebuilt from claim records: text is empty, sentences hold only those the claims cite (at
 * their index; the other places are holes), context comes from each article's first record.
 */
export async function readClaimRecords(files: readonly string[]): Promise<ClaimsResult> {
  const bySource = new Map<string, { source: Source; claims: Claim[]; sentences: Map<number, Sentence>; context?: ArticleContext }>();
  const errors: InputError[] = [];
  for (const file of files) {
    const input = file === '-' ? process.stdin : createReadStream(file);
    let n = 0;
    try {
      for await (const line of createInterface({ input, crlfDelay: Infinity })) {
        n++;
        if (!line.trim()) continue;
        let rec: Record_;
        try {
          rec = JSON.parse(line) as Record_;
        } catch {
          errors.push({ path: `${file}:${n}`, message: 'not a JSON line' });
          continue;
        }
        if (typeof rec !== 'object' || !rec || typeof rec.source !== 'string' || typeof rec.kind !== 'string' || !rec.span) {
          errors.push({ path: `${file}:${n}`, message: 'not a crosscheck claim record (needs source, kind, span)' });
          continue;
        }
        let entry = bySource.get(rec.source);
        if (!entry) {
          const source: Source = { id: rec.source, path: rec.path ?? rec.source, format: rec.format ?? 'text' };
          if (rec.title) source.title = rec.title;
          if (rec.publisher) source.publisher = rec.publisher;
          if (rec.published) source.published = rec.published;
          if (rec.url) source.url = rec.url;
          entry = { source, claims: [], sentences: new Map() };
          bySource.set(rec.source, entry);
        }
        const claim = { ...rec } as Partial<Record_>;
        for (const f of RECORD_FIELDS) delete (claim as Record<string, unknown>)[f];
        entry.claims.push(claim as Claim);
        const text = rec.sentenceText ?? '';
        const start = rec.sentenceStart ?? 0;
        entry.sentences.set(rec.sentence, { index: rec.sentence, start, end: start + text.length, text });
        if (rec.context && !entry.context) entry.context = rec.context;
      }
    } catch (e) {
      errors.push({ path: file, message: (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or folder' : (e as Error).message.split('\n')[0] });
    }
  }
  const articles = [...bySource.values()].map(({ source, claims, sentences, context }) => {
    // the sentences the claims cite, at their index; the others are holes, as in slimForAlign()
    const list: Sentence[] = [];
    for (const [i, s] of sentences) list[i] = s;
    claims.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end || a.kind.localeCompare(b.kind));
    const article: Article = { source, text: '', paragraphs: [], sentences: list, claims };
    // records without a context (hand-made ones): read it from the sentences the records carry
    article.context = context ?? articleContext({ ...article, sentences: list.filter(Boolean) });
    return article;
  });
  return { articles, errors };
}
