/** Worker-thread entry for the pool: read and process one input, return the article or the error. */
import { errMessage, InputFailure, readInput } from './ingest/index.js';
import type { Article, InputError, RawInput } from './model.js';
import { processInput, type PipelineOptions } from './pipeline.js';

export type Job = { file: string; id: string; options: PipelineOptions } | { raw: RawInput; options: PipelineOptions };
export type JobResult = { article: Article; ndjson?: string } | { error: InputError };

export async function runJob(job: Job): Promise<JobResult> {
  const path = 'raw' in job ? job.raw.path : job.file;
  try {
    const raw = 'raw' in job ? job.raw : await readInput(job.file, job.id, job.options);
    const article = processInput(raw, job.options);
    if (!job.options.ndjson) return { article };
    // stream formats are written here: only a string and the article's header cross back
    const { ndjsonRecords } = await import('./report/formatters/extract-ndjson.js');
    const ndjson = ndjsonRecords(article).map((r) => JSON.stringify(r) + '\n').join('');
    const slim: Article = { source: article.source, text: '', paragraphs: [], sentences: [], claims: [] };
    if (article.diagnostics) slim.diagnostics = article.diagnostics;
    return { article: slim, ndjson };
  } catch (e) {
    return { error: { path, message: e instanceof InputFailure ? e.message : `internal error: ${errMessage(e)}` } };
  }
}

export default runJob;
