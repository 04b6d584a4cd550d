import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanLines, explainLines } from '../../src/clean/lines.js';
import type { Format, RawInput } from '../../src/model.js';

const KEEP = { keepCaptions: true };

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
const SEED_CASES: Array<{ prefix: string; must: string[]; mustNot: string[]; meta: Record<string, string>; /** Count of kind 'paragraph'. */ paragraphs: number }> = [
  {
    prefix: '000',
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
    must: ['The Trump administration announced Wednesday that it has begun issuing licenses',
      '“You can’t cut the local people in the rural communities out of telephones,” he said.',
      'China has said relief for Huawei is essential if Beijing is to agree to any trade deal.'],
    mustNot: ['subscribers', 'post comments', 'reset your password', 'login'],
    meta: {},
    paragraphs: 14,
  },
  {
    prefix: '002',
    must: ['San Francisco: Ahead of the next round of trade talks', 'USA companies can seek a license for specific products to be exempted from the ban.',
      'in the wake of the announcement though.'],
    mustNot: ['Latest News', 'US to issue licenses for supply of non-sensitive goods to Huawei', 'White House approves some sales to Huawei, confusion continues',
      'Trump administration mulls okaying sales to Huawei'],
    meta: { title: 'Trump administration mulls okaying sales to Huawei' },
    paragraphs: 6,
  },
  {
    prefix: '003',
    must: ['The U.S. government plans to soon issue licenses to American companies', 'That could change.',
      'the chance for a big deal is very low.', 'The reprieve was extended for another 90 days on August 19.'],
    mustNot: ['Fred Dufour', 'Getty Images', 'AFP', 'freeamericanetwork', '![', 'http'],
    meta: {},
    paragraphs: 8,
  },
  {
    prefix: '004',
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
    // ingest may sniff either format for these copies; the cleaner must not depend on the guess
    it.each(['markdown', 'text'] as const)(`seed ${c.prefix} as %s: keeps the article, drops the furniture`, (format) => {
      const file = files.find((f) => f.startsWith(c.prefix));
      expect(file, `seed ${c.prefix} present`).toBeDefined();
      const out = cleanLines(raw(readFileSync(path.join(SEEDS_DIR, file!), 'utf8'), format));
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
    // the copyright holder without its legal form: the outlet, not the company
    expect(out.meta.publisher).toBe('The New York Times');
  });

  it('seed 004 keeps its subheads as headings', () => {
    const out = cleanLines(raw(readFileSync(path.join(SEEDS_DIR, files.find((f) => f.startsWith('004'))!), 'utf8'), 'text'));
    const headings = out.paragraphs.filter((p) => p.kind === 'heading').map((p) => out.text.slice(p.start, p.end));
    expect(headings).toEqual(['Huawei ban', 'Green light']);
  });

  it('seed 003: the photo caption is dropped by default, or kept as a caption without its credit', () => {
    const text = readFileSync(path.join(SEEDS_DIR, files.find((f) => f.startsWith('003'))!), 'utf8');
    expect(cleanLines(raw(text)).text).not.toContain('A Huawei logo');
    const out = cleanLines(raw(text), KEEP);
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
    expect(cleanLines(raw(text)).text).toBe(`${body1}\n\n${body2}`);
    const out = cleanLines(raw(text), KEEP);
    expect(out.paragraphs.map((p) => [p.kind, out.text.slice(p.start, p.end)])).toEqual([
      ['caption', 'The bridge seen from the east bank.'],
      ['paragraph', body1],
      ['paragraph', body2],
    ]);
  });

  it('a caption and its credit line with no image and few lines are split off, not glued into the body', () => {
    const body1 = 'Officials said on Monday that the bridge, which carries about 40,000 vehicles a day, would close for repairs.';
    const body2 = 'The closure is expected to add up to 20 minutes to commutes across the river, according to the transport department.';
    const glued = `${body1}\n\nThe bridge seen from the east bank.\nPhoto: Jane Doe/Reuters\n\n${body2}`;
    expect(cleanLines(raw(glued, 'text')).text).toBe(`${body1}\n\n${body2}`);
    const kept = cleanLines(raw(glued, 'text'), KEEP);
    expect(kept.paragraphs.map((p) => [p.kind, kept.text.slice(p.start, p.end)])).toContainEqual(['caption', 'The bridge seen from the east bank.']);
    // Two body lines of under 100 characters and a caption line: the long last line shows they are not wrapped.
    const short = 'Officials said on Monday that the bridge, carrying 40,000 cars a day, would close in May.';
    const lines = `${short}\nCrews inspect the bridge in March. Photo: Reuters\n${body2} It will reopen in the spring.`;
    const out = cleanLines(raw(lines, 'text')).text;
    expect(out).toContain(short);
    expect(out).not.toContain('Crews inspect');
  });

  it.each([
    'Follow Jane Roe on Twitter: @janeroe', 'Write to Jane Roe at jane.roe@example.com', 'Got a confidential news tip?', 'Tags: roads, budget',
  ])('drops the furniture line %j even mid-article', (line) => {
    const p = (n: number): string => `Paragraph ${n} of the story explains what the agency decided and why it matters to the companies involved in the case.`;
    const out = cleanLines(raw([p(1), p(2), line, p(3)].join('\n\n'), 'text')).text;
    expect(out).not.toContain(line);
    expect(out).toContain(p(3));
  });

  it('a short line that ends in a bracketed "(Name/Outlet)" credit is a caption', () => {
    const body = 'Officials said on Monday that the bridge, which carries about 40,000 vehicles a day, would close for repairs until the spring.';
    const out = cleanLines(raw(`${body}\n\nWorkers repair a road in 2023. (John Doe/City News)\n\n${body.replace('Monday', 'Tuesday')}`, 'text'));
    expect(out.text).not.toContain('Workers repair');
    const kept = cleanLines(raw(`${body}\n\nWorkers repair a road in 2023. (John Doe/City News)\n\n${body}`, 'text'), KEEP);
    expect(kept.paragraphs.map((p) => [p.kind, kept.text.slice(p.start, p.end)])).toContainEqual(['caption', 'Workers repair a road in 2023.']);
  });

  it('markdown image with a caption and credit in its alt text keeps only the caption', () => {
    const body = 'The storm made landfall late on Sunday, cutting power to more than 200,000 homes along the coast, the utility said.';
    const out = cleanLines(raw(`![Crews clear debris in the town centre on Monday. Credit...John Smith/Getty Images](https://x.example/a.jpg)\n\n${body}`), KEEP);
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

  it('a standfirst set as a heading goes (as in HTML pages); a date line inside the body goes', () => {
    const dek = "The administration's decision could ease tensions between the two countries ahead of talks this week, officials said.";
    const a = 'The council approved the plan by a vote of 7 to 2 on Wednesday night after a long debate about costs.';
    const b = 'Opponents said they would challenge the decision in court, arguing the council had ignored its own rules.';
    const out = cleanLines(raw(`# Council Backs Plan\n\n## ${dek}\n\n${a}\n\nUpdated Oct. 9, 2019 10:04 a.m. ET\n\n${b}`));
    expect(out.meta.title).toBe('Council Backs Plan');
    expect(out.text).toBe(`${a}\n\n${b}`);
    expect(out.paragraphs.map((p) => p.kind)).toEqual(['paragraph', 'paragraph']);
  });

  it('a newsletter promo near the end goes alone when prose follows it', () => {
    const p = (n: number): string => `Paragraph ${n} of the story explains what the agency decided and why it matters to the companies involved.`;
    const text = [p(1), p(2), p(3), p(4), p(5), p(6), p(7), p(8), 'Sign up for our newsletter to get the latest news in your inbox.', p(9)].join('\n\n');
    const out = cleanLines(raw(text, 'text'));
    expect(out.text).toContain(p(9));
    expect(out.text).not.toContain('newsletter');
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
    ['a sentence about subscribing', 'Users who subscribe to the service pay $10 a month, and the company said it had 2 million of them.'],
    ['a sentence about copyright', 'Copyright infringement claims rose 20% last year, according to the report, which covered 40 countries.'],
    ['a quote asking people to register', '"Please register to vote," the mayor told the crowd on Saturday, urging people to turn out next month.'],
    ['a sentence about passwords', 'Customers were told to reset their password after the breach, which the company disclosed on Tuesday.'],
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
    ['comment count', 'Comments (123)'],
    ['ad with a note', 'Advertisement - scroll to continue'],
    ['image source', 'Image source, Getty Images'],
    ['reuse note', 'Reuse this content'],
    ['like row', 'Like Loading...'],
    ['donation promo', 'The Daily Lamp is a nonprofit newsroom covering the valley. Support our work.'],
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

  it.each([
    ['Will Huawei Survive the Ban?', true],
    ['Huawei Wins Reprieve!', true],
    ['Huawei gets a reprieve. Talks resume?', false],
    ['Huawei gets a reprieve.', false],
  ])('a leading title line may end in ? or ! (%j → %s)', (line, isTitle) => {
    const a = 'The council approved the plan by a vote of 7 to 2 on Wednesday night after a long debate about costs.';
    const b = 'Opponents said they would challenge the decision in court, arguing the council had ignored its own rules.';
    const out = cleanLines(raw(`${line}\n\n${a}\n\n${b}`, 'text'));
    expect(out.meta.title).toBe(isTitle ? line : undefined);
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
    expect(performance.now() - t0).toBeLessThan(10_000);
    expect(out.paragraphs.length).toBeGreaterThan(3000);
  });
});

describe('cleanLines on wire-style and broadcaster-style text copies', () => {
  const a = 'WASHINGTON (Reuters) - The U.S. Commerce Department will issue licenses to some companies to sell goods to Huawei, two sources said on Wednesday.';
  const b = 'The department has received more than 130 applications, a spokesman said, adding that decisions would be made case by case.';

  it('drops reporting credits, standards notes, inline "Read more:" promos and "Image copyright" lines', () => {
    const text = [
      a,
      'Image copyright Getty Images',
      'Image caption Huawei has denied the allegations',
      'READ MORE: Huawei ban explained',
      b,
      'Reporting by Jane Doe; Editing by Richard Roe',
      'Our Standards: The Thomson Reuters Trust Principles.',
    ].join('\n\n');
    expect(cleanLines(raw(text, 'text')).text).toBe(`${a}\n\n${b}`);
    const kept = cleanLines(raw(text, 'text'), KEEP);
    expect(kept.paragraphs.map((p) => [p.kind, kept.text.slice(p.start, p.end)])).toEqual([
      ['paragraph', a],
      ['caption', 'Huawei has denied the allegations'],
      ['paragraph', b],
    ]);
  });

  it('reads a Reuters-style date line and keeps an AP-style dateline paragraph', () => {
    const out = cleanLines(raw(['Huawei to get some U.S. licences', 'October 9, 2019 / 4:35 PM / Updated 2 hours ago', a, b].join('\n\n'), 'text'));
    expect(out.meta).toMatchObject({ title: 'Huawei to get some U.S. licences', published: '2019-10-09' });
    expect(out.text).toBe(`${a}\n\n${b}`);
  });
});

describe('cleanLines bylines in text', () => {
  const body = 'The regulator fined the bank $2 million on Thursday for failing to report suspicious transactions, it said in a statement.';
  const body2 = 'The bank said it had cooperated fully with the inquiry and had since improved its controls, a spokeswoman said.';
  it.each([
    ['By Jane A. Doe and Jim Tankersley', 'Jane A. Doe and Jim Tankersley', undefined],
    ['BY JANE DOE', 'JANE DOE', undefined],
    ['By Jane Doe | Oct. 9, 2019', 'Jane Doe', '2019-10-09'],
    ['Written by Rob Smith', 'Rob Smith', undefined],
  ])('%j', (line, byline, published) => {
    const out = cleanLines(raw(`Bank Fined Over Reporting Failures\n\n${line}\n\n${body}\n\n${body2}`, 'text'));
    expect(out.meta.byline).toBe(byline);
    expect(out.meta.published).toBe(published);
    expect(out.text).toBe(`${body}\n\n${body2}`);
  });

  it('container hints fill the url and date the text does not state', () => {
    const input = { ...raw(`${body}\n\n${body2}`, 'text'), hints: { url: 'https://news.example.com/2019/10/09/bank-fined' } };
    expect(cleanLines(input).meta).toEqual({
      url: 'https://news.example.com/2019/10/09/bank-fined', published: '2019-10-09', provenance: { url: 'hint', published: 'url-path' },
    });
    const dated = { ...raw(`Oct. 8, 2019\n\n${body}\n\n${body2}`, 'text'), hints: { published: '2019-10-09' } };
    expect(cleanLines(dated).meta).toMatchObject({ published: '2019-10-08', provenance: { published: 'date-line' } });
  });

  it('a lead sentence that starts with "By" is not a byline', () => {
    const lede = 'By Friday the bank had paid the fine.';
    const out = cleanLines(raw(`${lede}\n\n${body}\n\n${body2}`, 'text'));
    expect(out.meta.byline).toBeUndefined();
    expect(out.text).toContain(lede);
  });
});

describe('cleanLines line joining', () => {
  it('joins text hard-wrapped at a wide column (lines over 100 chars that end mid-sentence)', () => {
    const text =
      'The Commerce Department said on Wednesday that it had begun issuing licenses that allow some companies to\n' +
      'restart a limited range of sales to Huawei, months after adding the company to a trade blacklist over\n' +
      'national security concerns.';
    const out = cleanLines(raw(text, 'text'));
    expect(out.paragraphs).toHaveLength(1);
    expect(out.text).toBe(text.replace(/\n/g, ' '));
  });

  it('splits one-paragraph-per-line text even when a short line has no punctuation', () => {
    const l1 = 'The Commerce Department said on Wednesday that it had begun issuing licenses to restart some sales to Huawei.';
    const l2 = 'The department did not say which companies had received licenses or how many applications it had denied so far.';
    const out = cleanLines(raw(`${l1}\nLicences\n${l2}`, 'text'));
    expect(out.text).toBe(`${l1}\n\nLicences\n\n${l2}`);
    expect(out.paragraphs.map((p) => p.kind)).toEqual(['paragraph', 'heading', 'paragraph']);
  });
});

describe('cleanLines on pandoc fenced divs and attributes', () => {
  it('reads ::: fenced divs as hints and strips spans and attributes', () => {
    const p1 = 'The regulator fined the bank $2 million on Thursday for failing to report suspicious transactions, it said.';
    const p2 = 'The bank said it had [cooperated fully]{.highlight} with the inquiry and had [improved](https://x.example/a){.link} its controls.';
    const text = [
      '::: {#masthead .site-header}', '[Home](https://x.example/)', ':::',
      '::: {.share-tools}', '  - [Share](https://x.example/share)', ':::',
      '::: {.article-body itemprop="articleBody"}', p1, '![A bank branch in the city](https://x.example/b.jpg){width="50%"}', p2, ':::',
      '::: newsletter', 'Get our best stories every morning.', ':::',
    ].join('\n\n');
    const out = cleanLines(raw(text));
    expect(out.text).toBe(
      `${p1}\n\nThe bank said it had cooperated fully with the inquiry and had improved its controls.`,
    );
  });
});

describe('stripInline', () => {
  it.each([
    ['[Ana\nSwanson](https://www.nytimes.com/by/ana-swanson)', 'Ana Swanson', 11],
    ['a [link](https://en.wikipedia.org/wiki/Foo_(bar)) here', 'a link here', 4],
    ['**bold** and *em* and _under_ but snake_case_name stays', 'bold and em and under but snake_case_name stays', 0],
    ['price \\$250 and 5\\*3', 'price $250 and 5*3', 0],
    ['&amp; &#8217; &#x2014; &nbsp;x &bogus;', '& ’ — x &bogus;', 0],
    ['<span class="a">Ana</span> <https://x.example>', 'Ana', 0],
    ['claim[^1] stands', 'claim stands', 0],
    ['see [the report][1] and [x][]', 'see the report and x', 11],
    ['`code` ~~gone~~', 'code gone', 0],
  ])('%j', async (input, text, linkChars) => {
    const { stripInline } = await import('../../src/clean/lines/inline.js');
    expect(stripInline(input)).toEqual({ text, linkChars });
  });
});

describe('furniture predicates', () => {
  it.each([
    ['Fred Dufour | AFP | Getty Images', true],
    ['Credit...Ali Haider/EPA, via Shutterstock', true],
    ['Photo: Jane Doe/Reuters', true],
    ['(AP Photo/Andy Wong)', true],
    ['Getty Images', true],
    ['Reuters reported the deal on Tuesday.', false],
    ['A Huawei logo displayed at a retail store in Beijing.', false],
    ['The AFP news agency said the talks would resume in Washington next week after a pause of two months.', false],
  ])('isCredit(%j) = %s', async (text, want) => {
    const { isCredit } = await import('../../src/clean/lines/furniture.js');
    expect(isCredit(text)).toBe(want);
  });

  it.each([
    ['Tom Jowitt is a leading British tech freelancer and long standing contributor to Silicon UK.', undefined, true],
    ['Tom Jowitt', 'Tom Jowitt is a leading British tech freelancer and contributor.', true],
    ['Jane Doe covers trade policy as a senior correspondent in Washington.', undefined, true],
    ['Wilbur Ross is a former investor who now serves as commerce secretary.', undefined, false],
    ['Huawei is the world’s biggest telecommunications equipment maker.', undefined, false],
    ['Tom Jowitt', 'Huawei said on Tuesday that it would appeal.', false],
  ])('isBio(%j) = %s', async (text, next, want) => {
    const { isBio } = await import('../../src/clean/lines/furniture.js');
    expect(isBio(text, next)).toBe(want);
  });

  it.each([
    ['Recent Posts', true], ['Latest News', true], ['More from Reuters', true], ['Related Articles:', true], ['【関連記事】', true],
    ['More than 130 applications', false], ['Related charges', false], ['Huawei ban', false],
  ])('isTailHeading(%j) = %s', async (text, want) => {
    const { isTailHeading } = await import('../../src/clean/lines/furniture.js');
    expect(isTailHeading(text)).toBe(want);
  });
});

describe('cleanLines on blog and photo-credit shapes', () => {
  const a = 'The council approved the plan by a vote of 7 to 2 on Wednesday night after a long debate about costs.';
  const b = 'Opponents said they would challenge the decision in court, arguing the council had ignored its own rules.';

  it('image, caption, "Name | Outlet" credit and "By X | Published date": no title, no caption, no credit', () => {
    const text = `![](https://x.example/p.jpg)\nResidents listen during the council meeting on Wednesday.\nMaya Chen | River Post\nBy Omar Reyes | Published Oct. 9, 2019\n${a}\n${b}`;
    const out = cleanLines(raw(text));
    expect(out.text).toBe(`${a}\n\n${b}`);
    expect(out.meta).toEqual({ byline: 'Omar Reyes', published: '2019-10-09', provenance: { byline: 'byline-line', published: 'byline-line' } });
  });

  it.each([
    ['Posted on October 9, 2019 by Jane Roe', { byline: 'Jane Roe', published: '2019-10-09' }],
    ['City Desk | Updated: Oct. 9, 2019 18:45 IST', { byline: 'City Desk', modified: '2019-10-09', published: '2019-10-09' }],
    ['Staff, with wire reports | 9 October 2019', { byline: 'Staff, with wire reports', published: '2019-10-09' }],
  ])('reads %j', (line, want) => {
    const out = cleanLines(raw(`Council Backs Bridge Plan After Long Debate\n\n${line}\n\n${a}\n\n${b}`, 'text'));
    expect(out.meta).toMatchObject({ title: 'Council Backs Bridge Plan After Long Debate', ...want });
    expect(out.text).toBe(`${a}\n\n${b}`);
  });

  it('drops a share row, and a name line with its bio before a teaser list', () => {
    const text = [a, 'Facebook X Email Print', b, 'Maya Chen',
      'Maya Chen covers city hall for the River Post. She has lived in the city since 2015...',
      'Recent Posts', 'Library Reopens After Flood', 'The library reopened on Monday with donated shelves and new…', '3 hours ago'].join('\n\n');
    expect(cleanLines(raw(text, 'text')).text).toBe(`${a}\n\n${b}`);
  });
});
