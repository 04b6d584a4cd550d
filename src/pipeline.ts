/**
 * The per-article pipeline (ingest → clean → segment → tag) and the run over many inputs.
 * Stages never throw for bad content: problems ride along as diagnostics; only unreadable inputs
 * become InputErrors.
 */
import { clean } from './clean/index.js';
import { collect, uniqueIds, errMessage, type ReadOptions } from './ingest/index.js';
import { WARC_EXT } from './ingest/warc.js';
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
import { capSentences, capText } from './limits.js';
import { articleContext, slimForAlign } from './align/context.js';
import { tag } from './tag/index.js';
import { sourceKeys } from './util/source-keys.js';

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
  /** Compute the article context alignment needs (NDJSON output carries it), in the worker. */
  context?: boolean;
  /** Format each article's NDJSON lines where it was processed (a worker), so the main thread only writes. */
  ndjson?: boolean;
  /** Keep photo captions as `caption` paragraphs (dropped by default). */
  keepCaptions?: boolean;
  /** Worker threads (default 1: the calling thread). */
  jobs?: number;
  /**
   * Return each article in the slim form alignment reads (align/context.ts slimForAlign: source,
   * claims, context, the sentences that hold a claim), made where it was processed (a worker).
   */
  slim?: boolean;
}

export { isIsoDate } from './util/iso-date.js';

function publishedOverride(raw: RawInput, dates?: PublishedDates): string | undefined {
  const by = dates?.bySource;
  if (by) {
    for (const key of sourceKeys(raw)) {
      if (by[key]) return by[key];
    }
  }
  return undefined;
}

/** One decoded input → one Article with sentences and claims. */
export function processInput(raw: RawInput, options: PipelineOptions = {}): Article {
  const cleaned = clean(raw, { raw: options.raw, keepCaptions: options.keepCaptions });
  const source: Source = { id: raw.id, path: raw.path, format: raw.format, ...cleaned.meta };
  const override = publishedOverride(raw, options.published);
  if (override) {
    source.published = override;
    source.provenance = { ...source.provenance, published: 'cli' };
  } else if (!source.published && (raw.hints?.published || options.published?.all)) {
    source.published = raw.hints?.published ?? options.published?.all;
    source.provenance = { ...source.provenance, published: raw.hints?.published ? 'hint' : 'cli' };
  }
  if (!source.url && raw.hints?.url) source.url = raw.hints.url;
  const diagnostics = [...raw.diagnostics, ...cleaned.diagnostics];
  const { text, paragraphs } = capText(cleaned.text, cleaned.paragraphs, diagnostics);
  const sentences = capSentences(text, segment(text, paragraphs), diagnostics);
  const claims = tag({ sourceId: source.id, text, sentences, paragraphs, published: source.published }, { kinds: options.kinds });
  if (!source.published && claims.some((c) => c.value === null && c.kind === 'date')) {
    diagnostics.push({
      ruleId: 'tag/no-publication-date',
      severity: 'warning',
      message: 'no publication date found: relative dates are left unresolved (give one with --published)',
    });
  }
  const article: Article = { source, text, paragraphs, sentences, claims };
  if (diagnostics.length) article.diagnostics = diagnostics;
  if (options.slim) return slimForAlign(article);
  if (options.context && claims.length) article.context = articleContext(article);
  return article;
}

/** `ndjson`: the article's NDJSON lines, formatted in the worker (then `article` holds only source and diagnostics). */
export type ExtractEvent = { type: 'article'; article: Article; ndjson?: string } | { type: 'error'; error: InputError } | { type: 'skipped'; path: string };

/** Fewer inputs than this run in the main thread: starting workers costs more than it saves. */
const MIN_INPUTS_FOR_POOL = 8;
/** Inputs in flight per worker: enough to keep workers busy, few enough to bound memory. */
const IN_FLIGHT_PER_WORKER = 4;

/**
 * Heap limits of each pool worker (docs/scale.md, "Memory"). V8 lets a heap grow further between
 * full collections the higher its limit: under the default (~4 GB on a large machine) a worker's
 * heap grew to ~4× its live data, and `--jobs 2` (three heaps) peaked anywhere from 320 to 445 MB.
 * Under a 1.5 GB old generation it grows by less than 2×, and a 24 MB young generation (8 MB
 * semi-spaces instead of 16) trims the rest: ~260 MB, for ~5% more CPU time. An input that needs
 * more than the limit is processed again in the calling thread (see runInPool), so none is lost.
 * CROSSCHECK_WORKER_HEAP_MB sets the old-generation limit (MB).
 */
export function workerResourceLimits(env: NodeJS.ProcessEnv = process.env): { maxOldGenerationSizeMb: number; maxYoungGenerationSizeMb: number } {
  const mb = Number(env.CROSSCHECK_WORKER_HEAP_MB);
  return { maxOldGenerationSizeMb: Number.isFinite(mb) && mb > 0 ? mb : 1536, maxYoungGenerationSizeMb: 24 };
}

