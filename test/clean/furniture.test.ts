/**
 * Precision rules of the HTML cleaner (src/clean/html/furniture.ts, headline.ts): furniture that
 * sits inside the article container and is not article text, by failure class. Every page here
 * is invented; each class has cases that must go and look-alikes that must stay.
 */
import { describe, expect, it } from 'vitest';
import { clean } from '../../src/clean/index.js';
import { isBoilerplate, isCaptionLine } from '../../src/clean/html/filters.js';
import type { Block } from '../../src/clean/html/blocks.js';
import type { RawInput } from '../../src/model.js';

function html(text: string): RawInput {
  return { id: 't', path: 't.html', format: 'html', text, bytes: text.length, diagnostics: [] };
}

const PROSE = [
  'The council met on Tuesday night and argued for hours over the water plan, with several residents speaking against it.',
  'Members said the plan would raise rates by 12 percent over three years, and that the first increase would come in July.',
  'The utility director told the council that the old treatment plant could not meet new federal limits without the upgrade.',
  'A final vote is scheduled for next month, after a second public hearing at the library on Main Street in the evening.',
].map((t) => `<p>${t}</p>`).join('');

interface Head { title?: string; og?: string; description?: string }

function page(article: string, head: Head = {}, before = ''): string {
  const meta = [
    head.title ? `<title>${head.title}</title>` : '<title>Test page</title>',
    head.og ? `<meta property="og:title" content="${head.og}">` : '',
    head.description !== undefined ? `<meta name="description" content="${head.description}"><meta property="og:description" content="${head.description}">` : '',
  ].join('');
  return `<html><head>${meta}</head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>${before}`
    + `<article><div class="article-body">${article}</div></article><footer>Copyright 2026</footer></body></html>`;
}

const text = (source: string): string => clean(html(source)).text;
const block = (t: string, linkChars = 0, kind: Block['kind'] = 'paragraph'): Block => ({ text: t, kind, linkChars, element: 0, whole: true, tag: 'p' });

describe('class 12: closing notes that are part of the story are kept', () => {
  it.each([
    'Correction: An earlier version of this story misstated the date of the council vote. It was Tuesday, not Monday.',
    'Clarification: This story has been updated to say that the rate increase applies to residential customers only.',
    'An earlier version of this article gave the wrong name for the utility director.',
    '(Reporting by Jane Doe in Lisbon; Editing by John Roe)',
    'Reporting by Jane Doe in London; additional reporting by Sam Poe; Editing by John Roe and Mary Moe',
  ])('keeps %j at the end of the body', (note) => {
    expect(text(page(`${PROSE}<p><em>${note}</em></p>`))).toContain(note);
  });
  it('still drops the print-edition note', () => {
    expect(isBoilerplate(block('A version of this article appears in print on May 2, 2020, Section A, Page 1.'))).toBe(true);
  });
});

