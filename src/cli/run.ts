/** Helpers the commands share: run the pipeline, report input errors, pick a formatter. */
import type { Io } from './io.js';
import { write } from './io.js';
import type { PipelineOptions } from '../pipeline.js';
import type { Article, InputError } from '../model.js';
import { safeLine } from '../report/sanitize.js';
import { collect } from '../ingest/index.js';
import { progress } from './progress.js';
import { sourceKeys } from '../util/source-keys.js';

export interface RunState {
  errors: InputError[];
  quiet: boolean;
}

/** One line per failed input on stderr: `crosscheck: PATH: reason`. */
export async function reportError(io: Io, e: InputError): Promise<void> {
  await write(io.stderr, `crosscheck: ${safeLine(e.path)}: ${safeLine(e.message)}\n`);
}

/** Tell (on stderr) which folder files were passed over, so nothing is dropped silently. */
async function reportSkipped(io: Io, skipped: readonly string[], quiet: boolean): Promise<void> {
  if (quiet || !skipped.length) return;
  const names = skipped.slice(0, 5).map(safeLine).join(', ');
  const more = skipped.length > 5 ? ` and ${skipped.length - 5} more` : '';
  await write(io.stderr, `crosscheck: note: skipped ${skipped.length} file(s) or records that are not articles: ${names}${more} (name a file to read it anyway)\n`);
}

/** Run the pipeline over paths, calling onArticle for each article in input order. */
export async function runPipeline(
  io: Io,
  paths: readonly string[],
  options: PipelineOptions,
  state: RunState,
  onArticle: (a: Article, ndjson?: string) => Promise<void> | void,
): Promise<void> {
  const collected = await collect(paths);
  const skipped = [...collected.skipped];
  const bar = progress(io, collected.files.length, state.quiet);
  const { extractStream } = await import('../pipeline.js');
  // --published SOURCE=DATE keys that no input answers to are reported, not ignored
  const unmatched = new Set(Object.keys(options.published?.bySource ?? {}));
  try {
    for await (const ev of extractStream(paths, options)) {
      if (ev.type === 'skipped') {
        skipped.push(ev.path);
        continue;
      }
      bar.tick();
      if (ev.type === 'article') {
        if (unmatched.size) {
          const src = ev.article.source;
          for (const key of sourceKeys(src)) unmatched.delete(key);
        }
        await onArticle(ev.article, ev.ndjson);
        if (!state.quiet) {
          for (const d of ev.article.diagnostics ?? []) {
            if (d.severity === 'warning' || d.severity === 'error') {
              await write(io.stderr, `crosscheck: ${safeLine(ev.article.source.path)}: ${d.severity}: ${safeLine(d.message)}\n`);
            }
          }
        }
      } else {
        state.errors.push(ev.error);
        await reportError(io, ev.error);
      }
    }
  } finally {
    bar.done();
  }
  await reportSkipped(io, skipped, state.quiet);
  for (const key of unmatched) {
    await write(io.stderr, `crosscheck: warning: --published ${safeLine(key)}=…: no input has this id, file name or path (ids are file names without their extension)\n`);
  }
}

/**
 * Load articles for table/diff: saved `extract --json` files are read as they are. With
 * `options.slim`, every article is kept only in the form alignment reads (slimForAlign).
 */
export async function loadArticles(io: Io, paths: readonly string[], options: PipelineOptions, state: RunState): Promise<Article[]> {
  const { promises: fs } = await import('node:fs');
  const articles: Article[] = [];
  const rest: string[] = [];
  for (const p of paths) {
    if (/\.json$/i.test(p)) {
      try {
        const data = JSON.parse(await fs.readFile(p, 'utf8')) as { schemaVersion?: string; articles?: Article[] };
        if (!data || typeof data !== 'object' || !Array.isArray(data.articles) || !data.schemaVersion) {
          throw new Error('not the output of `crosscheck extract --json` (no schemaVersion/articles)');
        }
        if (options.slim) {
          const { slimForAlign } = await import('../align/context.js');
          for (const a of data.articles) articles.push(slimForAlign(a));
        } else articles.push(...data.articles);
      } catch (e) {
        const err = { path: p, message: `cannot read saved extract: ${(e as Error).message.split('\n')[0]}` };
        state.errors.push(err);
        await reportError(io, err);
      }
    } else rest.push(p);
  }
  if (rest.length) await runPipeline(io, rest, options, state, (a) => void articles.push(a));
  return articles;
}
