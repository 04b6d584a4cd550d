import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanLines, explainLines } from '../../src/clean/lines.js';
import type { Format, RawInput } from '../../src/model.js';

function raw(text: string, format: Format = 'markdown'): RawInput {
  return { id: 't', path: 't.txt', format, text, bytes: text.length, diagnostics: [] };
}

/** Every paragraph's span slices to a block of the text, blocks are joined by "\n\n" and collapsed. */
function expectConsistent(text: string, paragraphs: { start: number; end: number }[]): void {
  const blocks = text ? text.split('\n\n') : [];
  expect(paragraphs.length).toBe(blocks.length);
  paragraphs.forEach((p, i) => {
    expect(text.slice(p.start, p.end)).toBe(blocks[i]);
    expect(blocks[i]).toBe(blocks[i]!.replace(/\s+/g, ' ').trim());
  });
}

const SEEDS_DIR = path.resolve(__dirname, '../../../shared/seeds');
const seedsExist = existsSync(SEEDS_DIR);

/** Per seed (by file-name prefix): text that must be kept, text that must be gone, metadata that must be found. */
const SEED_CASES: Array<{ prefix: string; format: Format; must: string[]; mustNot: string[]; meta: Record<string, string>; /** Count of kind 'paragraph'. */ paragraphs: number }> = [
  {
    prefix: '000',
    format: 'markdown',
    must: [
      'WASHINGTON — The Trump administration plans to soon issue licenses allowing some American companies',
      'In May, the Trump administration placed Huawei and dozens of its affiliates on the entity list, citing national security concerns.',
      'The administration issued a temporary reprieve to allow',
      'said in an email that “as of right this moment, the status quo holds.”',
      'the chief executive of the American chip maker Micron, Sanjay Mehrotra, said the company',
      '“determined that we could lawfully resume” shipping a subset of products.',
    ],
    mustNot: ['Advertisement', 'Continue reading', 'Supported by', 'Skip to', 'Site Index', 'Site Information', 'Credit',
      'Shutterstock', 'nytimes.com', 'http', '<div', '<span', '](', 'NYTCo', 'Terms of', 'Subscriptions', 'Sections',
      'By Ana Swanson', 'Oct. 9', '© 2020', "Today’s Paper"],
    meta: { title: 'Trump Green-Lights Some Sales to Huawei', byline: 'Ana Swanson', published: '2019-10-09' },
    paragraphs: 11,
  },
  {
    prefix: '001',
    format: 'text',
    must: ['The Trump administration announced Wednesday that it has begun issuing licenses',
      '“You can’t cut the local people in the rural communities out of telephones,” he said.',
      'China has said relief for Huawei is essential if Beijing is to agree to any trade deal.'],
    mustNot: ['subscribers', 'post comments', 'reset your password', 'login'],
    meta: {},
    paragraphs: 14,
  },
  {
    prefix: '002',
    format: 'text',
    must: ['San Francisco: Ahead of the next round of trade talks', 'USA companies can seek a license for specific products to be exempted from the ban.',
      'in the wake of the announcement though.'],
    mustNot: ['Latest News', 'US to issue licenses for supply of non-sensitive goods to Huawei', 'White House approves some sales to Huawei, confusion continues',
      'Trump administration mulls okaying sales to Huawei'],
    meta: { title: 'Trump administration mulls okaying sales to Huawei' },
    paragraphs: 6,
  },
  {
    prefix: '003',
    format: 'markdown',
    must: ['The U.S. government plans to soon issue licenses to American companies', 'That could change.',
      'the chance for a big deal is very low.', 'The reprieve was extended for another 90 days on August 19.'],
    mustNot: ['Fred Dufour', 'Getty Images', 'AFP', 'freeamericanetwork', '![', 'http'],
    meta: {},
    paragraphs: 8,
  },
  {
    prefix: '004',
    format: 'text',
    must: ['The Trump administration is reportedly going to soon ‘green-light’ sales', 'Huawei ban', 'Green light',
      'Last month Microsoft President Brad Smith said the United States should end its blacklisting of Huawei.',
      'as long as there was no “threat to US national security.”'],
    mustNot: ['quiz', 'Tom Jowitt', 'Lord of the Rings', 'Recent Posts', 'Intel', 'hours ago', 'DJI', 'Motivair', 'Trade Talks Begin'],
    meta: { title: 'Trade Talks Begin: US To Allow Select Firms To Sell To Huawei – Report' },
    paragraphs: 11,
  },
];

