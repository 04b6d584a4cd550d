/**
 * Boilerplate-removal evaluation over Mozilla Readability's test pages (../shared/corpus):
 * token 4-gram shingle precision / recall of our text against Readability's expected output,
 * title and published-date accuracy against expected-metadata.json, and the same numbers for
 * @mozilla/readability + jsdom run side by side, with pages per second for both.
 *
 *   npm run eval:clean [-- --verbose] [-- --meta] [-- --only <substring>] [-- --keep-captions]
 *                      [-- --missing] [-- --no-readability]
 *
 * A second table scores both against the expected text without its <figcaption>s, which hand-made
 * gold leaves out (our default drops captions).
 *
 * --meta lists every metadata mismatch (title, byline, site name, published day, language) with
 * both values, for deciding page by page whether we or the proxy are wrong.
 *
 * --missing lists, per page, the paragraphs of the expected text (captions aside) that our text
 * holds less than half of: the recall losses to explain one by one. --no-readability skips the
 * side-by-side run (its rows then read n/a), for quick iterations.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Readability } from '@mozilla/readability';
import { load } from 'cheerio/slim';
import { JSDOM, VirtualConsole } from 'jsdom';
import { clean } from '../src/clean/index.js';
import type { RawInput } from '../src/model.js';
import { f1, htmlBlocks, htmlText, pct, score, SHINGLE, shingles, tokenize, type Score } from './shingle-score.js';

/** Metadata fields compared with expected-metadata.json: [ours ok, readability ok], absent when the page states none. */
type MetaField = 'title' | 'byline' | 'siteName' | 'published' | 'lang' | 'titleHeadline' | 'bylineNames';
const META_FIELDS: readonly MetaField[] = ['title', 'titleHeadline', 'byline', 'bylineNames', 'siteName', 'published', 'lang'];
/** Row labels: the two loose rows say what they forgive. */
const META_LABELS: Record<MetaField, string> = {
  title: 'title', titleHeadline: ' site suffix aside', byline: 'byline', bylineNames: ' "By"/date lines aside',
  siteName: 'siteName', published: 'published', lang: 'lang',
};
/** A separator-led tail that Readability keeps and we cut ("How to X | eHow" vs "How to X"). */
const SUFFIX_TAIL_RE = /^\s*(?:[|\-–—·:»_]|::)\s*\S/;
/** A byline as names only: no leading "By"/"Par", nothing after the first line break (dates, desks). */
const bylineNames = (t: string | null | undefined): string =>
  normTitle((t ?? '').trim().split('\n')[0]!.replace(/^\s*(?:written\s+)?(?:by|par|von)\s+/i, ''));
interface PageResult {
  name: string;
  ours: Score;
  theirs: Score;
  /** The same against the expected text without its figure captions (human gold drops them). */
  oursNoCap: Score;
  theirsNoCap: Score;
  titleOk?: boolean;
  dateOk?: boolean;
  rTitleOk?: boolean;
  rDateOk?: boolean;
  meta: Partial<Record<MetaField, [boolean, boolean]>>;
}

const corpus = path.resolve(process.cwd(), '../shared/corpus/readability-test-pages');
const verbose = process.argv.includes('--verbose');
/** List metadata mismatches. */
const metaVerbose = process.argv.includes('--meta');
/** Keep figure captions (Readability keeps them; our default drops them). */
const keepCaptions = process.argv.includes('--keep-captions');
/** List the expected paragraphs that our text mostly misses. */
const listMissing = process.argv.includes('--missing');
/** Skip running Readability side by side. */
const noReadability = process.argv.includes('--no-readability');
const onlyIndex = process.argv.indexOf('--only');
const only = onlyIndex >= 0 ? process.argv[onlyIndex + 1] : undefined;


/** Expected blocks (captions aside) of which our text holds less than half; short ones by their words. */
function missingBlocks(expectedHtml: string, ours: string, oursShingles: Set<string>): string[] {
  const words = ` ${tokenize(ours).join(' ')} `;
  return htmlBlocks(withoutCaptions(expectedHtml)).filter((block) => {
    const tokens = tokenize(block);
    if (!tokens.length) return false;
    if (tokens.length < SHINGLE) return !words.includes(` ${tokens.join(' ')} `);
    const own = shingles(block);
    let held = 0;
    for (const s of own) if (oursShingles.has(s)) held++;
    return held < own.size / 2;
  });
}

/** The expected HTML without <figcaption>s: closer to hand-made gold, which leaves captions out. */
function withoutCaptions(html: string): string {
  const $ = load(html);
  $('figcaption').remove();
  return $.html();
}