describe('class 1: headline, kicker and dek that are not an <h1>', () => {
  const title = 'Harbor bridge to close for five months of repairs';
  it('drops a div headline and the one-word kicker above it', () => {
    const out = text(page(`<div class="kicker">TRANSPORT</div><div class="story-title">${title}</div>${PROSE}`, { title: `${title} - Daily Planet`, og: title }));
    expect(out).not.toContain(title);
    expect(out).not.toContain('TRANSPORT');
    expect(out.startsWith('The council met')).toBe(true);
  });
  it('drops a heading made of a kicker and the title', () => {
    const out = text(page(`<h2><span>Repairs:</span> <span>${title}</span></h2>${PROSE}`, { title, og: title }));
    expect(out).not.toContain(title);
  });
  it('drops a section label set beside the headline', () => {
    const out = text(page(`<div class="head"><span class="category">Local News</span><h1>${title}</h1></div>${PROSE}`, { title, og: title }));
    expect(out).not.toContain('Local News');
    expect(out.startsWith('The council met')).toBe(true);
  });
  it('drops the dek after a div headline when the description states it', () => {
    const dek = 'Commuters will need buses from February, and trips will take up to 40 minutes longer.';
    const out = text(page(`<header><div class="story-title">${title}</div><div class="intro">${dek}</div></header><div class="story">${PROSE}</div>`, { title, og: title, description: dek }));
    expect(out).not.toContain(dek);
  });
  it('drops a subheading that restates the description in its own box (a dek set as <h2>)', () => {
    const dek = 'The vote funds the city through December but leaves out the disaster aid the mayor wanted.';
    const out = text(page(`<div class="sub"><h2>${dek}</h2></div><div class="story">${PROSE}</div>`, { title, og: title, description: dek }, `<h1>${title}</h1>`));
    expect(out).not.toContain(dek);
  });
  it('keeps an <h2> lead that the description restates when it sits among the body paragraphs', () => {
    const lead = 'The vote funds the city through December but leaves out the disaster aid the mayor wanted.';
    const out = text(page(`<h2>${lead}</h2>${PROSE}`, { title, og: title, description: lead }, `<h1>${title}</h1>`));
    expect(out).toContain(lead);
  });
  it('drops a subtitle-class line that opens the body', () => {
    const sub = 'Plant will make battery cells for grid storage, with production starting in 2028';
    const out = text(page(`<p class="subtitle"><i>${sub}</i></p>${PROSE}`, { title, og: title }, `<h1>${title}</h1>`));
    expect(out).not.toContain(sub);
  });
  it('keeps a lead paragraph that the description repeats when it sits with the body', () => {
    const lead = 'The harbor bridge will close for five months from February, the city said on Monday, after engineers found cracks.';
    const out = text(page(`<p>${lead}</p>${PROSE}`, { title, og: title, description: lead }, `<h1>${title}</h1>`));
    expect(out).toContain(lead);
  });
  it('keeps a first paragraph that ends with the title (a book named in a review)', () => {
    const lead = 'Jane Doe’s new book: Harbor bridge to close for five months of repairs';
    const out = text(page(`<p>${lead}</p>${PROSE}`, { title, og: title }));
    expect(out).toContain(lead);
  });
  it('keeps a lead paragraph that merely starts like the title, and a short subheading further down', () => {
    const lead = `${title}, the city said on Monday, after engineers found cracks in two of the piers.`;
    const out = text(page(`<p>${lead}</p>${PROSE}<h3>What comes next</h3>${PROSE}`, { title, og: title }));
    expect(out).toContain(lead);
    expect(out).toContain('What comes next');
  });
});

describe('class 2: photo captions outside <figure> by their closing credit', () => {
  it.each([
    'Firefighters spray water on the planer building early Thursday. (Times photo by Jane Doe)',
    'Voters line up outside the school gym in Marlow. (AP Photo/Jane Doe)',
    'Workers clear debris near the bridge on Monday. Photo: Jane Doe/Agency',
    'Pendler warten am Hauptbahnhof auf den Ersatzbus. Foto: Max Muster/dpa',
    'The harbour at dawn on the first day of the festival. (Photo by Jane Doe for the Daily Planet)',
  ])('drops the caption %j', (caption) => {
    expect(isCaptionLine(block(caption))).toBe(true);
  });
  it.each([
    'He said the photo by Jane Doe was taken in 2019, long before the fire.',
    'The agency released a statement (see the full text below).',
    'Photos of the site show the damage was extensive, the report said.',
  ])('keeps the sentence %j', (sentence) => {
    expect(isCaptionLine(block(sentence))).toBe(false);
    expect(isBoilerplate(block(sentence))).toBe(false);
  });
});

describe('class 3: a "more stories" heading and its list of headline - teaser links', () => {
  const teasers = ['Minor league team unveils new stadium design', 'Library expands weekend hours at four branches', 'Storm damage estimates top $40 million']
    .map((h, k) => `<li><a href="/news/${k}">${h}</a> - The plan would take effect next year if the board approves it.</li>`).join('');
  it.each(['Other stories from this section', 'More stories', 'Mehr zum Thema', 'Lire aussi', 'Leia também', 'Más información'])('drops %j and its teasers', (label) => {
    const out = text(page(`${PROSE}<b>${label}</b><ul>${teasers}</ul>`));
    expect(out).not.toContain(label);
    expect(out).not.toContain('Minor league team');
    expect(out).toContain('A final vote is scheduled');
  });
  it('keeps a list of links under an ordinary subheading followed by prose', () => {
    const out = text(page(`${PROSE}<h3>Documents</h3><ul>${teasers}</ul>${PROSE}`));
    expect(out).toContain('Minor league team');
  });
});

