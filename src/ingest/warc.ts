/**
 * WARC and WARC.gz input (web crawls): each HTTP response record of an HTML page becomes one
 * input, with the record's target URI and date as the source's URL and fallback publication date.
 * The file is streamed record by record (warcio), never loaded whole.
 */
import { createReadStream } from 'node:fs';
import type { InputError, RawInput } from '../model.js';
import { fromBytes, InputFailure, type ReadOptions } from './index.js';

export const WARC_EXT = /\.warc(\.gz)?$/i;

/** Content types taken from a crawl; other responses (images, scripts, JSON) are counted, not read. */
const HTML_TYPE = /^\s*(text\/html|application\/xhtml\+xml)/i;

export interface WarcItem {
  raw?: RawInput;
  error?: InputError;
  /** A response that is not an HTML page (reported in the summary, not as an error). */
  skipped?: string;
}

/** A readable id from a URL: host and last path segment ("example.com-huawei-licences"). */
export function idFromUrl(url: string): string {
  try {
    const u = new URL(url);
    const seg = u.pathname.split('/').filter(Boolean).pop() ?? '';
    const slug = seg.replace(/\.(s?html?|php|aspx?)$/i, '').replace(/[^\w.-]+/g, '-').slice(0, 60);
    return [u.hostname.replace(/^www\./, ''), slug].filter(Boolean).join('-');
  } catch {
    return 'record';
  }
}

export async function* readWarc(file: string, options: ReadOptions = {}): AsyncGenerator<WarcItem> {
  const { WARCParser } = await import('warcio');
  let n = 0;
  try {
    const parser = new WARCParser(createReadStream(file));
    for await (const record of parser) {
      n++;
      if (record.warcType !== 'response') continue;
      const url = record.warcTargetURI ?? undefined;
      const where = `${file}#${n}${url ? ` (${url})` : ''}`;
      const type = record.httpHeaders?.headers.get('content-type') ?? '';
      const status = Number(record.httpHeaders?.statusCode ?? 200);
      if (!HTML_TYPE.test(type) || status >= 300) {
        yield { skipped: where };
        continue;
      }
      try {
        const body = Buffer.from(await record.readFully(true));
        const raw = fromBytes(where, idFromUrl(url ?? `record-${n}`), body, options);
        raw.format = 'html';
        const date = record.warcDate?.slice(0, 10);
        raw.hints = { ...(url ? { url } : {}), ...(date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? { published: date } : {}) };
        yield { raw };
      } catch (e) {
        yield { error: { path: where, message: e instanceof InputFailure ? e.message : `bad record: ${(e as Error).message}` } };
      }
    }
  } catch (e) {
    yield { error: { path: file, message: `cannot read WARC after record ${n}: ${(e as Error).message.split('\n')[0]}` } };
  }
}
