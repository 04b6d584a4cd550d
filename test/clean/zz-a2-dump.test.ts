import { it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { explainLines, cleanLines } from '../../src/clean/lines.js';
it('dump', () => {
  const dir = '/work/shared/seeds/';
  for (const f of readdirSync(dir).filter((f) => f.startsWith(process.env.SEED ?? '0'))) {
    const text = readFileSync(dir + f, 'utf8');
    const input = { id: f, path: f, format: 'markdown' as const, text, bytes: text.length, diagnostics: [] };
    console.log('#####', f, JSON.stringify(cleanLines(input).meta));
    for (const x of explainLines(input)) console.log(x.verdict.padEnd(28), JSON.stringify(x.text.slice(0, 100)));
  }
});
