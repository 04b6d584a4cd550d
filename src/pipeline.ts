/**
 * The per-article pipeline (ingest → clean → segment → tag) and the run over many inputs.
 * Stages never throw for bad content: problems ride along as diagnostics; only unreadable inputs
 * become InputErrors.
 */
import path from 'node:path';
import { clean } from './clean/index.js';
import { collect, InputFailure, readInput, uniqueIds, errMessage, type ReadOptions } from './ingest/index.js';
import {
  SCHEMA_VERSION,
  type Article,
  type ClaimKind,
  type ExtractResult,
  type InputError,
  type RawInput,
  type Source,
} from './model.js';
import { segment } from './segment/index.js';
import { tag } from './tag/index.js';

export interface PublishedDates {
  /** Date for every input that names none (a bare `--published YYYY-MM-DD`). */
  all?: string;
  /** By source id, file name or path (`--published SOURCE=YYYY-MM-DD`). */
  bySource?: Record<string, string>;
}

export interface PipelineOptions extends ReadOptions {
  /** Treat inputs as clean text: no boilerplate removal, Article.text is the input exactly. */
  raw?: boolean;
  /** Keep only claims of these kinds. */
  kinds?: readonly ClaimKind[];
  published?: PublishedDates;
}

export { isIsoDate } from './util/iso-date.js';

function publishedOverride(raw: RawInput, dates?: PublishedDates): string | undefined {
  const by = dates?.bySource;
  if (by) {
    for (const key of [raw.id, raw.path, path.basename(raw.path), path.resolve(raw.path)]) {
      if (by[key]) return by[key];
    }
  }
  return undefined;
}

/** One decoded input → one Article with sentences and claims. */
export function processInput(raw: RawInput, options: PipelineOptions = {}): Article {
  const cleaned = clean(raw, { raw: options.raw });
  const source: Source = { id: raw.id, path: raw.path, format: raw.format, ...cleaned.meta };
  const override = publishedOverride(raw, options.published);
  if (override) {
    source.published = override;
    source.provenance = { ...source.provenance, published: 'cli' };
  } else if (!source.published && (raw.hints?.published || options.published?.all)) {
    source.published = raw.hints?.published ?? options.published?.all;
    source.provenance = { ...source.provenance, published: raw.hints?.published ? 'container' : 'cli' };
  }
  if (!source.url && raw.hints?.url) source.url = raw.hints.url;
  const sentences = segment(cleaned.text, cleaned.paragraphs);
  const claims = tag(
    { sourceId: source.id, text: cleaned.text, sentences, paragraphs: cleaned.paragraphs, published: source.published },
    { kinds: options.kinds },
  );
  const diagnostics = [...raw.diagnostics, ...cleaned.diagnostics];
  if (!source.published && claims.some((c) => c.value === null && c.kind === 'date')) {
    diagnostics.push({
      ruleId: 'tag/no-publication-date',
      severity: 'warning',
      message: 'no publication date found: relative dates are left unresolved (give one with --published)',
    });
  }
  const article: Article = { source, text: cleaned.text, paragraphs: cleaned.paragraphs, sentences, claims };
  if (diagnostics.length) article.diagnostics = diagnostics;
  return article;
}

export type ExtractEvent = { type: 'article'; article: Article } | { type: 'error'; error: InputError };

/** Expand paths and process each input in order, yielding articles and errors as they come. */
export async function* extractStream(paths: readonly string[], options: PipelineOptions = {}): AsyncGenerator<ExtractEvent> {
  const collected = await collect(paths);
  for (const error of collected.errors) yield { type: 'error', error };
  const ids = uniqueIds(collected.files);
  for (let i = 0; i < collected.files.length; i++) {
    const file = collected.files[i];
    try {
      const raw = await readInput(file, ids[i], options);
      yield { type: 'article', article: processInput(raw, options) };
    } catch (e) {
      const message = e instanceof InputFailure ? e.message : `internal error: ${errMessage(e)}`;
      yield { type: 'error', error: { path: file, message } };
    }
  }
}

/** Library entry point: every article and every input error of a run. */
export async function extract(paths: readonly string[], options: PipelineOptions = {}): Promise<ExtractResult> {
  const result: ExtractResult = { schemaVersion: SCHEMA_VERSION, articles: [], errors: [] };
  for await (const ev of extractStream(paths, options)) {
    if (ev.type === 'article') result.articles.push(ev.article);
    else result.errors.push(ev.error);
  }
  return result;
}

/** Process a string as if it were a file (for library users and tests). */
export function extractText(text: string, init: Partial<RawInput> & { id?: string } = {}, options: PipelineOptions = {}): Article {
  const raw: RawInput = {
    id: init.id ?? 'text',
    path: init.path ?? init.id ?? 'text',
    format: init.format ?? 'text',
    text,
    bytes: Buffer.byteLength(text),
    diagnostics: [],
    ...(init.hints ? { hints: init.hints } : {}),
  };
  return processInput(raw, options);
}