/** A worker that reached its heap limit and was stopped (Node's error code). */
const isWorkerOutOfMemory = (e: unknown): boolean => (e as { code?: unknown } | null)?.code === 'ERR_WORKER_OUT_OF_MEMORY';

type Job = import('./worker.js').Job;
type JobResult = import('./worker.js').JobResult;

/** Expand paths into jobs in a stable order: files as found, WARC files record by record. */
async function* jobsFor(paths: readonly string[], options: PipelineOptions): AsyncGenerator<Job | ExtractEvent> {
  const collected = await collect(paths);
  for (const error of collected.errors) yield { type: 'error', error };
  const ids = uniqueIds(collected.files);
  const used = new Set(ids);
  for (let i = 0; i < collected.files.length; i++) {
    const file = collected.files[i];
    if (!WARC_EXT.test(file)) {
      yield { file, id: ids[i], options };
      continue;
    }
    const { readWarc } = await import('./ingest/warc.js');
    for await (const item of readWarc(file, options)) {
      if (item.error) yield { type: 'error', error: item.error };
      else if (item.skipped) yield { type: 'skipped', path: item.skipped };
      else if (item.raw) {
        let id = item.raw.id;
        for (let n = 2; used.has(id); n++) id = `${item.raw.id}-${n}`;
        used.add(id);
        item.raw.id = id;
        yield { raw: item.raw, options };
      }
    }
  }
}

const isJob = (x: Job | ExtractEvent): x is Job => !('type' in x);
const toEvent = (r: JobResult): ExtractEvent =>
  'article' in r ? { type: 'article', article: r.article, ...(r.ndjson !== undefined ? { ndjson: r.ndjson } : {}) } : { type: 'error', error: r.error };

/** The compiled worker, if this is a build (tests run from source and stay in one thread). */
async function workerFile(): Promise<string | undefined> {
  const { fileURLToPath } = await import('node:url');
  const { existsSync } = await import('node:fs');
  const file = fileURLToPath(new URL('./worker.js', import.meta.url));
  return existsSync(file) ? file : undefined;
}

/**
 * Expand paths and process each input, yielding articles and errors in input order. With
 * `jobs` > 1 inputs run on a worker-thread pool; output order stays the input order.
 */
export async function* extractStream(paths: readonly string[], options: PipelineOptions = {}): AsyncGenerator<ExtractEvent> {
  const { runJob } = await import('./worker.js');
  const jobs = Math.max(1, Math.floor(options.jobs ?? 1));
  const source = jobsFor(paths, { ...options, jobs: undefined });
  // Look ahead to decide whether a pool pays off, without holding more than a few jobs.
  const head: (Job | ExtractEvent)[] = [];
  let pending = 0;
  let exhausted = false;
  while (pending < MIN_INPUTS_FOR_POOL) {
    const next = await source.next();
    if (next.done) {
      exhausted = true;
      break;
    }
    head.push(next.value);
    if (isJob(next.value)) pending++;
  }
  const file = jobs > 1 && !exhausted ? await workerFile() : undefined;
  async function* all(): AsyncGenerator<Job | ExtractEvent> {
    yield* head;
    if (!exhausted) yield* source;
  }
  if (!file) {
    for await (const item of all()) yield isJob(item) ? toEvent(await runJob(item)) : item;
    return;
  }
  const { Piscina } = await import('piscina');
  const pool = new Piscina({ filename: file, maxThreads: jobs, minThreads: jobs, idleTimeout: 1000, resourceLimits: workerResourceLimits() });
  // a worker stopped at its heap limit loses its input: run that one here, under this thread's limit
  const runInPool = (job: Job): Promise<ExtractEvent> =>
    pool.run(job).then(toEvent, async (e: unknown) => (isWorkerOutOfMemory(e) ? toEvent(await runJob(job)) : errorEvent(job, e)));
  const window: Promise<ExtractEvent>[] = [];
  try {
    for await (const item of all()) {
      window.push(isJob(item) ? runInPool(item) : Promise.resolve(item));
      if (window.length >= jobs * IN_FLIGHT_PER_WORKER) yield await window.shift()!;
    }
    while (window.length) yield await window.shift()!;
  } finally {
    await pool.destroy();
  }
}

function errorEvent(job: Job, e: unknown): ExtractEvent {
  const path = 'raw' in job ? job.raw.path : job.file;
  return { type: 'error', error: { path, message: `internal error: ${errMessage(e)}` } };
}

/** Library entry point: every article and every input error of a run. */
export async function extract(paths: readonly string[], options: PipelineOptions = {}): Promise<ExtractResult> {
  const result: ExtractResult = { schemaVersion: SCHEMA_VERSION, articles: [], errors: [] };
  for await (const ev of extractStream(paths, options)) {
    if (ev.type === 'article') result.articles.push(ev.article);
    else if (ev.type === 'error') result.errors.push(ev.error);
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
