import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clean, cleanToMarkdown } from '../../src/clean/index.js';
import { load } from 'cheerio/slim';
import { flatten, limitDepth } from '../../src/clean/html/dom.js';
import { flattenHtml } from '../../src/clean/html/sax.js';
import { isBoilerplate, isCaptionLine } from '../../src/clean/html/filters.js';
import type { Block } from '../../src/clean/html/blocks.js';
import type { RawInput } from '../../src/model.js';
import { collapsedBlock } from '../helpers/blocks.js';

function html(text: string): RawInput {
  return { id: 't', path: 't.html', format: 'html', text, bytes: text.length, diagnostics: [] };
}

/** A prose paragraph long enough to be scored as article text. */
const PROSE = (n: number): string =>
  `<p>Paragraph ${n} of the story says that the council met on Tuesday, and that members argued for hours, with several residents speaking against the plan.</p>`;
const BODY = [1, 2, 3, 4].map(PROSE).join('');

function page(article: string, extra = ''): string {
  return `<html><head><title>Test page</title></head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>${extra}<article><div class="article-body">${article}</div></article><footer>Copyright 2024</footer></body></html>`;
}

describe('HTML text layout', () => {
  it('joins inline elements without adding or losing spaces', () => {
    const { text } = clean(html(page(`${BODY}<p>The <b>vote</b> was <a href="/x">7&nbsp;to&nbsp;2</a>, said <i>Ms.</i>&#32;Lee.</p>`)));
    expect(text).toContain('The vote was 7 to 2, said Ms. Lee.');
  });

  it('separates adjacent list items, table cells and <br> lines', () => {
    const { text, paragraphs } = clean(html(page(`${BODY}<ul><li>one</li><li>two</li></ul><table><tr><td>alpha</td><td>beta</td></tr></table><p>first line<br>second line</p>`)));
    expect(text).toContain('one\n\ntwo');
    expect(text).toContain('alpha beta');
    expect(text).toContain('first line\nsecond line');
    expect(text).not.toMatch(/onetwo|alphabeta|linesecond/);
    const kinds = paragraphs.map((p) => [text.slice(p.start, p.end), p.kind]);
    expect(kinds).toContainEqual(['one', 'list-item']);
    expect(kinds).toContainEqual(['two', 'list-item']);
  });

  it('ends a paragraph of loose text at a removed block (an ad slot between two runs)', () => {
    const one = 'First run of loose text in the story container, long enough to stand alone.';
    const two = 'Second run of loose text after the ad slot, which is a paragraph of its own.';
    const { text } = clean(html(page(`${BODY}<div>${one}<div class="ad">Advertisement</div>${two}<br><br>Third run.</div>`)));
    expect(text).toContain(`${one}\n\n${two}`);
  });

  it('reads a single <br> as a paragraph break, a line break or a space by the lines around it', () => {
    const blocks = (inner: string): string[] => clean(html(page(`${BODY}<p>${inner}</p>`))).text.split('\n\n').slice(4);
    // Two complete sentences, list items, "Label: value" lines: paragraphs of their own.
    expect(blocks('The ferry left at noon on Monday.<br>It returned two hours later, half empty.')).toEqual(['The ferry left at noon on Monday.', 'It returned two hours later, half empty.']);
    expect(blocks('The rankings were:<br>1. Finland<br>2. Norway<br>3. Australia')).toEqual(['The rankings were:', '1. Finland', '2. Norway', '3. Australia']);
    expect(blocks('肉をくわえたイヌが、橋を渡っていました。<br>ふと下を見ると、川の中にも肉をくわえたイヌがいます。')).toEqual(['肉をくわえたイヌが、橋を渡っていました。', 'ふと下を見ると、川の中にも肉をくわえたイヌがいます。']);
    expect(blocks('Born: 12 May 1961<br>Party: Labour<br>Seat: Glasgow North')).toEqual(['Born: 12 May 1961', 'Party: Labour', 'Seat: Glasgow North']);
    // A label line above a paragraph of prose.
    expect(blocks('Task gating<br>The scheduler lets owners pause a whole queue of tasks until a quieter hour of the night, or drop them outright.')).toEqual(['Task gating', 'The scheduler lets owners pause a whole queue of tasks until a quieter hour of the night, or drop them outright.']);
    // Verse and addresses keep their lines inside one paragraph.
    expect(blocks('Harbour Office<br>5 Quay Street<br>Oban PA34 4LA')).toEqual(['Harbour Office\n5 Quay Street\nOban PA34 4LA']);
    expect(blocks('The tide comes in, the tide goes out,<br>and no one on the pier<br>remembers what it was about')).toEqual(['The tide comes in, the tide goes out,\nand no one on the pier\nremembers what it was about']);
    // A line wrapped by hand in the middle of a sentence reads on with a space.
    expect(blocks('The council said that the arguments for closing the harbour office were<br>weaker than the arguments for keeping it open.')).toEqual(['The council said that the arguments for closing the harbour office were weaker than the arguments for keeping it open.']);
  });

  it('drops the byline and dateline lines set with <br> above the first paragraph', () => {
    const { text } = clean(html(page(`<p>By Jane Doe<br>March 3, 2019<br>The storm reached the coast on Monday night, flooding roads and cutting power to thousands of homes in the county.</p>${BODY}`)));
    expect(text.startsWith('The storm reached the coast on Monday night')).toBe(true);
    expect(text).not.toContain('Jane Doe');
    expect(text).not.toContain('March 3, 2019');
  });

  it('keeps every line of preformatted text', () => {
    const { text } = clean(html(page(`${BODY}<pre>int add(int x, int y) {<br>  return x + y;<br>}</pre>`)));
    expect(text).toContain('int add(int x, int y) {\nreturn x + y;\n}');
  });

  it('drops a table of contents (a list of in-page anchors) and its label, but keeps a list of links away', () => {
    const toc = '<p>Table of Contents</p><ul><li><a href="#the-vote">The vote</a></li><li><a href="#the-plant">The plant</a><ul><li><a href="#jobs">Jobs</a></li></ul></li><li><a href="#next">What comes next</a></li></ul>';
    const { text } = clean(html(page(`${PROSE(1)}${toc}${[2, 3, 4].map(PROSE).join('')}<h2 id="the-vote">The vote</h2>${PROSE(5)}`)));
    expect(text).not.toContain('Table of Contents');
    expect(text).not.toContain('What comes next');
    expect(text).toContain('The vote\n\nParagraph 5');
    const away = '<p>The documents released on Monday:</p><ul><li><a href="/docs/1">The council minutes of 3 May</a></li><li><a href="/docs/2">The utility filing</a></li><li><a href="/docs/3">The consultants report</a></li></ul>';
    expect(clean(html(page(`${BODY}${away}${PROSE(5)}`))).text).toContain('The utility filing');
  });

  it('drops a "See more:" or "Watch:" label followed by a link, even a long one that reads like a sentence, but not a sentence that starts alike', () => {
    const { text } = clean(html(page(`${PROSE(1)}<p>See More: <a href="/news/storm">Storm batters the coast as thousands lose power, and the council says the sea wall on the north side of the harbour will not be repaired before the first of the winter storms arrive next month.</a></p>${PROSE(2)}<p><strong>Watch:</strong> <a href="/video/1">Residents clear debris from the harbour after the storm, as the council counts the cost of the damage to the quay, the fish market and the lifeboat station on the east pier.</a></p>${PROSE(3)}<p>Watch the vote on Friday: the council said it would publish the <a href="/report">full report</a> first, with the costs of each option.</p>${PROSE(4)}`)));
    expect(text).not.toContain('Storm batters');
    expect(text).not.toContain('Residents clear debris');
    expect(text).toContain('Watch the vote on Friday: the council said it would publish the full report');
  });

  it('reads a MathML formula as its tokens, spaced, without its TeX annotation, even in a menu-named wrapper', () => {
    const formula = '<math><semantics><mrow><mi>a</mi><mo>≠</mo><mn>0</mn></mrow><annotation encoding="application/x-tex">a \\neq 0</annotation></semantics></math>';
    const { text } = clean(html(page(`${BODY}<p>When <span class="renderer ctxtmenu_attached">${formula}</span>, there are two solutions to the equation, which the council’s engineers used.</p>`)));
    expect(text).toContain('When a ≠ 0 , there are two solutions');
    expect(text).not.toContain('neq');
  });

  it('finds an article made only of short lines (verse, a Q&A) beside a sidebar of teasers', () => {
    const poem = ['The tide comes in,', 'the tide goes out,', 'the gulls complain', 'and wheel about.', 'The harbour wall', 'is cold and grey;', 'the boats go out', 'at break of day.'];
    const teasers = Array.from({ length: 8 }, (_, i) => `<li><a href="/story/${i}">Council story number ${i} on the budget, housing and the new harbour plans for next year</a></li>`).join('');
    const verse = `<html><head><title>Harbour Song</title></head><body><main><h1>Harbour Song</h1><div class="entry">${poem.map((l) => `<p>${l}</p>`).join('')}</div></main><div class="rail"><h3>Latest</h3><ul>${teasers}</ul></div></body></html>`;
    const { text } = clean(html(verse));
    expect(text.split('\n\n')).toEqual(poem);
    const qa = ['Q: Where were you born?', 'A: In Oban.', 'Q: And your first boat?', 'A: The Mary Rose.', 'Q: Who taught you?', 'A: My uncle Iain.'];
    const interview = `<html><head><title>Six questions</title></head><body><div class="wrap"><h1>Six questions</h1><div class="c1">${qa.map((l) => `<p>${l}</p>`).join('')}</div></div><div class="c2"><ul>${teasers}</ul></div></body></html>`;
    expect(clean(html(interview)).text.split('\n\n')).toEqual(qa);
  });

  it('keeps a link list that is a section of its own between two subheadings, but not a "See also" section', () => {
    const item = (t: string, i: number): string => `<li><a href="https://bugs.example.org/${i}">${t}</a>, <a href="https://bugs.example.org/x${i}">fixed</a></li>`;
    const section = `<h4>Fission</h4><ul>${item('Neil improved the tab unloader', 1)}</ul><h4>Performance</h4><ul>${item('Startup is faster again', 2)}${item('Less memory for idle tabs', 3)}</ul>`;
    const { text } = clean(html(page(`${BODY}${section}${PROSE(5)}<h2>See also<span class="mw-editsection">[<a href="/edit">edit</a>]</span></h2><ul><li><a href="/wiki/A">Harbour</a></li><li><a href="/wiki/B">Quay</a></li></ul><h2>Notes</h2>${PROSE(6)}`)));
    expect(text).toContain('Neil improved the tab unloader, fixed');
    expect(text).not.toContain('See also');
    expect(text).not.toContain('Harbour\n');
  });

  it('splits paragraphs at double <br>', () => {
    const { text } = clean(html(page(`${BODY}<div>First block of loose text here.<br><br>Second block of loose text here.</div>`)));
    expect(text).toContain('First block of loose text here.\n\nSecond block of loose text here.');
  });

  it('decodes entities and drops link targets', () => {
    const { text } = clean(html(page(`${BODY}<p>Prices rose 5&percnt; &mdash; &ldquo;a lot&rdquo; &amp; more, see <a href="https://example.com/report">the report</a>.</p>`)));
    expect(text).toContain('Prices rose 5% — “a lot” & more, see the report.');
    expect(text).not.toContain('example.com');
  });

  it('labels headings, block quotes, preformatted text and list items', () => {
    const { text, paragraphs } = clean(html(page(`${BODY}<h2>Section title</h2><blockquote><p>A quoted passage that is long enough.</p></blockquote><pre>code  sample</pre><ol><li>step one</li></ol>`)));
    const kindOf = (s: string) => paragraphs.find((p) => text.slice(p.start, p.end) === s)?.kind;
    expect(kindOf('Section title')).toBe('heading');
    expect(kindOf('A quoted passage that is long enough.')).toBe('blockquote');
    expect(kindOf('code sample')).toBe('preformatted');
    expect(kindOf('step one')).toBe('list-item');
    expect(kindOf('Paragraph 1 of the story says that the council met on Tuesday, and that members argued for hours, with several residents speaking against the plan.')).toBe('paragraph');
  });

  it('gives exact offsets: every paragraph slices to its block', () => {
    const { text, paragraphs } = clean(html(page(`${BODY}<h2>Next</h2><p>Last one.</p>`)));
    expect(paragraphs.map((p) => text.slice(p.start, p.end))).toEqual(text.split('\n\n'));
    for (let i = 1; i < paragraphs.length; i++) expect(paragraphs[i]!.start).toBe(paragraphs[i - 1]!.end + 2);
  });
});

