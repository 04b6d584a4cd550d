/**
 * Recall rules of the HTML extractor: content that looks like chrome by its class or its words
 * alone but is part of the article (code, data tables, ...). Each row is an invented snippet set
 * among four paragraphs of prose; `keep` must survive, `drop` must not.
 */
import { describe, expect, it } from 'vitest';
import { clean } from '../../src/clean/index.js';
import type { RawInput } from '../../src/model.js';

function html(text: string): RawInput {
  return { id: 't', path: 't.html', format: 'html', text, bytes: text.length, diagnostics: [] };
}

const PROSE = (n: number): string =>
  `<p>Paragraph ${n} of the story says that the council met on Tuesday, and that members argued for hours, with several residents speaking against the plan.</p>`;
const BODY = [1, 2, 3, 4].map(PROSE).join('');

function page(article: string): string {
  return `<html><head><title>Test page</title></head><body><nav><a href="/">Home</a></nav><article><div class="article-body">${article}</div></article><footer>Copyright 2024</footer></body></html>`;
}

interface Row {
  label: string;
  inner: string;
  keep: string[];
  drop?: string[];
}

const TABLE_HEAD = '<tr><th>Release</th><th>Date</th></tr>';
const releaseRows = ['4.2.3', '4.1.6', '4.2.4'].map((v, k) => `<tr><td><a href="/r/${v}">${v}</a></td><td>${['April', 'May', 'June'][k]} 2014</td></tr>`).join('');

const rows: Row[] = [
  {
    label: 'a code comment that a syntax highlighter marks with a "comment" class',
    inner: `${BODY}<pre class="language-js"><code><span class="token comment">// load-config.js</span><br><span class="token keyword">const</span> config = read();</code></pre>`,
    keep: ['// load-config.js', 'const config = read();'],
  },
  {
    label: 'highlighter spans named like chrome (meta, share) inside <code>',
    inner: `${BODY}<p>Run it with <code><span class="hljs-meta">#!</span>node <span class="share-x">tool.js</span></code> from the shell.</p>`,
    keep: ['Run it with #!node tool.js from the shell.'],
  },
  {
    label: 'a listing framed in a <figure> (as static-site highlighters write it)',
    inner: `${BODY}<figure class="highlight"><pre><code class="language-ruby">cache = Cache.new(ttl: 60)</code></pre></figure>${PROSE(5)}`,
    keep: ['cache = Cache.new(ttl: 60)', 'Paragraph 5 of the story'],
  },
  {
    label: 'a small table and a formula framed in <figure>s, their caption left out',
    inner: `${BODY}<figure><table><tr><th>Route</th><th>Fare</th></tr><tr><td>Oban</td><td>4.50</td></tr><tr><td>Mull</td><td>6.00</td></tr></table><figcaption>Fares for the summer season</figcaption></figure><figure><math><mi>t</mi><mo>=</mo><mn>60</mn></math></figure>`,
    keep: ['Route Fare', 'Mull 6.00', 't = 60'],
    drop: ['Fares for the summer season'],
  },
  {
    label: 'a listing in a box named for its toolbar, whose copy button still goes',
    inner: `${BODY}<div class="code-toolbar"><pre class="language-js"><code>const cache = new Cache(60);\ncache.warm();</code></pre><div class="toolbar"><span class="toolbar-item">Copy to clipboard</span></div></div>${PROSE(5)}`,
    keep: ['const cache = new Cache(60);'],
    drop: ['Copy to clipboard'],
  },
  {
    label: 'a figure holding only a photo and its caption (still dropped)',
    inner: `${BODY}<figure class="photo"><img src="ferry.jpg"><p>The ferry leaves Oban at dawn on Tuesday.</p></figure>${PROSE(5)}`,
    keep: ['Paragraph 5 of the story'],
    drop: ['The ferry leaves Oban'],
  },
  {
    label: 'preformatted output made only of numbers (no dateline)',
    inner: `${BODY}<p>The program prints:</p><pre>2, 2, 3, 3, 3\n4, 5, 5, 12</pre>`,
    keep: ['2, 2, 3, 3, 3', '4, 5, 5, 12'],
  },
  {
    label: 'rows of a headed data table that read like datelines or link lines alone',
    inner: `${BODY}<table>${TABLE_HEAD}${releaseRows}</table>`,
    keep: ['Release Date', '4.2.3 April 2014', '4.2.4 June 2014'],
  },
  {
    label: 'a closing list of sources whose links show their addresses',
    inner: `${BODY}<h2>Sources and links</h2><ul><li><a href="https://docs.example.org/inspector">https://docs.example.org/inspector</a></li><li><a href="https://www.example.com/flame-graphs">www.example.com/flame-graphs</a></li></ul>`,
    keep: ['Sources and links', 'https://docs.example.org/inspector', 'www.example.com/flame-graphs'],
  },
  {
    label: 'a closing list of links that show headlines (still dropped)',
    inner: `${BODY}<h2>Elsewhere</h2><ul><li><a href="https://news.example.com/a">Council approves the harbour budget</a></li><li><a href="https://news.example.com/b">Ferry fares rise for the summer</a></li></ul>`,
    keep: ['Paragraph 4 of the story'],
    drop: ['Council approves', 'Ferry fares'],
  },
  {
    label: 'a short sentence of prose that links most of its phrases',
    inner: `${PROSE(1)}${PROSE(2)}<p>The <a href="/council">council</a> met <a href="/tuesday">on Tuesday</a>, with <a href="/mayor">the mayor</a> and <a href="/ferry">ferry operators</a>.</p>${PROSE(3)}${PROSE(4)}`,
    keep: ['The council met on Tuesday, with the mayor and ferry operators.'],
  },
  {
    label: 'a line that is one link with a word around it (still dropped)',
    inner: `${PROSE(1)}${PROSE(2)}<p>Read <a href="/coverage">our full coverage of the harbour vote</a>.</p><p><a href="/b">Ferry fares rise for the summer season</a></p>${PROSE(3)}${PROSE(4)}`,
    keep: ['Paragraph 4 of the story'],
    drop: ['our full coverage', 'Ferry fares rise'],
  },
  {
    label: 'the subheadings of a list set in boxes named "header" or "title"',
    inner: [1, 2, 3].map((k) => `<div class="${['item-header', 'section__heading', 'listicle-title'][k - 1]}"><h2>${k}. Harbour route number ${k}</h2></div>${PROSE(k)}`).join('') + PROSE(4),
    keep: ['1. Harbour route number 1', '2. Harbour route number 2', '3. Harbour route number 3'],
  },
  {
    label: 'a heading box named for comments or a widget (still dropped)',
    inner: `${BODY}<div class="comments-header"><h3>Two readers replied to this story</h3></div><div class="widget-title"><h3>Popular this week</h3></div>${PROSE(5)}`,
    keep: ['Paragraph 5 of the story'],
    drop: ['readers replied', 'Popular this week'],
  },
  {
    label: 'a wire story signed off with the agency in brackets, no photo beside it',
    inner: `${BODY}<p>The ferry will keep running until the end of the month, the operator said. (Associated Press)</p>`,
    keep: ['the operator said. (Associated Press)'],
  },
  {
    label: 'a caption set as a paragraph under its photo, credited by a bare name (still dropped)',
    inner: `${PROSE(1)}${PROSE(2)}<p><img src="soil.jpg" width="600"></p><p>Dig a hole in the soil. (Lucy Park)</p>${PROSE(3)}${PROSE(4)}`,
    keep: ['Paragraph 4 of the story'],
    drop: ['Dig a hole'],
  },
  {
    label: 'a comment thread outside any code (still dropped)',
    inner: `${BODY}<div class="comment-list"><p>First! Great post, thanks for sharing it with all of us.</p></div>`,
    keep: ['Paragraph 4 of the story'],
    drop: ['First! Great post'],
  },
  {
    label: 'a layout table of links without a header row (still dropped)',
    inner: `${BODY}<table><tr><td><a href="/a">Home page</a></td><td><a href="/b">Archive</a></td></tr><tr><td><a href="/c">Contact us</a></td><td><a href="/d">About us</a></td></tr><tr><td><a href="/e">Jobs</a></td><td><a href="/f">Shop</a></td></tr></table>`,
    keep: ['Paragraph 4 of the story'],
    drop: ['Home page', 'Contact us'],
  },
];

