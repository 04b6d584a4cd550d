import path from 'node:path';
import { it } from 'vitest';
import { durationTagger } from '../../src/tag/taggers/duration.js';
import { readGold, score } from './time-eval.js';
it('eval', () => {
  const s = score(durationTagger, readGold(path.resolve('' + (process.env.GOLD_U ?? '/work/main/fixtures/eval/tags/durations.jsonl') + '')));
  console.log(JSON.stringify({ ...s, misses: undefined }), '\n' + s.misses.join('\n'));
});