describe.skipIf(!seedsExist)('cleanLines on the seed articles (../shared/seeds)', () => {
  const files = seedsExist ? readdirSync(SEEDS_DIR) : [];
  for (const c of SEED_CASES) {
    it(`seed ${c.prefix}: keeps the article, drops the furniture`, () => {
      const file = files.find((f) => f.startsWith(c.prefix));
      expect(file, `seed ${c.prefix} present`).toBeDefined();
      const out = cleanLines(raw(readFileSync(path.join(SEEDS_DIR, file!), 'utf8'), c.format));
      for (const s of c.must) expect(out.text).toContain(s);
      for (const s of c.mustNot) expect(out.text).not.toContain(s);
      for (const [k, val] of Object.entries(c.meta)) expect(out.meta[k as keyof typeof out.meta]).toBe(val);
      expect(out.paragraphs.filter((p) => p.kind === 'paragraph')).toHaveLength(c.paragraphs);
      expectConsistent(out.text, out.paragraphs);
    });
  }

  it('seed 000 records where each metadata field came from', () => {
    const out = cleanLines(raw(readFileSync(path.join(SEEDS_DIR, files.find((f) => f.startsWith('000'))!), 'utf8')));
    expect(out.meta.provenance).toMatchObject({ title: 'heading', byline: 'byline-line', published: 'date-line', publisher: 'copyright' });
    expect(out.meta.publisher).toBe('The New York Times Company');
  });

  it('seed 004 keeps its subheads as headings', () => {
    const out = cleanLines(raw(readFileSync(path.join(SEEDS_DIR, files.find((f) => f.startsWith('004'))!), 'utf8'), 'text'));
    const headings = out.paragraphs.filter((p) => p.kind === 'heading').map((p) => out.text.slice(p.start, p.end));
    expect(headings).toEqual(['Huawei ban', 'Green light']);
  });

  it('seed 003 keeps the photo caption as a caption, without its credit', () => {
    const out = cleanLines(raw(readFileSync(path.join(SEEDS_DIR, files.find((f) => f.startsWith('003'))!), 'utf8')));
    const captions = out.paragraphs.filter((p) => p.kind === 'caption').map((p) => out.text.slice(p.start, p.end));
    expect(captions).toEqual(['A Huawei logo displayed at a retail store in Beijing.']);
  });
});

const WIRE_TEXT = `Regulators Fine Acme Corp Over Data Breach

By Jane Doe and Richard Roe

Updated 9 October 2019

Regulators on Tuesday fined Acme Corp $5 million over a data breach that
exposed the records of 1.2 million customers, the agency said in a
statement.

The company said it would appeal. "We disagree with the findings," a
spokeswoman said.

Advertisement

The breach, first disclosed in March, was one of the largest of the year,
according to people familiar with the matter.

More from Wire Daily

Acme shares slide after earnings miss

Three things to watch this week

Sign up for our newsletter to get the latest news in your inbox.

© 2019 Wire Daily. All rights reserved.`;

const PANDOC_MD = `<div class="site-header">

[Home](https://example.com/)

</div>

<div class="social-share">

  - [Share on Facebook](https://facebook.com/x)
  - [Tweet](https://twitter.com/x)

</div>

Minister Resigns Amid Row
=========================

<div class="article-body">

The minister **resigned** on *Friday* after a row over the
[budget](https://example.com/budget "Budget story"), officials said, ending
a 15-month tenure.

> "I have done nothing wrong," she told reporters &amp; supporters.

The new budget includes:

  - $3 billion for schools, up 10% from last year.
  - 400 new hospital beds in the capital region.

## What happens next

Parliament will vote on a successor next week, according to the speaker's
office, which said the vote could be delayed.

</div>

<div class="newsletter-signup">

Get the morning briefing in your inbox.

</div>`;

