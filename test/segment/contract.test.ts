import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Paragraph, Sentence } from '../../src/model.js';
import { segment } from '../../src/segment/index.js';

/** The stage contract: offsets, trimming, order, indices, paragraph containment. First violation, or ''. */
function violation(text: string, paragraphs: readonly Paragraph[], got: Sentence[]): string {
  let prevEnd = 0;
  for (let i = 0; i < got.length; i++) {
    const s = got[i];
    const where = `sentence ${i} ${JSON.stringify(s)}`;
    if (s.index !== i) return `${where}: index`;
    if (text.slice(s.start, s.end) !== s.text) return `${where}: text is not the slice`;
    if (s.text !== s.text.trim() || s.text.length === 0) return `${where}: not trimmed or empty`;
    if (s.start < prevEnd) return `${where}: overlaps or out of order`;
    prevEnd = s.end;
    if (paragraphs.length && !paragraphs.some((p) => p.start <= s.start && s.end <= p.end)) return `${where}: crosses a paragraph`;
  }
  return '';
}

function checkContract(text: string, paragraphs: readonly Paragraph[], got: Sentence[]): void {
  expect(violation(text, paragraphs, got)).toBe('');
}

const para = (start: number, end: number, kind: Paragraph['kind'] = 'paragraph'): Paragraph => ({ start, end, kind });

describe('paragraphs', () => {
  const text = 'Huawei Licences Approved\n\nThe U.S. acted. It said so.\n\nMore text without end';

  it('treats every paragraph boundary as a sentence boundary', () => {
    // one block "Huawei Licences Approved The" would otherwise be one sentence
    const t = 'Trade Talks Begin The U.S. acted.';
    const got = segment(t, [para(0, 17, 'heading'), para(18, t.length)]);
    expect(got.map((s) => s.text)).toEqual(['Trade Talks Begin', 'The U.S. acted.']);
    checkContract(t, [para(0, 17), para(18, t.length)], got);
  });

  it('segments only inside the given paragraphs', () => {
    const got = segment(text, [para(26, 53)]);
    expect(got.map((s) => s.text)).toEqual(['The U.S. acted.', 'It said so.']);
    expect(got[0].start).toBe(26);
  });

  it('splits at blank lines when no paragraphs are given', () => {
    const got = segment(text, []);
    expect(got.map((s) => s.text)).toEqual(['Huawei Licences Approved', 'The U.S. acted.', 'It said so.', 'More text without end']);
    checkContract(text, [], got);
  });

  it('accepts paragraphs out of order and clamps them to the text', () => {
    const got = segment(text, [para(26, 53), para(0, 24, 'heading'), para(55, 10_000)]);
    expect(got.map((s) => s.text)).toEqual(['Huawei Licences Approved', 'The U.S. acted.', 'It said so.', 'More text without end']);
  });

  it('splits a raw whole-text paragraph at blank lines too', () => {
    const got = segment(text, [para(0, text.length)]);
    expect(got).toHaveLength(4);
  });

  it('never ends a heading at an abbreviation (title case makes every word look like a sentence start)', () => {
    const t = 'U.S. To Allow Some Sales To Huawei Technologies Co. In Shift';
    expect(segment(t, [para(0, t.length, 'heading')]).map((s) => s.text)).toEqual([t]);
    // unmarked, a title-case line without end punctuation is still read as a headline
    expect(segment(t, [para(0, t.length)]).map((s) => s.text)).toEqual([t]);
    expect(segment(`${t}\nThe department said so.`, []).map((s) => s.text)).toEqual([t, 'The department said so.']);
    // prose keeps the abbreviation rule
    const prose = 'Sales rose in the U.S. To be sure, margins fell.';
    expect(segment(prose, [para(0, prose.length)]).map((s) => s.text)).toEqual(['Sales rose in the U.S.', 'To be sure, margins fell.']);
  });

  it('still ends a heading at a question mark', () => {
    const t = 'Is Huawei a Threat? Experts Weigh In';
    expect(segment(t, [para(0, t.length, 'heading')]).map((s) => s.text)).toEqual(['Is Huawei a Threat?', 'Experts Weigh In']);
  });

  it('returns nothing for empty text', () => {
    expect(segment('', [])).toEqual([]);
    expect(segment('', [para(0, 0)])).toEqual([]);
  });

  it('keeps UTF-16 offsets with astral characters', () => {
    const t = 'Fans cheered 🎉. Then they left 🚗.';
    const got = segment(t, []);
    expect(got.map((s) => s.text)).toEqual(['Fans cheered 🎉.', 'Then they left 🚗.']);
    checkContract(t, [], got);
  });
});

