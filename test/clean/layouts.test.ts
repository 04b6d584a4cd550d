/**
 * Page layouts seen on real sites, written small: teaser grids around or instead of an article,
 * and bodies laid out without <p>s, split by ads, as live entries, in tables, in AMP, or only in
 * JSON-LD. Each expects the article text and nothing of the furniture around it.
 */
import { describe, expect, it } from 'vitest';
import { clean } from '../../src/clean/index.js';
import type { RawInput } from '../../src/model.js';

function html(text: string): RawInput {
  return { id: 't', path: 't.html', format: 'html', text, bytes: text.length, diagnostics: [] };
}

const SENTENCES = [
  'The harbour authority approved the new ferry timetable on Monday, after a meeting that ran past midnight.',
  'Under the plan, boats will leave every twenty minutes at peak hours, up from every half hour, the authority said.',
  'Commuters on the north shore, who had petitioned for the change since 2019, welcomed the decision.',
  'The operator said it would hire twelve more crew members and lease a fourth vessel for the summer season.',
  'Critics, including two councillors, warned that the extra sailings would strain the ageing pier at Eastgate.',
  'A review of the timetable, the authority said, will be published in the spring, with passenger counts.',
];

/** Story cards: a linked headline, a blurb and a byline, as on section pages. */
function cards(prefix: string, n: number): string {
  let out = '';
  for (let k = 1; k <= n; k++) {
    out += `<li class="card"><a href="/${prefix}/${k}"><img src="/i/${k}.jpg"></a><h3><a href="/${prefix}/story-${k}">${prefix} story number ${k} makes the headline here</a></h3>`
      + `<p>A short blurb about ${prefix} story ${k}, with a comma, another, and a third, sums it up in one sentence for readers.</p><span>By Writer ${k}</span></li>`;
  }
  return `<ol class="stream">${out}</ol>`;
}

describe('teaser grids', () => {
  it('keeps the short article, not the grid of cards that outweighs it', () => {
    const page = `<html><head><title>Ferry timetable approved</title></head><body><div class="wrap">
      <div class="col"><div class="txt"><p>${SENTENCES[0]}</p><p>${SENTENCES[1]}</p><p>${SENTENCES[2]}</p></div></div>
      <div class="more"><h2>Latest</h2>${cards('Harbour', 6)}<h2>Opinion</h2>${cards('Opinion', 6)}</div></div></body></html>`;
    const { text } = clean(html(page));
    expect(text).toBe(SENTENCES.slice(0, 3).join('\n\n'));
  });

  it('keeps a short article beside a grid of cards that are one link each (no heading)', () => {
    let grid = '';
    for (let k = 1; k <= 10; k++) grid += `<div class="tile"><a href="/s/${k}"><span class="hl">Tile story ${k} about the coast and its towns</span><span class="sum">A blurb, with commas, for tile ${k}, that runs on for a while to fill the card.</span></a><span>3 hours ago</span></div>`;
    const page = `<html><head><title>Ferry timetable approved</title></head><body><div class="page"><div class="a">${P(0)}${P(1)}${P(2)}</div><div class="b">${grid}</div></div></body></html>`;
    expect(clean(html(page)).text).toBe(SENTENCES.slice(0, 3).join('\n\n'));
  });

  it('on a page of cards only, outputs the first package, not the whole grid', () => {
    const page = `<html><head><title>News — The Daily</title></head><body><main>
      <section><h2>Top stories</h2>${cards('Top', 4)}</section><section><h2>World</h2>${cards('World', 6)}</section>
      <section><h2>Sport</h2>${cards('Sport', 6)}</section></main></body></html>`;
    const { text } = clean(html(page));
    expect(text).toContain('Top story number 1 makes the headline here');
    expect(text).not.toContain('World story');
    expect(text).not.toContain('Sport story');
  });

  it('leaves a long article with linked subheadings whole', () => {
    let body = '';
    for (let k = 0; k < 6; k++) body += `<section><h2><a href="https://example.org/post#part-${k}">Part ${k}: what changed</a></h2><p>${SENTENCES[k]}</p><p>${SENTENCES[(k + 1) % 6]}</p></section>`;
    const page = `<html><head><title>Ferry notes</title></head><body><article>${body}</article></body></html>`;
    const { text } = clean(html(page));
    for (const s of SENTENCES) expect(text).toContain(s);
    expect(text).toContain('Part 5: what changed');
  });
});