describe('boilerplate removal', () => {
  it('drops navigation, footer, scripts, styles, hidden nodes and forms', () => {
    const source = page(
      `${BODY}<script>var x = "SCRIPTTEXT";</script><style>.a{}</style><div hidden>HIDDENTEXT</div><div style="display: none">NONETEXT</div><form><input value="FORMTEXT"><label>Search</label></form>`,
      '<aside class="sidebar"><p>SIDEBAR text that is long enough to look like a paragraph, with commas, too.</p></aside>',
    );
    const { text } = clean(html(source));
    for (const junk of ['Home', 'Copyright 2024', 'SCRIPTTEXT', 'HIDDENTEXT', 'NONETEXT', 'FORMTEXT', 'Search', 'SIDEBAR']) {
      expect(text).not.toContain(junk);
    }
    expect(text).toContain('Paragraph 4 of the story');
  });

  it('drops share bars, ad labels, promos, captions and related-story teasers inside the article', () => {
    const inner = `${PROSE(1)}<div class="share-tools"><a href="https://facebook.com">Facebook</a><a href="https://twitter.com">Twitter</a></div>`
      + `<p>Advertisement</p>${PROSE(2)}<figure><img src="a.jpg"><figcaption>A caption about the photo. Credit: Jane Roe/Getty Images</figcaption></figure>`
      + `<p>Continue reading the main story</p>${PROSE(3)}<div class="newsletter-promo"><p>Sign up for our newsletter to get the news.</p></div>`
      + `<div class="more"><h3><a href="/a">Story A headline here</a></h3><p>Teaser A.</p><h3><a href="/b">Story B headline here</a></h3><p>Teaser B.</p></div>${PROSE(4)}`;
    const { text } = clean(html(page(inner)));
    for (const junk of ['Facebook', 'Advertisement', 'A caption about the photo', 'Continue reading', 'Sign up', 'Story A headline', 'Teaser B']) {
      expect(text).not.toContain(junk);
    }
    expect(text.split('\n\n')).toHaveLength(4);
  });

  it('drops a block that repeats the one before it', () => {
    const { text } = clean(html(page(`${PROSE(1)}${PROSE(2)}${PROSE(2)}${PROSE(3)}`)));
    expect(text.split('\n\n')).toHaveLength(3);
  });

  it.each([
    ['an id that merely contains "ad"', '<p id="e1ad" class="go gp">'],
    ['a state-modifier class', '<p class="no-caption has-share">'],
    ['an id that is the slug of its own heading', '<section id="sharing-with-a-single-developer"><h3>Sharing with a single developer</h3><p>'],
  ])('keeps a paragraph with %s', (_label, open) => {
    const close = open.startsWith('<section') ? '</p></section>' : '</p>';
    const { text } = clean(html(page(`${BODY}${open}This paragraph must stay in the article text, because it is prose.${close}`)));
    expect(text).toContain('This paragraph must stay in the article text, because it is prose.');
  });

  it('drops a figure written with divs (a photo, its caption and credit) but not a paragraph that opens with an image', () => {
    const box = `<div class="pic"><img src="a.jpg" width="800"><div>Workers repair a road in 2023.</div><div>Photo: Jane Roe</div></div>`;
    const inline = `<p><img src="b.jpg">Inline image, then a real paragraph that tells part of the story in full.</p>`;
    const icon = `<div><img src="star.png" width="16">Rated four stars by the council's own panel of experts.</div>`;
    const { text } = clean(html(page(`${BODY}${box}${inline}${icon}`)));
    expect(text).not.toContain('Workers repair a road');
    expect(text).not.toContain('Photo: Jane Roe');
    expect(text).toContain('Inline image, then a real paragraph');
    expect(text).toContain('Rated four stars');
    const lead = clean(html(page(`<div class="top"><img src="hero.jpg" width="900">${PROSE(0)}</div>${BODY}`))).text;
    expect(lead).toContain('Paragraph 0 of the story');
    const styled = clean(html(page(`${BODY}<p><img src="c.jpg"><br><i>The hand is protecting the slot from the robots.</i></p>${PROSE(5)}`))).text;
    expect(styled).not.toContain('The hand is protecting');
    expect(styled).toContain('Paragraph 5 of the story');
    const kept = clean(html(page(`${BODY}${box}`)), { keepCaptions: true });
    expect(kept.text).toContain('Workers repair a road');
  });

  it('keeps captions when asked', () => {
    const source = page(`${BODY}<figure><img src="a.jpg"><figcaption>The harbour at dawn.</figcaption></figure>`);
    const { text, paragraphs } = clean(html(source), { keepCaptions: true });
    expect(text).toContain('The harbour at dawn.');
    expect(paragraphs.find((p) => text.slice(p.start, p.end) === 'The harbour at dawn.')?.kind).toBe('caption');
  });

  it('keeps the body behind a paywall class, but not a comment thread that reads like prose', () => {
    const more = [5, 6, 7, 8].map(PROSE).join('');
    const walled = clean(html(page(`${PROSE(1)}${PROSE(2)}<div class="paywall">${more}</div>`))).text;
    expect(walled).toContain('Paragraph 8 of the story');
    const thread = clean(html(page(`${BODY}<div class="comments">${more.replace(/Paragraph/g, 'Reply')}</div>`))).text;
    expect(thread).toContain('Paragraph 4 of the story');
    expect(thread).not.toContain('Reply 5');
  });

  it('reads custom elements as the blocks they stand for, and their names as hints', () => {
    const paras = [1, 2, 3, 4].map((n) => `<story-p>${PROSE(n).replace(/<\/?p>/g, '')}</story-p>`).join('');
    const teasers = [1, 2, 3, 4, 5].map((n) => `<div><h4><a href="/x${n}">Another headline ${n} that is long enough</a></h4><p>A teaser blurb for the other story, with a comma, and more words ${n}.</p></div>`).join('');
    const replies = [1, 2, 3].map((n) => `<p>Reply ${n} says that, frankly, the plan is late, costly, and unfair to the people of the harbour.</p>`).join('');
    const source = `<html><body><story-body><amp-img src="a.jpg" alt="Harbour photo"></amp-img>${paras}</story-body><comment-thread>${replies}</comment-thread><div class="r">${teasers}</div></body></html>`;
    const { text } = clean(html(source));
    expect(text).toContain('Paragraph 1 of the story');
    expect(text).toContain('council met on Tuesday, and that members argued for hours, with several residents speaking against the plan.\n\nParagraph 2');
    expect(text).not.toContain('Reply 1');
    expect(text).not.toContain('Another headline');
  });

  it('reads a story told as a list of prose items over a sidebar of teasers', () => {
    const items = [1, 2, 3, 4].map((n) => `<li>${PROSE(n).replace(/<\/?p>/g, '')}</li>`).join('');
    const teasers = [1, 2, 3, 4, 5].map((n) => `<div><h4><a href="/x${n}">Another headline ${n} that is long enough</a></h4><p>A teaser blurb for the other story, with a comma, and more words ${n}.</p></div>`).join('');
    const { text } = clean(html(`<html><body><h1>Features</h1><ul class="c">${items}</ul><div class="r">${teasers}</div></body></html>`));
    expect(text).toContain('Paragraph 4 of the story');
    expect(text).not.toContain('Another headline');
  });

  it('drops an author card name and an inline photo credit wherever they sit', () => {
    const card = `<div class="article-expanded-byline"><span class="byline-name">Jane Roe</span></div>`;
    const { text } = clean(html(page(`${BODY}<p>The harbour at dawn. <span class="photo-credit">Jane Roe/City News</span></p>${PROSE(5)}${card}`)));
    expect(text).not.toMatch(/Jane Roe/);
    expect(text).toContain('Paragraph 5 of the story');
  });

  it('re-admits a sibling prose paragraph outside the main container', () => {
    const source = `<html><body><div id="wrap"><div class="story">${BODY}</div><p>A closing paragraph that sits outside the story container but is plainly prose, with no links at all.</p><ul class="links"><li><a href="/1">Link one</a></li><li><a href="/2">Link two</a></li></ul></div></body></html>`;
    const { text } = clean(html(source));
    expect(text).toContain('A closing paragraph that sits outside');
    expect(text).not.toContain('Link one');
  });

  it('does not repeat the headline that is the page title', () => {
    const source = `<html><head><meta property="og:title" content="Council Rejects the Harbour Plan"></head><body><article><h1>Council Rejects the Harbour Plan</h1>${BODY}<h2>What happens next</h2>${PROSE(5)}</article></body></html>`;
    const cleaned = clean(html(source));
    expect(cleaned.meta.title).toBe('Council Rejects the Harbour Plan');
    expect(cleaned.text).not.toContain('Council Rejects the Harbour Plan');
    expect(cleaned.text).toContain('What happens next');
  });

  it('uses the schema.org articleBody container over a longer comment section', () => {
    const comments = [1, 2, 3, 4, 5, 6].map((n) => `<div class="c"><p>Reader ${n} wrote a long reply, saying that, in their view, the plan was flawed, costly, and late.</p></div>`).join('');
    const source = `<html><body><div class="col"><div itemprop="articleBody">${PROSE(1)}${PROSE(2)}${PROSE(3)}</div></div><div class="lower"><div class="thread">${comments}</div></div></body></html>`;
    const { text } = clean(html(source));
    expect(text).toContain('Paragraph 3 of the story');
    expect(text).not.toContain('Reader 1 wrote');
  });

  describe('position: the article sits under its headline', () => {
    const head = `<head><meta property="og:title" content="Council Rejects the Harbour Plan"></head>`;
    const replies = [1, 2, 3, 4, 5, 6].map((n) => `<div class="c"><span>User${n} said:</span><p>Reader ${n} thinks that, honestly, the plan was flawed, costly, late, and unfair to the people, the shops, and the fishermen.</p></div>`).join('');
    const story = `<div class="a1"><h1>Council Rejects the Harbour Plan</h1><div class="t1">${PROSE(1)}${PROSE(2)}${PROSE(3)}</div></div>`;

    it('prefers a short story under the headline to a longer unmarked thread after it', () => {
      const { text } = clean(html(`<html>${head}<body>${story}<div class="r1"><h3>12 responses</h3>${replies}</div></body></html>`));
      expect(text).toContain('Paragraph 3 of the story');
      expect(text).not.toContain('Reader 1 thinks');
    });

    it('prefers the story to a block of long teasers before the headline', () => {
      const teasers = [1, 2, 3, 4, 5, 6].map((n) => `<div class="t"><p>Teaser ${n} says that, in other news, the mayor, the board, and the union met again, and talked, and argued.</p></div>`).join('');
      const { text } = clean(html(`<html>${head}<body><div class="top">${teasers}</div>${story}</body></html>`));
      expect(text).toContain('Paragraph 3 of the story');
      expect(text).not.toContain('Teaser 1 says');
    });

    it('keeps every part of a body split into containers under the headline', () => {
      const partA = `<div class="part">${PROSE(1)}${PROSE(2)}${PROSE(3)}</div>`;
      const partB = `<div class="part">${[4, 5, 6, 7, 8, 9].map(PROSE).join('')}</div>`;
      const { text } = clean(html(`<html>${head}<body><header><h1>Council Rejects the Harbour Plan</h1></header><main>${partA}<div class="ad">Advertisement</div>${partB}</main></body></html>`));
      expect(text).toContain('Paragraph 1 of the story');
      expect(text).toContain('Paragraph 9 of the story');
    });

    it('takes back the lead paragraph set beside the headline, but not a caption or a dek in the header', () => {
      const column = `<div class="mid">${[2, 3, 4, 5].map(PROSE).join('')}</div>`;
      const lead = `<div class="left"><h1>Council Rejects the Harbour Plan</h1>${PROSE(1)}<figure><p>A long caption under the photo of the harbour that reads like a sentence, but is not one.</p></figure></div>`;
      const { text } = clean(html(`<html>${head}<body><div class="wrap">${lead}${column}</div></body></html>`));
      expect(text.startsWith('Paragraph 1 of the story')).toBe(true);
      expect(text).toContain('Paragraph 5 of the story');
      expect(text).not.toContain('A long caption');
      const header = `<header><h1>Council Rejects the Harbour Plan</h1><p>A standfirst that sums up the story in one sentence for the readers today.</p></header>`;
      const headed = clean(html(`<html>${head}<body><div class="wrap">${header}${column}</div></body></html>`)).text;
      expect(headed).not.toContain('A standfirst');
    });

    it('keeps a long body that follows an intro of several paragraphs', () => {
      const intro = `<div class="intro">${PROSE(1)}${PROSE(2)}${PROSE(3)}</div>`;
      const body = `<div class="x9">${[4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15].map(PROSE).join('')}</div>`;
      const { text } = clean(html(`<html>${head}<body><div class="a1"><h1>Council Rejects the Harbour Plan</h1>${intro}</div>${body}</body></html>`));
      expect(text).toContain('Paragraph 15 of the story');
      expect(text).toContain('Paragraph 9 of the story');
    });
  });

  it('falls back to the JSON-LD articleBody when the page renders its text with scripts', () => {
    const body = 'First paragraph of the article body, which is long enough to count. '.repeat(5);
    const ld = JSON.stringify({ '@type': 'NewsArticle', headline: 'H', articleBody: `${body}\n${body.toUpperCase()}` });
    const source = `<html><head><script type="application/ld+json">${ld}</script></head><body><div id="root"></div></body></html>`;
    const cleaned = clean(html(source));
    expect(cleaned.paragraphs).toHaveLength(2);
    expect(cleaned.text.startsWith('First paragraph of the article body')).toBe(true);
    expect(cleaned.diagnostics.map((d) => d.ruleId)).toContain('clean/jsonld-body');
  });
});

