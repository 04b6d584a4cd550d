/** A diff with one finding of each type, on hand-made articles (paths under a temp dir for line numbers). */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { diff } from '../../src/align/index.js';
import type { DiffResult } from '../../src/model.js';
import { article, qty, quote } from '../align/factory.js';

export function diffFixture(withFiles = false): { result: DiffResult; dir: string } {
  const dir = withFiles ? mkdtempSync(path.join(tmpdir(), 'crosscheck-diff-')) : '/nonexistent';
  const make = (id: string, tanks: number, said: string, more?: { text: string; claim: string }) => {
    const sentences = [
      { text: `The army moved ${tanks} tanks to the northern border near Kessel overnight.`, claims: [{ kind: 'count' as const, text: `${tanks} tanks`, value: qty(tanks, tanks, 'tank') }] },
      { text: `General Ortiz said "${said}"`, claims: [{ kind: 'quote' as const, text: `"${said}"`, value: quote(said, 'General Ortiz') }] },
      { text: 'The defence ministry said 3,000 soldiers took part in the winter exercise.', claims: [{ kind: 'count' as const, text: '3,000 soldiers', value: qty(3000, 3000, 'soldier') }] },
    ];
    if (more) sentences.push({ text: more.text, claims: [{ kind: 'count' as const, text: more.claim, value: qty(14, 14, 'cent') }] });
    const a = article({ id, publisher: id === 'a' ? 'Alpha News' : 'Beta Daily', published: '2024-01-01', path: path.join(dir, `${id}.md`), sentences });
    if (withFiles) {
      // the raw file: a title, front matter, then the sentences wrapped at 40 columns
      const body = a.sentences.map((s) => s.text.replace(/(.{1,40})(\s|$)/g, '$1\n')).join('\n');
      writeFileSync(a.source.path, `---\ntitle: x\n---\n\n# Headline\n\n${body}`);
    }
    return a;
  };
  const a = make('a', 40, 'we are ready for anything that comes across that line.');
  const b = make('b', 60, 'we are prepared for anything that comes across that line.', { text: 'Fuel prices in Kessel rose by 14 cents a litre, traders said.', claim: '14 cents' });
  return { result: diff([a], [b]), dir };
}
