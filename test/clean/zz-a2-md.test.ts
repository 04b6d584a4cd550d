import { it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import TurndownService from 'turndown';
import { load } from 'cheerio/slim';
import { cleanLines } from '../../src/clean/lines.js';
const dir = '/work/shared/corpus/readability-test-pages/';
const TOK = /[\p{L}\p{N}]+/gu;
function sh(t: string): Set<string> { const k = t.toLowerCase().match(TOK) ?? []; const s = new Set<string>(); for (let i = 0; i + 4 <= k.length; i++) s.add(k.slice(i, i + 4).join(' ')); return s; }
function pr(g: Set<string>, w: Set<string>) { let b = 0; for (const x of g) if (w.has(x)) b++; return { p: g.size ? b / g.size : 0, r: w.size ? b / w.size : 1 }; }
it('md', () => {
  const td = new TurndownService({ headingStyle: 'atx' });
  td.remove(['script', 'style', 'noscript', 'head'] as any);
  let P = 0, R = 0, P0 = 0, R0 = 0, n = 0;
  const rows: string[] = [];
  for (const d of readdirSync(dir).filter((d) => !process.env.ONLY || d.includes(process.env.ONLY))) {
    let html: string; try { html = readFileSync(dir + d + '/source.html', 'utf8'); } catch { continue; }
    const want = sh(load(readFileSync(dir + d + '/expected.html', 'utf8')).text());
    if (want.size < 50) continue;
    let md: string; try { md = td.turndown(html); } catch { continue; }
    const out = cleanLines({ id: d, path: d, format: 'markdown', text: md, bytes: md.length, diagnostics: [] });
    const a = pr(sh(out.text), want), b = pr(sh(load(html).root().text()), want);
    P += a.p; R += a.r; P0 += b.p; R0 += b.r; n++;
    rows.push(`${d.padEnd(30)} P ${(a.p*100).toFixed(0).padStart(3)} R ${(a.r*100).toFixed(0).padStart(3)}   raw P ${(b.p*100).toFixed(0).padStart(3)} R ${(b.r*100).toFixed(0).padStart(3)}`);
    if (process.env.ONLY) console.log(md.slice(0, 3000), '\n=====\n', out.text.slice(0, 3000));
  }
  console.log(rows.join('\n'));
  console.log(`n=${n} cleanLines P ${(P/n*100).toFixed(1)} R ${(R/n*100).toFixed(1)} | raw P ${(P0/n*100).toFixed(1)} R ${(R0/n*100).toFixed(1)}`);
}, 120000);
