/**
 * Deterministic generator of realistic news pages for `npm run bench`: a big-site page shell
 * (head meta + JSON-LD, navigation, ad slots, share bars, inline scripts and styles, figure with
 * caption and credit, related links, newsletter box, comments, footer) around an invented article
 * full of checkable claims. Seeded, so every run measures the same bytes.
 */

/** mulberry32: a tiny seeded PRNG, enough for reproducible test data. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CITIES = ['Port Alder', 'Greyhaven', 'North Fenwick', 'Castlemoor', 'Lindenfield', 'Saltmarsh', 'Redcliff', 'Ashby Cross'];
const PEOPLE = ['Dana Whitlock', 'Marcus Oyelaran', 'Helena Brandt', 'Tomasz Wierzbicki', 'Priya Raman', 'Gordon Achebe', 'Lucia Ferreira', 'Ian McAllister'];
const ROLES = ['Mayor', 'Transport Secretary', 'Fire Chief', 'Finance Minister', 'Police Commissioner', 'Health Director'];
const ORGS = ['Harbor Authority', 'Department of Transport', 'Regional Water Board', 'City Council', 'Port Workers Union', 'State Emergency Service'];
const UNITS = ['inspections', 'applications', 'homes', 'workers', 'vehicles', 'permits', 'residents', 'complaints'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const TOPICS = ['bridge closure', 'water shortage', 'port strike', 'transit fare rise', 'hospital merger', 'flood defences', 'rail upgrade', 'school budget'];

const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
const int = (r: () => number, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));

function paragraph(r: () => number, city: string, topic: string): string {
  const who = pick(r, PEOPLE);
  const role = pick(r, ROLES);
  const org = pick(r, ORGS);
  const forms = [
    () => `${city.toUpperCase()} — The ${org} said on ${pick(r, DAYS)} that it had received more than ${int(r, 20, 900)} ${pick(r, UNITS)} since ${pick(r, MONTHS)}, according to people familiar with the matter.`,
    () => `“We will not let this ${topic} drag on for another ${int(r, 2, 18)} months,” ${role} ${who} said in a statement. “The ${pick(r, UNITS)} deserve better.”`,
    () => `The plan would cost about $${int(r, 2, 90)}.${int(r, 1, 9)} million over ${int(r, 2, 10)} years, a ${int(r, 3, 40)} percent increase on last year's budget.`,
    () => `It is the ${pick(r, ['second', 'third', 'fourth', 'fifth'])} time in ${int(r, 2, 6)} years that the ${topic} has forced officials in ${city} to act, the ${org} said.`,
    () => `A spokesman for the ${org} told reporters that ${int(r, 3, 60)} ${pick(r, UNITS)} had been affected by ${pick(r, DAYS)} morning, and that a ${int(r, 10, 120)}-day review would begin in ${pick(r, MONTHS)}.`,
    () => `Critics, including ${who}, said the response had been slow. “Nobody told us anything for ${int(r, 2, 20)} days,” ${pick(r, ['he', 'she'])} said.`,
    () => `${role} ${who} has said the ${topic} will cost the region nearly €${int(r, 5, 400)} million, though independent estimates put the figure at ${int(r, 2, 9)}.${int(r, 0, 9)} percent of output.`,
  ];
  return pick(r, forms)();
}

function links(r: () => number, n: number, prefix: string): string {
  let s = '';
  for (let i = 0; i < n; i++) s += `<li class="${prefix}-item"><a href="/${prefix}/${int(r, 1000, 99999)}">${pick(r, TOPICS)} ${pick(r, ['update', 'live', 'analysis', 'explainer', 'opinion'])} ${i}</a></li>\n`;
  return s;
}

function script(r: () => number, kb: number): string {
  let s = '';
  while (s.length < kb * 1024) s += `window.__DATA__${int(r, 0, 999)}={"id":${int(r, 0, 1e6)},"section":"${pick(r, TOPICS)}","tracking":["${pick(r, CITIES)}","${pick(r, PEOPLE)}"],"ts":${int(r, 1e9, 2e9)}};\n`;
  return s;
}

/** One page of roughly 60–150 KB. */
export function page(seed: number): string {
  const r = rng(seed);
  const city = pick(r, CITIES);
  const topic = pick(r, TOPICS);
  const year = int(r, 2016, 2024);
  const month = int(r, 1, 12);
  const day = int(r, 1, 28);
  const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const title = `${city} ${topic}: officials promise action as costs mount`;
  const author = pick(r, PEOPLE);
  const paras: string[] = [];
  const nParas = int(r, 8, 22);
  for (let i = 0; i < nParas; i++) paras.push(`<p class="story-body__text">${paragraph(r, city, topic)}</p>`);
  const promo = `<aside class="inline-promo"><a href="/newsletter">Sign up for our morning briefing</a></aside>`;
  paras.splice(int(r, 2, 5), 0, promo);
  const targetKb = int(r, 60, 150);
  const shell = (pad: string) => `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>${title} | The ${city} Courier</title>
<meta property="og:title" content="${title}">
<meta property="og:site_name" content="The ${city} Courier">
<meta property="article:published_time" content="${iso}T08:${int(r, 10, 59)}:00Z">
<link rel="canonical" href="https://courier.example/${year}/${month}/${day}/${topic.replace(/ /g, '-')}">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${title}","datePublished":"${iso}T08:00:00Z","author":{"@type":"Person","name":"${author}"},"publisher":{"@type":"Organization","name":"The ${city} Courier"}}</script>
<style>.nav{display:flex}.ad-slot{min-height:250px}.share-bar button{margin:0 4px}</style>
<script>${pad}</script>
</head><body>
<header class="site-header"><nav class="nav main-nav"><ul>${links(r, int(r, 30, 80), 'section')}</ul></nav>
<div class="ad-slot" id="ad-top">Advertisement</div></header>
<main id="main-content"><article class="story">
<h1 class="story-headline">${title}</h1>
<div class="byline">By <a rel="author" href="/by/${author.replace(/ /g, '-').toLowerCase()}">${author}</a> · <time datetime="${iso}">${MONTHS[month - 1]} ${day}, ${year}</time></div>
<div class="share-bar"><button>Share on Facebook</button><button>Share on X</button><button>Email</button><button>Save</button></div>
<figure class="lead-image"><img src="/img/${seed}.jpg" alt=""><figcaption>Workers near the ${topic} site in ${city}. <span class="credit">Photo: Staff / Courier</span></figcaption></figure>
<div class="story-body">
${paras.join('\n')}
</div>
<div class="ad-slot" id="ad-mid">Advertisement</div>
<section class="related"><h2>Related</h2><ul>${links(r, int(r, 6, 14), 'related')}</ul></section>
<section class="newsletter"><h3>Get the Courier in your inbox</h3><form><input type="email" placeholder="Email address"><button>Subscribe</button></form></section>
<section class="comments"><h3>Comments (${int(r, 0, 300)})</h3><p>Comments are closed for this article.</p></section>
</article></main>
<footer class="site-footer"><ul>${links(r, int(r, 20, 40), 'footer')}</ul><p>© ${year} The ${city} Courier. All rights reserved.</p></footer>
</body></html>
`;
  const base = shell('');
  const padKb = Math.max(0, targetKb - Math.round(base.length / 1024));
  return shell(script(r, padKb));
}