describe('class 4: donation and membership appeals in the article container', () => {
  it.each([
    '… which is that we have kept our journalism open to everyone. If you can, please support us from just £1. It only takes a minute.',
    'Packet Ledger is reader-supported. Paid members get our weekly incident digest and the full archive.',
    'Unterstützen Sie unabhängigen Journalismus: Jetzt Abo abschließen für 1 € im ersten Monat.',
    'Soutenez une rédaction indépendante : abonnez-vous dès 1 € le premier mois.',
    'Apoya el periodismo independiente: suscríbete desde 1 € al mes.',
    'Apoie o jornalismo independente: assine a partir de R$ 1,90 por mês.',
    'Become a member today and help us keep local reporting free for everyone.',
  ])('drops %j', (appeal) => {
    expect(isBoilerplate(block(appeal))).toBe(true);
  });
  it.each([
    'The charity asked residents to support its appeal, and donations reached £40,000 by Friday.',
    '“Please support us,” said the shelter director, who has asked members of the public for blankets.',
    'Paid members of the union get a vote on the contract, which the board approved in May.',
    'She hoped to become a member of parliament before she turned 40.',
    'The foundation gave $2 million to support local journalism in Ohio, its director said.',
    'Paid subscribers get ad-free videos, the company said on Tuesday.',
    'La fundación apoya el periodismo independiente desde 2010.',
  ])('keeps the news sentence %j', (sentence) => {
    expect(isBoilerplate(block(sentence))).toBe(false);
  });
  it('drops the appeal and the heading over it at the end of the body', () => {
    const out = text(page(`${PROSE}<div class="epic"><h2>We have some news …</h2><p>… which is that we have kept our journalism open to everyone. If you can, please support us from just £1.</p></div>`));
    expect(out).not.toMatch(/some news|support us/);
  });
});

describe('class 5: comment-widget furniture in other languages', () => {
  it.each([
    'Kommentare öffnen', 'Diskutieren Sie mit', '158 Kommentare', 'Alle Kommentare öffnen', '12 commentaires', 'Voir les commentaires',
    '34 comentarios', 'Ver comentarios', '5 comentários', 'Comentários', 'Réagir', 'Comment on this story',
  ])('drops %j', (label) => {
    expect(isBoilerplate(block(label))).toBe(true);
  });
  it.each(['Die Kommentare des Ministers lösten Kritik aus.', 'Les commentaires du maire ont surpris.', 'Diskutieren Sie mit Ihren Nachbarn, sagte sie.'])('keeps %j', (t) => {
    expect(isBoilerplate(block(t))).toBe(false);
  });
});

describe('class 6: time-stamp and update lines', () => {
  it.each([
    '11/02/2026 12h47 · Atualizado há 5 horas', '23.06.2026, 14:05 Uhr · Aktualisiert vor 3 Stunden', 'Publié le 12 mars 2026 à 06h00 · Mis à jour il y a 2 heures',
    'Actualizado hace 3 horas', '12 mar 2026 - 06:00 CET · Actualizado: 12 mar 2026 - 09:15 CET', 'Updated 2 hours ago', 'Stand: 23.06.2026 17:32 Uhr',
  ])('drops %j', (line) => {
    expect(isBoilerplate(block(line))).toBe(true);
  });
  it.each(['The page was updated 2 hours ago, officials said.', 'O sistema foi atualizado há 5 horas, segundo a prefeitura.'])('keeps %j', (t) => {
    expect(isBoilerplate(block(t))).toBe(false);
  });
});

describe('class 7: media promo lines', () => {
  it.each([
    ['VIDEO: Drone footage shows tornado damage near Lagro', 0],
    ['VÍDEO: Campinas tem alta de casos de dengue e abre tendas de hidratação', 0],
    ['VÍDEOS: tudo sobre Campinas e Região', 0],
    ['WATCH: The mayor answers questions about the bridge', 0],
    ['Video: Drone footage shows tornado damage near Lagro', 43],
    ['Veja mais notícias da região no PPN Campinas.', 12],
    ['See more news from the region on Valley Daily.', 12],
    ['Más noticias de la región en El Diario del Valle.', 20],
  ] as const)('drops %j', (line, links) => {
    expect(isBoilerplate(block(line, links))).toBe(true);
  });
  it.each(['Video: Watch the mayor speak', 'Video shows the car running the red light, police said.'])('keeps %j', (t) => {
    expect(isBoilerplate(block(t))).toBe(false);
  });
});

