/** slimForAlign(): `table` and `diff` keep only what alignment reads, and the table stays the same. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { align, diff, slimForAlign } from '../../src/align/index.js';
import { extract } from '../../src/pipeline.js';
import { STORIES, storyDirs } from '../helpers/stories.js';

describe('slimForAlign', () => {
  it('keeps the claims and only the sentences that hold one', async () => {
    const { articles } = await extract([path.join(STORIES, 'harbor-bridge')]);
    expect(articles.length).toBeGreaterThan(1);
    let held = 0;
    let all = 0;
    for (const a of articles) {
      const s = slimForAlign(a);
      expect(s.text).toBe('');
      expect(s.paragraphs).toEqual([]);
      expect(s.claims).toBe(a.claims);
      expect(s.source).toBe(a.source);
      expect(s.context?.names.length).toBeGreaterThan(0);
      const holding = new Set(a.claims.map((c) => c.sentence));
      const kept = Object.keys(s.sentences).map(Number);
      expect(kept.sort((x, y) => x - y)).toEqual([...holding].sort((x, y) => x - y));
      for (const i of kept) expect(s.sentences[i]).toEqual(a.sentences[i]);
      held += holding.size;
      all += a.sentences.length;
    }
    expect(held).toBeLessThan(all); // sentences that hold no claim are dropped
  });

  it.each(storyDirs())('gives the same table and diff as full articles: %s', async (story) => {
    const { articles } = await extract([path.join(STORIES, story)]);
    const slim = articles.map(slimForAlign);
    expect(align(slim)).toEqual(align(articles));
    const half = Math.ceil(articles.length / 2);
    expect(diff(slim.slice(0, half), slim.slice(half))).toEqual(diff(articles.slice(0, half), articles.slice(half)));
  });

  it('is what the pipeline returns with the slim option', async () => {
    const dir = path.join(STORIES, 'wire-rewrite');
    const full = await extract([dir]);
    const slim = await extract([dir], { slim: true });
    expect(slim.articles).toEqual(full.articles.map(slimForAlign));
  });
});