describe('cleanLines on invented inputs', () => {
  it('plain text: title, byline and updated date become metadata; wrapped lines join; tail goes', () => {
    const out = cleanLines(raw(WIRE_TEXT, 'text'));
    expect(out.meta).toMatchObject({
      title: 'Regulators Fine Acme Corp Over Data Breach',
      byline: 'Jane Doe and Richard Roe',
      modified: '2019-10-09',
      publisher: 'Wire Daily',
    });
    expect(out.meta.provenance).toMatchObject({ title: 'first-line', byline: 'byline-line', modified: 'date-line', publisher: 'copyright' });
    expect(out.text).toBe(
      'Regulators on Tuesday fined Acme Corp $5 million over a data breach that exposed the records of 1.2 million customers, the agency said in a statement.\n\n' +
        'The company said it would appeal. "We disagree with the findings," a spokeswoman said.\n\n' +
        'The breach, first disclosed in March, was one of the largest of the year, according to people familiar with the matter.',
    );
    expectConsistent(out.text, out.paragraphs);
  });

  it('pandoc markdown: div hints, setext title, emphasis, links, entities, quotes, lists, headings', () => {
    const out = cleanLines(raw(PANDOC_MD));
    expect(out.meta.title).toBe('Minister Resigns Amid Row');
    const blocks = out.paragraphs.map((p) => [p.kind, out.text.slice(p.start, p.end)]);
    expect(blocks).toEqual([
      ['paragraph', 'The minister resigned on Friday after a row over the budget, officials said, ending a 15-month tenure.'],
      ['blockquote', '"I have done nothing wrong," she told reporters & supporters.'],
      ['paragraph', 'The new budget includes:'],
      ['list-item', '$3 billion for schools, up 10% from last year.'],
      ['list-item', '400 new hospital beds in the capital region.'],
      ['heading', 'What happens next'],
      ['paragraph', "Parliament will vote on a successor next week, according to the speaker's office, which said the vote could be delayed."],
    ]);
  });

  it('one paragraph per line (no blank lines): image, caption, credit, then body lines', () => {
    const body1 = 'Officials said on Monday that the bridge, which carries about 40,000 vehicles a day, would close for repairs until the spring.';
    const body2 = 'The closure is expected to add up to 20 minutes to commutes across the river, according to the transport department.';
    const text = `![](https://img.example.com/bridge.jpg)\nThe bridge seen from the east bank.\nPhoto: Jane Doe/Reuters\n${body1}\n${body2}`;
    const out = cleanLines(raw(text));
    expect(out.paragraphs.map((p) => [p.kind, out.text.slice(p.start, p.end)])).toEqual([
      ['caption', 'The bridge seen from the east bank.'],
      ['paragraph', body1],
      ['paragraph', body2],
    ]);
  });

  it('markdown image with a caption and credit in its alt text keeps only the caption', () => {
    const body = 'The storm made landfall late on Sunday, cutting power to more than 200,000 homes along the coast, the utility said.';
    const out = cleanLines(raw(`![Crews clear debris in the town centre on Monday. Credit...John Smith/Getty Images](https://x.example/a.jpg)\n\n${body}`));
    expect(out.text).toBe(`Crews clear debris in the town centre on Monday.\n\n${body}`);
    expect(out.paragraphs.map((p) => p.kind)).toEqual(['caption', 'paragraph']);
  });

  it('author bio and teaser list at the end are cut; a bio-like sentence mid-article is not', () => {
    const p = (n: number): string => `Paragraph ${n} of the story explains what the agency decided and why it matters to the companies involved in the case.`;
    const text = [p(1), 'Maria Lopez is a senior reporter who covers trade policy for the paper, according to her colleagues.', p(2), p(3), p(4),
      'Sam Green', 'Sam Green is a staff writer covering technology and policy.', 'Most Read',
      'Ten things you missed this week', '3 days ago'].join('\n\n');
    const out = cleanLines(raw(text, 'text'));
    expect(out.text).toContain('Maria Lopez is a senior reporter');
    expect(out.text).toContain(p(4));
    expect(out.text).not.toContain('Sam Green');
    expect(out.text).not.toContain('Most Read');
    expect(out.text).not.toContain('days ago');
  });

  it('furniture lines inside the body are dropped without cutting the rest', () => {
    const a = 'The council approved the plan by a vote of 7 to 2 on Wednesday night after a long debate about costs.';
    const b = 'Opponents said they would challenge the decision in court, arguing the council had ignored its own rules.';
    const out = cleanLines(raw([a, 'Advertisement', 'Continue reading the main story', 'Share this article', b].join('\n\n'), 'text'));
    expect(out.text).toBe(`${a}\n\n${b}`);
  });

  it.each([
    ['a sentence naming an agency', 'Reuters reported the deal on Tuesday, citing two people familiar with the talks and a draft document.'],
    ['a long paragraph mentioning a newsletter', 'The company, which publishes a weekly newsletter for investors, said in its filing that revenue rose 12% in the quarter to $1.4 billion.'],
    ['a sentence with the word related', 'Related charges were dropped last year, but prosecutors said on Friday that they would reopen the investigation into the firm.'],
    ['a paragraph ending in a quote', 'He said the company would "continue to comply with all applicable laws and regulations in every market where it operates."'],
  ])('keeps article prose: %s', (_, sentence) => {
    const filler = 'The ministry did not immediately respond to a request for comment on the report, which was published late on Monday.';
    const out = cleanLines(raw(`${filler}\n\n${sentence}\n\n${filler}`, 'text'));
    expect(out.text).toContain(sentence);
  });

  it.each([
    ['credit line', 'Fred Dufour | AFP | Getty Images'],
    ['credit lead', 'Credit...Ali Haider/EPA, via Shutterstock'],
    ['time stamp', '11 hours ago'],
    ['comment form', 'Only subscribers are eligible to post comments. Please subscribe or login first.'],
    ['password form', 'Use the form below to reset your password.'],
    ['bare url', 'https://nyti.ms/2OA9wek'],
    ['nav link', '[Politics](https://www.example.com/section/politics)'],
    ['share phrase', 'Share this article'],
  ])('drops furniture: %s', (_, line) => {
    const a = 'The council approved the plan by a vote of 7 to 2 on Wednesday night after a long debate about costs.';
    const b = 'Opponents said they would challenge the decision in court, arguing the council had ignored its own rules.';
    const out = cleanLines(raw(`${a}\n\n${line}\n\n${b}`));
    expect(out.text).toBe(`${a}\n\n${b}`);
  });

  it('empty and whitespace-only input give no paragraphs', () => {
    for (const t of ['', '   \n\n  \n']) {
      const out = cleanLines(raw(t, 'text'));
      expect(out.text).toBe('');
      expect(out.paragraphs).toEqual([]);
    }
  });

  it('a short text with no prose paragraph is kept rather than emptied', () => {
    const out = cleanLines(raw('Breaking: markets fall\n\nStocks dropped sharply in early trading', 'text'));
    expect(out.text).toContain('Stocks dropped sharply in early trading');
  });

  it('explainLines names the rule behind each verdict', () => {
    const verdicts = explainLines(raw(WIRE_TEXT, 'text'));
    expect(verdicts.find((x) => x.text === 'Advertisement')?.verdict).toBe('drop:furniture-phrase');
    expect(verdicts.find((x) => x.text.startsWith('By Jane'))?.verdict).toBe('drop:metadata-line');
    expect(verdicts.find((x) => x.text === 'More from Wire Daily')?.verdict).toBe('drop:tail');
  });
});