describe('class 8: press-release closing furniture', () => {
  it('drops the media contact, the SOURCE line and the wire promo after it', () => {
    const out = text(page(`${PROSE}<p>About Corvane Energy: Corvane makes stationary battery storage systems for utilities, with 900 employees.</p>`
      + '<p><b>Media Contact:</b><br>Dana Reyes, Corvane Energy<br>press@corvane.example<br>+1 512-555-0188</p><p>SOURCE Corvane Energy, Inc.</p>'
      + '<div><h3>WANT YOUR COMPANY\'S NEWS FEATURED ON NEWSPOINT WIRE?</h3><p>440k+ Newsrooms &amp; Influencers · 9k+ Digital Media Outlets · 270k+ Journalists Opted In</p></div>'));
    expect(out).toContain('About Corvane Energy');
    expect(out).not.toMatch(/Media Contact|press@|SOURCE Corvane|WANT YOUR|Newsrooms/);
  });
  it('keeps a sentence that starts with "Source"', () => {
    expect(isBoilerplate(block('Source code for the tool was published on Tuesday, the company said.'))).toBe(false);
  });
});

describe('class 9: pull quotes, their attributions and section labels', () => {
  it('drops a pull quote that repeats a body sentence, and its attribution', () => {
    const quote = 'When we came up, the garage was gone and the truck was in the neighbor’s field.';
    const out = text(page(`${PROSE}<p>“It sounded like a train, like everybody says,” she said. “${quote}”</p><div class="pq"><blockquote>“${quote}”</blockquote><cite>— Anne Roe, Lagro resident</cite></div>${PROSE}`));
    expect(out.split(quote).length).toBe(2);
    expect(out).not.toContain('— Anne Roe');
  });
  it.each(['— Anne Roe, Lagro resident', '– Jane Doe, chief executive of Corvane', '—Mayor Jane Doe'])('drops the attribution line %j', (t) => {
    expect(isBoilerplate(block(t))).toBe(true);
  });
  it.each(['— and then the lights went out.', '— Jane Doe, who led the study, said the results were clear.'])('keeps %j', (t) => {
    expect(isBoilerplate(block(t))).toBe(false);
  });
});

describe('class 10: score strips and other chip widgets', () => {
  it('drops a strip of short spans and never glues them into one word', () => {
    const strip = '<div class="card"><div><span>FT</span><span>Harbor City FC</span><span>2</span><span>1</span><span>Mountain Rapids</span></div>'
      + '<div><span>Lindgren 44\'</span><span>Ibarra 84\'</span></div></div>';
    const out = text(page(`${PROSE}${strip}${PROSE}`));
    expect(out).not.toMatch(/FTHarbor|Harbor City FC|Lindgren 44/);
    expect(out).toContain('A final vote is scheduled');
  });
  it('never glues adjacent <div>s: each is a block of its own', () => {
    const out = text(page(`${PROSE}<div class="row"><div>Harbor City will host the final in the new stadium next year.</div><div>Tickets go on sale in March at the club shop and online.</div></div>${PROSE}`));
    expect(out).toContain('next year.\n\nTickets go on sale');
    expect(out).not.toContain('year.Tickets');
  });
  it('keeps a sentence written with styled spans', () => {
    const out = text(page(`${PROSE}<p><span>The final score was</span> <span>2-1</span><span>, a club record.</span></p>`));
    expect(out).toContain('The final score was 2-1, a club record.');
  });
});

describe('class 11: fact boxes set beside the story', () => {
  it('drops a box of "Label: value" lines under a name', () => {
    const box = '<div class="inset"><h4>Alicia Fontenot</h4><ul><li>Age: 49</li><li>Hometown: Lafayette</li><li>Education: B.S., civil engineering</li><li>Previous job: Director of cargo operations</li></ul></div>';
    const out = text(page(`${PROSE}${box}${PROSE}`));
    expect(out).not.toMatch(/Age: 49|Hometown|Alicia Fontenot/);
  });
  it('keeps a "Label: value" list that the prose introduces', () => {
    const out = text(page(`${PROSE}<p>The new rates, per 1,000 gallons, are:</p><ul><li>Residential: $4.10</li><li>Commercial: $5.25</li><li>Industrial: $6.00</li></ul>${PROSE}`));
    expect(out).toContain('Residential: $4.10');
  });
});

