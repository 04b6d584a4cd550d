import { describe, expect, it } from 'vitest';
import { clean, cleanToMarkdown } from '../../src/clean/index.js';
import type { Format, RawInput } from '../../src/model.js';

function input(text: string, format: Format): RawInput {
  return { id: 't', path: `t.${format}`, format, text, bytes: text.length, diagnostics: [] };
}

describe('clean routing', () => {
  it('raw: the text is the input exactly, paragraphs are its blank-line blocks', () => {
    const text = '  First block\nline two\n\n\n Second  block \n   \nThird\n';
    const cleaned = clean(input(text, 'text'), { raw: true });
    expect(cleaned.text).toBe(text);
    expect(cleaned.paragraphs.map((p) => text.slice(p.start, p.end))).toEqual(['First block\nline two', 'Second  block', 'Third']);
    expect(cleaned.paragraphs.every((p) => p.kind === 'paragraph')).toBe(true);
    expect(cleaned.meta).toEqual({});
  });

  it('raw applies to HTML too (no extraction)', () => {
    const text = '<p>a</p>\n\n<p>b</p>';
    const cleaned = clean(input(text, 'html'), { raw: true });
    expect(cleaned.text).toBe(text);
    expect(cleaned.paragraphs).toHaveLength(2);
  });

  it('raw on empty input has no paragraphs', () => {
    expect(clean(input('', 'text'), { raw: true }).paragraphs).toEqual([]);
  });

  it('html goes through the DOM extractor and reads metadata from the page', () => {
    const body = [1, 2, 3].map((n) => `<p>Paragraph ${n} says the committee met on Monday, and that it voted, after a long debate, to approve.</p>`).join('');
    const page = `<html lang="en"><head><meta property="og:title" content="Committee Approves Plan"><meta property="article:published_time" content="2020-05-04T10:00:00Z"></head><body><nav><a href="/">Home</a></nav><article><h1>Committee Approves Plan</h1>${body}</article></body></html>`;
    const cleaned = clean(input(page, 'html'));
    expect(cleaned.meta.title).toBe('Committee Approves Plan');
    expect(cleaned.meta.published).toBe('2020-05-04');
    expect(cleaned.text.split('\n\n')).toHaveLength(3);
    expect(cleaned.text).not.toContain('Home');
  });

  it.each<Format>(['markdown', 'text'])('%s goes through the line cleaner: collapsed blocks with exact offsets', (format) => {
    const text = 'A first paragraph of the story,\nwrapped over two lines.\n\nA second paragraph.\n';
    const cleaned = clean(input(text, format));
    expect(cleaned.text).toContain('A first paragraph of the story, wrapped over two lines.');
    expect(cleaned.paragraphs.map((p) => cleaned.text.slice(p.start, p.end))).toEqual(cleaned.text.split('\n\n'));
  });

  it('cleanToMarkdown returns the cleaned text for non-HTML input', () => {
    const text = 'One paragraph here.\n\nAnother paragraph here.';
    expect(cleanToMarkdown(input(text, 'text'))).toBe(clean(input(text, 'text')).text);
  });
});