describe('contract holds on arbitrary text', () => {
  const pieces = [
    'The', 'U.S.', 'Mr.', 'said', 'a.m.', 'p.m.', 'Inc.', 'No.', '2', '3.14', '$1.5', '“Why?”', 'he', 'It', '...', '…',
    '. . .', '(', ')', '[', ']', '"', '“', '”', '’', '.', '!', '?', '!?', 'Yahoo!', 'e.g.', 'J.P.', '1.', 'a.', '•', '-',
    'www.x.com', 'a@b.co', '\n', '\n\n', '\r\n', ' ', '\u00a0', '\t', 'WASHINGTON', '—', 'public.The', '1,000.That',
  ];
  const arbText = fc.array(fc.constantFrom(...pieces), { maxLength: 60 }).map((a) => a.join(' '));

  it('offsets, trimming, order and indices', () => {
    fc.assert(
      fc.property(arbText, (text) => {
        checkContract(text, [], segment(text, []));
      }),
      { numRuns: 400 },
    );
  });

  it('stays inside random paragraph splits', () => {
    fc.assert(
      fc.property(arbText, fc.array(fc.nat(), { maxLength: 5 }), (text, cuts) => {
        const points = [...new Set(cuts.map((c) => (text.length ? c % text.length : 0)))].sort((a, b) => a - b);
        const bounds = [0, ...points, text.length];
        const paragraphs: Paragraph[] = [];
        for (let i = 0; i + 1 < bounds.length; i++) if (bounds[i + 1] > bounds[i]) paragraphs.push(para(bounds[i], bounds[i + 1]));
        checkContract(text, paragraphs, segment(text, paragraphs));
      }),
      { numRuns: 300 },
    );
  });

  it('covers all non-space text (nothing is dropped)', () => {
    fc.assert(
      fc.property(arbText, (text) => {
        const got = segment(text, []);
        const kept = got.map((s) => s.text).join('').replace(/\s+/g, '');
        expect(kept).toBe(text.replace(/\s+/g, ''));
      }),
      { numRuns: 300 },
    );
  });

  it.each([
    ['run-together words', 'aa.Bb'.repeat(40_000)],
    ['opening brackets', '('.repeat(100_000)],
    ['unclosed parentheticals', 'x (a. b. '.repeat(20_000)],
    ['spaced dots', '. '.repeat(100_000)],
    ['one-word lines', 'a\n'.repeat(100_000)],
    ['inline list', Array.from({ length: 20_000 }, (_, i) => `${i + 1}. item`).join(' ')],
  ])('stays linear on pathological input: %s', (_name, text) => {
    const t0 = performance.now();
    const got = segment(text, []);
    expect(performance.now() - t0).toBeLessThan(10_000);
    checkContract(text, [], got);
  });

  it('is linear: a long article segments in well under a second', () => {
    const para1 = 'WASHINGTON — The U.S. said Wednesday it would act. “We welcome it,” Mr. Smith said at 5 p.m. Eastern. ';
    const text = para1.repeat(5000);
    const t0 = performance.now();
    const got = segment(text, []);
    expect(performance.now() - t0).toBeLessThan(10_000);
    expect(got).toHaveLength(10000);
  });
});