describe('notes set around a data table', () => {
  const table = '<table><thead><tr><th>District</th><th>2025</th><th>2026</th></tr></thead><tr><td>Eastgate</td><td>37.5%</td><td>40.2%</td></tr>'
    + '<tr><td>Marlow</td><td>45.0%</td><td>49.7%</td></tr><tr><td>Pine Hollow</td><td>48.9%</td><td>52.1%</td></tr></table>';
  it('drops the table title, its source line and its caption, keeps the rows', () => {
    const out = text(page(`${PROSE}<div class="tbl"><p>Percent of students meeting the standard</p>${table}<p>Source: State Department of Education</p></div>${PROSE}`));
    expect(out).toContain('Eastgate 37.5% 40.2%');
    expect(out).not.toMatch(/Percent of students|Source: State/);
    const captioned = text(page(`${PROSE}${table.replace('<thead>', '<caption>Table 2. Scores by district</caption><thead>')}${PROSE}`));
    expect(captioned).not.toContain('Table 2. Scores by district');
  });
  it('keeps the paragraphs of a section that also holds a table', () => {
    const out = text(page(`<section><p>Your monitoring should answer two questions.</p><p>Table 1 lists some examples.</p>${table}<p>What versus why is the key distinction.</p></section>${PROSE}`));
    expect(out).toContain('Table 1 lists some examples.');
    expect(out).toContain('What versus why is the key distinction.');
  });
});

describe('CJK lines written in spans', () => {
  it('keeps them (CJK text has no spaces between words anyway)', () => {
    const line = '<p><span>營區內除了露營</span><span>民宿餐飲賞楓項目</span><span>多了許多原木飾品</span></p>';
    const out = text(page(`${PROSE}${line}${PROSE}`));
    expect(out).toContain('營區內除了露營民宿餐飲賞楓項目多了許多原木飾品');
  });
});

describe('a summary bullet box that opens the body', () => {
  it('drops the bullets before the first paragraph', () => {
    const out = text(page(`<ul><li>Reading proficiency rose 4.3 points.</li><li>Math is up, but still below 2019.</li><li>School results come out Sept. 23.</li></ul>${PROSE}`));
    expect(out).not.toMatch(/Reading proficiency|Math is up/);
    expect(out.startsWith('The council met')).toBe(true);
  });
  it('keeps a list of ingredients that opens a recipe', () => {
    const out = text(page(`<h2>Ingredients</h2><ul><li>2 cups flour</li><li>1 egg</li><li>A pinch of salt</li></ul>${PROSE}`));
    expect(out).toContain('2 cups flour');
  });
  it('keeps a list that the prose introduces, and a list after the first paragraph', () => {
    const list = '<ul><li>Residential: $4.10</li><li>Commercial: $5.25</li></ul>';
    const out = text(page(`${PROSE}${list}${PROSE}`));
    expect(out).toContain('Residential: $4.10');
  });
});

describe('an author credit that closes the body', () => {
  it.each(['Claire Dumontet et Julien Abadie', 'Jane Doe and John Roe', 'Lena Brückner, Max Muster und Ana Ruiz'])('drops %j as the last block', (names) => {
    const out = text(page(`${PROSE}<p>${names}</p>`));
    expect(out).not.toContain(names);
  });
  it('keeps a closing sentence and a names line inside the body', () => {
    const out = text(page(`${PROSE.replace('</p>', '</p><p>Jane Doe and John Roe</p>')}<p>The Harbor Board meets again in May.</p>`));
    expect(out).toContain('Jane Doe and John Roe');
    expect(out).toContain('The Harbor Board meets again in May.');
  });
});