describe('JSON-LD articleBody as a check', () => {
  it('replaces an extraction that holds almost none of the stated articleBody', () => {
    // Forty short lines, each too short to vote, so the scored thread wins the page.
    const story = Array.from({ length: 40 }, (_, k) => `Harbour line ${k + 1} said no.`);
    const ld = JSON.stringify({ '@type': 'NewsArticle', articleBody: story.join('\n') });
    const thread = [1, 2, 3, 4, 5, 6].map((n) => `<div class="c"><p>Reader ${n} thinks that, honestly, the plan was flawed, costly, late, and unfair to the people, the shops, and the fishermen of the town.</p></div>`).join('');
    const source = `<html><head><script type="application/ld+json">${ld}</script></head><body><section class="s">${story.map((t) => `<div>${t}</div>`).join('')}</section><div class="r">${thread}</div></body></html>`;
    const cleaned = clean(html(source));
    expect(cleaned.text).toContain('Harbour line 40 said no.');
    expect(cleaned.text).not.toContain('Reader 1 thinks');
    expect(cleaned.diagnostics.map((d) => d.ruleId)).toContain('clean/jsonld-body');
  });

  it('keeps an extraction that holds the articleBody (a teaser of it is enough)', () => {
    const ld = JSON.stringify({ '@type': 'NewsArticle', articleBody: [1, 2, 3, 4, 5, 6, 7].map((n) => PROSE(n).replace(/<\/?p>/g, '')).join(' ') });
    const cleaned = clean(html(`<html><head><script type="application/ld+json">${ld}</script></head><body><article>${[1, 2, 3, 4, 5, 6, 7, 8].map(PROSE).join('')}</article></body></html>`));
    expect(cleaned.text).toContain('Paragraph 8 of the story');
    expect(cleaned.diagnostics.map((d) => d.ruleId)).not.toContain('clean/jsonld-body');
  });
});