describe('cleanLines invariants', () => {
  it('never throws; spans always slice out the blocks of the text', async () => {
    const fc = (await import('fast-check')).default;
    const piece = fc.constantFrom(
      '<div class="ad">', '</div>', '<div class="articleBody">', '# Title here', '  - ', '  - [Link](http://x.y)', '> quoted words.',
      '![alt text here for a picture of things](http://x/y.jpg)', 'Advertisement', 'By Jane Doe', 'Oct. 9, 2019', '***', '=====',
      'A plain sentence of ordinary prose that goes on for long enough to count as a body paragraph here.', '', '', 'short line',
      '[unclosed link(', '**bold', '&amp; &#x41; &bogus;', 'Recent Posts', '11 hours ago', 'Tom Jowitt is a writer for the site.',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), fc.constantFrom<Format>('markdown', 'text'), (lines, format) => {
        const out = cleanLines(raw(lines.join('\n'), format));
        expectConsistent(out.text, out.paragraphs);
      }),
      { numRuns: 300, seed: 42 },
    );
  });

  it('stays fast on a large input', () => {
    const para = 'The agency said on Tuesday that it had approved 28 of the 130 applications, according to a statement [link](https://x.example/a).';
    const text = Array.from({ length: 4000 }, (_, i) => (i % 7 === 0 ? '<div class="x">\n\nAdvertisement\n\n</div>' : para)).join('\n\n');
    const t0 = performance.now();
    const out = cleanLines(raw(text));
    expect(performance.now() - t0).toBeLessThan(1500);
    expect(out.paragraphs.length).toBeGreaterThan(3000);
  });
});
