/**
 * Metamorphic tests of the whole pipeline on a fixture story: changing one number in one
 * outlet's copy turns exactly that row into a conflict; shuffling the input order or renaming the
 * files does not change the table.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { align } from '../src/align/index.js';
import type { AgreementTable } from '../src/model.js';
import { extract } from '../src/pipeline.js';
import { STORIES } from './helpers/stories.js';

const STORY = path.join(STORIES, 'harbor-bridge');
const OUTLET = 'valley-ledger.md';
const FROM = '$4.2 million';
const TO = '$9.7 million'; // same length: every other offset and claim id stays the same

async function tableOf(files: string[]): Promise<AgreementTable> {
  const r = await extract(files);
  expect(r.errors).toEqual([]);
  return align(r.articles);
}

/** Each row as "kind | sorted claim ids" → status, with ids mapped through `rename`. */
function rowMap(t: AgreementTable, rename: (id: string) => string = (x) => x): Map<string, string> {
  const m = new Map<string, string>();
  for (const r of t.rows) {
    const ids = r.claims.map((c) => `${rename(c.source)}:${c.kind}:${c.span.start}`).sort();
    m.set(`${r.kind} | ${ids.join(' ')}`, r.status);
  }
  return m;
}

describe('metamorphic properties of the table', () => {
  let dir: string;
  let files: string[];
  let base: AgreementTable;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'crosscheck-meta-'));
    cpSync(STORY, dir, { recursive: true });
    files = readdirSync(dir).filter((f) => !/^(README|expected)/i.test(f)).sort().map((f) => path.join(dir, f));
    base = await tableOf(files);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('the story has the number the test changes, in an agreeing row', () => {
    const row = base.rows.find((r) => r.kind === 'money' && r.claims.some((c) => c.source === 'valley-ledger' && c.text.includes(FROM)));
    expect(row?.status).toBe('agree');
  });

  it('changing one number in one outlet turns exactly that row into a conflict', async () => {
    const f = path.join(dir, OUTLET);
    const original = readFileSync(f, 'utf8');
    expect(original.split(FROM).length - 1).toBe(1);
    writeFileSync(f, original.replace(FROM, TO));
    try {
      const changed = rowMap(await tableOf(files));
      const before = rowMap(base);
      const diffs = [...changed].filter(([k, s]) => before.get(k) !== s);
      expect(diffs).toHaveLength(1);
      expect(diffs[0][1]).toBe('conflict');
      expect(diffs[0][0]).toMatch(/^money \| .*valley-ledger:money/);
      expect([...before].filter(([k]) => !changed.has(k))).toEqual([]);
    } finally {
      writeFileSync(f, original);
    }
  });

  it('shuffling the input order does not change the table', async () => {
    const shuffled = await tableOf([...files].reverse());
    expect(JSON.stringify(shuffled.rows)).toBe(JSON.stringify(base.rows));
    expect(shuffled.sources.map((s) => s.id)).toEqual(base.sources.map((s) => s.id));
  });

  it('renaming the files does not change the table (beyond the ids)', async () => {
    const names = new Map<string, string>();
    const renamed = files.map((f, i) => {
      const to = path.join(dir, `zz-outlet-${String.fromCharCode(97 + ((i * 7) % 26))}${path.extname(f)}`);
      renameSync(f, to);
      names.set(path.basename(to).replace(/\.\w+$/, ''), path.basename(f).replace(/\.\w+$/, ''));
      return to;
    });
    try {
      const t = await tableOf(renamed);
      const publisherKnown = (id: string) => names.get(id) ?? id;
      expect(rowMap(t, publisherKnown)).toEqual(rowMap(base));
    } finally {
      renamed.forEach((to, i) => renameSync(to, files[i]));
    }
  });
});
