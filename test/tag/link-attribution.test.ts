import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/model.js';
import { tag, type Tagger } from '../../src/tag/index.js';
import { linkAttribution } from '../../src/tag/refiners/link-attribution.js';
import { attributionTagger } from '../../src/tag/taggers/attribution.js';
import { quoteTagger } from '../../src/tag/taggers/quote.js';
import { makeContext } from './speech-helpers.js';

/** A stand-in value tagger: every run of digits is a count claim (the real count tagger lives elsewhere). */
const digits: Tagger = {
  name: 'digits',
  kind: 'count',
  extract(ctx) {
    return [...ctx.text.matchAll(/\d[\d,.]*\d|\d/g)].map((m) => ({
      kind: 'count' as const,
      span: { start: m.index, end: m.index + m[0].length },
      value: { low: Number(m[0].replace(/,/g, '')), high: Number(m[0].replace(/,/g, '')), unit: '', approx: 'exact' as const },
    }));
  },
};

/** Pre-set attributedTo must survive the refiner. */
const preset: Tagger = {
  name: 'preset',
  kind: 'date',
  extract(ctx) {
    const i = ctx.text.indexOf('Tuesday');
    return i < 0 ? [] : [{ kind: 'date', span: { start: i, end: i + 7 }, value: null, reason: 'test', attributedTo: 'Someone Else' }];
  },
};

function linked(text: string): Claim[] {
  const ctx = makeContext(text);
  const claims = tag(ctx, { taggers: [digits, preset, quoteTagger, attributionTagger], refiners: [linkAttribution] });
  for (const c of claims) expect(ctx.text.slice(c.span.start, c.span.end)).toBe(c.text);
  return claims;
}

const who = (claims: Claim[], text: string, kind = 'count') => claims.find((c) => c.kind === kind && c.text === text)?.attributedTo;

describe('linkAttribution', () => {
  it.each([
    ['Exports fell 3 percent, the Semiconductor Industry Association said.', '3', 'Semiconductor Industry Association'],
    ['According to people familiar with the matter, 28 companies applied.', '28', 'people familiar with the matter'],
    ['The agency received 130 applications, Reuters reported in August.', '130', 'Reuters'],
    ['Commerce Secretary Wilbur Ross said there had been 290 requests.', '290', 'Wilbur Ross'],
    ['The plan covers 40 firms, the company is reportedly considering.', '40', 'unnamed reports'],
    ['“We expect 12 more,” the Commerce Department said.', '12', 'Commerce Department'],
    ['NHS figures show 7 million people are waiting.', '7', 'NHS'],
    ['Unilever named Hein Schumacher chief executive. The chief executive told investors 5 brands would be sold.', '5', 'Hein Schumacher'],
    ['Thames Valley Police made the arrests. The force said 3 men were held.', '3', 'Thames Valley Police'],
  ])('%s → %s attributed to %s', (text, num, source) => {
    expect(who(linked(text), num)).toBe(source);
  });

  it('gives a quotation its speaker', () => {
    const claims = linked('“We hope approvals continue,” the Semiconductor Industry Association said.');
    expect(who(claims, '“We hope approvals continue,”', 'quote')).toBe('Semiconductor Industry Association');
  });

  it('links claims inside a quotation that spans paragraphs to its speaker', () => {
    const text = 'Senator Mark Ellison spoke first.\n\n“This bill costs 9 billion,” he said. “It helps 12 families.\n\n“It hurts 40 million.”';
    const claims = linked(text);
    expect(who(claims, '9')).toBe('Mark Ellison');
    expect(who(claims, '12')).toBe('Mark Ellison');
    expect(who(claims, '40')).toBe('Mark Ellison');
  });

  it('takes the nearest attribution when a sentence has two', () => {
    const claims = linked('Reuters reported 130 applications, while the Commerce Department said 20 were denied.');
    expect(who(claims, '130')).toBe('Reuters');
    expect(who(claims, '20')).toBe('Commerce Department');
  });

  it.each([
    'Exports fell 3 percent in May.',
    'The licences cover 28 entities. Officials are expected to comment later.',
    '“We expect 12 more,” a sign in the window read.',
  ])('leaves claims of unattributed sentences alone: %s', (text) => {
    const claims = linked(text).filter((c) => c.kind === 'count');
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) expect(c.attributedTo).toBeUndefined();
  });

  it('does not attribute attributions and keeps an existing attributedTo', () => {
    const claims = linked('On Tuesday, the Commerce Department said 20 firms applied.');
    expect(claims.filter((c) => c.kind === 'attribution').every((c) => c.attributedTo === undefined)).toBe(true);
    expect(who(claims, 'Tuesday', 'date')).toBe('Someone Else');
    expect(who(claims, '20')).toBe('Commerce Department');
  });
});
