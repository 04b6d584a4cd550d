/** Measure extractHtmlMetadata against the Readability test pages (title, published date, ...). */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'cheerio/slim';
import { extractHtmlMetadata } from '../../src/clean/metadata.js';
import { titleKey } from '../../src/clean/meta/title.js';
import type { RawInput } from '../../src/model.js';

export const CORPUS_DIR = path.resolve(__dirname, '../../../shared/corpus/readability-test-pages');

export interface FieldScore {
  field: string;
  stated: number;
  exact: number;
  /** Equal after ignoring case, quotes, spacing (and a leading "By" for bylines). */
  loose: number;
  /** Loose matches plus titles that differ only by a site suffix Readability kept ("How to X | eHow" vs "How to X"). */
  headline: number;
  misses: string[];
}

interface Expected { title?: string | null; byline?: string | null; siteName?: string | null; publishedTime?: string | null; lang?: string | null }

function rawInput(text: string, id: string): RawInput {
  return { id, path: id, format: 'html', text, bytes: text.length, diagnostics: [] };
}

/** Score every page that states a field; `loose` ignores case, quotes and spacing. */
export function scoreCorpus(): FieldScore[] {
  const fields = ['title', 'publishedTime', 'byline', 'siteName', 'lang'] as const;
  const scores = new Map(fields.map((f) => [f, { field: f, stated: 0, exact: 0, loose: 0, headline: 0, misses: [] as string[] }]));
  for (const dir of readdirSync(CORPUS_DIR).sort()) {
    const metaPath = path.join(CORPUS_DIR, dir, 'expected-metadata.json');
    const srcPath = path.join(CORPUS_DIR, dir, 'source.html');
    if (!existsSync(metaPath) || !existsSync(srcPath)) continue;
    const expected = JSON.parse(readFileSync(metaPath, 'utf8')) as Expected;
    const html = readFileSync(srcPath, 'utf8');
    const got = extractHtmlMetadata(load(html), rawInput(html, dir));
    const actual: Record<(typeof fields)[number], string | undefined> = {
      title: got.title,
      publishedTime: got.published,
      byline: got.byline,
      siteName: got.publisher,
      lang: got.lang,
    };
    for (const f of fields) {
      let want = expected[f];
      if (!want) continue;
      if (f === 'publishedTime') want = want.slice(0, 10);
      const s = scores.get(f)!;
      s.stated++;
      const have = actual[f] ?? '';
      if (have === want.trim()) s.exact++;
      const norm = (x: string): string => titleKey(f === "byline" ? x.replace(/^\s*(?:written\s+)?(?:by|par)\s+/i, "") : x);
      const suffixOnly = f === 'title' && have.length > 0 && /^\s*(?:[|\-–—·:»_]|::)\s*\S/.test(want.slice(have.length)) && want.startsWith(have);
      if (norm(have) === norm(want)) s.loose++;
      if (norm(have) === norm(want) || suffixOnly) s.headline++;
      if (norm(have) !== norm(want)) s.misses.push(`${dir}: want ${JSON.stringify(want)} got ${JSON.stringify(have)}`);
    }
  }
  return [...scores.values()];
}