const P = (k: number): string => `<p>${SENTENCES[k]}</p>`;
const ALL = SENTENCES.join('\n\n');
const HEAD = '<head><title>Ferry timetable approved | Harbour News</title></head>';
const NAV = '<header><nav><a href="/">Home</a> <a href="/local">Local</a> <a href="/sport">Sport</a></nav></header>';
const FOOT = '<footer><p>© 2024 Harbour News. All rights reserved.</p><a href="/about">About us</a></footer>';

describe('robustness: article layouts', () => {
  it('reads a body set in <section>s of <div>s (no <p>)', () => {
    const body = SENTENCES.map((s, k) => (k % 3 === 0 ? `</section><section class="blk">` : '') + `<div class="t">${s}</div>`).join('');
    const page = `<html>${HEAD}<body>${NAV}<main><h1>Ferry timetable approved</h1><section class="blk">${body}</section></main>${FOOT}</body></html>`;
    expect(clean(html(page)).text).toBe(ALL);
  });

  it('joins a body split into sibling containers by ads and a related box', () => {
    const page = `<html>${HEAD}<body>${NAV}<div class="story"><h1>Ferry timetable approved</h1>
      <div class="text-block">${P(0)}${P(1)}</div><div class="ad-slot"><span>Advertisement</span></div>
      <div class="text-block">${P(2)}${P(3)}</div><div class="inline-related"><h4>Read more</h4><ul><li><a href="/a">Pier closed for repairs after storm</a></li><li><a href="/b">Ferry fares to rise in April</a></li></ul></div>
      <div class="text-block">${P(4)}${P(5)}</div></div>${FOOT}</body></html>`;
    expect(clean(html(page)).text).toBe(ALL);
  });

  it('keeps live-blog entries (time and text), not the page chrome', () => {
    const entries = SENTENCES.map((s, k) => `<div class="entry"><time datetime="2024-03-04T1${k}:00">1${k}:00</time><div class="entry-text"><p>${s}</p></div></div>`).join('');
    const page = `<html>${HEAD}<body>${NAV}<h1>Ferry timetable approved</h1><div class="live">${entries}</div>${FOOT}</body></html>`;
    const { text } = clean(html(page));
    for (const s of SENTENCES) expect(text).toContain(s);
    expect(text).not.toContain('All rights reserved');
  });

  it('leaves out a reader thread longer than the article', () => {
    let thread = '';
    for (let k = 0; k < 12; k++) thread += `<li class="c"><div class="who"><a href="/u/${k}">reader${k}</a></div><div class="said"><p>I have taken this ferry for years, and frankly, the new timetable is long overdue, reader ${k} wrote, but the pier needs work first.</p></div></li>`;
    const page = `<html>${HEAD}<body>${NAV}<article><h1>Ferry timetable approved</h1>${SENTENCES.slice(0, 4).map((s) => `<p>${s}</p>`).join('')}</article>
      <div id="responses"><h3>12 responses</h3><ol>${thread}</ol></div>${FOOT}</body></html>`;
    expect(clean(html(page)).text).toBe(SENTENCES.slice(0, 4).join('\n\n'));
  });

  it('leaves out a reply thread in unmarked divs after an unmarked post', () => {
    const names = ['Ann', 'Bob', 'Cy', 'Dee', 'Eve', 'Fay', 'Gus', 'Hal', 'Ida', 'Jo', 'Kit', 'Lu'];
    const thread = names.map((name, k) => `<div class="c"><a href="/u/${k}">${name} Marsh</a><p>I have taken this ferry for years, and frankly, the new timetable is long overdue, ${name} wrote, but the pier needs work first.</p></div>`).join('');
    const page = `<html>${HEAD}<body><div class="post"><h1>Ferry timetable approved</h1>${SENTENCES.slice(0, 4).map((s) => `<p>${s}</p>`).join('')}</div>
      <div class="talk"><h3>12 responses</h3>${thread}</div></body></html>`;
    expect(clean(html(page)).text).toBe(SENTENCES.slice(0, 4).join('\n\n'));
  });

  it('takes the article, not a longer unmarked column of prose beside it', () => {
    let side = '';
    for (let k = 0; k < 8; k++) side += `<p>Background note ${k}: the harbour, built in 1887, has seen many timetables, and many arguments, over the years before this one.</p>`;
    const page = `<html>${HEAD}<body><main><div class="l"><h1>Ferry timetable approved</h1>${SENTENCES.slice(0, 4).map((s) => `<p>${s}</p>`).join('')}</div><div class="r">${side}</div></main></body></html>`;
    expect(clean(html(page)).text).toBe(SENTENCES.slice(0, 4).join('\n\n'));
  });

  it('takes the article in <main>, not a longer <aside> beside it', () => {
    let aside = '';
    for (let k = 0; k < 8; k++) aside += `<p>Background note ${k}: the harbour, built in 1887, has seen many timetables, and many arguments, over the years before this one.</p>`;
    const page = `<html>${HEAD}<body>${NAV}<main><article><h1>Ferry timetable approved</h1>${P(0)}${P(1)}${P(2)}${P(3)}</article><aside>${aside}</aside></main>${FOOT}</body></html>`;
    expect(clean(html(page)).text).toBe(SENTENCES.slice(0, 4).join('\n\n'));
  });

  it('reads an old table layout: the story cell, not the menu cell', () => {
    const menu = ['Home', 'Local news', 'Sport', 'Weather', 'Letters', 'Archive'].map((m) => `<a href="/${m}">${m}</a><br>`).join('');
    const page = `<html>${HEAD}<body><table width="760"><tr><td colspan="2"><img src="logo.gif"></td></tr>
      <tr><td width="150" valign="top">${menu}</td><td valign="top"><font size="4"><b>Ferry timetable approved</b></font><br><br>
      ${SENTENCES.join('<br><br>\n')}</td></tr><tr><td colspan="2"><font size="1">Copyright 2004 Harbour News. All rights reserved.</font></td></tr></table></body></html>`;
    const { text } = clean(html(page));
    for (const s of SENTENCES) expect(text).toContain(s);
    expect(text).not.toContain('Weather');
    expect(text).not.toContain('All rights reserved');
  });

  it('reads an AMP page', () => {
    const page = `<!doctype html><html ⚡ lang="en">${HEAD.replace('</head>', '<script async src="https://cdn.ampproject.org/v0.js"></script><style amp-custom>body{}</style></head>')}<body>
      <amp-sidebar id="menu" layout="nodisplay"><ul><li><a href="/">Home</a></li><li><a href="/local">Local</a></li></ul></amp-sidebar>
      <header><a href="/">Harbour News</a></header><article><h1>Ferry timetable approved</h1><amp-img src="a.jpg" width="800" height="450" layout="responsive"></amp-img>
      <div class="amp-body">${SENTENCES.map((s) => `<p>${s}</p>`).join('')}</div><amp-ad width="300" height="250" type="doubleclick"></amp-ad>
      <amp-social-share type="twitter"></amp-social-share></article>${FOOT}</body></html>`;
    expect(clean(html(page)).text).toBe(ALL);
  });

  it('falls back to the JSON-LD articleBody when the body is rendered by scripts', () => {
    const ld = JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Ferry timetable approved', articleBody: SENTENCES.join('\n') });
    const page = `<html><head><title>Ferry timetable approved | Harbour News</title><script type="application/ld+json">${ld}</script></head><body>${NAV}
      <div id="root"><h1>Ferry timetable approved</h1><div class="article-body"></div></div><div class="promo"><p>Subscribe to get unlimited access to Harbour News for just 1 dollar a week.</p></div>${FOOT}</body></html>`;
    expect(clean(html(page)).text).toBe(ALL);
  });

  it('prefers a brief JSON-LD articleBody to the only prose the page shows (an about box)', () => {
    const ld = JSON.stringify({ '@type': 'NewsArticle', articleBody: SENTENCES.slice(0, 4).join('\n\n') });
    const about = '<p>Harbour News is an independent newspaper, founded in 1901, serving the coast and its towns.</p>'
      + '<p>Our newsroom is open to visitors on weekdays, and we answer every letter we receive.</p>'
      + '<p>Contact the newsroom for corrections, tips and letters to the editor, by post or in person.</p>';
    const page = `<html><head><title>Ferry timetable approved</title><script type="application/ld+json">${ld}</script></head><body><div id="app"></div><div class="foot">${about}</div></body></html>`;
    expect(clean(html(page)).text).toBe(SENTENCES.slice(0, 4).join('\n\n'));
  });

  it('keeps a long article when a brief articleBody is only its summary', () => {
    const ld = JSON.stringify({ '@type': 'NewsArticle', articleBody: 'The city has new ferries. '.repeat(18) });
    const page = `<html><head><title>Ferry timetable approved</title><script type="application/ld+json">${ld}</script></head><body><article>${[...SENTENCES, ...SENTENCES.map((s) => s.replace('The', 'Then the'))].map((s) => `<p>${s}</p>`).join('')}</article></body></html>`;
    const { text } = clean(html(page));
    for (const s of SENTENCES) expect(text).toContain(s);
    expect(text).not.toContain('The city has new ferries');
  });
});