describe('JSON-LD articleBody with markup', () => {
  it('serialises an HTML articleBody like page markup', () => {
    const para = 'A paragraph of the article body that is long enough to count as text. '.repeat(4);
    const ld = JSON.stringify({ '@type': 'NewsArticle', articleBody: `<p>${para}</p><p>Second &amp; <b>last</b> paragraph of it, ${para}</p>` });
    const cleaned = clean(html(`<html><head><script type="application/ld+json">${ld}</script></head><body></body></html>`));
    expect(cleaned.paragraphs).toHaveLength(2);
    expect(cleaned.text).toContain('Second & last paragraph');
    expect(cleaned.text).not.toContain('<p>');
  });
});

describe('boilerplate block patterns', () => {
  const block = (text: string, linkChars = 0, kind: Block['kind'] = 'paragraph'): Block => ({ text, kind, linkChars, element: 0, whole: true, tag: 'p' });
  it.each([
    'Advertisement', 'ADVERTISEMENT', 'Continue reading the main story', 'Read more', 'Share this article', 'Recent Posts',
    'Sign up for our daily newsletter and never miss a story.', 'Photograph: Jane Roe/Getty Images', 'By Jane Doe and John Roe',
    'Updated 9:41 AM ET, Fri March 3, 2017', 'Skip to main content', 'A version of this article appears in print on May 2, 2020.',
  ])('drops %j', (text) => {
    expect(isBoilerplate(block(text))).toBe(true);
  });
  it.each([
    '1 Share Back', 'About the Author', 'More games news:', 'Top photo by Joan Bardeletti', '(All photos: Atlas staff)',
    'This article originally appeared on The Atlantic.', 'This article was reprinted on Wired.com.',
    'Posted by Andrew Hayden, Software Engineer on Google Play', 'By Gina Kolata y Benjamin Mueller',
    'Le Monde | 04.05.2015 à 13h36 • Mis à jour le 05.05.2015 à 20h13 | Par Martin Untersinger (avec Damien Leloup)',
  ])('drops the chrome line %j', (text) => {
    expect(isBoilerplate(block(text))).toBe(true);
  });
  it.each([
    'Copyright 2024 The Wire Service. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.',
    'Follow Jane Roe on Twitter: @janeroe', 'Got a confidential news tip?', 'Want more news like this? Sign up for our free newsletter.',
    'Write to Jane Roe at jane.roe@example.com', 'Jane Roe can be reached at jroe@example.com.', 'Filed under: Politics', 'Tags: roads, budget',
    '— Jane Roe (@janeroe) August 22, 2013', 'Current Time 0:00', 'Remaining Time -0:00',
    '2 days ago', 'By Jane Roe | Reporter', 'Reporter: Jane Roe', 'AFP via Getty Images', 'Photographer: Jane Roe/Bloomberg', 'Jane Roe for The Daily Planet',
    'Listen to this story', 'Like this:', 'Comments are closed.', 'Leave a Reply', 'Image credit: Jane Doe', 'Enjoy this article? Support our journalism.',
  ])('drops the end-of-article furniture %j', (text) => {
    expect(isBoilerplate(block(text))).toBe(true);
  });
  it.each([
    'Reporting by ProPublica showed the agency ignored warnings for years.', 'Reporting by the Times found that the mayor lied.',
    // Wire credits are part of the story's text (gold keeps them).
    'Reporting by Jane Doe in London; additional reporting by Sam Poe; Editing by John Roe and Mary Moe', '(Reporting by Jane Doe; Editing by John Roe)',
    'Follow the money on Twitter and you find the truth, he said.', 'Copyright 2019 law changes were approved by parliament on Tuesday.',
    'Have a tip for the police, the chief said, and call this number.', 'Want more news about the council? The next meeting is Tuesday.',
    'Two years ago, the council said no.', 'Video: Watch the mayor speak', 'Tickets for The Show', 'Thanks to Jane Roe for The Help.',
  ])('keeps the sentence %j', (text) => {
    expect(isBoilerplate(block(text))).toBe(false);
  });
  it.each([
    'The Guardian, Mon 3 Mar 2017 10.32 GMT', 'BBC News, 3 March 2017', 'March 3, 2017 | Jane Doe | 4 min read',
    'The Washington Post · March 3, 2017', '5 min read', 'Reading time: 4 minutes',
    'Tuesday 15 October 2019 by Jane Q. Public', 'Posted on Tuesday 15 October 2019 at 09:11 by Jane Q. Public.',
  ])('drops the dateline %j', (text) => {
    expect(isBoilerplate(block(text))).toBe(true);
  });
  it.each([
    'Elections on May 5', 'In March 2017, the council voted.', 'Ohio State 24, Michigan 21',
    'Tuesday, March 3: Council votes', 'Chang, Justin (31 January 2006). "Review: Salvage"',
  ])('keeps the dated line %j', (text) => {
    expect(isBoilerplate(block(text))).toBe(false);
  });
  it.each([
    'Workers repair a road in 2023. (John Doe/City News)', 'Dig a hole in the soil. (Lucy Park)', 'The harbour at dawn (Photo: Reuters)',
  ])('reads %j as a caption by its bracketed credit', (text) => {
    expect(isCaptionLine(block(text))).toBe(true);
  });
  it.each([
    'The bill passed, said Sen. Jane Roe (D-Calif.).', 'He met the president (Joe Biden).', 'The vote was 7 to 2 (a record)',
  ])('does not read %j as a caption', (text) => {
    expect(isCaptionLine(block(text))).toBe(false);
  });
  it('drops a bracketed-credit caption from the page unless captions are kept', () => {
    const source = page(`${BODY}<p>Workers repair a road in 2023. (John Doe/City News)</p>${PROSE(5)}`);
    expect(clean(html(source)).text).not.toContain('Workers repair');
    expect(clean(html(source), { keepCaptions: true }).text).toContain('Workers repair');
  });
  it('drops an element hidden by the "hidden" utility class, but not one a breakpoint shows', () => {
    const source = page(`${BODY}<ul class="hidden"><li>Politics &amp; Government</li><li>Arts</li></ul><div class="hidden md:block"><p>Shown on wide screens: a paragraph that belongs to the story.</p></div>`);
    const { text } = clean(html(source));
    expect(text).not.toContain('Politics & Government');
    expect(text).toContain('Shown on wide screens');
  });
  it('keeps a dated citation in a list', () => {
    expect(isBoilerplate(block('Griffiths, John (6 December 2011). Dates of Christmas', 0, 'list-item'))).toBe(false);
  });
  it('drops a bracketed promo with a link but keeps a bracketed editorial note', () => {
    const promo = '[What you need to know to start the day: Get New York Today in your inbox.]';
    expect(isBoilerplate(block(promo, 31))).toBe(true);
    expect(isBoilerplate(block('[This story was updated at 3 p.m. with the vote count.]'))).toBe(false);
  });
  it.each([
    'More than 200 people attended the hearing, which ran past midnight.',
    'Posted by the council on its website, the notice gave residents 10 days.',
    'About the author of the report, little is known.',
  ])('keeps the prose line %j', (text) => {
    expect(isBoilerplate(block(text))).toBe(false);
  });
  it('drops a link list line', () => {
    expect(isBoilerplate(block('Related: Five things we learned from the interview', 40))).toBe(true);
  });
  it.each([
    'The council voted on Tuesday.', 'Read the statement in full, the mayor said, before deciding.',
    'By the end of the year, prices had doubled.', 'Advertisement revenue fell 12% in the quarter, the company said.',
    'Share prices fell 3% on Monday after the announcement.', 'March 3 was the deadline the board had set for itself.',
  ])('keeps %j', (text) => {
    expect(isBoilerplate(block(text))).toBe(false);
  });
  it('keeps a long linked sentence but drops a short link line', () => {
    const linked = 'The response, from all quarters, including the editors who wrote the rules, was that the critics had missed the point entirely.';
    expect(isBoilerplate(block(`${linked} See the whole thread here.`, linked.length))).toBe(false);
    expect(isBoilerplate(block('Read about ad blocking here.', 22))).toBe(true);
  });
  it('keeps a sentence with one link', () => {
    expect(isBoilerplate(block('But a new report released on Monday by Stanford University calls that into question.', 30))).toBe(false);
  });
});

