import { it } from 'vitest';
import { scoreCorpus } from '/work/main/test/clean/metadata-corpus.js';
it('eval', () => {
  for (const s of scoreCorpus()) {
    console.log(`${s.field}: exact ${s.exact}/${s.stated} loose ${s.loose}/${s.stated}`);
    if (process.env.SHOW?.split(',').includes(s.field)) console.log(s.misses.join('\n'));
  }
});