describe('recall: content that looks like chrome out of context', () => {
  it.each(rows.map((r) => [r.label, r] as const))('%s', (_label, row) => {
    const { text } = clean(html(page(row.inner)));
    for (const want of row.keep) expect(text).toContain(want);
    for (const junk of row.drop ?? []) expect(text).not.toContain(junk);
  });
});

describe('recall: a closing bio is about the author', () => {
  const bioPage = (byline: string, last: string): string =>
    `<html><head><title>Test page</title>${byline ? `<meta name="author" content="${byline}">` : ''}</head><body><article><div class="article-body">${BODY}<p>${last}</p></div></article></body></html>`;

  it.each([
    ['a subject of the story, in a story by someone else', 'John Doe', 'Mayor Jane Roe is a former newspaper editor who has led the council since 2019.', true],
    ['the author', 'John Doe', 'John Doe is a reporter for the Harbour Times covering the council and the port.', false],
    ['the author, in capitals', 'John Doe', 'JOHN DOE IS THE HARBOUR TIMES POLITICAL EDITOR', false],
    ['a surname alone, on a page without a byline', '', 'Doe was a freelance photographer and writer before she ran for the council.', true],
    ['a full name, on a page without a byline', '', 'Jane Roe is a reporter for the Harbour Times covering the council.', false],
  ])('a last paragraph about %s (byline "%s")', (_label, byline, last, kept) => {
    const { text } = clean(html(bioPage(byline, last)));
    expect(text).toContain('Paragraph 4 of the story');
    expect(text.includes(last)).toBe(kept);
  });
});

describe('recall: a story inside a chrome-named layout box', () => {
  const blurb = '<div class="about"><p>The Harbour Times is an independent newspaper serving the islands since 1887, with reporters in Oban, Mull and Iona, and a weekly print edition that goes out every Thursday morning to every household on the ferry route, and to subscribers abroad who still like their news on paper.</p></div>';
  const reply = (k: number): string => `<p>Reader ${k} thinks the council is wrong about the ferry, because islanders need it every single day of the week.</p>`;

  it.each([
    ['a layout box named for its sidebar holds the whole story', `<div class="panel-two-col-sidebar-right">${BODY}${PROSE(5)}</div>${blurb}`, ['Paragraph 1 of the story', 'Paragraph 5 of the story'], []],
    ['a thread of replies is not taken for the lost story', `<div class="story">${PROSE(1)}</div><div class="comments-area">${[1, 2, 3, 4].map(reply).join('')}</div>${blurb}`, ['Paragraph 1 of the story'], ['Reader 2 thinks']],
  ])('%s', (_label, body, keep, drop) => {
    const { text } = clean(html(`<html><head><title>T</title></head><body>${body}</body></html>`));
    for (const want of keep) expect(text).toContain(want);
    for (const junk of drop) expect(text).not.toContain(junk);
  });
});