describe('robustness', () => {
  it.each([
    ['empty input', ''],
    ['text without tags', 'just some words'],
    ['unclosed tags', '<html><body><div><p>Open paragraph <b>bold <i>italic'],
    ['stray end tags', '</div></p></html><p>after</p>'],
    ['broken attributes', '<div class="a><p id=>x</p><a href=">y</a>'],
    ['binary noise', '\u0000\u0001<\u0002>\uFFFD<<<>>>'],
  ])('never throws on %s', (_label, source) => {
    const cleaned = clean(html(source));
    expect(typeof cleaned.text).toBe('string');
    expect(cleaned.paragraphs.map((p) => cleaned.text.slice(p.start, p.end))).toEqual(cleaned.text ? cleaned.text.split('\n\n') : []);
  });

  it('judges 10,000 introduced link lists in bounded time and keeps them', () => {
    const unit = (i: number): string => `<p>These were fixed:</p><ul><li><a href="/b/${i}">Bug ${i} fixed in the parser today</a></li><li><a href="/c/${i}">Issue ${i} closed</a></li></ul>`;
    const source = page(`${PROSE(1)}${Array.from({ length: 10_000 }, (_, i) => unit(i)).join('')}`);
    const t0 = performance.now();
    const { text } = clean(html(source));
    expect(performance.now() - t0).toBeLessThan(15_000);
    expect(text).toContain('Bug 9999 fixed in the parser today');
  });

  it('keeps its layout invariants on random tag soup', () => {
    const piece = fc.constantFrom(
      '<div>', '</div>', '<p>', '</p>', '<li>', '<ul>', '</ul>', '<br>', '<a href="/x">', '</a>', '<td>', '<table>',
      '<h2>', '</h2>', '<script>', '</script>', '<!--', '-->', '&amp;', '&nbsp;', ' ', '\n', 'word', 'Sentence, with a comma.',
      '<article>', '</article>', '<nav>', '</nav>', '<pre>', '</pre>', '<blockquote>', '\u200b', 'Advertisement',
    );
    fc.assert(fc.property(fc.array(piece, { maxLength: 80 }), (parts) => {
      const cleaned = clean(html(parts.join('')));
      const blocks = cleaned.text ? cleaned.text.split('\n\n') : [];
      expect(cleaned.paragraphs.map((p) => cleaned.text.slice(p.start, p.end))).toEqual(blocks);
      for (const block of blocks) expect(block).toBe(collapsedBlock(block));
      expect(cleaned.text).not.toContain('\u200b');
    }), { numRuns: 300, seed: 7 });
  });

  it('reports a page without article text', () => {
    expect(clean(html('<html><body><nav><a href="/">Home</a></nav></body></html>')).diagnostics.map((d) => d.ruleId)).toContain('clean/no-article');
  });

  it('handles 100,000 nested divs without overflowing the stack', () => {
    const n = 100_000;
    const source = `<html><body>${'<div>'.repeat(n)}<p>Deep text that is long enough to be a paragraph, with a comma.</p>${'</div>'.repeat(n)}</body></html>`;
    const started = Date.now();
    const cleaned = clean(html(source));
    expect(cleaned.text).toBe('Deep text that is long enough to be a paragraph, with a comma.');
    expect(cleaned.diagnostics.map((d) => d.ruleId)).toContain('clean/deep-nesting');
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(cleanToMarkdown(html(source))).toContain('Deep text');
  });

  it('cleans a 5 MB page in bounded time', () => {
    const count = Math.ceil(5_000_000 / PROSE(1).length);
    const source = page(Array.from({ length: count }, (_, n) => PROSE(n)).join(''));
    const started = Date.now();
    const cleaned = clean(html(source));
    expect(cleaned.text.length).toBeGreaterThan(4_000_000);
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});

describe('limitDepth', () => {
  it('leaves ordinary markup unchanged', () => {
    const markup = '<div><p>a</p><ul><li>b<li>c</ul></div>';
    expect(limitDepth(markup)).toEqual({ html: markup, maxDepth: 2, flattened: false });
  });
  it('ignores tags inside scripts and void or self-closing tags', () => {
    const markup = `<div><script>${'<div>'.repeat(5000)}</script><br><img src=x><span/></div>`;
    expect(limitDepth(markup).flattened).toBe(false);
  });
  it('flattens only the tags beyond the limit', () => {
    const { html: out, flattened, maxDepth } = limitDepth(`${'<div>'.repeat(3000)}x${'</div>'.repeat(3000)}`);
    expect(flattened).toBe(true);
    expect(maxDepth).toBe(3000);
    expect(out).toBe(`${'<div>'.repeat(2000)}x${'</div>'.repeat(2000)}`);
  });
});

describe('cleanToMarkdown', () => {
  it('renders the kept article with headings, lists, emphasis and links', () => {
    const md = cleanToMarkdown(html(page(`${BODY}<h2>Next steps</h2><ul><li>first</li><li>second</li></ul><p>The findings are set out in <a href="https://example.com/r">the <em>report</em></a>, which the council published on Monday.</p>`)));
    expect(md).toContain('## Next steps');
    expect(md).toMatch(/-\s+first\n-\s+second/);
    expect(md).toContain('[the _report_](https://example.com/r)');
    expect(md).not.toContain('Home');
    expect(md).not.toContain('Copyright');
  });
  it('drops the boilerplate blocks that the text drops', () => {
    const md = cleanToMarkdown(html(page(`${PROSE(1)}<p>Advertisement</p>${PROSE(2)}${PROSE(3)}`)));
    expect(md).not.toContain('Advertisement');
    expect(md).toContain('Paragraph 3');
  });
  it('breaks paragraphs where the text does: at a removed block between loose text, and at a double <br>', () => {
    const one = 'First run of loose text in the story container, long enough to stand alone.';
    const two = 'Second run of loose text after the ad slot, which is a paragraph of its own.';
    const source = html(page(`${BODY}<div>${one}<div class="ad">Advertisement</div>${two}<br><br>Third run.</div>`));
    const md = cleanToMarkdown(source);
    expect(md).toContain(`${one}\n\n${two}\n\nThird run.`);
    expect(clean(source).text).toContain(`${one}\n\n${two}\n\nThird run.`);
  });
});

describe('recall: standfirst, introduced link lists, card teasers, trailing labels', () => {
  const DEK = 'The vote ends a decade of fights over the plant, which still supplies a fifth of the power.';
  const withHeader = (header: string, meta = ''): string =>
    `<html><head><title>T</title>${meta}</head><body><article><header><h1>Harbour City Votes to Close Its Coal Plant</h1>${header}</header><div class="article-body">${BODY}</div></article></body></html>`;

  it('leaves out the dek under the headline, as hand-made gold does (outside the body, by description or class)', () => {
    const described = clean(html(withHeader(`<p class="css-x1">${DEK}</p><p class="css-x2">By Jane Doe</p>`, `<meta name="description" content="${DEK}">`)));
    expect(described.text).not.toContain('The vote ends');
    expect(described.text).not.toContain('Jane Doe');
    expect(described.text.startsWith('Paragraph 1 of the story')).toBe(true);
    expect(clean(html(withHeader(`<p class="article-summary">${DEK}</p>`))).text).not.toContain('The vote ends');
  });

  it('drops a dek that the chosen container holds at its start, and keeps a lead paragraph that the description repeats', () => {
    const meta = `<meta name="description" content="${DEK}">`;
    const inside = (top: string): string => `<html><head><title>Harbour City Votes to Close Its Coal Plant</title>${meta}</head><body><article class="article-body"><div class="top"><h1>Harbour City Votes to Close Its Coal Plant</h1>${top}</div><div class="story">${BODY}</div></article></body></html>`;
    // A dek-class box, and a bare paragraph beside the headline while the body is in a box of its own.
    expect(clean(html(inside(`<p class="article-dek">${DEK}</p>`))).text.startsWith('Paragraph 1 of the story')).toBe(true);
    expect(clean(html(inside(`<p>${DEK}</p>`))).text.startsWith('Paragraph 1 of the story')).toBe(true);
    // The description repeats the lead: the lead is the body's first paragraph and stays.
    const lead = `<html><head><title>T</title>${meta}</head><body><article><h1>Harbour City Votes to Close Its Coal Plant</h1><div class="article-body"><p>${DEK}</p>${BODY}</div></article></body></html>`;
    expect(clean(html(lead)).text.startsWith(DEK)).toBe(true);
    // A summary-named box around the whole body (a CMS's "description" pane) is not a dek.
    const pane = `<html><head><title>T</title>${meta}</head><body><div class="description"><p>${DEK}</p>${BODY}</div></body></html>`;
    expect(clean(html(pane)).text.startsWith(DEK)).toBe(true);
    // Newsrooms call the first paragraph the intro: it stays.
    const intro = `<html><head><title>T</title>${meta}</head><body><div class="article-body"><div class="story-intro"><p>${DEK}</p></div>${BODY}</div></body></html>`;
    expect(clean(html(intro)).text.startsWith(DEK)).toBe(true);
  });

  it('does not repeat a dek that the lead paragraph already starts with', () => {
    const lead = `<p>${DEK} The council met on Tuesday, and members argued for hours.</p>`;
    const source = `<html><head><meta name="description" content="${DEK}"></head><body><article><header><h1>Headline of the story</h1><p>${DEK}</p></header><div class="article-body">${lead}${BODY}</div></article></body></html>`;
    const { text } = clean(html(source));
    expect(text.split(DEK)).toHaveLength(2);
    expect(text.startsWith(`${DEK} The council met`)).toBe(true);
  });

  it('does not take a description-like paragraph from before the headline', () => {
    const source = `<html><head><meta name="description" content="${DEK}"></head><body><div class="promo"><p>${DEK}</p></div><h1>Headline</h1><div class="article-body">${BODY}</div></body></html>`;
    expect(clean(html(source)).text).not.toContain('The vote ends');
  });

  const links = (n: number, prefix: string): string =>
    Array.from({ length: n }, (_, i) => `<li><a href="https://bugs.example.org/${i}">${prefix} ${i} fixes the crash on start-up</a></li>`).join('');

  it('keeps a link list that the prose introduces, and one nested under a lead-in item', () => {
    const intro = `${BODY}<p>These are the bugs we fixed this week:</p><ul>${links(4, 'Bug')}</ul>${PROSE(5)}`;
    expect(clean(html(page(intro))).text).toContain('Bug 3 fixes the crash');
    const nested = `${BODY}<ul><li>We have a new team of students working on the player next term, with two mentors.</li><li>In progress:<ul>${links(5, 'Issue')}</ul></li></ul>${PROSE(5)}`;
    const text = clean(html(page(nested))).text;
    expect(text).toContain('Issue 4 fixes the crash');
    expect(text).toContain('In progress:');
  });

  it('keeps a link list under its own subheading mid-article, not one under a "More stories" label or at the end', () => {
    const links = (k: string) => `<ul><li><a href="/${k}1">The official ${k} report on the budget</a></li><li><a href="/${k}2">The minister's ${k} statement in full</a></li></ul>`;
    const mid = clean(html(page(`${PROSE(1)}<h2>Documents</h2>${links('doc')}${PROSE(2)}${PROSE(3)}`))).text;
    expect(mid).toContain('The official doc report on the budget');
    const promo = clean(html(page(`${PROSE(1)}<h2>More stories</h2>${links('more')}${PROSE(2)}${PROSE(3)}`))).text;
    expect(promo).not.toContain('The official more report');
    const tail = clean(html(page(`${PROSE(1)}${PROSE(2)}${PROSE(3)}<h2>Elsewhere</h2>${links('tail')}`))).text;
    expect(tail).not.toContain('The official tail report');
  });

  it('keeps a list whose items say something beside their links', () => {
    const items = ['Ankush', 'Gero', 'Mina'].map((name, i) => `<li>${name} <a href="https://bugs.example.org/${i}">fixed an issue</a> with the permissions dialog in the settings page</li>`).join('');
    expect(clean(html(page(`${BODY}<h3>New contributors</h3><ul>${items}</ul>${PROSE(5)}`))).text).toContain('Gero fixed an issue');
  });

  it('still drops link lists introduced as related stories, and bare link lists', () => {
    const related = `${BODY}<p>More games news:</p><ul>${links(4, 'Story')}</ul>${PROSE(5)}`;
    const text = clean(html(page(related))).text;
    expect(text).not.toContain('Story 1 fixes');
    expect(text).not.toContain('More games news');
    const bare = `${BODY}<ul>${links(4, 'Link')}</ul>${PROSE(5)}`;
    expect(clean(html(page(bare))).text).not.toContain('Link 1 fixes');
  });

  it('drops cards whose headline sits inside the link', () => {
    const cards = [1, 2, 3].map((n) => `<a href="/blog/${n}" class="card"><div class="category">Blog</div><h3>Card headline number ${n} about our work</h3></a>`).join('');
    const text = clean(html(page(`${BODY}<div class="cards">${cards}</div>`))).text;
    expect(text).not.toContain('Card headline');
    expect(text).toContain('Paragraph 4 of the story');
  });

  it('drops a heading that ends the article and a bio set in capitals', () => {
    const text = clean(html(page(`${BODY}<p>LAURIE OAKES IS THE NINE NETWORK POLITICAL EDITOR</p><h3>Pages</h3>`))).text;
    expect(text.split('\n\n')).toHaveLength(4);
  });
});

describe('flattenHtml (the tree-free route for very large pages)', () => {
  it.each([
    ['plain markup', '<html><head><title>T</title></head><body><p class="a" id="b">One <b>two</b> three</p></body></html>'],
    ['implied closes and void tags', '<ul><li>one<li>two</ul><p>para<p>next<br>line<img src=x></p><table><tr><td>a<td>b</table>'],
    ['comments, a doctype and CDATA splitting text', '<!doctype html><div>a<!-- c -->b<![CDATA[x]]>c<?pi x?>d</div>'],
    ['entities, scripts and styles', '<p>A &amp; B &nbsp; C</p><script>if (a < b) x = "</p>";</script><style>p{}</style>'],
    ['unclosed and stray tags', '<div><span>open<div>inner</span></p>tail'],
    ['text only', 'just some text, no markup'],
  ])('builds the same arrays as the tree route for %s', (_label, source) => {
    const tree = flatten(load(source).root()[0]!);
    const sax = flattenHtml(source);
    expect(sax.tag).toEqual(tree.tag);
    expect(sax.text).toEqual(tree.text);
    expect(Array.from(sax.parent)).toEqual(Array.from(tree.parent));
    expect(Array.from(sax.end)).toEqual(Array.from(tree.end));
    expect(sax.attribs).toEqual(tree.attribs);
  });

  it('agrees with the tree route on random tag soup', () => {
    const piece = fc.constantFrom('<div>', '</div>', '<p>', '</p>', '<li>', '<ul>', '</ul>', '<br>', '<a href="/x">', '</a>', '<td>', '<table>',
      '<script>', '</script>', '<!--', '-->', '&amp;', ' ', 'word', '<b class="k">', '</b>', '<![CDATA[', ']]>', '<?x?>');
    fc.assert(fc.property(fc.array(piece, { maxLength: 60 }), (parts) => {
      const source = parts.join('');
      const tree = flatten(load(source).root()[0]!);
      const sax = flattenHtml(source);
      expect(sax.tag).toEqual(tree.tag);
      expect(sax.text).toEqual(tree.text);
      expect(Array.from(sax.parent)).toEqual(Array.from(tree.parent));
    }), { numRuns: 300 });
  });
});
