import path from 'node:path';
import { it } from 'vitest';
import { dateTagger } from '../../src/tag/taggers/date.js';
import { readGold, score } from './time-eval.js';
it('eval', () => {
  const s = score(dateTagger, readGold(path.resolve('' + (process.env.GOLD_D ?? '/work/main/fixtures/eval/tags/dates.jsonl') + '')));
  console.log(JSON.stringify({ ...s, misses: undefined }), '\n' + s.misses.join('\n'));
});
