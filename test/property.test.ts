/**
 * Property-based tests over random and mutated HTML, markdown and text: whatever the input, no
 * exception escapes the pipeline, every span is exact, sentences are ordered, non-overlapping and
 * inside the text, and the JSON output validates against the published schema.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION, type Article, type Format } from '../src/model.js';
import { extractText } from '../src/pipeline.js';
import { schemaErrors } from './helpers/schema.js';

const WORDS = ['The', 'council', 'said', 'on', 'Tuesday', 'that', 'more', 'than', '130', 'permits', 'were', 'issued', 'in', 'May', '$4.2', 'million', '15%', 'Mr.', 'U.S.', 'according', 'to', 'people', 'familiar', 'with', 'the', 'matter', '“We', 'will', 'act,”', 'he', 'said.', '90-day', 'third', 'Oct.', '9,', '2019', '...', '?', '!', '—', '&amp;', '&#8220;', '\u00a0', '\u202e', '\u001b[31m', '"', "'", '(', ')', '\n', '\n\n'];
const TAGS = ['p', 'div', 'span', 'a', 'li', 'ul', 'h1', 'h2', 'article', 'section', 'nav', 'footer', 'aside', 'figure', 'figcaption', 'script', 'style', 'noscript', 'template', 'svg', 'iframe', 'table', 'td', 'br', 'blockquote', 'time'];
const CLASSES = ['', 'article-body', 'share-bar', 'related', 'ad', 'caption', 'byline', 'story', 'nav', 'content', 'comments'];

const sentence = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 25 }).map((w) => w.join(' '));
const htmlNode: fc.Memo<string> = fc.memo((depth) =>
  depth <= 1
    ? sentence
    : fc.oneof(
        sentence,
        fc
          .tuple(fc.constantFrom(...TAGS), fc.constantFrom(...CLASSES), fc.array(htmlNode(depth - 1), { maxLength: 4 }))
          .map(([tag, cls, kids]) => `<${tag}${cls ? ` class="${cls}"` : ''}>${kids.join('')}</${tag}>`),
      ),
);
const page = htmlNode(6).map((body) => `<!DOCTYPE html><html><head><title>T</title></head><body>${body}</body></html>`);

/** Mutations that real broken pages show: truncation, a dropped or doubled character, junk inserted. */
const mutated = fc.tuple(page, fc.nat(), fc.nat(), fc.constantFrom('', '<', '>', '"', '<!--', '</div>', '<p', '\u0000', '\uFFFD', '<script>')).map(([html, a, b, junk]) => {
  const i = a % (html.length + 1);
  const j = b % (html.length + 1);
  return (html.slice(0, i) + junk + html.slice(i)).slice(0, Math.max(i, j));
});

function checkArticle(a: Article): void {
  const { text } = a;
  let prevEnd = 0;
  a.sentences.forEach((s, i) => {
    expect(s.index).toBe(i);
    expect(s.start).toBeGreaterThanOrEqual(prevEnd);
    expect(s.end).toBeGreaterThan(s.start);
    expect(s.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(s.text).toBe(s.text.trim());
    prevEnd = s.end;
  });
  for (const p of a.paragraphs) {
    expect(p.start).toBeGreaterThanOrEqual(0);
    expect(p.end).toBeLessThanOrEqual(text.length);
  }
  for (const c of a.claims) {
    expect(text.slice(c.span.start, c.span.end)).toBe(c.text);
    expect(c.sentence).toBeGreaterThanOrEqual(0);
    if (a.sentences.length) expect(c.sentence).toBeLessThan(a.sentences.length);
  }
  expect(schemaErrors('extract', JSON.parse(JSON.stringify({ schemaVersion: SCHEMA_VERSION, articles: [a], errors: [] })))).toBe('');
}

const run = (text: string, format: Format, raw = false) => extractText(text, { id: 'prop', format }, { raw, published: { all: '2019-10-09' } });

describe('pipeline properties', () => {
  it('random HTML pages', () => {
    fc.assert(fc.property(page, (html) => checkArticle(run(html, 'html'))), { numRuns: 150, seed: 42 });
  });
  it('mutated (truncated, junk-inserted) HTML', () => {
    fc.assert(fc.property(mutated, (html) => checkArticle(run(html, 'html'))), { numRuns: 150, seed: 7 });
  });
  it('random markdown and text copies', () => {
    const doc = fc.array(fc.oneof(sentence, page), { maxLength: 8 }).map((xs) => xs.join('\n\n'));
    fc.assert(fc.property(doc, fc.constantFrom<Format>('markdown', 'text'), (t, f) => checkArticle(run(t, f))), { numRuns: 150, seed: 3 });
  });
  it('any string as raw text keeps offsets into the input exactly', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (t) => {
        const a = run(t, 'text', true);
        expect(a.text).toBe(t);
        checkArticle(a);
      }),
      { numRuns: 200, seed: 11 },
    );
  });
});