describe('appeal, sign-up and call-out boxes set into the body go whole', () => {
  const [p1, p2, p3, p4] = PROSE.split('</p>').filter(Boolean).map((p) => `${p}</p>`);
  it.each([
    ['a donation box with a heading and a mission line', '<aside class="support-box"><h3>Support Harbor Daily</h3><p>At Harbor Daily, we believe everyone deserves reporting that is carefully checked and free to read.</p><p>Can’t afford to donate? Create a free account and read on.</p></aside>', ['Support Harbor Daily', 'we believe everyone deserves']],
    ['a contribution box naming its payment methods', '<div class="contribute"><h4>Explanatory journalism is a public good</h4><p>We accept credit card, Apple Pay, and Google Pay. You can also contribute via PayPal.</p></div>', ['public good', 'Apple Pay']],
    ['a reader call-out', '<div class="callout"><h3>Do You Know About Conditions at the County Jail?</h3><p>Our newsroom is investigating jail health care. If you have a story, we want to hear from you. Fill out our questionnaire.</p></div>', ['Do You Know About', 'hear from you']],
    ['a newsletter sign-up form', '<div class="nl-signup"><h3>Get Our Top Investigations</h3><p>This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.</p></div>', ['Top Investigations', 'reCAPTCHA']],
  ])('%s', (_, box, gone) => {
    const out = text(page(`${p1}${p2}${box}${p3}${p4}`));
    for (const g of gone) expect(out).not.toContain(g);
    expect(out).toContain('The utility director told the council');
    expect(out).toContain('A final vote is scheduled');
  });
  it('keeps a story that reports on a donation drive (no box, a quote, the body itself)', () => {
    const story = '<p>The food bank said it could not afford to pay its drivers without new money, and asked residents to give what they could.</p>'
      + '<p>“We want to hear from you if you have ideas,” the director said at the meeting on Tuesday evening.</p>';
    const out = text(page(`${p1}${story}${p2}${p3}`));
    expect(out).toContain('could not afford to pay its drivers');
    expect(out).toContain('We want to hear from you if you have ideas');
  });
  it('never takes the whole article for a box', () => {
    const out = text(page(`<div class="wrap">${p1}<p>Readers who want to share your stories with us can write to the desk, the paper said in a note on Tuesday.</p>${p2}</div>`));
    expect(out).toContain('The council met on Tuesday night');
  });
});

describe('media boxes, headline-style summary points and author cards', () => {
  const [p1, p2, p3, p4] = PROSE.split('</p>').filter(Boolean).map((p) => `${p}</p>`);
  it('drops a video box: its "Video:" title, duration and source line', () => {
    const box = '<div class="video-resource"><div class="player"></div><div class="details"><h3>Video: How the new water plant will work</h3><p>02:14</p><p>Source: Harbor TV</p></div></div>';
    const out = text(page(`${p1}${p2}${box}${p3}${p4}`));
    expect(out).not.toContain('How the new water plant will work');
    expect(out).not.toContain('Source: Harbor TV');
    expect(out).toContain('The utility director told the council');
  });
  it('keeps a subheading that merely mentions a video', () => {
    const out = text(page(`${p1}${p2}<h3>Why the video of the meeting matters</h3>${p3}${p4}`));
    expect(out).toContain('Why the video of the meeting matters');
  });
  it('drops headline-style summary points opening the body, not a short list', () => {
    const points = '<ul><li>Council approves a 12 percent rate rise over three years</li><li>First increase arrives on bills in July</li><li>Second public hearing set for next month</li></ul>';
    expect(text(page(`${points}${PROSE}`))).not.toContain('First increase arrives');
    const ingredients = '<ul><li>Two cups of flour</li><li>Salt</li><li>One egg</li></ul>';
    expect(text(page(`${ingredients}${PROSE}`))).toContain('Two cups of flour');
  });
  it('drops an author card closing the body: name, then a role line', () => {
    const card = '<div class="author-card"><p>Dana Whitlock</p><p>Senior City Reporter, Harbor Daily</p></div>';
    const out = text(page(`${PROSE}${card}`));
    expect(out).not.toContain('Senior City Reporter');
    expect(out).not.toContain('Dana Whitlock');
    // a closing sentence of the story is not a role line
    const story = text(page(`${PROSE}<p>Dana Whitlock</p><p>She said the vote would come in July.</p>`));
    expect(story).toContain('She said the vote would come in July.');
  });
});

describe('a line sending readers to the outlet\'s own coverage', () => {
  it.each([
    'Get the latest lifestyle updates on Harbor Daily, along with city weather, traffic and transit news.',
    'Catch the latest sports headlines from Harbor Daily, every morning in your inbox.',
  ])('drops %j', (line) => {
    expect(isBoilerplate(block(line))).toBe(true);
  });
  it('keeps a sentence that reports on updates', () => {
    expect(isBoilerplate(block('Residents can get the latest updates on the closure from the city, officials said on Monday.'))).toBe(false);
  });
});
