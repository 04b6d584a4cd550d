import { it } from 'vitest';
import { cleanLines, explainLines } from '../../src/clean/lines.js';
it('adhoc', () => {
  const t = process.env.T!.replace(/\\n/g, '\n');
  const input = { id: 'x', path: 'x', format: 'text' as const, text: t, bytes: t.length, diagnostics: [] };
  console.log(JSON.stringify(cleanLines(input), null, 1));
  console.log(explainLines(input));
});
