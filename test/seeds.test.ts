/**
 * The acceptance checks on the five real seed articles in ../shared/seeds (not part of the
 * project: skipped with a message where that folder is absent).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { align } from '../src/align/index.js';
import { extract } from '../src/pipeline.js';
import type { AgreementTable, ExtractResult, QuoteValue } from '../src/model.js';

const SEEDS = path.resolve(__dirname, '../../shared/seeds');
const have = existsSync(SEEDS);
if (!have) console.warn(`seeds tests skipped: ${SEEDS} is absent (it ships beside the project, not in it)`);

/** Site furniture that must never be a sentence of an article. */
const FURNITURE: RegExp[] = [
  /^Advertisement$/i,
  /Continue reading the main story/i,
  /^Supported by$/i,
  /Skip to (content|site index)/i,
  /Site (Index|Information Navigation)/i,
  /Credit\.\.\./,
  /Getty Images|AFP \||Shutterstock/,
  /Recent Posts/i,
  /\bhours? ago$/i,
  /Only subscribers are eligible/i,
  /reset your password/i,
  /Try our quiz/i,
  /is a leading British tech freelancer/i,
  /^Latest News$/i,
  /^Tom Jowitt$/,
  /©|Terms of Service|Your Ad Choices/i,
  /Social Media Share buttons/i,
];

describe.skipIf(!have)('the seed articles', () => {
  let result: ExtractResult;
  let table: AgreementTable;
  beforeAll(async () => {
    result = await extract([SEEDS]);
    table = align(result.articles);
  });

  it('reads all five', () => {
    expect(result.errors).toEqual([]);
    expect(result.articles).toHaveLength(5);
  });

  it('no sentence is site furniture', () => {
    const bad = result.articles.flatMap((a) => a.sentences.filter((s) => FURNITURE.some((re) => re.test(s.text))).map((s) => `${a.source.id}: ${s.text}`));
    expect(bad).toEqual([]);
  });

  it('keeps the body of every article', () => {
    const must: Record<string, string[]> = {
      '000_eb3b42969c4e1c6a': ['WASHINGTON — The Trump administration plans to soon issue licenses', 'determined that we could lawfully resume'],
      '001_c0627fd75964905a': ['The Trump administration announced Wednesday', 'You can’t cut the local people in the rural communities out of telephones'],
      '002_4ae16d9eb5180565': ['more than 130 applications', 'It\'s unclear if any USA companies have actually received licenses'],
      '003_a20ae7d0decd3887': ['The U.S. government plans to soon issue licenses', 'the chance for a big deal is very low'],
      '004_e50c0ecff3183813': ['The Trump administration is reportedly going to soon', 'Microsoft President Brad Smith said'],
    };
    for (const a of result.articles) for (const m of must[a.source.id] ?? []) expect(a.text, a.source.id).toContain(m);
  });

  it('the Commerce Department "status quo holds" quote is one row agreed by the three outlets that print it', () => {
    const rows = table.rows.filter((r) => r.kind === 'quote' && r.claims.some((c) => /status quo holds/.test((c.value as QuoteValue | null)?.text ?? c.text)));
    expect(rows).toHaveLength(1);
    expect(rows[0].status).toBe('agree');
    expect([...new Set(rows[0].claims.map((c) => c.source))].sort()).toEqual(['000_eb3b42969c4e1c6a', '002_4ae16d9eb5180565', '004_e50c0ecff3183813']);
  });

  it('"more than 130 applications" is one row across the outlets that give it', () => {
    const rows = table.rows.filter((r) => r.kind === 'count' && r.claims.some((c) => /130 applications/.test(c.text)));
    expect(rows).toHaveLength(1);
    const sources = new Set(rows[0].claims.map((c) => c.source));
    expect(sources.has('002_4ae16d9eb5180565')).toBe(true);
    expect(sources.has('004_e50c0ecff3183813')).toBe(true);
    expect(rows[0].status).not.toBe('single');
  });

  it('"mid May" (on the Entity List since) and "May" (placed on the entity list) are one row, given a publication date', async () => {
    const dated = align((await extract([SEEDS], { published: { all: '2019-10-09' } })).articles);
    const row = dated.rows.find((r) => r.kind === 'date' && r.claims.some((c) => c.text === 'mid May'));
    expect(row?.claims.map((c) => `${c.source.slice(0, 3)} ${c.text}`)).toEqual(expect.arrayContaining(['000 May', '004 mid May']));
    expect(row?.status).toBe('agree');
  });

  it('attribution rows whose outlets cite one source for different statements are "cited", not "agree"', () => {
    const huawei = table.rows.find((r) => r.kind === 'attribution' && r.label === 'attribution · Huawei');
    expect(huawei?.claims.length).toBeGreaterThan(1);
    expect(huawei?.status).toBe('cited');
  });
});
