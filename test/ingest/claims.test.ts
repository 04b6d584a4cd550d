/** `table --from-ndjson` input: articles rebuilt from claim records. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { align } from '../../src/align/index.js';
import { readClaimRecords } from '../../src/ingest/claims.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'crosscheck-claims-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A count claim record in sentence `sentence` (no `context`: a hand-made record). */
const record = (source: string, sentence: number, text: string, value: number) => {
  const sentenceText = `The Port Authority said ${text} crossed the Merrow Bridge on Monday.`;
  const sentenceStart = sentence * 100;
  const start = sentenceStart + sentenceText.indexOf(text);
  return JSON.stringify({
    schemaVersion: '2.0.0',
    source,
    path: `${source}.txt`,
    format: 'text',
    publisher: source,
    id: `${source}:count:${start}`,
    kind: 'count',
    text,
    span: { start, end: start + text.length },
    sentence,
    value: { low: value, high: value, unit: 'vehicle', approx: 'exact' },
    subject: ['vehicle', 'bridge'],
    sentenceText,
    sentenceStart,
  });
};

describe('readClaimRecords', () => {
  it('keeps only the sentences the claims cite, at their index (no filler sentences)', async () => {
    const file = path.join(dir, 'a.ndjson');
    writeFileSync(file, `${record('alpha', 40, '38,000 vehicles', 38000)}\n${record('beta', 3, '28,000 vehicles', 28000)}\n`);
    const { articles, errors } = await readClaimRecords([file]);
    expect(errors).toEqual([]);
    const alpha = articles.find((a) => a.source.id === 'alpha')!;
    expect(Object.keys(alpha.sentences)).toEqual(['40']);
    expect(alpha.sentences.length).toBe(41);
    expect(alpha.sentences[40].text).toContain('38,000 vehicles');
    expect(alpha.context?.names).toContain('merrow');
  });

  it('records without a context still align into one row', async () => {
    const file = path.join(dir, 'b.ndjson');
    writeFileSync(file, `${record('alpha', 40, '38,000 vehicles', 38000)}\n${record('beta', 3, '28,000 vehicles', 28000)}\n`);
    const { articles } = await readClaimRecords([file]);
    const rows = align(articles).rows;
    expect(rows).toHaveLength(1);
    expect(rows[0].status).toBe('conflict');
    expect(rows[0].claims.map((c) => c.source)).toEqual(['alpha', 'beta']);
  });
});
