/**
 * Golden tests: every fixture story's expected rows (membership and status, not formatting).
 * The stories are invented articles in real sites' formats (fixtures/stories/<story>/).
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { align } from '../src/align/index.js';
import { extract } from '../src/pipeline.js';
import type { AgreementTable, ExtractResult } from '../src/model.js';
import { expectedTable, findRow, rowSources, STORIES, storyDirs } from './helpers/stories.js';

const stories = storyDirs();

describe('fixture stories', () => {
  it('there are at least two stories with expected tables', () => {
    expect(stories.length).toBeGreaterThanOrEqual(2);
  });
});

for (const story of stories) {
  describe(`story ${story}`, () => {
    const expected = expectedTable(story);
    let result: ExtractResult;
    let table: AgreementTable;
    beforeAll(async () => {
      result = await extract([path.join(STORIES, story)]);
      table = align(result.articles);
    });

    it('reads every outlet without errors', () => {
      expect(result.errors).toEqual([]);
      expect(result.articles.length).toBeGreaterThanOrEqual(3);
      for (const a of result.articles) expect(a.source.published, `${a.source.id} has a publication date`).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    });

    for (const exp of expected.rows) {
      const label = `${exp.kind} ${exp.status}: ${Object.values(exp.claims)[0]}`;
      it(label, () => {
        const { row, why } = findRow(table, exp);
        expect(row, why).toBeDefined();
        expect(rowSources(row!)).toEqual(Object.keys(exp.claims).sort());
        expect(row!.status).toBe(exp.status);
        if (exp.via) {
          for (const [copy, original] of Object.entries(exp.via)) {
            expect(row!.claims.find((c) => c.source === copy)?.via, `${copy} repeats ${original}`).toBe(original);
          }
          expect(row!.independentSources).toBe(Object.keys(exp.claims).length - Object.keys(exp.via).length);
        }
      });
    }

    if (expected.absent?.length) {
      it('tags no site furniture', () => {
        for (const a of result.articles) {
          for (const bad of expected.absent!) {
            expect(a.text, `${a.source.id} keeps "${bad}"`).not.toContain(bad);
          }
        }
      });
    }
  });
}
