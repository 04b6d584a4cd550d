import { describe, expect, it } from 'vitest';
import type { Claim } from '../../../src/model.js';
import { contentWords, lemma, subjectWords } from '../../../src/tag/refiners/subject.js';
import type { TagContext } from '../../../src/tag/types.js';

describe('lemma', () => {
  it.each([
    ['applications', 'application'],
    ['Companies', 'company'],
    ['killed', 'kill'],
    ['licensed', 'license'],
    ['issuing', 'issue'],
    ['received', 'receive'],
    ['stopped', 'stop'],
    ['granted', 'grant'],
    ['people', 'person'],
    ['died', 'die'],
    ['status', 'status'],
    ['business', 'business'],
    ['U.S.', 'us'],
    ["Huawei's", 'huawei'],
    ['boxes', 'box'],
    ['denied', 'deny'],
  ])('%s → %s', (w, l) => expect(lemma(w)).toBe(l));
});

describe('contentWords', () => {
  it('drops stopwords, reporting verbs, numbers and time words', () => {
    expect(contentWords('The Commerce Department said on Wednesday it had received more than 130 applications.').map((w) => w.lemma)).toEqual([
      'commerce',
      'department',
      'receive',
      'application',
    ]);
  });
  it('keeps offsets into the text', () => {
    const text = 'Five people were killed.';
    for (const w of contentWords(text)) expect(text.slice(w.start, w.end)).toBe(w.text);
  });
});

describe('subjectWords refiner', () => {
  const text = 'In Baltimore, the bridge collapse killed six workers on Tuesday, while 24 cargo ships were stuck in the harbor for weeks.';
  const ctx: TagContext = { sourceId: 's', text, sentences: [{ index: 0, start: 0, end: text.length, text }], paragraphs: [] };
  const claim = (t: string, kind: Claim['kind'], unit: string, subject: string[] = []): Claim => {
    const start = text.indexOf(t);
    return { id: `s:${kind}:${start}`, kind, text: t, span: { start, end: start + t.length }, sentence: 0, value: { low: 6, high: 6, unit, approx: 'exact' }, subject };
  };

  it('fills the words near each claim, nearest first, unit first', () => {
    const [six, ships] = subjectWords.refine([claim('six workers', 'count', 'worker'), claim('24 cargo ships', 'count', 'ship')], ctx);
    expect(six.subject.slice(0, 4)).toEqual(['worker', 'kill', 'cargo', 'collapse']);
    expect(ships.subject.slice(0, 4)).toEqual(['ship', 'cargo', 'worker', 'stuck']);
    expect(six.subject).toContain('baltimore');
  });

  it('keeps a subject a tagger already set', () => {
    const [c] = subjectWords.refine([claim('six workers', 'count', 'worker', ['given'])], ctx);
    expect(c.subject).toEqual(['given']);
  });

  it('returns nothing for a claim outside any sentence', () => {
    const c = { ...claim('six workers', 'count', 'worker'), sentence: 3 };
    expect(subjectWords.refine([c], ctx)[0].subject).toEqual([]);
  });
});
