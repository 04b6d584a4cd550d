import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';
import { idFromUrl } from '../../src/ingest/warc.js';

/** One WARC record, written by hand from the WARC/1.0 format (so the test does not trust the reader's writer). */
function record(type: string, uri: string, date: string, httpBlock: string): Buffer {
  const body = Buffer.from(httpBlock.replace(/\n/g, '\r\n').replace(/\r\n\r\n([\s\S]*)$/, (_m, rest: string) => `\r\n\r\n${rest.replace(/\r\n/g, '\n')}`));
  const head = [
    'WARC/1.0',
    `WARC-Type: ${type}`,
    `WARC-Target-URI: ${uri}`,
    `WARC-Date: ${date}`,
    `WARC-Record-ID: <urn:uuid:${Math.random().toString(16).slice(2)}>`,
    'Content-Type: application/http; msgtype=response',
    `Content-Length: ${body.length}`,
  ].join('\r\n');
  return Buffer.concat([Buffer.from(head + '\r\n\r\n'), body, Buffer.from('\r\n\r\n')]);
}

const page = (title: string, body: string) =>
  `HTTP/1.1 200 OK\nContent-Type: text/html; charset=utf-8\n\n<html><head><title>${title}</title></head><body><article><h1>${title}</h1><p>${body}</p></article></body></html>`;

describe('WARC input', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'crosscheck-warc-'));
    const records = [
      record('warcinfo', 'urn:x', '2019-10-09T10:00:00Z', 'software: test'),
      record('response', 'https://www.harbor-times.example/news/bridge-closure.html', '2019-10-09T10:00:00Z', page('Bridge closes', 'The authority said on Tuesday that more than 130 inspections had been done.')),
      record('response', 'https://cdn.example/logo.png', '2019-10-09T10:00:01Z', 'HTTP/1.1 200 OK\nContent-Type: image/png\n\n\u0089PNG'),
      record('response', 'https://valley-ledger.example/2019/10/10/bridge', '2019-10-10T08:00:00Z', page('Bridge shut', 'Officials said on Wednesday that over a hundred inspections were done.')),
    ];
    writeFileSync(path.join(dir, 'crawl.warc'), Buffer.concat(records));
    // WARC.gz: one gzip member per record, as crawlers write them
    writeFileSync(path.join(dir, 'crawl2.warc.gz'), Buffer.concat(records.map((r) => gzipSync(r))));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each(['crawl.warc', 'crawl2.warc.gz'])('%s: each HTML response is an article with the record URL and date', async (name) => {
    const r = await extract([path.join(dir, name)]);
    expect(r.errors).toEqual([]);
    expect(r.articles.map((a) => a.source.id)).toEqual(['harbor-times.example-bridge-closure', 'valley-ledger.example-bridge']);
    const [a, b] = r.articles;
    expect(a.source.url).toBe('https://www.harbor-times.example/news/bridge-closure.html');
    expect(a.source.published).toBe('2019-10-09');
    expect(a.source.provenance?.published).toBe('hint');
    expect(b.source.published).toBe('2019-10-10');
    expect(a.text).toContain('more than 130 inspections');
    expect(a.source.path).toMatch(/crawl2?\.warc(\.gz)?#2 \(https:\/\/www\.harbor-times/);
  });

  it('ids from URLs are readable', () => {
    expect(idFromUrl('https://www.example.com/2019/10/09/us/politics/huawei-trump.html')).toBe('example.com-huawei-trump');
    expect(idFromUrl('not a url')).toBe('record');
  });
});