const normTitle = (t: string | null | undefined): string => (t ?? '').replace(/\s+/g, ' ').trim();
const isoDay = (t: string | null | undefined): string => (t ?? '').slice(0, 10);
const normLang = (t: string | null | undefined): string => (t ?? '').trim().toLowerCase().replace(/_/g, '-');

function main(): void {
  if (!existsSync(corpus)) {
    console.log(`eval:clean skipped: ${corpus} is absent (the shared corpus sits next to the repo).`);
    return;
  }
  const pages = readdirSync(corpus, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(corpus, d.name, 'source.html')))
    .map((d) => d.name)
    .filter((name) => !only || name.includes(only))
    .sort();
  const results: PageResult[] = [];
  let oursMs = 0;
  let theirsMs = 0;
  const virtualConsole = new VirtualConsole();
  for (const name of pages) {
    const dir = path.join(corpus, name);
    const source = readFileSync(path.join(dir, 'source.html'), 'utf8');
    const expectedHtml = readFileSync(path.join(dir, 'expected.html'), 'utf8');
    const expected = shingles(htmlText(expectedHtml));
    const expectedNoCap = shingles(htmlText(withoutCaptions(expectedHtml)));
    const meta = JSON.parse(readFileSync(path.join(dir, 'expected-metadata.json'), 'utf8')) as {
      title?: string | null; publishedTime?: string | null; byline?: string | null; siteName?: string | null; lang?: string | null;
    };
    const input: RawInput = {
      id: name, path: path.join(dir, 'source.html'), format: 'html', text: source,
      bytes: Buffer.byteLength(source), diagnostics: [],
    };
    let t = performance.now();
    const cleaned = clean(input, { keepCaptions });
    oursMs += performance.now() - t;

    if (listMissing) {
      const lost = missingBlocks(expectedHtml, cleaned.text, shingles(cleaned.text));
      if (lost.length) console.log(`${name}: ${lost.length} expected paragraph(s) missing\n${lost.map((b) => `    ${b.replace(/\s+/g, ' ').slice(0, 160)}`).join('\n')}`);
    }
    t = performance.now();
    let rText = '';
    let rTitle: string | null | undefined;
    let rDate: string | null | undefined;
    let rByline: string | null | undefined;
    let rSite: string | null | undefined;
    let rLang: string | null | undefined;
    if (!noReadability) try {
      const dom = new JSDOM(source, { url: 'http://fakehost/test/page.html', virtualConsole });
      const article = new Readability(dom.window.document).parse();
      rText = article?.content ? htmlText(article.content) : '';
      rTitle = article?.title;
      rDate = article?.publishedTime;
      rByline = article?.byline;
      rSite = article?.siteName;
      rLang = article?.lang;
    } catch {
      rText = '';
    }
    theirsMs += performance.now() - t;

    const result: PageResult = {
      name,
      ours: score(shingles(cleaned.text), expected),
      theirs: score(shingles(rText), expected),
      oursNoCap: score(shingles(cleaned.text), expectedNoCap),
      theirsNoCap: score(shingles(rText), expectedNoCap),
      meta: {},
    };
    const m = cleaned.meta;
    const compared: Array<['title' | 'byline' | 'siteName' | 'published' | 'lang', string | null | undefined, string | undefined, string | null | undefined, (t: string | null | undefined) => string]> = [
      ['title', meta.title, m.title, rTitle, normTitle],
      ['byline', meta.byline, m.byline, rByline, normTitle],
      ['siteName', meta.siteName, m.publisher, rSite, normTitle],
      ['published', meta.publishedTime, m.published, rDate, isoDay],
      ['lang', meta.lang, m.lang, rLang, normLang],
    ];
    if (meta.title && m.title) {
      const w = normTitle(meta.title);
      const g = normTitle(m.title);
      const headline = (x: string): boolean => x === w || (x.length > 0 && w.startsWith(x) && SUFFIX_TAIL_RE.test(w.slice(x.length)));
      result.meta.titleHeadline = [headline(g), headline(normTitle(rTitle))];
    }
    if (meta.byline) {
      const w = bylineNames(meta.byline);
      result.meta.bylineNames = [bylineNames(m.byline) === w, bylineNames(rByline) === w];
    }
    for (const [field, want, got, theirs, norm] of compared) {
      if (!want || !norm(want)) continue;
      const ok = norm(got) === norm(want);
      result.meta[field] = [ok, norm(theirs) === norm(want)];
      if (metaVerbose && !ok) {
        const from = m.provenance?.[field === 'siteName' ? 'publisher' : field];
        console.log(`${name.padEnd(40)} ${field.padEnd(9)} want ${JSON.stringify(norm(want))}\n${''.padEnd(50)}got  ${JSON.stringify(norm(got))}${from ? ` (${from})` : ''}`);
      }
    }
    if (meta.title) {
      result.titleOk = normTitle(cleaned.meta.title) === normTitle(meta.title);
      result.rTitleOk = normTitle(rTitle) === normTitle(meta.title);
    }
    if (meta.publishedTime) {
      result.dateOk = isoDay(cleaned.meta.published) === isoDay(meta.publishedTime);
      result.rDateOk = isoDay(rDate) === isoDay(meta.publishedTime);
    }
    results.push(result);
    if (verbose) {
      const o = result.ours;
      console.log(
        `${name.padEnd(44)} P ${pct(o.p)} R ${pct(o.r)} F1 ${pct(f1(o.p, o.r))}` +
          `  | readability P ${pct(result.theirs.p)} R ${pct(result.theirs.r)}` +
          `  title ${mark(result.titleOk)} date ${mark(result.dateOk)}`,
      );
    }
  }
  report(results, oursMs, theirsMs);
}

function mark(ok: boolean | undefined): string {
  return ok === undefined ? '-' : ok ? 'ok' : 'NO';
}

function report(results: PageResult[], oursMs: number, theirsMs: number): void {
  const n = results.length;
  if (!n) {
    console.log('no pages');
    return;
  }
  const avg = (pick: (r: PageResult) => number): number => results.reduce((s, r) => s + pick(r), 0) / n;
  const rate = (pick: (r: PageResult) => boolean | undefined): string => {
    const stated = results.filter((r) => pick(r) !== undefined);
    const ok = stated.filter((r) => pick(r)).length;
    return stated.length ? `${pct(ok / stated.length)}% (${ok}/${stated.length})` : 'n/a';
  };
  const rows: Array<[string, number, number, string, string, number]> = [
    ['crosscheck', avg((r) => r.ours.p), avg((r) => r.ours.r), rate((r) => r.titleOk), rate((r) => r.dateOk), n / (oursMs / 1000)],
  ];
  const noCap: Array<[string, number, number]> = [
    ['crosscheck', avg((r) => r.oursNoCap.p), avg((r) => r.oursNoCap.r)],
  ];
  if (!noReadability) {
    rows.push(['readability+jsdom', avg((r) => r.theirs.p), avg((r) => r.theirs.r), rate((r) => r.rTitleOk), rate((r) => r.rDateOk), n / (theirsMs / 1000)]);
    noCap.push(['readability+jsdom', avg((r) => r.theirsNoCap.p), avg((r) => r.theirsNoCap.r)]);
  }
  console.log(`\n${n} pages; reference = Readability's expected.html (a proxy, not human gold)\n`);
  console.log(`${'extractor'.padEnd(20)}${'P'.padStart(7)}${'R'.padStart(7)}${'F1'.padStart(7)}   ${'title'.padEnd(18)}${'published'.padEnd(18)}pages/s`);
  for (const [label, p, r, title, date, speed] of rows) {
    console.log(`${label.padEnd(20)}${pct(p).padStart(7)}${pct(r).padStart(7)}${pct(f1(p, r)).padStart(7)}   ${title.padEnd(18)}${date.padEnd(18)}${speed.toFixed(1)}`);
  }
  if (!noReadability) console.log(`speed ratio: ${(theirsMs / oursMs).toFixed(1)}x`);
  console.log(`\nreference without its <figcaption>s (hand-made gold leaves captions out)`);
  for (const [label, p, r] of noCap) {
    console.log(`${label.padEnd(20)}${pct(p).padStart(7)}${pct(r).padStart(7)}${pct(f1(p, r)).padStart(7)}`);
  }
  console.log(`\nmetadata exact vs expected-metadata.json (pages stating the field)`);
  console.log(`${'field'.padEnd(24)}${'crosscheck'.padEnd(20)}readability+jsdom`);
  for (const field of META_FIELDS) {
    console.log(`${META_LABELS[field].padEnd(24)}${rate((r) => r.meta[field]?.[0]).padEnd(20)}${noReadability ? 'n/a' : rate((r) => r.meta[field]?.[1])}`);
  }
  const worst = [...results].sort((a, b) => f1(a.ours.p, a.ours.r) - f1(b.ours.p, b.ours.r)).slice(0, 10);
  console.log('\n10 worst pages for crosscheck:');
  for (const r of worst) {
    console.log(`  ${r.name.padEnd(44)} P ${pct(r.ours.p)} R ${pct(r.ours.r)} F1 ${pct(f1(r.ours.p, r.ours.r))}`);
  }
}

main();
